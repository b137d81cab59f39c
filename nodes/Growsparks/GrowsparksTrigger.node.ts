import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { apiRequest } from '../shared/transport/request';
import { requireId, requireIdList } from '../shared/validation';
import { gsDate, words } from './api/fields';
import { ATTEMPT_MODES } from './api/call-fields';
import { listSearch } from './methods/list-search';
import {
	advance,
	legacyConfigKey,
	MESSAGE,
	migrateReportCursor,
	referenceOf,
} from './trigger/cursor';
import type { ReportCursor } from './trigger/cursor';
import { CLOCK_SLACK_MS, openPollState } from '../shared/polling/poll-state';
import { readStartFrom, startFromProperty } from '../shared/polling/backfill';
import { manualSample } from '../shared/polling/sample';
import { recordTime } from '../shared/polling/clock';
import {
	REPORT_TARGETS,
	TARGET_OPTIONS,
	listCall,
	reportCall,
	selectorsOf,
} from './trigger/targets';

interface ReportOptions {
	activityAttemptMode?: string;
	includeActivities?: boolean;
	includePersons?: boolean;
	includeProgramSummary?: boolean;
	includeGroupSummary?: boolean;
	includeNotAttempted?: boolean;
	includeResultDetails?: boolean;
	includeMessages?: boolean;
	activityStructures?: string;
	authorizables?: string;
}

export class GrowsparksTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Growsparks Trigger',
		name: 'growsparksTrigger',
		icon: {
			light: 'file:../../icons/growsparks.svg',
			dark: 'file:../../icons/growsparks.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{"New report lines: " + $parameter["target"]}}',
		description:
			'Starts the workflow when new progress results appear in a Growsparks (Flowsparks) report',
		defaults: { name: 'Growsparks Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'growsparksApi', required: true }],
		properties: [
			{
				displayName:
					'Each poll asks the report for results changed since the last finished report (its ' +
					'reference date), so nothing is lost between polls. The first activation starts ' +
					'from now unless you set Start From.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Report On',
				name: 'target',
				type: 'options',
				options: TARGET_OPTIONS,
				default: 'persons',
				description: 'The kind of record whose progress report is watched',
			},
			{
				displayName: 'Record',
				name: 'record',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				required: true,
				description: 'The record whose report is watched, e.g. a person group for all its members',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchTargets', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. G_3f2b8c1e-…' },
				],
			},
			startFromProperty('results changed'),
			{
				displayName: 'Report Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Activity Attempt Mode',
						name: 'activityAttemptMode',
						type: 'options',
						default: 'Last',
						options: ATTEMPT_MODES.map((value) => ({ name: words(value), value })).sort((a, b) =>
							a.name.localeCompare(b.name),
						),
						description: 'Which attempts at each activity the result lines describe',
					},
					{
						displayName: 'Activity Structure IDs',
						name: 'activityStructures',
						type: 'string',
						default: '',
						placeholder: 'e.g. G_3f2b8c1e-…, G_8d01a7b2-…',
						description:
							'Only these activities or programs, as comma-separated IDs (used in reports on ' +
							'authorizables, persons, person groups, roles, learn authorizations and todos)',
					},
					{
						displayName: 'Authorizable IDs',
						name: 'authorizables',
						type: 'string',
						default: '',
						placeholder: 'e.g. G_3f2b8c1e-…, G_8d01a7b2-…',
						description:
							'Only these persons or person groups, as comma-separated IDs (used in reports on ' +
							'activities, activity groups and structures, certificate activities, classroom ' +
							'trainings, learn authorizations and todos)',
					},
					{
						displayName: 'Include Activities',
						name: 'includeActivities',
						type: 'boolean',
						default: true,
						description: 'Whether to add results on each activity',
					},
					{
						displayName: 'Include Group Summary',
						name: 'includeGroupSummary',
						type: 'boolean',
						default: false,
						description: 'Whether to add summaries of person groups',
					},
					{
						displayName: 'Include Message Lines',
						name: 'includeMessages',
						type: 'boolean',
						default: false,
						description: "Whether to also emit the report's message lines (Type report.message)",
					},
					{
						displayName: 'Include Not Attempted',
						name: 'includeNotAttempted',
						type: 'boolean',
						default: false,
						description: 'Whether to include results not attempted yet',
					},
					{
						displayName: 'Include Persons',
						name: 'includePersons',
						type: 'boolean',
						default: true,
						description: 'Whether to add individual results',
					},
					{
						displayName: 'Include Program Summary',
						name: 'includeProgramSummary',
						type: 'boolean',
						default: false,
						description: 'Whether to add the calculated program status',
					},
					{
						displayName: 'Include Result Details',
						name: 'includeResultDetails',
						type: 'boolean',
						default: false,
						description: 'Whether to add details of answered questions',
					},
				],
			},
		],
	};

	methods = {
		listSearch: {
			async searchTargets(
				this: ILoadOptionsFunctions,
				filter?: string,
				token?: string,
			): Promise<INodeListSearchResult> {
				const slug = this.getCurrentNodeParameter('target') as string;
				const spec =
					REPORT_TARGETS.find((candidate) => candidate.slug === slug) ?? REPORT_TARGETS[0];
				return await listSearch[`search${spec.name}`].call(this, filter, token);
			},
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const node = this.getNode();
		const slug = this.getNodeParameter('target') as string;
		const spec = REPORT_TARGETS.find((candidate) => candidate.slug === slug);
		if (!spec)
			throw new NodeOperationError(
				node,
				`Parameter "Report On" must be one of ${REPORT_TARGETS.map((s) => s.slug).join(', ')}; got "${slug}"`,
			);
		const id = requireId(
			node,
			'Record',
			this.getNodeParameter('record', '', { extractValue: true }),
			{ format: 'token' },
		);
		const startFromMs = readStartFrom(node, this.getNodeParameter('startFrom', ''));
		const startFrom = startFromMs === undefined ? undefined : gsDate(new Date(startFromMs));
		const options = this.getNodeParameter('options', {}) as ReportOptions;
		const selectors = selectorsOf(slug);

		const body: IDataObject = {
			ActivityAttemptMode: options.activityAttemptMode ?? 'Last',
			IncludeActivities: options.includeActivities ?? true,
			IncludePersons: options.includePersons ?? true,
			IncludeProgramSummary: options.includeProgramSummary ?? false,
			IncludeGroupSummary: options.includeGroupSummary ?? false,
			IncludeNotAttempted: options.includeNotAttempted ?? false,
			IncludeResultDetails: options.includeResultDetails ?? false,
		};
		if (options.activityStructures && selectors.activityStructures)
			body.ActivityStructures = requireIdList(
				node,
				'Activity Structure IDs',
				options.activityStructures,
				{ format: 'token' },
			);
		if (options.authorizables && selectors.authorizables)
			body.Authorizables = requireIdList(node, 'Authorizable IDs', options.authorizables, {
				format: 'token',
			});
		const includeMessages = options.includeMessages === true;
		// The action node's declaration of the report (a read, so a lost answer may be asked again).
		const { api, request } = reportCall(spec.slug, id);
		const report = async (deltaDate: string | undefined) =>
			(
				await apiRequest.call(this, api, {
					...request,
					body: { ...body, ...(deltaDate ? { DeltaDate: deltaDate } : {}) },
				})
			).body;
		const linesOf = (answer: unknown) =>
			Array.isArray(answer)
				? (answer as IDataObject[])
				: (((answer as IDataObject)?.Items as IDataObject[]) ?? []);

		if (this.getMode() === 'manual') {
			const lines = linesOf(await report(startFrom)).filter(
				(line) => line.Type !== 'report.finished' && (includeMessages || line.Type !== MESSAGE),
			);
			return manualSample(this, lines);
		}

		const settings = [slug, id, body, includeMessages, startFrom ?? null];
		const state = openPollState<ReportCursor>(this, settings, Date.now(), (old) =>
			migrateReportCursor(old, legacyConfigKey(settings)),
		);

		// The server's "now": the list envelope's Date (never the local clock).
		const serverNow = async (): Promise<string> => {
			const list = listCall(spec.slug);
			const request = { ...list.request, qs: { limit: 1 } };
			const envelope = (await apiRequest.call(this, list.api, request)).body as IDataObject;
			if (typeof envelope?.Date !== 'string') {
				throw new NodeOperationError(
					node,
					'Growsparks did not return its server time (the list envelope\'s "Date"), so the trigger cannot set its starting point',
					{
						description:
							'Check the base URL in the credential. The trigger will try again at the next poll.',
					},
				);
			}
			return envelope.Date;
		};

		if (!state.cursor && !startFrom) {
			// First activation: start at the server's time.
			state.commit({ referenceDate: await serverNow() });
			return null;
		}

		// A little before the cursor (the last poll's duration and a slack), so a server clock that
		// stepped back by less than that loses nothing; what comes again is dropped by fingerprint.
		const cursorTime = recordTime(state.cursor?.referenceDate);
		let from =
			state.cursor && cursorTime !== undefined
				? gsDate(new Date(cursorTime - state.lastPollMs - CLOCK_SLACK_MS))
				: (state.cursor?.referenceDate ?? startFrom);
		// Growsparks refuses a DeltaDate after its own time: its clock went back since the last poll.
		// Then ask from the earliest time anything new can carry.
		const wentBack = async (error: unknown) => {
			const now = state.cursor && isBadRequest(error) ? await serverNow() : undefined;
			if (!now || !((recordTime(now) ?? Infinity) < (recordTime(from) ?? -Infinity)))
				return await Promise.reject(error);
			const earliest = state.earliestNew(recordTime(now));
			from = earliest === undefined ? now : gsDate(new Date(earliest));
			return await report(from);
		};
		let answer = await report(from).catch(wentBack);
		// The server's clock stepped back further than the margin: what it stamped since the last
		// poll may lie before `from`. Ask again from the earliest time it can carry.
		const earliest = state.earliestNew(recordTime(referenceOf(linesOf(answer))));
		if (earliest !== undefined && earliest < (recordTime(from) ?? -Infinity)) {
			from = gsDate(new Date(earliest));
			answer = await report(from);
		}
		const lines = linesOf(answer);
		const outcome = advance(lines, state.cursor, state.seen, includeMessages, Date.now());
		if (!outcome) {
			throw new NodeOperationError(
				node,
				'The Growsparks report ended without its "report.finished" line, so it may be incomplete',
				{
					description: `Nothing was emitted and the trigger still starts from ${from}; the next poll asks again from there.`,
				},
			);
		}
		// The cursor moves together with the items it covers: n8n keeps this static data only when the
		// poll succeeds.
		state.commit(outcome.next);
		return outcome.emit.length ? [this.helpers.returnJsonArray(outcome.emit)] : null;
	}
}

const isBadRequest = (error: unknown) =>
	error instanceof NodeApiError && String(error.httpCode) === '400';
