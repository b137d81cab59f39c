import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { LocatorSpec, VendorCatalog } from './types';
import { apiRequest } from '../transport/request';

/** How a locator labels its list entries (declared once per locator, in the vendor's catalog). */
export type LocatorLabel = LocatorSpec['label'];
type LabelField = LocatorLabel['fields'][number];

const DATE_TIME = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/;
const TIME = /^(\d\d:\d\d):\d\d$/;

/** Text of the value at `path` (`a.b` reads `b` of the object in `a`), dates to the minute. */
function textAt(record: IDataObject, path: string): string {
	let value: unknown = record;
	for (const key of path.split('.')) {
		value =
			value && typeof value === 'object' && !Array.isArray(value)
				? (value as IDataObject)[key]
				: undefined;
	}
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return '';
	const text = value.trim();
	const dateTime = DATE_TIME.exec(text);
	if (dateTime) return `${dateTime[1]} ${dateTime[2]}`;
	return TIME.exec(text)?.[1] ?? text;
}

function textOf(record: IDataObject, field: LabelField): string {
	return (typeof field === 'string' ? [field] : field)
		.map((path) => textAt(record, path))
		.filter(Boolean)
		.join(' ');
}

/**
 * The plain value of a parameter picked in the same operation (a locator's value, or a plain one),
 * or '' when it is not set, or is an expression (which cannot be resolved while a list is open).
 */
export function pickedParameter(ctx: ILoadOptionsFunctions, name: string): string {
	let value: unknown;
	try {
		value = ctx.getCurrentNodeParameter(name);
	} catch {
		return '';
	}
	if (value && typeof value === 'object') value = (value as IDataObject).value;
	const plain = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	return plain.startsWith('=') ? '' : plain;
}

/**
 * The parameter a list needs picked first in the same operation (e.g. the session whose surveys it
 * lists); without it the list says what to pick, and asks the vendor nothing.
 */
export function requirePicked(
	ctx: ILoadOptionsFunctions,
	name: string,
	what: string,
	description: string,
): string {
	const value = pickedParameter(ctx, name);
	if (!value)
		throw new NodeOperationError(ctx.getNode(), `Pick the ${what} first`, { description });
	return value;
}

/** Every field path a label reads, e.g. to ask the API to return or expand them. */
export function labelPaths(label: LocatorLabel): string[] {
	return [...label.fields, ...(label.details ?? [])].flatMap((field) =>
		typeof field === 'string' ? [field] : field,
	);
}

/** The record's name: its first label field with a value, or undefined when it has none. */
export function labelName(record: IDataObject, label: LocatorLabel): string | undefined {
	for (const field of label.fields) {
		const text = textOf(record, field);
		if (text) return text;
	}
	return undefined;
}

/** "<name> (<details>)", "<name> (<id>)" when no details are declared, or the ID alone. */
export function labelOf(record: IDataObject, label: LocatorLabel, id: string): string {
	const name = labelName(record, label);
	if (!name) return id;
	const details = label.details
		? label.details.map((field) => textOf(record, field)).filter(Boolean)
		: [id];
	return details.length ? `${name} (${details.join(', ')})` : name;
}

/** The catalog's label for `locator`; a locator without one is a declaration error. */
export function locatorLabel(catalog: VendorCatalog, locator: string): LocatorLabel {
	const label = catalog.locators[locator]?.label;
	if (!label) throw new Error(`Locator "${locator}" declares no label fields`);
	return label;
}

/**
 * List entries for records already fetched: labelled from the declaration, without records that
 * have no ID, and only those whose label contains `filter` (case-insensitive) when one is given.
 */
export function labelledEntries(
	records: IDataObject[],
	label: LocatorLabel,
	value: (record: IDataObject) => string,
	filter?: string,
	url?: (record: IDataObject) => string | undefined,
): INodeListSearchItems[] {
	const needle = filter?.trim().toLowerCase();
	return records
		.filter((record) => record && typeof record === 'object')
		.map((record) => {
			const id = value(record);
			const entry: INodeListSearchItems = { name: labelOf(record, label, id), value: id };
			const link = url?.(record);
			if (link) entry.url = link;
			return entry;
		})
		.filter(
			(entry) => entry.value !== '' && (!needle || entry.name.toLowerCase().includes(needle)),
		);
}

export interface SearchListSpec {
	/** The catalog locator this list serves: its declared `label` names the entries. */
	locator: string;
	path: string;
	/** Query parameter the API filters on; without one the filter is applied to the labels here. */
	searchParam?: string;
	query?: IDataObject;
	value: (record: IDataObject) => string | number;
	url?: (record: IDataObject) => string | undefined;
	pageSize?: number;
}

/**
 * A resource-locator list method over one of the vendor's list endpoints, paged with the vendor's
 * own strategy, its entries labelled as the locator declares.
 */
export function searchList(catalog: VendorCatalog, spec: SearchListSpec) {
	const label = locatorLabel(catalog, spec.locator);
	const value = (record: IDataObject) => String(spec.value(record) ?? '');
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const paging = catalog.paging;
		if (!paging) throw new Error('searchList needs a paging strategy');
		const pageSize = spec.pageSize ?? 50;
		const page = paginationToken
			? (JSON.parse(paginationToken) as IDataObject)
			: paging.first(pageSize);
		const qs: IDataObject = { ...spec.query, ...page };
		if (filter && spec.searchParam) qs[spec.searchParam] = filter;
		const response = await apiRequest.call(this, catalog.api, {
			method: 'GET',
			path: spec.path,
			qs,
		});
		const records = paging.records(response.body) as IDataObject[];
		const next = paging.next(
			{ query: page, body: response.body, records, received: records.length },
			pageSize,
		);
		const results = labelledEntries(
			records,
			label,
			value,
			spec.searchParam ? undefined : filter,
			spec.url,
		);
		return { results, paginationToken: next ? JSON.stringify(next) : undefined };
	};
}
