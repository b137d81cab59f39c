import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { BuiltRequest, FieldSpec } from '../../shared/declarations/types';
import { fetchLink } from '../../shared/transport/binary';
import { graphQlRequest } from '../../shared/transport/graphql';
import type { VendorApi } from '../../shared/transport/types';
import type { OnsightFlowEndpoint } from './client';
import { gatewayApi, queryKeyApi, scopeAdvice } from './client';
import { ceilingOf, pagingFailure } from '../../shared/declarations/execute';
import { downloadDeadline } from '../../shared/declarations/groups';
import {
	DEFAULT_JOB_FIELDS,
	GRAPH_PATH,
	checkFilterGroups,
	fetchJobs,
	jobFieldOptions,
	jobSelection,
} from './job-query';

const advice = { 403: scopeAdvice('Query_Read') as string };

/** The Query API takes either credential; the node's Authentication parameter says which. */
export function queryApi(ctx: IExecuteFunctions): VendorApi {
	return ctx.getNodeParameter('authentication', 0, 'oAuth2') === 'queryKey'
		? queryKeyApi
		: gatewayApi;
}

const format: FieldSpec = {
	name: 'format',
	label: 'Output',
	in: 'control',
	type: 'options',
	required: true,
	default: 'json',
	options: [
		{ name: 'Items (JSON)', value: 'json', description: 'One item per row' },
		{
			name: 'CSV File',
			value: 'csv',
			description:
				'One binary CSV file; nested fields become columns (arrays with 0-based indexes). The Query API drops errors from CSV output.',
		},
	],
};
const csvField: FieldSpec = {
	name: 'binaryPropertyName',
	label: 'Put Output File in Field',
	in: 'control',
	type: 'string',
	required: true,
	default: 'data',
	showWhen: { format: ['csv'] },
	hint: 'The name of the output binary field to put the CSV file in',
};

const list = (name: string, label: string, description: string): FieldSpec => ({
	name,
	label,
	in: 'control',
	type: 'idList',
	listForm: 'strings',
	description: `${description}, comma-separated`,
});
const lines = (name: string, label: string, description: string): FieldSpec => ({
	name,
	label,
	in: 'control',
	type: 'text',
	description: `${description}, one per line (titles may contain commas)`,
	toWire: (value) =>
		String(value)
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean),
});
const date = (name: string, label: string, description: string): FieldSpec => ({
	name,
	label,
	in: 'control',
	type: 'dateTime',
	description: `${description} (sent as ISO 8601 UTC)`,
});

const jobFilters: FieldSpec[] = [
	list('workflowId', 'Workflow IDs', 'Only jobs of these workflows'),
	lines('workflowTitle', 'Workflow Titles', 'Only jobs of workflows with these titles'),
	{
		name: 'workflowTag',
		label: 'Workflow Tag',
		in: 'control',
		type: 'string',
		description: 'Only jobs of workflows with this tag',
	},
	list(
		'workflowTagsOr',
		'Workflow Tags (Any)',
		'Only jobs of workflows with at least one of these tags',
	),
	list('workflowTagsAnd', 'Workflow Tags (All)', 'Only jobs of workflows with all of these tags'),
	list('userName', 'User Names', 'Only jobs completed by these user names'),
	list('userId', 'User IDs', 'Only jobs completed by these users'),
	lines('jobTitle', 'Job Titles', 'Only jobs with these exact titles'),
	list('jobId', 'Job IDs', 'Only these jobs (server job IDs)'),
	date('createdSince', 'Created Since', 'Jobs started at or after'),
	date('createdBefore', 'Created Before', 'Jobs started before'),
	date('updatedSince', 'Updated Since', 'Jobs updated at or after'),
	date('updatedBefore', 'Updated Before', 'Jobs updated before'),
	{
		name: 'cursor',
		label: 'After Cursor',
		in: 'control',
		type: 'string',
		description: 'Continue after this completedJobCursor (from an earlier run)',
	},
	{
		name: 'extraSelection',
		label: 'Extra Selection',
		in: 'control',
		type: 'string',
		placeholder: 'e.g. temp: step(search: "temp") { value }',
		description: 'More GraphQL fields to select on each job, e.g. a step found by ID, tag or title',
	},
	{
		name: 'downloadAttachments',
		label: 'Download Attachments',
		in: 'control',
		type: 'boolean',
		description:
			"Whether to download each job's attachments into binary fields attachment_0, attachment_1, … (JSON output; adds Attachments to the fields)",
	},
];
const FILTER_NAMES = jobFilters
	.slice(0, 13)
	.map((field) => field.name)
	.concat('cursor');
const LABELS = Object.fromEntries(jobFilters.map((field) => [field.name, field.label]));

async function csvItem(
	ctx: IExecuteFunctions,
	body: Buffer,
	fileName: string,
	request: BuiltRequest,
	itemIndex: number,
	extra: IDataObject = {},
): Promise<INodeExecutionData> {
	const property = String(request.params.binaryPropertyName || 'data');
	const file = await ctx.helpers.prepareBinaryData(body, fileName, 'text/csv');
	return {
		json: { fileName, fileSize: body.length, ...extra },
		binary: { [property]: file },
		pairedItem: { item: itemIndex },
	};
}

/**
 * Links stay links unless asked: each attachment's pre-signed link is fetched without credentials.
 */
async function withAttachments(
	ctx: IExecuteFunctions,
	job: IDataObject,
	deadlineMs: number,
): Promise<Record<string, IBinaryData>> {
	const binary: Record<string, IBinaryData> = {};
	const attachments = (Array.isArray(job.attachments) ? job.attachments : []) as IDataObject[];
	for (const [index, attachment] of attachments.entries()) {
		if (typeof attachment.downloadUrl !== 'string') continue;
		binary[`attachment_${index}`] = await fetchLink(
			ctx,
			attachment.downloadUrl,
			String(attachment.attachmentId ?? `attachment_${index}`),
			String(attachment.mimeType ?? 'application/octet-stream'),
			deadlineMs,
		);
	}
	return binary;
}

async function getJobs(
	this: IExecuteFunctions,
	request: BuiltRequest,
	itemIndex: number,
	limit: number,
): Promise<INodeExecutionData[]> {
	const params = request.params;
	checkFilterGroups(this.getNode(), params, LABELS, itemIndex);
	const args: IDataObject = { order: params.order ?? 'asc' };
	for (const name of FILTER_NAMES) if (params[name] !== undefined) args[name] = params[name];
	const csv = params.format === 'csv';
	const fields = [...((params.fields as string[] | undefined) ?? DEFAULT_JOB_FIELDS)];
	if (params.downloadAttachments === true && !csv && !fields.includes('attachments'))
		fields.push('attachments');
	const selection = jobSelection(
		this.getNode(),
		fields,
		String(params.extraSelection ?? ''),
		itemIndex,
	);
	const ceiling = limit === Infinity ? ceilingOf(this, itemIndex) : undefined;
	const found = await fetchJobs
		.call(this, queryApi(this), { args, selection, limit, ceiling, csv, itemIndex, advice })
		.catch((error: unknown) =>
			Promise.reject(pagingFailure(this, 'Onsight Flow', error, itemIndex)),
		);
	if (csv) return [await csvItem(this, found.csv as Buffer, 'jobs.csv', request, itemIndex)];
	const pairedItem = { item: itemIndex };
	if (params.downloadAttachments !== true) return found.jobs.map((json) => ({ json, pairedItem }));
	const items: INodeExecutionData[] = [];
	for (const job of found.jobs)
		items.push({
			json: job,
			binary: await withAttachments(this, job, downloadDeadline(params)),
			pairedItem,
		});
	return items;
}

async function runGraphQl(
	this: IExecuteFunctions,
	request: BuiltRequest,
	itemIndex: number,
	limit: number,
	query: string,
	variables: IDataObject | undefined,
	fileName: string,
): Promise<INodeExecutionData[]> {
	const csv = request.params.format === 'csv';
	const response = await graphQlRequest.call(this, queryApi(this), {
		path: GRAPH_PATH,
		query,
		variables,
		qs: csv ? { csv: 'true' } : undefined,
		raw: csv,
		itemIndex,
		advice,
	});
	if (csv) return [await csvItem(this, response.body as Buffer, fileName, request, itemIndex)];
	const data = ((response.body as IDataObject | undefined)?.data ?? {}) as IDataObject;
	const pairedItem = { item: itemIndex };
	const roots = Object.values(data);
	// One item per row of the (first) root field, as n8n users expect from a list; otherwise the data
	// as is.
	if (request.params.split !== false && roots.length === 1 && Array.isArray(roots[0])) {
		const rows = (roots[0] as IDataObject[]).slice(0, limit);
		return rows.map((json) => ({
			json: json && typeof json === 'object' ? json : { value: json },
			pairedItem,
		}));
	}
	return [{ json: data, pairedItem }];
}

/** The GraphQL Query API (guide §4): completed jobs and users, as items or as a CSV file. */
export const queryEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'query.jobs',
		family: 'graphql',
		resource: 'query',
		operation: 'getJobs',
		name: 'Get Jobs',
		action: 'Query completed jobs',
		description: 'Completed jobs with filters, chosen fields and cursor paging',
		host: 'gateway',
		policy: 'Query_Read',
		method: 'POST',
		path: GRAPH_PATH,
		paginated: true,
		downloads: true,
		// Extra Selection and Download Attachments sit beside the filters.
		optionalGroup: {
			name: 'filters',
			label: 'Filters and Options',
			placeholder: 'Add Filter or Option',
		},
		fields: [
			{
				name: 'fields',
				label: 'Fields',
				in: 'control',
				type: 'multiOptions',
				required: true,
				default: DEFAULT_JOB_FIELDS,
				options: jobFieldOptions,
				description:
					'Job fields to return; Completed Job Cursor is always included so the next page can follow it',
			},
			{
				name: 'order',
				label: 'Order',
				in: 'control',
				type: 'options',
				required: true,
				default: 'asc',
				options: [
					{ name: 'Oldest Upload First', value: 'asc' },
					{ name: 'Newest Upload First', value: 'desc' },
				],
			},
			format,
			csvField,
			...jobFilters,
		],
		output: { kind: 'records' },
		kind: 'run',
		run: getJobs,
	},
	{
		id: 'query.users',
		family: 'graphql',
		resource: 'query',
		operation: 'getUsers',
		name: 'Get Users',
		action: 'Query users',
		description: 'Users with their e-mail address and groups',
		host: 'gateway',
		policy: 'Query_Read',
		method: 'POST',
		path: GRAPH_PATH,
		paginated: true,
		fields: [format, csvField],
		output: { kind: 'records' },
		kind: 'run',
		async run(request, itemIndex, limit) {
			return await runGraphQl.call(
				this,
				request,
				itemIndex,
				limit,
				'{ users { emailAddress name userGroups { name } } }',
				undefined,
				'users.csv',
			);
		},
	},
	{
		id: 'query.run',
		family: 'graphql',
		resource: 'query',
		operation: 'run',
		name: 'Run GraphQL Query',
		action: 'Run a GraphQL query',
		description: 'Any query of the Query API, with variables',
		host: 'gateway',
		policy: 'Query_Read',
		method: 'POST',
		path: GRAPH_PATH,
		paginated: true,
		fields: [
			{
				name: 'query',
				label: 'Query',
				in: 'control',
				type: 'text',
				required: true,
				placeholder:
					'query ($n: Int) { jobs(limit: $n, order: "desc") { jobId jobTitle updated } }',
			},
			format,
			csvField,
			{
				name: 'variables',
				label: 'Variables (JSON)',
				in: 'control',
				type: 'json',
				jsonShape: 'object',
				required: true,
				default: '{}',
				description: "Values for the query's $variables",
			},
			{
				name: 'split',
				label: 'One Item per Row',
				in: 'control',
				type: 'boolean',
				required: true,
				default: true,
				showWhen: { format: ['json'] },
				description: 'Whether a query with one list field returns one item per entry',
			},
		],
		output: { kind: 'records' },
		kind: 'run',
		async run(request, itemIndex, limit) {
			return await runGraphQl.call(
				this,
				request,
				itemIndex,
				limit,
				String(request.params.query),
				request.params.variables as IDataObject | undefined,
				'query.csv',
			);
		},
	},
];
