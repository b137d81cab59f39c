import type { FieldSpec } from '../../shared/declarations/types';
import type { OnsightFlowEndpoint } from './client';
import { gw } from './client';
import { flag, pick, stringList, text } from './fields';

const trigger = pick('triggerId', 'triggerId', 'Trigger', 'trigger');
const simplify = [
	'triggerId',
	'name',
	'triggerType',
	'disabled',
	'description',
	'templateIds',
	'updated',
];

/** Every writable trigger property; `required` marks what Create needs. */
const properties = (create: boolean): FieldSpec[] => [
	text('name', 'Name', { required: create }),
	text('triggerType', 'Trigger Type', {
		required: create,
		default: 'Email',
		description: 'The guide documents only Email',
	}),
	flag('disabled', 'Disabled', 'Whether the trigger is switched off'),
	text('description', 'Description'),
	{
		...stringList('templateIds', 'Workflows'),
		locator: 'workflow',
		pickEach: true,
		description: 'Workflows whose completed jobs fire the trigger',
	},
	stringList('templateTags', 'Workflow Tags'),
	stringList('objectIds', 'Object IDs', { description: 'User or group IDs, comma-separated' }),
	{
		name: 'triggerOptions',
		label: 'Trigger Options',
		in: 'body',
		type: 'objectList',
		description:
			'Options of the trigger type, e.g. recipients and sendCopyToUser for Email (values are strings)',
		entries: [
			{
				name: 'key',
				label: 'Option',
				in: 'body',
				type: 'string',
				required: true,
				placeholder: 'e.g. recipients',
			},
			{ name: 'value', label: 'Value', in: 'body', type: 'string' },
		],
		toWire: (entries) =>
			Object.fromEntries(
				(entries as Array<{ key: string; value?: string }>).map((entry) => [
					entry.key,
					entry.value ?? '',
				]),
			),
	},
	{
		name: 'reportTemplateId',
		label: 'Report Template ID',
		in: 'body',
		type: 'id',
		description: 'Template of the PDF sent with the trigger',
	},
	text('pdfRequirement', 'PDF Requirement', { placeholder: 'e.g. NotRequired' }),
];

/** Triggers: notifications Onsight Flow sends itself when jobs complete. */
export const triggerEndpoints: OnsightFlowEndpoint[] = [
	gw('Trigger_Read', {
		id: 'triggers.getAll',
		resource: 'trigger',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many triggers',
		description: "List the team's job-completion triggers",
		method: 'GET',
		path: '/trigger/v2',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
		simplify,
	}),
	gw('Trigger_Read', {
		id: 'triggers.get',
		resource: 'trigger',
		operation: 'get',
		name: 'Get',
		action: 'Get a trigger',
		description: 'Get one trigger',
		method: 'GET',
		path: '/trigger/v2/{triggerId}',
		fields: [trigger],
		output: { kind: 'records' },
	}),
	gw('Trigger_Admin', {
		id: 'triggers.create',
		resource: 'trigger',
		operation: 'create',
		name: 'Create',
		action: 'Create a trigger',
		description: 'Create a job-completion trigger',
		method: 'POST',
		path: '/trigger/v2',
		fields: properties(true),
		output: { kind: 'object' },
	}),
	gw('Trigger_Admin', {
		id: 'triggers.update',
		resource: 'trigger',
		operation: 'update',
		name: 'Update',
		action: 'Update a trigger',
		description: 'Change a trigger; fields left out keep their current value',
		method: 'PUT',
		path: '/trigger/v2/{triggerId}',
		fields: [trigger, ...properties(false)],
		fullObjectUpdate: {
			readPath: '/trigger/v2/{triggerId}',
			keep: [
				'name',
				'description',
				'templateTags',
				'objectIds',
				'templateIds',
				'triggerType',
				'triggerOptions',
				'pdfRequirement',
				'reportTemplateId',
				'disabled',
			],
		},
		output: { kind: 'object' },
	}),
	gw('Trigger_Admin', {
		id: 'triggers.archive',
		resource: 'trigger',
		operation: 'archive',
		name: 'Archive',
		action: 'Archive a trigger',
		description: 'Archive (soft-delete) a trigger',
		method: 'DELETE',
		path: '/trigger/v2/{triggerId}',
		fields: [trigger],
		output: { kind: 'object' },
	}),
	gw('Trigger_Admin', {
		id: 'triggers.unarchive',
		resource: 'trigger',
		operation: 'unarchive',
		name: 'Unarchive',
		action: 'Unarchive a trigger',
		description: 'Restore an archived trigger',
		method: 'PUT',
		path: '/trigger/v2/unarchive/{triggerId}',
		fields: [trigger],
		output: { kind: 'object' },
	}),
];
