import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { BuiltRequest, FieldSpec } from '../../shared/declarations/types';
import type { OnsightFlowEndpoint } from './client';
import { gatewayApi } from './client';
import { apiRequest } from '../../shared/transport/request';
import { singleRecord } from '../../shared/declarations/execute';
import { flag, keyValues, pick, text } from './fields';

const template = pick('reportTemplateId', 'reportTemplate_id', 'Report Template', 'reportTemplate');
const simplify = [
	'reportTemplateId',
	'name',
	'description',
	'isDefault',
	'isArchived',
	'lastUpdated',
];

/** What Simplify keeps of one template with its content (11 fields): all but its author's ID. */
const contentSimplify = [
	'reportTemplateId',
	'name',
	'description',
	'headerContent',
	'bodyContent',
	'options',
	'isDefault',
	'isArchived',
	'lastUpdated',
	'metadata',
];

/** ReportTemplateOptions, shown as flat fields and sent nested under `options`. */
const optionFields: FieldSpec[] = [
	flag('isLandscape', 'Landscape', 'Whether pages are landscape'),
	text('title', 'Title'),
	{
		name: 'headerHeight',
		label: 'Header Height',
		in: 'body',
		type: 'number',
		min: 0,
		description: 'Header height in pixels (48 in every example)',
	},
	flag('hideFooter', 'Hide Footer', 'Whether to hide the page footer'),
];
const OPTION_KEYS = optionFields.map((field) => field.name);

function nestOptions(this: IExecuteFunctions, request: BuiltRequest): BuiltRequest {
	const body = { ...((request.body as IDataObject | undefined) ?? {}) };
	const options: IDataObject = { ...((body.options as IDataObject | undefined) ?? {}) };
	for (const key of OPTION_KEYS) {
		if (key in body) {
			options[key] = body[key];
			delete body[key];
		}
	}
	if (Object.keys(options).length) body.options = options;
	return { ...request, body };
}

/**
 * The PUT replaces the template: lay the user's fields (and options, key by key) over the current
 * one.
 */
async function mergeWithCurrent(
	this: IExecuteFunctions,
	request: BuiltRequest,
	itemIndex: number,
): Promise<BuiltRequest> {
	const changes = nestOptions.call(this, request).body as IDataObject;
	const answer = await apiRequest.call(this, gatewayApi, {
		method: 'GET',
		path: request.path,
		itemIndex,
	});
	const current = singleRecord(answer.body);
	const body: IDataObject = {};
	for (const key of ['name', 'headerContent', 'bodyContent'])
		if (current[key] !== undefined) body[key] = current[key];
	Object.assign(body, changes, {
		options: {
			...((current.options as IDataObject | undefined) ?? {}),
			...((changes.options as IDataObject | undefined) ?? {}),
		},
	});
	return { ...request, body };
}

const html = (name: string, label: string, required = false): FieldSpec => ({
	name,
	label,
	in: 'body',
	type: 'text',
	required,
	description: `${label} as HTML`,
});

/** Report templates: HTML used to render job PDFs. */
export const reportTemplateEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'reportTemplates.getAll',
		resource: 'reportTemplate',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many report templates',
		description: 'List report templates with temporary links to their HTML',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'GET',
		path: '/reporttemplates/v1',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
		simplify,
	},
	{
		id: 'reportTemplates.getNames',
		resource: 'reportTemplate',
		operation: 'getNames',
		name: 'Get Names',
		action: 'Get report template names',
		description: 'List template IDs and names only',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'GET',
		path: '/reporttemplates/v1/names',
		paginated: true,
		fields: [],
		output: { kind: 'records' },
	},
	{
		id: 'reportTemplates.get',
		resource: 'reportTemplate',
		operation: 'get',
		name: 'Get',
		action: 'Get a report template',
		description: 'Get one template with its header and body HTML inline',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'GET',
		path: '/reporttemplates/v1/content/{reportTemplate_id}',
		fields: [template],
		output: { kind: 'records' },
		simplify: contentSimplify,
	},
	{
		id: 'reportTemplates.getDefault',
		resource: 'reportTemplate',
		operation: 'getDefault',
		name: 'Get Default',
		action: 'Get the default report template',
		description: "Get the team's default template",
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'GET',
		path: '/reporttemplates/v1/default',
		fields: [],
		output: { kind: 'records' },
	},
	{
		id: 'reportTemplates.create',
		resource: 'reportTemplate',
		operation: 'create',
		name: 'Create',
		action: 'Create a report template',
		description: 'Create a template from inline HTML',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'POST',
		path: '/reporttemplates/v1/content',
		fields: [
			text('name', 'Name', { required: true }),
			html('bodyContent', 'Body'),
			html('headerContent', 'Header'),
			...optionFields,
		],
		output: { kind: 'object' },
		prepare: nestOptions,
	},
	{
		id: 'reportTemplates.update',
		resource: 'reportTemplate',
		operation: 'update',
		name: 'Update',
		action: 'Update a report template',
		description: "Replace a template's HTML or options; fields left out keep their current value",
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'PUT',
		path: '/reporttemplates/v1/content/{reportTemplate_id}',
		fields: [
			template,
			text('name', 'Name'),
			html('bodyContent', 'Body'),
			html('headerContent', 'Header'),
			...optionFields,
		],
		output: { kind: 'object' },
		prepare: mergeWithCurrent,
	},
	{
		id: 'reportTemplates.updateMetadata',
		resource: 'reportTemplate',
		operation: 'updateMetadata',
		name: 'Set Metadata',
		action: 'Set report template metadata',
		description: 'Set key/value metadata on a template',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'PUT',
		path: '/reporttemplates/v1/metadata/{reportTemplate_id}',
		fields: [template, keyValues('metadata', 'Metadata', 'Key/value pairs to set on the template')],
		output: { kind: 'object' },
	},
	{
		id: 'reportTemplates.setDefault',
		resource: 'reportTemplate',
		operation: 'setDefault',
		name: 'Set as Default',
		action: 'Make a report template the default',
		description: 'Make a template the team default',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'PUT',
		path: '/reporttemplates/v1/default/{reportTemplate_id}',
		fields: [template],
		output: { kind: 'object' },
	},
	{
		id: 'reportTemplates.unsetDefault',
		resource: 'reportTemplate',
		operation: 'unsetDefault',
		name: 'Clear Default',
		action: 'Clear the default report template',
		description: 'Clear the team default template',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'PUT',
		path: '/reporttemplates/v1/default/unset',
		fields: [],
		output: { kind: 'object' },
	},
	{
		id: 'reportTemplates.delete',
		resource: 'reportTemplate',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete a report template',
		description: 'Delete a template',
		host: 'gateway',
		policy: 'Reports_Create',
		method: 'DELETE',
		path: '/reporttemplates/v1/{reportTemplate_id}',
		fields: [template],
		output: { kind: 'deleted' },
	},
];
