import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { paginate } from '../shared/transport/pagination';
import { LIMITS } from '../shared/transport/limits';
import { pagingFailure } from '../shared/declarations/execute';
import { replaceStaticData } from '../shared/trigger-state';
import { apiRequest } from '../shared/transport/request';
import { requireNumber } from '../shared/validation';
import { changesPaging, snapperGrapeApi, snapperGrapeDate } from './api/client';
import { advance, windowStart } from './trigger/window';
import type { ChangeCursor } from './trigger/window';

const SAMPLE_SIZE = 5;

export class SnapperGrapeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Snapper Grape Trigger',
		name: 'snapperGrapeTrigger',
		icon: {
			light: 'file:../../icons/snapper-grape.svg',
			dark: 'file:../../icons/snapper-grape.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Changed " + $parameter["type"]}}',
		description:
			'Starts the workflow when person competences, events or competences change in Snapper Grape',
		defaults: { name: 'Snapper Grape Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'snapperGrapeApi', required: true }],
		properties: [
			{
				displayName:
					"Each poll reads /api/changes from the end of the last successful window (minus two minutes, since Grape dates have minute precision) and drops changes already emitted. Grape exposes no server clock, so windows follow n8n's clock in UTC.",
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				default: 'personcompetence',
				options: [
					{ name: 'Person Competence', value: 'personcompetence' },
					{ name: 'Event', value: 'event' },
					{
						name: 'Competence',
						value: 'competence',
						description: 'Only where the installation supports it',
					},
				],
			},
			{
				displayName: 'Organisation Scope',
				name: 'scope',
				type: 'options',
				default: 'none',
				options: [
					{ name: 'Everything', value: 'none' },
					{ name: 'Organisation ID', value: 'internal' },
					{ name: 'External Organisation ID', value: 'external' },
				],
				description: 'Limit to persons in a unit and its sub-units',
			},
			{
				displayName: 'Organisation ID',
				name: 'organisationId',
				type: 'number',
				default: 0,
				displayOptions: { show: { scope: ['internal'] } },
			},
			{
				displayName: 'External Organisation ID',
				name: 'externOrganisationId',
				type: 'string',
				default: '',
				displayOptions: { show: { scope: ['external'] } },
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const type = this.getNodeParameter('type') as string;
		const scope = this.getNodeParameter('scope', 'none') as string;
		const qs: IDataObject = { type };
		if (scope === 'internal')
			qs.organisation_id = requireNumber(
				this.getNode(),
				'Organisation ID',
				this.getNodeParameter('organisationId', 0),
				{ min: 1, integer: true },
			);
		if (scope === 'external')
			qs.extern_organisation_id =
				String(this.getNodeParameter('externOrganisationId', '')).trim() || undefined;

		const now = Date.now();
		const staticData = this.getWorkflowStaticData('node') as ChangeCursor;
		const configKey = JSON.stringify(qs);
		const cursor: ChangeCursor =
			staticData.configKey === configKey ? { ...staticData } : { configKey };
		const manual = this.getMode() === 'manual';
		if (!cursor.since && !manual) {
			Object.assign(staticData, { configKey, since: windowStart({}, now), seen: [] });
			return null;
		}

		const window = {
			...qs,
			startdate: manual
				? snapperGrapeDate(new Date(now - 30 * 86400000))
				: windowStart(cursor, now),
			enddate: snapperGrapeDate(new Date(now + 60000)),
		};
		const changes = (await paginate(
			changesPaging,
			async (page) =>
				(
					await apiRequest.call(this, snapperGrapeApi, {
						method: 'GET',
						path: '/api/changes',
						qs: { ...window, ...page },
					})
				).body,
			// A window larger than the ceiling fails the poll and keeps the state (nothing lost, nothing
			// repeated).
			manual ? SAMPLE_SIZE : { ceiling: LIMITS.triggerMaxRecordsPerPoll },
		).catch((error: unknown) =>
			Promise.reject(pagingFailure(this, 'Snapper Grape', error)),
		)) as IDataObject[];
		if (manual) return changes.length ? [this.helpers.returnJsonArray(changes)] : null;

		const { fresh, next } = advance(changes, cursor, now, configKey);
		// n8n keeps static data only when the poll succeeds: the cursor moves with the changes it
		// emits.
		replaceStaticData(staticData as IDataObject, next);
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}
