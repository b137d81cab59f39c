import { PagingError, fingerprint } from '../../shared/transport/pagination';
import type { IDataObject, INode, INodePropertyOptions } from 'n8n-workflow';
import type { RequestContext, VendorApi } from '../../shared/transport/types';
import { graphQlRequest } from '../../shared/transport/graphql';
import { vendorTime } from '../../shared/polling/clock';
import { parseCsv, toCsv } from '../../shared/transport/csv';
import { InputError } from '../../shared/validation';

export const GRAPH_PATH = '/api/query/v2/graph';
/** The Query API returns at most 100 jobs per call. */
export const MAX_PAGE = 100;

const ATTACHMENT =
	'attachmentId stepId uniqueStepId stepTitle mimeType fileSize downloadUrl thumbnails { name created mimeType fileSize width height downloadUrl }';

/** Selectable job fields; nested ones carry their sub-selection. */
const JOB_FIELDS: Array<{ value: string; name: string; selection?: string }> = [
	{ value: 'jobId', name: 'Job ID' },
	{ value: 'completedJobCursor', name: 'Completed Job Cursor' },
	{ value: 'teamName', name: 'Team Name' },
	{ value: 'workflowId', name: 'Workflow ID' },
	{ value: 'workflowVersionId', name: 'Workflow Version ID' },
	{ value: 'workflowTitle', name: 'Workflow Title' },
	{ value: 'workflowTags', name: 'Workflow Tags' },
	{ value: 'jobTitle', name: 'Job Title' },
	{ value: 'created', name: 'Created' },
	{ value: 'updated', name: 'Updated' },
	{ value: 'totalDuration', name: 'Total Duration' },
	{ value: 'activeDuration', name: 'Active Duration' },
	{ value: 'status', name: 'Status' },
	{ value: 'userId', name: 'User ID' },
	{ value: 'userName', name: 'User Name' },
	{ value: 'geoLatAverage', name: 'Average Latitude' },
	{ value: 'geoLongAverage', name: 'Average Longitude' },
	{ value: 'metadata', name: 'Metadata', selection: 'metadata { name value }' },
	{
		value: 'steps',
		name: 'Steps (With Substeps)',
		selection:
			'steps { stepId uniqueStepId stepTitle stepType started completed totalDuration activeDuration userName note value substeps { stepId uniqueStepId stepTitle stepType stepTag value } }',
	},
	{ value: 'attachments', name: 'Attachments (Links)', selection: `attachments { ${ATTACHMENT} }` },
	{
		value: 'reports',
		name: 'Reports (Links)',
		selection: 'reports { generatedReportId generated templateName mimeType downloadUrl }',
	},
];

export const jobFieldOptions: INodePropertyOptions[] = JOB_FIELDS.map(({ name, value }) => ({
	name,
	value,
}));
export const DEFAULT_JOB_FIELDS = [
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
];

/** Braces and quotes must balance, so an extra selection cannot swallow the rest of the query. */
function checkSelection(node: INode, extra: string, itemIndex?: number) {
	let depth = 0;
	let quoted = false;
	for (let i = 0; i < extra.length; i++) {
		const char = extra[i];
		if (char === '\\' && quoted) i++;
		else if (char === '"') quoted = !quoted;
		else if (!quoted && char === '{') depth++;
		else if (!quoted && char === '}' && --depth < 0) break;
	}
	if (depth !== 0 || quoted) {
		throw new InputError(
			node,
			'Parameter "Extra Selection" must be GraphQL fields with balanced braces and quotes, e.g. temp: step(search: "temp") { value }',
			{
				itemIndex,
				description: 'No request was sent.',
			},
		);
	}
}

/**
 * The job selection: the chosen fields (cursor always, so paging can continue) plus any extra
 * GraphQL.
 */
export function jobSelection(
	node: INode,
	fields: string[],
	extra = '',
	itemIndex?: number,
): string {
	const chosen = new Set(fields.length ? fields : DEFAULT_JOB_FIELDS);
	chosen.add('completedJobCursor');
	const parts = JOB_FIELDS.filter((field) => chosen.has(field.value)).map(
		(field) => field.selection ?? field.value,
	);
	if (extra.trim()) {
		checkSelection(node, extra, itemIndex);
		parts.push(extra.trim());
	}
	return parts.join(' ');
}

/** Filter groups that admit one argument each (guide §4.3.2). */
export const FILTER_GROUPS: Record<string, string[]> = {
	workflow: ['workflowId', 'workflowTitle', 'workflowTag', 'workflowTagsOr', 'workflowTagsAnd'],
	user: ['userName', 'userId'],
	job: ['jobTitle', 'jobId'],
};

export function checkFilterGroups(
	node: INode,
	filters: IDataObject,
	labels: Record<string, string>,
	itemIndex?: number,
) {
	for (const [group, names] of Object.entries(FILTER_GROUPS)) {
		const used = names.filter((name) => filters[name] !== undefined);
		if (used.length > 1) {
			throw new InputError(
				node,
				`Parameters ${used.map((name) => `"${labels[name] ?? name}"`).join(' and ')} cannot be combined: the Query API takes one ${group} filter at a time`,
				{
					itemIndex,
					description: `Keep one of them. No request was sent.`,
				},
			);
		}
	}
}

/** A GraphQL literal: strings as JSON strings (same escaping), lists in brackets. */
function literal(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(String(value));
}

/**
 * `jobs(...)` with literal arguments: the argument types of the live schema are not documented (the
 * guide writes them inline), and a literal list also reaches a single-value argument.
 */
export function jobsQuery(args: IDataObject, selection: string): string {
	const written = Object.entries(args)
		.filter(([, value]) => value !== undefined && value !== '')
		.map(([name, value]) => `${name}: ${literal(value)}`);
	return `{ jobs${written.length ? `(${written.join(', ')})` : ''} { ${selection} } }`;
}

export interface JobsPage {
	jobs: IDataObject[];
	csv?: Array<Record<string, string>>;
	raw?: Buffer;
}

/**
 * Completed jobs page by page, following `completedJobCursor` from the last row; a page shorter
 * than asked is the last. In CSV mode each page is CSV and the cursor is read from its column.
 */
export async function fetchJobs(
	this: RequestContext,
	api: VendorApi,
	options: {
		args: IDataObject;
		selection: string;
		limit: number;
		/** Return All stops with a PagingError past this many jobs. */
		ceiling?: number;
		csv?: boolean;
		itemIndex?: number;
		advice?: Partial<Record<number, string>>;
		onPage?: (jobs: IDataObject[]) => void;
	},
): Promise<{ jobs: IDataObject[]; csv?: Buffer; serviceTime?: number }> {
	const jobs: IDataObject[] = [];
	const rows: Array<Record<string, string>> = [];
	const pages: Buffer[] = [];
	const ceiling = options.ceiling ?? Infinity;
	// Cursors already asked for: a service that hands one back again would page forever.
	const asked = new Set<string>();
	const received = new Set<string>();
	let cursor = options.args.cursor as string | undefined;
	// The service's clock at the first answer (its Date header), for triggers anchored on it.
	let serviceTime: number | undefined;
	for (;;) {
		const have = options.csv ? rows.length : jobs.length;
		const ask = Math.min(MAX_PAGE, options.limit - have);
		if (ask <= 0) break;
		if (have >= ceiling)
			throw new PagingError(
				'ceiling',
				`Return All reached its ceiling of ${ceiling} jobs and the service still reports more`,
			);
		if (cursor !== undefined && asked.has(cursor)) {
			throw new PagingError(
				'repeated-request',
				`the service pointed back to a cursor it already sent (${cursor}) after ${have} jobs`,
			);
		}
		if (cursor !== undefined) asked.add(cursor);
		const query = jobsQuery({ ...options.args, limit: ask, cursor }, options.selection);
		const response = await graphQlRequest.call(this, api, {
			path: GRAPH_PATH,
			query,
			qs: options.csv ? { csv: 'true' } : undefined,
			raw: options.csv,
			itemIndex: options.itemIndex,
			advice: options.advice,
		});
		serviceTime ??= vendorTime(response.headers);
		let count: number;
		let last: string | undefined;
		if (options.csv) {
			const body = response.body as Buffer;
			pages.push(body);
			const pageRows = parseCsv(body.toString('utf8'));
			for (const row of pageRows) rows.push(row);
			count = pageRows.length;
			last = pageRows[pageRows.length - 1]?.completedJobCursor;
		} else {
			const page = (((response.body as IDataObject | undefined)?.data as IDataObject | undefined)
				?.jobs ?? []) as IDataObject[];
			for (const job of page) jobs.push(job);
			options.onPage?.(page);
			count = page.length;
			last = page[page.length - 1]?.completedJobCursor as string | undefined;
		}
		const print = options.csv ? fingerprint(rows.slice(have)) : fingerprint(jobs.slice(have));
		if (count > 0 && received.has(print)) {
			throw new PagingError(
				'repeated-page',
				`the service sent the same page of jobs again after ${have} jobs`,
			);
		}
		received.add(print);
		if (count < ask || !last) break;
		cursor = last;
	}
	if (!options.csv) return { jobs, serviceTime };
	// One page goes out exactly as the service wrote it; several are joined under the union of their
	// columns.
	const csv =
		pages.length === 1
			? pages[0]
			: Buffer.from(toCsv(rows.slice(0, Math.min(options.limit, ceiling))), 'utf8');
	return { jobs, csv, serviceTime };
}
