import { DateTime } from 'luxon';
import type { BuiltRequest, FieldSpec } from '../../shared/declarations/types';

/** "PersonGroupMemberships" → "Person Group Memberships". */
export function words(name: string): string {
	return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** "DisplayName" → "displayName", "ID" → "id": the n8n parameter name of an API property. */
const lowerFirst = (name: string) =>
	name.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (m) => m.toLowerCase());

/** The API writes dates as ISO-8601 without a zone; we send UTC. */
export const gsDate = (date: Date) =>
	DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss");

const csv = (values: unknown) => (values as string[]).join(',');

/** An example ID, for placeholders: every Growsparks ID is a prefix and a GUID. */
const EXAMPLE_ID = 'G_3f2b8c1e-…';

/**
 * The record of one resource, picked from its list or typed as an ID, in the path. `label` is the
 * resource's name in Title Case ("Event Person Group").
 */
export function idField(options: { apiName: string; label: string; locator: string }): FieldSpec {
	const what = options.label.toLowerCase();
	// Result records have E_ IDs, every other record G_ ones.
	const prefix = options.locator.endsWith('results') ? 'E_' : 'G_';
	return {
		name: 'id',
		apiName: options.apiName,
		label: options.label,
		in: 'path',
		type: 'locator',
		locator: options.locator,
		required: true,
		description: `The ${what}: pick it from the list or enter its ID (${prefix}…)`,
	};
}

/**
 * `stream=true`: the answer arrives as Server-Sent Events, one record each. `what` names the
 * records ("persons"); a call's results (`paged: false`) otherwise come in one answer, a list's in
 * pages.
 */
export const streamField = (what: string, options: { paged?: boolean } = {}): FieldSpec => ({
	name: 'stream',
	label: 'Stream Results',
	in: 'query',
	type: 'boolean',
	default: false,
	description:
		`Whether to receive the ${what} as a stream (Server-Sent Events), read one by one as they ` +
		`arrive instead of ${options.paged === false ? 'in one answer' : 'page by page'}`,
});

const propertyOptions = (names: string[]) =>
	names.map((name) => ({ name: words(name), value: name }));

/**
 * Include / Exclude / Only These Properties, and Expand when some properties expand: multi-selects
 * of the resource's properties. The ID is always returned; the others by default or on request.
 */
export function selectionFields(properties: {
	byDefault: string[];
	onRequest: string[];
	expandable?: string[];
}): FieldSpec[] {
	const fields: FieldSpec[] = [
		{
			name: 'includedProperties',
			keptBySimplify: true,
			label: 'Include Properties',
			in: 'query',
			type: 'multiOptions',
			options: propertyOptions(properties.onRequest),
			toWire: csv,
			description: 'Properties returned only on request, added to the default set',
		},
		{
			name: 'excludedProperties',
			label: 'Exclude Properties',
			in: 'query',
			type: 'multiOptions',
			options: propertyOptions(properties.byDefault),
			toWire: csv,
			description: 'Default properties to leave out',
		},
		{
			name: 'specificProperties',
			keptBySimplify: true,
			label: 'Only These Properties',
			in: 'query',
			type: 'multiOptions',
			options: propertyOptions(['ID', ...properties.byDefault, ...properties.onRequest].sort()),
			toWire: csv,
			description: 'Return exactly these properties (the ID is always returned)',
		},
	];
	if (properties.expandable?.length) {
		fields.push({
			name: 'expand',
			label: 'Expand',
			in: 'query',
			type: 'multiOptions',
			options: propertyOptions(properties.expandable),
			toWire: csv,
			description: 'Reference properties to return as the full referenced objects',
		});
	}
	return fields;
}

/** The filter operations the reference documents per property; the filter grammar itself is not. */
const FILTER_OPERATIONS = {
	text: 'EQUALS, CONTAINS, STARTS_WITH, ENDS_WITH',
	orderable: 'GREATER, SMALLER, GREATER_EQUAL, SMALLER_EQUAL, EQUALS, NOT_EQUALS',
	auditDates: 'GREATER_EQUAL, SMALLER',
	boolean: 'EQUALS, NOT_EQUALS',
	hierarchy: 'EQUALS, PATH_TO_ROOT, SUB_TREE, MEMBER_OF',
	reference: 'EQUALS',
};

/** The list's `filter`, as written; the hint lists the filterable properties and operations. */
export function filterField(filterable: Record<string, keyof typeof FILTER_OPERATIONS>): FieldSpec {
	const where = Object.entries(filterable)
		.map(([property, group]) => `${property} (${FILTER_OPERATIONS[group]})`)
		.join('; ');
	return {
		name: 'filter',
		label: 'Filter',
		in: 'query',
		type: 'string',
		hint:
			'Passed to the API as written: Growsparks does not document the filter syntax. ' +
			`Filterable here: ${where}`,
		description: 'Comma-separated property filters',
	};
}

interface BodyOptions {
	description?: string;
	required?: boolean;
	/** A key field of the record, shown up front on Create and Update. */
	primary?: boolean;
}

/** A body property: its parameter name and label come from its API name. */
const bodyField = (apiName: string, options: BodyOptions) => ({
	name: lowerFirst(apiName),
	apiName,
	label: words(apiName),
	in: 'body' as const,
	description: options.description,
	required: options.required,
	primary: options.primary,
});

export const text = (apiName: string, options: BodyOptions & { max?: number } = {}): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'string',
	maxLength: options.max,
});

export const number = (apiName: string, options: BodyOptions = {}): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'number',
});

export const flag = (apiName: string, options: BodyOptions = {}): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'boolean',
});

export const date = (apiName: string, options: BodyOptions = {}): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'dateTime',
	dateFormat: gsDate,
});

/** One of the documented values, each shown in words ("NotStarted" → "Not Started"). */
export const choice = (
	apiName: string,
	options: BodyOptions & { values: string[] },
): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'options',
	options: options.values.map((value) => ({ name: words(value), value })),
});

/** The ID of another record; `locator` offers that resource's list. */
export const reference = (
	apiName: string,
	options: BodyOptions & { description: string; locator?: string },
): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'id',
	locator: options.locator,
	placeholder: `e.g. ${EXAMPLE_ID}`,
});

/** IDs of other records, sent as strings; `locator` offers one picker per ID. */
export const references = (
	apiName: string,
	options: BodyOptions & { description: string; locator?: string },
): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'idList',
	locator: options.locator,
	pickEach: options.locator !== undefined,
	listForm: 'strings',
	placeholder: `e.g. ${EXAMPLE_ID}, G_8d01a7b2-…`,
});

/** A key/value mapping, written as a JSON object. */
export const mapping = (apiName: string, options: BodyOptions = {}): FieldSpec => ({
	...bodyField(apiName, {
		...options,
		description: options.description ?? 'Key/value pairs as a JSON object',
	}),
	type: 'json',
	jsonShape: 'object',
});

/** Any JSON, passed through as written. */
export const json = (apiName: string, options: BodyOptions = {}): FieldSpec => ({
	...bodyField(apiName, options),
	type: 'json',
	jsonShape: 'any',
});

/**
 * The object's properties a create or update writes, each optional unless it says `required: true`.
 * Images are left out: the reference gives no upload format and every example is null.
 */
export const properties = (fields: FieldSpec[]): FieldSpec[] =>
	fields.map((field) => ({ ...field, required: field.required ?? false }));

/** Calls (`/.<call>`) always take a JSON body: `{}` when the user set no field. */
export const jsonBody = (request: BuiltRequest): BuiltRequest => ({
	...request,
	body: request.body ?? {},
});
