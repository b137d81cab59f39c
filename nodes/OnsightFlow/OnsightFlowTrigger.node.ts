import { authenticationProperty, onsightCredentials } from './api/authentication';
import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { requireIdList } from '../shared/validation';
import { gatewayApi, queryKeyApi, scopeAdvice } from './api/client';
import { LIMITS } from '../shared/transport/limits';
import { DEFAULT_JOB_FIELDS, fetchJobs, jobFieldOptions, jobSelection } from './api/job-query';
import {
	JOB_UPDATED_OVERLAP,
	advanceCompleted,
	advanceUpdated,
	migrateJobsState,
	readStart,
} from './trigger/state';
import type { JobsCursor } from './trigger/state';
import { readStartFrom, startFromProperty } from '../shared/polling/backfill';
import { overlapProperty, readOverlapMs } from '../shared/polling/overlap';
import { SAMPLE_SIZE, manualSample } from '../shared/polling/sample';
import { openPollState } from '../shared/polling/poll-state';

const advice = { 403: scopeAdvice('Query_Read') as string };

export class OnsightFlowTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Onsight Flow Trigger',
		name: 'onsightFlowTrigger',
		icon: {
			light: 'file:../../icons/onsight-flow.svg',
			dark: 'file:../../icons/onsight-flow.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] === "jobUpdated" ? "Job updated" : "Job completed"}}',
		description: 'Starts the workflow when jobs are completed or updated in Onsight Flow',
		defaults: { name: 'Onsight Flow Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: onsightCredentials,
		properties: [
			authenticationProperty('M2M client with the query.read scope', "The team's Query API key"),
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				default: 'jobCompleted',
				options: [
					{
						name: 'Job Completed',
						value: 'jobCompleted',
						description:
							'A job was completed and uploaded (late uploads from offline devices included)',
					},
					{
						name: 'Job Updated',
						value: 'jobUpdated',
						description: 'A completed job changed (edits, metadata)',
					},
				],
			},
			{
				displayName:
					'Reads the Query API (completed jobs only). Job Completed follows the upload ' +
					'cursor; Job Updated re-reads a few minutes back and drops jobs already emitted. ' +
					'The first activation starts from now unless Start From is set; a failed poll ' +
					'keeps its place.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'multiOptions',
				options: jobFieldOptions,
				default: [
					'jobId',
					'completedJobCursor',
					'workflowId',
					'workflowTitle',
					'jobTitle',
					'created',
					'updated',
					'status',
					'userId',
					'userName',
					'metadata',
				],
				description: 'Job fields each item carries',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Extra Selection',
						name: 'extraSelection',
						type: 'string',
						default: '',
						placeholder: 'e.g. temp: step(search: "temp") { value }',
						description: 'More GraphQL fields to select on each job',
					},
					overlapProperty(
						JOB_UPDATED_OVERLAP,
						'Job Updated: how far back each poll re-reads; jobs already emitted are dropped',
					),
					startFromProperty(
						'jobs',
						' (Job Completed: jobs created since; Job Updated: jobs updated since)',
					),
					{
						displayName: 'Workflow IDs',
						name: 'workflowId',
						type: 'string',
						default: '',
						description: 'Only jobs of these workflows, comma-separated',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const node = this.getNode();
		const api =
			this.getNodeParameter('authentication', 'oAuth2') === 'queryKey' ? queryKeyApi : gatewayApi;
		const event = this.getNodeParameter('event') as string;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const selection = jobSelection(
			node,
			this.getNodeParameter('fields', DEFAULT_JOB_FIELDS) as string[],
			String(options.extraSelection ?? ''),
		);
		const filters: IDataObject = {};
		if (String(options.workflowId ?? '').trim())
			filters.workflowId = requireIdList(node, 'Workflow IDs', options.workflowId, {
				format: 'any',
			});
		const startFromMs = readStartFrom(node, options.startFrom);
		const startFrom = startFromMs === undefined ? undefined : new Date(startFromMs).toISOString();
		const overlapMs = readOverlapMs(node, options.overlapMinutes, JOB_UPDATED_OVERLAP);

		// A poll reads at most LIMITS.triggerMaxRecordsPerPoll jobs: Job Completed continues from the
		// last one at the next poll; a Job Updated window that large fails the poll and keeps its
		// state.
		let serviceTime: number | undefined;
		const read = async (args: IDataObject, limit = Infinity) => {
			const result = await fetchJobs.call(this, api, {
				args: { ...filters, ...args },
				selection,
				limit,
				ceiling: LIMITS.triggerMaxRecordsPerPoll,
				advice,
			});
			serviceTime ??= result.serviceTime;
			return result.jobs;
		};

		if (this.getMode() === 'manual') {
			return manualSample(this, await read({ order: 'desc' }, SAMPLE_SIZE));
		}

		const settings = { event, filters };
		const state = openPollState<JobsCursor>(this, settings, Date.now(), (old) =>
			migrateJobsState(old, JSON.stringify(settings)),
		);
		// Times are the service's (the Date of its answers), so a clock apart from n8n's loses nothing.
		const now = () => serviceTime ?? Date.now();

		if (event === 'jobUpdated') {
			const cursor = state.cursor as { since: number; serviceTime?: number } | undefined;
			if (!cursor && !startFrom) {
				// First activation: "now" is the service's time, learned from one small read.
				await read({ order: 'desc' }, 1);
				state.commit({ since: now(), serviceTime: now() });
				return null;
			}
			const since = cursor ? readStart(cursor, overlapMs) : Date.parse(startFrom as string);
			let jobs = await read({ order: 'asc', updatedSince: new Date(since).toISOString() });
			// The service's clock stepped back further than the overlap: what it stamped since the last
			// poll may lie before `since`. Read again from the earliest time it can carry.
			const earliest = state.earliestNew(serviceTime);
			if (cursor && earliest !== undefined && earliest < since)
				jobs = await read({ order: 'asc', updatedSince: new Date(earliest).toISOString() });
			const start = cursor?.since ?? Date.parse(startFrom as string);
			const { fresh, next } = advanceUpdated(jobs, start, state.seen, overlapMs, now());
			state.commit(next);
			return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
		}

		const cursor = state.cursor as { cursor: string | null } | undefined;
		if (!cursor) {
			// Where "now" is: the newest upload. Anything after it is new.
			const head = (await read({ order: 'desc' }, 1))[0]?.completedJobCursor as string | undefined;
			const backfill = startFrom ? await read({ order: 'asc', createdSince: startFrom }) : [];
			const { fresh } = advanceCompleted(backfill, null, state.seen, now());
			state.commit({ cursor: head ?? null });
			return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
		}
		const jobs = await read(
			{ order: 'asc', cursor: cursor.cursor ?? undefined },
			LIMITS.triggerMaxRecordsPerPoll,
		);
		const { fresh, next } = advanceCompleted(jobs, cursor.cursor, state.seen, now());
		state.commit(next);
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}
