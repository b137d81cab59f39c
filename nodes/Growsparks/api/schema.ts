/**
 * The shape of the Growsparks declaration. The API is uniform, so each resource is a table of its fields
 * (as the reference lists them) plus its custom calls; `endpoints.ts` turns the tables into operations.
 */
export type GsType =
	| 'text'
	| 'integer'
	| 'number'
	| 'boolean'
	| 'date'
	| 'enum'
	| 'ids'
	| 'mapping'
	| 'asset'
	| 'object';
export type Access = 'readonly' | 'readwrite' | 'immutable';
export type Visibility = 'always' | 'default' | 'request';
/** Operation groups the reference documents per field; the filter grammar itself is undocumented. */
export type FilterGroup =
	| 'text'
	| 'orderable'
	| 'auditDates'
	| 'boolean'
	| 'hierarchy'
	| 'reference';

export interface FieldDetails {
	max?: number;
	filter?: FilterGroup;
	expandable?: boolean;
	refersTo?: string;
	values?: string[];
	format?: 'language' | 'rich';
}

export type FieldRow = [
	name: string,
	type: GsType,
	access: Access,
	visibility: Visibility,
	details?: FieldDetails,
];

export interface BodyDetails {
	required?: boolean;
	refersTo?: string;
	values?: string[];
	description?: string;
}

export type BodyRow = [name: string, type: GsType, details?: BodyDetails];

export interface CallSpec {
	name: string;
	title: string;
	returns: 'records' | 'object' | 'scalar' | 'binary';
	body: BodyRow[];
	description?: string;
	/** The call accepts `stream=true` (Server-Sent Events). */
	stream?: boolean;
	beta?: boolean;
	/** `collection`: POST /<resource>/.<call>, without an id. */
	scope?: 'item' | 'collection';
	/** Report calls: lines with a `Type`, delta-capable. */
	report?: boolean;
	/** Cannot be undone; never retried, and says so. */
	destructive?: boolean;
	/** Read-only despite being a POST, so safe to retry. */
	readOnly?: boolean;
}

export type CrudOp = 'create' | 'list' | 'get' | 'update' | 'delete';

export interface ResourceSpec {
	name: string;
	slug: string;
	singular: string;
	idParam: string;
	crud: CrudOp[];
	createRequires?: string[];
	updateRequires?: string[];
	fields: FieldRow[];
	calls: CallSpec[];
}

export const resource = (spec: ResourceSpec): ResourceSpec => spec;

/**
 * A custom call. Its behaviour is declared on it: `destructive` (cannot be undone: never retried, and the
 * node says so) and `readOnly` (a POST that only reads, so it may be retried like a GET).
 */
export function call(name: string, spec: Omit<CallSpec, 'name'>): CallSpec {
	return { name, ...spec };
}
