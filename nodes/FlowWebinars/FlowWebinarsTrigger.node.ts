import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { apiRequest } from '../shared/transport/request';
import { requireId } from '../shared/validation';
import { declaredCall } from '../shared/declarations/declared-call';
import { flowWebinarsCatalog } from './api/catalog';
import { searchSessions } from './methods/list-search';
import { backfill, diff, migrateSnapshot } from './trigger/snapshot';
import type { WatchKind } from './trigger/snapshot';
import { openPollState } from '../shared/polling/poll-state';
import { readStartFrom, startFromProperty } from '../shared/polling/backfill';
import { SAMPLE_SIZE, manualSample } from '../shared/polling/sample';
import { vendorTime } from '../shared/polling/clock';

export class FlowWebinarsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flow Webinars Trigger',
		name: 'flowWebinarsTrigger',
		icon: {
			light: 'file:../../icons/flow-webinars.svg',
			dark: 'file:../../icons/flow-webinars.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow on new Flow events, registrants or attendees',
		defaults: { name: 'Flow Webinars Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'flowWebinarsApi', required: true }],
		properties: [
			{
				displayName:
					'Flow has no change feed: each poll lists the events or registrants and emits the ' +
					'ones not seen before. The first activation only records what exists, unless Start ' +
					'From is set.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				default: 'newRegistrant',
				options: [
					{ name: 'New Event', value: 'newEvent', description: 'An event session appears' },
					{
						name: 'New Registrant',
						value: 'newRegistrant',
						description: 'Someone registers for the chosen session',
					},
					{
						name: 'Attendee Joined',
						value: 'attendeeJoined',
						description: 'A registrant of the chosen session enters it',
					},
				],
			},
			{
				displayName: 'Period',
				name: 'period',
				type: 'options',
				default: 'future',
				displayOptions: { show: { event: ['newEvent'] } },
				options: [
					{ name: 'All', value: 'all' },
					{ name: 'Current', value: 'current' },
					{ name: 'Future', value: 'future' },
				],
				description: 'Which sessions to watch for new ones',
			},
			{
				displayName: 'Event Session',
				name: 'sessionToken',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				required: true,
				displayOptions: { show: { event: ['newRegistrant', 'attendeeJoined'] } },
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchSessions', searchable: true },
					},
					{ displayName: 'By Token', name: 'id', type: 'string', placeholder: 'e.g. a1b2c3' },
				],
			},
			startFromProperty(
				'events created, registrants or attendees who joined',
				' (registrants carry no date in Flow, so all those listed are emitted)',
			),
		],
	};

	methods = { listSearch: { searchSessions } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const kind = this.getNodeParameter('event') as WatchKind;
		const qs: IDataObject = {};
		let target = '';
		// The action node's declarations of the two lists the trigger reads.
		let call = declaredCall(flowWebinarsCatalog, 'listEvents');
		if (kind === 'newEvent') {
			const period = this.getNodeParameter('period', 'future') as string;
			if (period !== 'all') qs.period = period;
			target = period;
		} else {
			target = requireId(
				this.getNode(),
				'Event Session',
				this.getNodeParameter('sessionToken', '', { extractValue: true }),
				{ format: 'token' },
			);
			call = declaredCall(flowWebinarsCatalog, 'listRegistrants', { sessionToken: target });
		}
		const response = await apiRequest.call(this, call.api, { ...call.request, qs });
		const records = (((response.body as IDataObject)?.data as IDataObject[]) ?? []).filter(
			(record) => record && typeof record === 'object',
		);

		if (this.getMode() === 'manual') {
			// The newest records are the last ones listed.
			const listed =
				kind === 'attendeeJoined' ? records.filter((record) => record.entryTime) : records;
			return manualSample(this, listed.slice(-SAMPLE_SIZE));
		}

		const startFrom = readStartFrom(this.getNode(), this.getNodeParameter('startFrom', ''));
		const now = vendorTime(response.headers) ?? Date.now();
		// Start From joins the settings only when set, so state kept before the option existed stays.
		const settings = startFrom === undefined ? { kind, target } : { kind, target, startFrom };
		const state = openPollState<{ started: true }>(this, settings, now, (old) =>
			migrateSnapshot(old, `${kind}:${target}`),
		);
		const fresh = diff(kind, records, state.seen, now);
		// Static data is kept only when the poll succeeds, so it changes together with what is emitted.
		state.commit({ started: true });
		// The first activation only learns what is listed already, or emits what Start From asks for.
		const emitted = state.cursor ? fresh : backfill(kind, fresh, startFrom);
		return emitted.length ? [this.helpers.returnJsonArray(emitted)] : null;
	}
}
