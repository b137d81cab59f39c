import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';
import type { EndpointSpec, FieldSpec } from '../../shared/declarations/types';
import type { BodyRow, CallSpec, FieldRow, GsType, ResourceSpec } from './schema';

/** "PersonGroupMemberships" → "Person Group Memberships". */
export function words(name: string): string {
	return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^TODOS$/, 'TODOs');
}

/** n8n actions are sentence case: "Create single sign on url for a person". */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

const lowerFirst = (name: string) =>
	name.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (m) => m.toLowerCase());

/** The API writes dates as ISO-8601 without a zone; we send UTC. */
export const gsDate = (date: Date) => date.toISOString().slice(0, 19);

const FILTER_OPERATIONS: Record<string, string> = {
	text: 'EQUALS, CONTAINS, STARTS_WITH, ENDS_WITH',
	orderable: 'GREATER, SMALLER, GREATER_EQUAL, SMALLER_EQUAL, EQUALS, NOT_EQUALS',
	auditDates: 'GREATER_EQUAL, SMALLER',
	boolean: 'EQUALS, NOT_EQUALS',
	hierarchy: 'EQUALS, PATH_TO_ROOT, SUB_TREE, MEMBER_OF',
	reference: 'EQUALS',
};

export interface LocatorTarget {
	/** `refersTo` name → resource slug, for fields that hold IDs of another resource. */
	slugFor(refersTo: string | undefined): string | undefined;
}

function typedField(
	name: string,
	type: GsType,
	where: FieldSpec['in'],
	locators: LocatorTarget,
	extra: {
		refersTo?: string;
		values?: string[];
		max?: number;
		description?: string;
		required?: boolean;
	},
): FieldSpec | undefined {
	const base = {
		name: lowerFirst(name),
		apiName: name,
		label: words(name),
		in: where,
		description: extra.description,
		required: extra.required,
	} as FieldSpec;
	const target = locators.slugFor(extra.refersTo);
	switch (type) {
		case 'text':
			if (extra.refersTo)
				return {
					...base,
					type: 'id',
					locator: target,
					description: extra.description ?? `ID of a ${words(extra.refersTo).toLowerCase()}`,
				};
			return { ...base, type: 'string', maxLength: extra.max };
		case 'integer':
			return { ...base, type: 'number' };
		case 'number':
			return { ...base, type: 'number' };
		case 'boolean':
			return { ...base, type: 'boolean' };
		case 'date':
			return { ...base, type: 'dateTime', dateFormat: gsDate };
		case 'enum':
			return {
				...base,
				type: 'options',
				options: (extra.values ?? []).map((value) => ({ name: words(value), value })),
			};
		case 'ids':
			return {
				...base,
				type: 'idList',
				locator: target,
				pickEach: target !== undefined,
				listForm: 'strings',
				description:
					extra.description ??
					`IDs of ${words(extra.refersTo ?? 'entities').toLowerCase()}s${target ? '' : ', comma-separated'}`,
			};
		case 'mapping':
			return {
				...base,
				type: 'json',
				jsonShape: 'object',
				description: extra.description ?? 'Key/value pairs as a JSON object',
			};
		case 'object':
			return { ...base, type: 'json', jsonShape: 'any' };
		case 'asset':
			// Images: the reference gives no upload format and every example is null, so they are not offered.
			return undefined;
	}
}

const fieldOf = (
	row: FieldRow,
	where: FieldSpec['in'],
	locators: LocatorTarget,
	required = false,
) => typedField(row[0], row[1], where, locators, { ...row[4], required });

const names = (rows: FieldRow[]) => rows.map((row) => ({ name: row[0], value: row[0] }));
const csv = (values: unknown) => (values as string[]).join(',');

/** includedProperties / excludedProperties / specificProperties / expand, as multi-selects of this resource's fields. */
function selectionFields(spec: ResourceSpec): FieldSpec[] {
	const onRequest = spec.fields.filter((row) => row[3] === 'request');
	const byDefault = spec.fields.filter((row) => row[3] === 'default');
	const expandable = spec.fields.filter((row) => row[4]?.expandable);
	const fields: FieldSpec[] = [
		{
			name: 'includedProperties',
			label: 'Include Properties',
			in: 'query',
			type: 'multiOptions',
			options: names(onRequest),
			toWire: csv,
			description: 'Properties returned only on request, added to the default set',
		},
		{
			name: 'excludedProperties',
			label: 'Exclude Properties',
			in: 'query',
			type: 'multiOptions',
			options: names(byDefault),
			toWire: csv,
			description: 'Default properties to leave out',
		},
		{
			name: 'specificProperties',
			label: 'Only These Properties',
			in: 'query',
			type: 'multiOptions',
			options: names(spec.fields),
			toWire: csv,
			description: 'Return exactly these properties (the ID is always returned)',
		},
	];
	if (expandable.length) {
		fields.push({
			name: 'expand',
			label: 'Expand',
			in: 'query',
			type: 'multiOptions',
			options: names(expandable),
			toWire: csv,
			description: 'Reference properties to return as the full referenced objects',
		});
	}
	return fields;
}

function filterHint(spec: ResourceSpec): string {
	const filterable = spec.fields.filter((row) => row[4]?.filter);
	return `Passed to the API as written: Growsparks does not document the filter syntax. Filterable here: ${filterable.map((row) => `${row[0]} (${FILTER_OPERATIONS[row[4]?.filter ?? '']})`).join('; ')}`;
}

const streamField = (what: string): FieldSpec => ({
	name: 'stream',
	label: 'Stream Results',
	in: 'query',
	type: 'boolean',
	default: false,
	description: `Whether to receive ${what} as a Server-Sent-Events stream, read record by record as it arrives (no paging)`,
});

function idField(spec: ResourceSpec): FieldSpec {
	return {
		name: 'id',
		apiName: spec.idParam,
		label: words(spec.singular.replace(/^./, (c) => c.toUpperCase())),
		in: 'path',
		type: 'locator',
		locator: spec.slug,
		required: true,
		description: `The ${words(spec.singular)}: pick it from the list or enter its ID (G_… or E_…)`,
	};
}

const keep = (fields: Array<FieldSpec | undefined>) =>
	fields.filter((field): field is FieldSpec => field !== undefined);

function crudEndpoints(spec: ResourceSpec, locators: LocatorTarget): EndpointSpec[] {
	const label = words(spec.singular);
	const plural = words(spec.name).toLowerCase();
	const base = { resource: spec.slug };
	const out: EndpointSpec[] = [];
	const path = `/${spec.slug}`;
	const itemPath = `/${spec.slug}/{${spec.idParam}}`;
	for (const op of spec.crud) {
		if (op === 'list') {
			out.push({
				...base,
				id: `${spec.slug}.list`,
				operation: 'getAll',
				name: 'Get Many',
				action: `Get many ${plural}`,
				description: `List ${plural}`,
				method: 'GET',
				path,
				paginated: true,
				streamable: true,
				output: { kind: 'records', path: 'Items' },
				fields: [
					...selectionFields(spec),
					{
						name: 'filter',
						label: 'Filter',
						in: 'query',
						type: 'string',
						hint: filterHint(spec),
						description: 'Comma-separated property filters',
					},
					streamField(plural),
				],
			});
		} else if (op === 'get') {
			out.push({
				...base,
				id: `${spec.slug}.get`,
				operation: 'get',
				name: 'Get',
				action: `Get a ${label}`,
				description: `Get one ${label} by ID`,
				method: 'GET',
				path: itemPath,
				output: { kind: 'object' },
				fields: [idField(spec), ...selectionFields(spec)],
			});
		} else if (op === 'create') {
			const writable = spec.fields.filter((row) => row[2] !== 'readonly');
			out.push({
				...base,
				id: `${spec.slug}.create`,
				operation: 'create',
				name: 'Create',
				action: `Create a ${label}`,
				description: `Create a ${label}; returns the full object`,
				method: 'POST',
				path,
				output: { kind: 'object' },
				fields: keep(
					writable.map((row) =>
						fieldOf(row, 'body', locators, spec.createRequires?.includes(row[0])),
					),
				),
			});
		} else if (op === 'update') {
			const writable = spec.fields.filter((row) => row[2] === 'readwrite');
			out.push({
				...base,
				id: `${spec.slug}.update`,
				operation: 'update',
				name: 'Update',
				action: `Update a ${label}`,
				description: `Change a ${label}; only the fields you set are sent`,
				method: 'PUT',
				path: itemPath,
				idempotent: true,
				output: { kind: 'object' },
				fields: [
					idField(spec),
					...keep(
						writable.map((row) =>
							fieldOf(row, 'body', locators, spec.updateRequires?.includes(row[0])),
						),
					),
				],
			});
		} else if (op === 'delete') {
			out.push({
				...base,
				id: `${spec.slug}.delete`,
				operation: 'delete',
				name: 'Delete',
				action: `Delete a ${label}`,
				description: `Delete a ${label}`,
				method: 'DELETE',
				path: itemPath,
				output: { kind: 'object' },
				fields: [idField(spec)],
				transform: (_body, request) => [{ deleted: true, id: request.pathValues[spec.idParam] }],
			});
		}
	}
	return out;
}

/** Report lines keep their `Type`; `report.message` lines are left out unless asked for. */
function reportLines(body: unknown, includeMessages: boolean): IDataObject[] {
	const lines = Array.isArray(body)
		? (body as IDataObject[])
		: (((body as IDataObject)?.Items as IDataObject[]) ?? []);
	return lines.filter((line) => includeMessages || line.Type !== 'report.message');
}

function callEndpoint(
	spec: ResourceSpec,
	callSpec: CallSpec,
	locators: LocatorTarget,
): EndpointSpec {
	const path =
		callSpec.scope === 'collection'
			? `/${spec.slug}/.${callSpec.name}`
			: `/${spec.slug}/{${spec.idParam}}/.${callSpec.name}`;
	const title = words(callSpec.title.replace(/^./, (c) => c.toUpperCase()))
		.replace(/ U R L$/, ' URL')
		.replace(/ Q R$/, ' QR');
	const fields: FieldSpec[] = callSpec.scope === 'collection' ? [] : [idField(spec)];
	fields.push(
		...keep(
			callSpec.body.map((row: BodyRow) =>
				typedField(row[0], row[1], 'body', locators, row[2] ?? {}),
			),
		),
	);
	if (callSpec.stream) fields.push(streamField('the results'));
	if (callSpec.report) {
		fields.push({
			name: 'includeMessages',
			label: 'Include Message Lines',
			in: 'control',
			type: 'boolean',
			default: false,
			description: 'Whether to also output the report.message lines',
		});
	}
	const description = [
		callSpec.description ?? title,
		callSpec.beta ? '(Beta)' : '',
		callSpec.destructive ? 'Irreversible: it is never retried automatically.' : '',
	]
		.filter(Boolean)
		.join(' ');
	const endpoint: EndpointSpec = {
		id: `${spec.slug}.${callSpec.name}`,
		resource: spec.slug,
		operation: callSpec.name,
		name: title,
		action: sentence(
			`${title} ${callSpec.scope === 'collection' ? `on ${words(spec.name).toLowerCase()}` : `for a ${words(spec.singular)}`}`,
		),
		description,
		method: 'POST',
		path,
		// Calls take a JSON body always; `{}` when they have no fields.
		prepare: (request) => ({ ...request, body: request.body ?? {} }),
		idempotent: callSpec.readOnly === true,
		streamable: callSpec.stream,
		notice: callSpec.destructive
			? `${title} cannot be undone. The node never retries it, even when the answer is lost.`
			: undefined,
		output:
			callSpec.returns === 'binary'
				? {
						kind: 'binary',
						fileName: (params) => `certificate-${params.id ?? 'result'}.pdf`,
						mimeType: 'application/pdf',
					}
				: callSpec.returns === 'records'
					? { kind: 'records' }
					: { kind: 'object' },
		fields,
	};
	if (callSpec.report)
		endpoint.transform = (body, request) =>
			reportLines(body, request.params.includeMessages === true);
	if (callSpec.returns === 'scalar') endpoint.transform = (body) => [{ result: body as string }];
	return endpoint;
}

export function resourceEndpoints(spec: ResourceSpec, locators: LocatorTarget): EndpointSpec[] {
	return [
		...crudEndpoints(spec, locators),
		...spec.calls.map((callSpec) => callEndpoint(spec, callSpec, locators)),
	];
}

export function resourceOption(spec: ResourceSpec): INodePropertyOptions {
	return { name: words(spec.name), value: spec.slug };
}
