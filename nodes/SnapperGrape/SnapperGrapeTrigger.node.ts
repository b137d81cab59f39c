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
import { openPollState } from '../shared/polling/poll-state';
import { vendorTime } from '../shared/polling/clock';
import { apiRequest } from '../shared/transport/request';
import { requireNumber } from '../shared/validation';
import { changesPaging, snapperGrapeDate } from './api/client';
import { snapperGrapeCatalog } from './api/catalog';
import { declaredCall } from '../shared/declarations/declared-call';
import { CHANGES_OVERLAP, WINDOW_MS, advance, migrateCursor } from './trigger/window';
import { overlapProperty, readOverlapMs } from '../shared/polling/overlap';
import { readStartFrom, startFromProperty } from '../shared/polling/backfill';
import { SAMPLE_SIZE, manualSample } from '../shared/polling/sample';
import type { ChangeCursor } from './trigger/window';
import { fieldProperty } from '../shared/declarations/properties';
import { searchOrganisations } from './methods/list-search';

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
					'Each poll reads /api/changes from where the last successful poll ended (by ' +
					'default two minutes earlier, since Grape dates have minute precision) and drops ' +
					"changes already emitted. Windows follow Snapper Grape's own clock (the Date of " +
					'its answers), so n8n and Grape need not agree on the time. An installation that ' +
					'sends no Date has no usable clock: windows then follow the newest change time, ' +
					'and Overlap (Minutes) under Options sets the margin.',
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
					{ name: 'Organisation Unit', value: 'internal' },
					{ name: 'External Organisation ID', value: 'external' },
				],
				description: 'Limit to persons in a unit and its sub-units',
			},
			// Earlier versions stored a plain number here; n8n reads it as the locator's ID.
			fieldProperty(
				{
					name: 'organisationId',
					label: 'Organisation Unit',
					in: 'query',
					type: 'locator',
					locator: 'organisation',
					required: true,
					description: 'The unit whose persons (and those of its sub-units) to watch',
				},
				snapperGrapeCatalog,
				{ show: { scope: ['internal'] } },
			),
			{
				displayName: 'External Organisation ID',
				name: 'externOrganisationId',
				type: 'string',
				default: '',
				displayOptions: { show: { scope: ['external'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					overlapProperty(
						CHANGES_OVERLAP,
						"How far before the end of the last read each poll starts. Grape dates have minute precision; raise it only if Grape's answers carry no Date header and its change times arrive late.",
					),
					startFromProperty('changes'),
				],
			},
		],
	};

	methods = { listSearch: { searchOrganisations } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const type = this.getNodeParameter('type') as string;
		const scope = this.getNodeParameter('scope', 'none') as string;
		const qs: IDataObject = { type };
		if (scope === 'internal')
			qs.organisation_id = requireNumber(
				this.getNode(),
				'Organisation Unit',
				this.getNodeParameter('organisationId', '', { extractValue: true }),
				{ min: 1, integer: true },
			);
		if (scope === 'external')
			qs.extern_organisation_id =
				String(this.getNodeParameter('externOrganisationId', '')).trim() || undefined;

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const overlapMs = readOverlapMs(this.getNode(), options.overlapMinutes, CHANGES_OVERLAP);
		const startFrom = readStartFrom(this.getNode(), options.startFrom);

		const now = Date.now();
		// Start From joins the settings only when set, so state kept before the option existed stays.
		const settings = startFrom === undefined ? qs : { ...qs, startFrom };
		const state = openPollState<ChangeCursor>(this, settings, now, (old) =>
			old.configKey === JSON.stringify(qs) ? migrateCursor(old) : undefined,
		);
		const manual = this.getMode() === 'manual';
		// The action node's declaration of Change → Get Many.
		const changesCall = declaredCall(snapperGrapeCatalog, 'changes.list');
		const read = async (window: IDataObject, limit?: number) => {
			let grapeNow: number | undefined;
			const changes = (await paginate(
				changesPaging,
				async (page) => {
					const response = await apiRequest.call(this, changesCall.api, {
						...changesCall.request,
						qs: { ...qs, ...window, ...page },
					});
					grapeNow ??= vendorTime(response.headers);
					return response.body;
				},
				// A window larger than the ceiling fails the poll and keeps the state (nothing lost,
				// nothing repeated).
				{ limit, ceiling: LIMITS.triggerMaxRecordsPerPoll },
			).catch((error: unknown) =>
				Promise.reject(pagingFailure(this, 'Snapper Grape', error)),
			)) as IDataObject[];
			return { changes, grapeNow };
		};
		// n8n's clock only sizes windows generously; where a window starts is Grape's time.
		const around = (start: number) => ({
			startdate: snapperGrapeDate(new Date(start)),
			enddate: snapperGrapeDate(new Date(Math.max(start, now) + WINDOW_MS)),
		});

		if (manual) {
			const { changes } = await read(around(now - 30 * 86400000), SAMPLE_SIZE);
			return manualSample(this, changes);
		}
		if (state.cursor === undefined && startFrom === undefined) {
			// First activation: where "now" is for Grape, from the Date of one small answer.
			const { grapeNow } = await read(around(now - WINDOW_MS / 2), 1);
			state.commit({ since: (grapeNow ?? now) - overlapMs });
			return null;
		}
		// Backfill: the first read starts at Start From, taken as Grape's time.
		const cursor = state.cursor ?? { since: startFrom as number };
		const { changes, grapeNow } = await read(around(cursor.since));
		if (grapeNow === undefined)
			this.logger.warn(
				'Snapper Grape Trigger: the answer carried no Date header, so windows follow the newest ' +
					'change time and start Overlap (Minutes) before it',
			);
		const { fresh, next } = advance(changes, cursor, state.seen, grapeNow, overlapMs);
		state.commit(next);
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}
