import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodePropertyOptions,
} from 'n8n-workflow';
import type { PagingStrategy } from '../transport/pagination';
import type { ApiResponse, VendorApi } from '../transport/types';

/**
 * The typed declaration every vendor's endpoints are written in. Node properties, validation and
 * requests are all derived from it, so each endpoint is described exactly once.
 */
export type FieldType =
	| 'string'
	| 'text'
	| 'number'
	| 'boolean'
	| 'options'
	| 'multiOptions'
	| 'dateTime'
	| 'json'
	| 'idList'
	| 'locator'
	| 'id'
	| 'email'
	| 'objectList';

export interface FieldSpec {
	/** Parameter name in n8n, unique within the endpoint. */
	name: string;
	/** Name on the wire, when it differs from `name`. */
	apiName?: string;
	label: string;
	/** `control` steers the node (read by `prepare`) and is never sent. */
	in: 'path' | 'query' | 'body' | 'control';
	type: FieldType;
	/** Required fields are top-level parameters; optional ones sit in the endpoint's collection. */
	required?: boolean;
	/**
	 * A key field of the record (a person's names, a group's name): a top-level parameter although
	 * the vendor does not require it, so Create and Update show it up front.
	 */
	primary?: boolean;
	default?: string | number | boolean | string[] | number[];
	description?: string;
	hint?: string;
	placeholder?: string;
	options?: INodePropertyOptions[];
	/**
	 * For `locator`, `id` and `idList`: which of the vendor's locators / ID formats applies. An `id`
	 * naming one of the catalog's locators is picked like a `locator` (From list or By ID) and still
	 * checked and sent as an ID, so parameters saved as plain text keep working.
	 */
	locator?: string;
	/**
	 * For `idList` with a locator: offer one searchable picker per ID instead of a comma-separated
	 * text.
	 */
	pickEach?: boolean;
	/** For `idList`: wire form. `numbers` → [1,2]; `objects` → [{id:1}]; `strings` → ['1','2']. */
	listForm?: 'numbers' | 'objects' | 'strings';
	/** For `string`/`text`. */
	maxLength?: number;
	/** For `string`: the form the value must have, and how to say it ("must be …"). */
	pattern?: RegExp;
	expected?: string;
	/**
	 * Extra check on the value; returns what is wrong ("must be …"), or undefined when it is fine.
	 */
	check?: (value: string) => string | undefined;
	/** For `options`: list the choices from the API through this loadOptions method. */
	loadOptionsMethod?: string;
	/** For `number`. */
	min?: number;
	max?: number;
	/** For `multiOptions` whose values are record keys (Include Properties): Simplify keeps them. */
	keptBySimplify?: boolean;
	/** For `json`. */
	jsonShape?: 'object' | 'array' | 'any';
	/** For `dateTime`: how the vendor wants dates written. */
	dateFormat?: (date: Date) => string;
	/**
	 * For `dateTime`: keep the checked text as written, for a `prepare` that reads it as wall-clock
	 * time in a zone the user picks (a date without an offset is that zone's time).
	 */
	wallClock?: boolean;
	/** For `objectList`: the fields of each entry (a fixedCollection with multiple values). */
	entries?: FieldSpec[];
	/**
	 * For top-level (required) fields: show the parameter only when these other parameters have these
	 * values.
	 */
	showWhen?: Record<string, Array<string | number | boolean>>;
	/** For `in: 'body'`: the value is the whole body (e.g. a bare JSON array of IDs). */
	asBody?: boolean;
	/** Converts the checked value to its wire form, after the type's own conversion. */
	toWire?: (value: unknown) => unknown;
}

export type OutputSpec =
	/** One item per record of a list (paged or not); `path` says where the records are. */
	| { kind: 'records'; path?: string }
	/** The body as one item; an empty body becomes `{ success: true }`. */
	| { kind: 'object' }
	/**
	 * A record deleted: one item `{ deleted: true, id }` whatever the vendor answers (n8n's
	 * convention), `id` being the last path value and any other path values kept by name.
	 */
	| { kind: 'deleted' }
	/** The body is a file. */
	| { kind: 'binary'; fileName: (params: IDataObject) => string; mimeType: string };

/** What every endpoint declares: who it is, how the node shows it, its fields and its behaviour. */
interface EndpointBase {
	/** The inventory's id for this endpoint, e.g. `user.list`. */
	id: string;
	resource: string;
	operation: string;
	/** Operation name as shown in the list, e.g. "Get Many". */
	name: string;
	/** Sentence-case action, e.g. "Get many users". */
	action: string;
	description: string;
	method: IHttpRequestMethods;
	path: string;
	fields: FieldSpec[];
	output: OutputSpec;
	/**
	 * Adds Return All / Limit; pages through the vendor's paging strategy, or cuts a one-shot list at
	 * Limit.
	 */
	paginated?: boolean;
	/** Keys kept by "Simplify" on wide records. */
	simplify?: string[];
	/**
	 * A POST or PATCH that is safe to repeat (it only reads, or repeats to the same result):
	 * transport may retry it.
	 */
	idempotent?: boolean;
	/** Cannot be undone: never retried, and the node says so under the operation. */
	destructive?: boolean;
	/** Downloads files or reads long answers: offers the Timeout option. */
	downloads?: boolean;
	/** Shown under the operation. */
	notice?: string;
	/**
	 * The collection optional fields sit in, when the usual one (Filters, Options, …) would mislabel
	 * them.
	 */
	optionalGroup?: { name: string; label: string; placeholder: string };
	/**
	 * The host's API when it differs from the catalog's (vendors whose endpoints live on several
	 * hosts).
	 */
	api?: VendorApi;
	/** Advice for this endpoint's error statuses, e.g. which scope a 403 means is missing. */
	advice?: Partial<Record<number, string>>;
	/**
	 * Fields of which at least one must be set: the vendor accepts a request without them, but no
	 * user means to create an empty record.
	 */
	atLeastOne?: string[];
	/** Last say on the request before it is sent (after validation); may throw an InputError. */
	prepare?: (
		this: IExecuteFunctions,
		request: BuiltRequest,
		itemIndex: number,
	) => BuiltRequest | Promise<BuiltRequest>;
}

/**
 * One REST call (or the pages of one): the shared engine sends it and turns the answer into items.
 * The optional members shape the request and the answer; `runEndpoint` in `execute.ts` applies them
 * in order.
 */
export interface RestEndpoint extends EndpointBase {
	kind?: 'rest';
	/** Only a `kind: 'run'` endpoint runs itself, only a `kind: 'offline'` one answers itself. */
	run?: never;
	answer?: never;
	/** This endpoint's own paging, where records sit under a key that differs per endpoint. */
	paging?: PagingStrategy;
	/**
	 * The endpoint can answer as Server-Sent Events when its `stream` query field is true: records
	 * are then parsed as they arrive, one event each, and paging parameters are not sent.
	 */
	streamable?: boolean;
	/**
	 * A 2xx answer may be plain text (not JSON), e.g. a bare URL. HTML is refused whatever this says.
	 */
	textAnswer?: boolean;
	/**
	 * The API replaces the whole record: read it from `readPath` first, lay the user's fields over it
	 * and send the result, so the user fills in only what changes.
	 */
	fullObjectUpdate?: { readPath: string; keep?: string[] };
	/** Turns the parsed body into records, for bodies that need more than `output` says. */
	transform?: (body: unknown, request: BuiltRequest) => IDataObject[];
	/** Takes over turning the answer into items (e.g. files that may also be parsed into rows). */
	respond?: (
		this: IExecuteFunctions,
		response: ApiResponse,
		request: BuiltRequest,
		itemIndex: number,
	) => Promise<INodeExecutionData[]>;
}

/**
 * An operation the engine cannot send as one call: several requests (chunked uploads, query
 * cursors, reports read while they arrive). `run` does the whole operation and returns its items;
 * `limit` is Return All / Limit (Infinity for Return All).
 */
export interface RunEndpoint extends EndpointBase {
	kind: 'run';
	run: (
		this: IExecuteFunctions,
		request: BuiltRequest,
		itemIndex: number,
		limit: number,
	) => Promise<INodeExecutionData[]>;
}

/** An operation answered without calling the API (e.g. a URL the user's browser must open). */
export interface OfflineEndpoint extends EndpointBase {
	kind: 'offline';
	answer: (
		this: IExecuteFunctions,
		request: BuiltRequest,
		itemIndex: number,
	) => Promise<IDataObject[]>;
}

/**
 * The typed declaration of one endpoint. Node properties, validation, requests, the proofs and the
 * sandboxes' checks derive from it, so each endpoint is described exactly once.
 */
export type EndpointSpec = RestEndpoint | RunEndpoint | OfflineEndpoint;

/**
 * Whether the engine sends `endpoint` itself (a REST call), as opposed to a custom `run` or an
 * offline answer.
 */
export const isRest = (endpoint: EndpointSpec): endpoint is RestEndpoint =>
	endpoint.kind === undefined || endpoint.kind === 'rest';

export interface BuiltRequest {
	method: IHttpRequestMethods;
	path: string;
	/** Path parameter values by wire name, before encoding. */
	pathValues: Record<string, string>;
	qs: IDataObject;
	body?: IDataObject | unknown[];
	/** Every checked parameter value by field name, for `prepare` and file names. */
	params: IDataObject;
}

export interface LocatorSpec {
	/** The listSearch method name registered on the node. */
	searchListMethod: string;
	/** Shown in the ID mode. */
	idPlaceholder: string;
	idFormat: 'numeric' | 'token' | 'any';
	/**
	 * What the list's entries are labelled with: fields the vendor documents for the record type the
	 * list returns (`test/unit/picker-labels.test.ts` holds them to the inventories). An entry is one
	 * field, or several whose values are joined by spaces (`['FirstName', 'LastName']`); `a.b` reads
	 * field `b` of the object in field `a` (a nested or expanded record).
	 *
	 * The entry's name is the first of `fields` the record has a value for; text typed in the list
	 * matches the label (or goes to the API, where it searches). `details` are shown in parentheses
	 * after the name, those the record has, joined by commas; left out, the ID is shown there, and
	 * `[]` shows nothing. A record with none of `fields` is labelled with its ID alone.
	 */
	label: {
		fields: Array<string | string[]>;
		details?: Array<string | string[]>;
	};
}

/** Everything the shared engine needs about one vendor's action node. */
export interface VendorCatalog {
	api: VendorApi;
	endpoints: EndpointSpec[];
	/** Resource values in display order, with their names. */
	resources: INodePropertyOptions[];
	locators: Record<string, LocatorSpec>;
	/** ID format for fields that name no locator. */
	defaultIdFormat?: LocatorSpec['idFormat'];
	paging?: PagingStrategy;
}

/**
 * The locator a field is picked with: a `locator` field's, or an `id` field's that names one of the
 * catalog's locators. Undefined for every other field (a `locator` naming no known locator too, which
 * the node's properties refuse).
 */
export function pickerOf(field: FieldSpec, catalog: VendorCatalog): LocatorSpec | undefined {
	if (field.type !== 'locator' && field.type !== 'id') return undefined;
	const name = field.locator;
	return name !== undefined && Object.prototype.hasOwnProperty.call(catalog.locators, name)
		? catalog.locators[name]
		: undefined;
}
