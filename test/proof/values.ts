/**
 * Parameter values generated from the declarations in nodes/<Vendor>/api: valid values for every field (so one
 * field at a time can be made bad) and the bad values each declared field must refuse. New endpoints and
 * fields are covered without touching this file.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import type { EndpointSpec, FieldSpec, VendorCatalog } from '../../nodes/shared/declarations/types';
import { checkField } from '../../nodes/shared/declarations/request-builder';
import { isTopLevel, optionalGroup } from '../../nodes/shared/declarations/groups';
import { locator } from '../support/context';
import type { Vendor } from '../vendors';

const proofNode: INode = {
	id: 'proof',
	name: 'Proof',
	type: 'proof',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** Whether the node's own check accepts `raw` for `field` (raw as buildRequest reads it: locators unwrapped). */
export function accepts(catalog: VendorCatalog, field: FieldSpec, raw: unknown): boolean {
	try {
		checkField(proofNode, catalog, field, raw, 0);
		return true;
	} catch {
		return false;
	}
}

export function idFormat(catalog: VendorCatalog, field: FieldSpec): 'numeric' | 'token' | 'any' {
	return catalog.locators[field.locator ?? '']?.idFormat ?? catalog.defaultIdFormat ?? 'numeric';
}

/**
 * Values a field cannot check by itself but an endpoint's `prepare` or `run` does (e.g. a job document must
 * carry its clientJobId), keyed `vendor:endpointId:field` or `vendor:*:field`.
 */
const VALID_OVERRIDES: Record<string, unknown> = {
	'onsight-flow:*:job':
		'{ "metadata": { "clientJobId": "proof-job-1", "workflowId": "proof-workflow", "jobTitle": "Proof", "status": "Completed" } }',
	'onsight-flow:query.run:query': '{ users { name } }',
};

const ID_SAMPLE = { numeric: '12', token: 'G_proof-1', any: 'proof123' };

function stringCandidates(field: FieldSpec): unknown[] {
	const out: unknown[] = [];
	if (typeof field.default === 'string' && field.default !== '') out.push(field.default);
	if (field.placeholder) {
		const bare = field.placeholder.replace(/^e\.g\.\s*/, '');
		out.push(bare, bare.split(/[\s,…]/)[0]);
	}
	out.push('abc', '1', 'jane@example.com', '2026-06-01', '09:00:00', 'Europe/Brussels', 'proof');
	return out;
}

function candidates(catalog: VendorCatalog, field: FieldSpec): unknown[] {
	switch (field.type) {
		case 'string':
		case 'text':
			return stringCandidates(field);
		case 'email':
			return ['jane@example.com'];
		case 'number': {
			const fallback =
				field.min !== undefined ? Math.max(field.min, Math.min(1, field.max ?? 1)) : 1;
			return typeof field.default === 'number' ? [field.default, fallback] : [fallback];
		}
		case 'boolean':
			return [typeof field.default === 'boolean' ? field.default : false];
		case 'options':
			if (field.loadOptionsMethod) return ['1', 'abc', ...stringCandidates(field)];
			return [field.default ?? field.options?.[0]?.value].filter((value) => value !== undefined);
		case 'multiOptions':
			return [
				Array.isArray(field.default) && field.default.length
					? field.default
					: [field.options?.[0]?.value],
			];
		case 'dateTime':
			return ['2026-06-01T09:00:00Z'];
		case 'json':
			if (typeof field.default === 'string')
				return [field.default, field.jsonShape === 'array' ? '[]' : '{}'];
			return [field.jsonShape === 'array' ? '[]' : '{"proof": true}'];
		case 'id':
		case 'locator':
			return [ID_SAMPLE[idFormat(catalog, field)]];
		case 'idList':
			return [ID_SAMPLE[idFormat(catalog, field)]];
		case 'objectList':
			return [
				{
					entries: [
						Object.fromEntries(
							(field.entries ?? [])
								.filter((sub) => sub.required)
								.map((sub) => [sub.name, validRaw('', '', catalog, sub)]),
						),
					],
				},
			];
	}
}

/** A value the field's own check accepts (raw form); throws when none is known, so a new field type is noticed. */
export function validRaw(
	vendorKey: string,
	endpointId: string,
	catalog: VendorCatalog,
	field: FieldSpec,
): unknown {
	for (const key of [`${vendorKey}:${endpointId}:${field.name}`, `${vendorKey}:*:${field.name}`]) {
		if (key in VALID_OVERRIDES) return VALID_OVERRIDES[key];
	}
	const found = candidates(catalog, field).find((value) => accepts(catalog, field, value));
	if (found === undefined)
		throw new Error(
			`No valid value known for ${vendorKey} ${endpointId} field "${field.name}" (${field.type})`,
		);
	return found;
}

/** The raw value as a node parameter (locators as n8n stores them). */
export function asParameter(field: FieldSpec, raw: unknown): IDataObject[string] {
	return (
		field.type === 'locator' && (typeof raw === 'string' || typeof raw === 'number')
			? locator(raw)
			: raw
	) as IDataObject[string];
}

function shownBy(field: FieldSpec, parameters: IDataObject): boolean {
	return (
		!field.showWhen ||
		Object.entries(field.showWhen).every(([name, values]) =>
			values.some((value) => String(value) === String(parameters[name])),
		)
	);
}

/**
 * Valid parameters for every required field of an endpoint; `target` (and the values its `showWhen` needs)
 * win. Required fields hidden by another parameter's value are left out, as n8n leaves them out.
 */
export function validParameters(
	vendor: Vendor,
	endpoint: EndpointSpec,
	target?: FieldSpec,
): IDataObject {
	const parameters: IDataObject = {};
	const forced: IDataObject = {
		...(target?.showWhen
			? Object.fromEntries(
					Object.entries(target.showWhen).map(([name, values]) => [name, values[0]]),
				)
			: {}),
	};
	for (const field of endpoint.fields) {
		if (!field.required) continue;
		const raw: unknown =
			field.name in forced
				? forced[field.name]
				: validRaw(vendor.id, endpoint.id, vendor.catalog, field);
		parameters[field.name] = asParameter(field, raw);
	}
	Object.assign(parameters, forced);
	for (const field of endpoint.fields)
		if (field.required && !shownBy(field, parameters)) delete parameters[field.name];
	// An endpoint that refuses to create an empty record gets the first of its key fields.
	const key = endpoint.fields.find((field) => field.name === endpoint.atLeastOne?.[0]);
	if (key && key !== target)
		return withField(
			endpoint,
			parameters,
			key,
			validRaw(vendor.id, endpoint.id, vendor.catalog, key),
		);
	return parameters;
}

/** `parameters` with `field` set to `raw`: top-level when it is a parameter of its own, else in the endpoint's collection. */
export function withField(
	endpoint: EndpointSpec,
	parameters: IDataObject,
	field: FieldSpec,
	raw: unknown,
): IDataObject {
	if (isTopLevel(field)) return { ...parameters, [field.name]: asParameter(field, raw) };
	const group = optionalGroup(endpoint).name;
	return {
		...parameters,
		[group]: { ...(parameters[group] as IDataObject), [field.name]: raw as IDataObject[string] },
	};
}

export interface BadCase {
	/** What is wrong, for the failure report. */
	why: string;
	/** The raw value for the field (an objectList entry set for sub-field cases). */
	value: unknown;
	/** The label the error must name. */
	label: string;
}

const NOT_A_CHOICE = 'not-a-choice-7f3a';
const MEGABYTE = 1024 * 1024;

function firstRejected(catalog: VendorCatalog, field: FieldSpec, values: unknown[]): unknown {
	return values.find((value) => !accepts(catalog, field, value));
}

/** The bad values one field must refuse, generated from its declaration. */
export function badValues(
	vendorKey: string,
	endpointId: string,
	catalog: VendorCatalog,
	field: FieldSpec,
	label = field.label,
): BadCase[] {
	const cases: BadCase[] = [];
	const add = (why: string, value: unknown) => cases.push({ why, value, label });
	if (field.required) {
		const empty: Record<string, unknown> = { multiOptions: [], objectList: { entries: [] } };
		add('empty', field.type in empty ? empty[field.type] : '');
	}
	// A megabyte where a short value is due: refused by its length, before any request.
	const huge = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));
	if (
		['string', 'text', 'email'].includes(field.type) ||
		(field.type === 'options' && field.loadOptionsMethod)
	)
		add('1 MB of text', huge('x'));
	if (field.type === 'id' || field.type === 'locator')
		add('a 1 MB ID', huge(idFormat(catalog, field) === 'numeric' ? '1' : 'a'));
	if (field.type === 'idList')
		add(
			'10 001 IDs',
			Array.from({ length: 10_001 }, (_, index) =>
				idFormat(catalog, field) === 'numeric' ? index + 1 : `G_${index}`,
			).join(','),
		);
	if (field.type === 'json') add('6 MB of JSON', JSON.stringify(huge('x'.repeat(1024)).repeat(6)));
	switch (field.type) {
		case 'string':
		case 'text':
			add('an object for text', { text: 'x' });
			if (field.maxLength !== undefined)
				add(`longer than ${field.maxLength}`, 'x'.repeat(field.maxLength + 1));
			if (field.pattern) {
				const wrong = firstRejected(catalog, field, [
					'not valid!',
					'!!',
					'2026-99-99',
					'25:61:00',
					'../x',
				]);
				if (wrong !== undefined) add('not matching the pattern', wrong);
			}
			if (field.check && !field.pattern) {
				const wrong = firstRejected(catalog, field, ['Not/A_Zone', 'a*_*b']);
				if (wrong !== undefined) add('refused by its check', wrong);
			}
			break;
		case 'email':
			add('not an email', 'not-an-email');
			add('an object for an email', { email: 'jane@example.com' });
			break;
		case 'number':
			add('text for a number', 'abc');
			add('an object for a number', { n: 1 });
			if (field.min !== undefined) add(`below ${field.min}`, field.min - 1);
			if (field.max !== undefined) add(`above ${field.max}`, field.max + 1);
			break;
		case 'boolean':
			add('not a boolean', 'maybe');
			break;
		case 'options':
			if (!field.loadOptionsMethod) add('not one of the options', NOT_A_CHOICE);
			else if (field.pattern) {
				const wrong = firstRejected(catalog, field, ['abc', '!!', '1 2']);
				if (wrong !== undefined) add('not matching the pattern', wrong);
			}
			break;
		case 'multiOptions':
			add('not one of the options', [NOT_A_CHOICE]);
			break;
		case 'dateTime':
			add('day-first date', '31/12/2026');
			add('words for a date', 'tomorrow');
			add('a day that does not exist', '2026-02-30');
			break;
		case 'json':
			add('invalid JSON', '{bad');
			if (field.jsonShape === 'object') add('an array where an object is expected', '[1, 2]');
			if (field.jsonShape === 'array') add('an object where an array is expected', '{"a": 1}');
			break;
		case 'id':
		case 'locator': {
			const format = idFormat(catalog, field);
			if (format === 'numeric') {
				add('a non-numeric ID', 'abc');
				add('a half-numeric ID', '12a');
			}
			if (format === 'token') {
				add('an ID with a space', 'G_1 OR 1=1');
				add('an ID with a semicolon', 'G_1;drop');
			}
			break;
		}
		case 'idList': {
			const format = idFormat(catalog, field);
			if (format === 'numeric') add('a non-numeric ID in the list', '1, abc');
			if (format === 'token') add('an ill-formed ID in the list', 'G_1, a?b');
			break;
		}
		case 'objectList': {
			const valid = (sub: FieldSpec) => validRaw(vendorKey, endpointId, catalog, sub);
			for (const sub of field.entries ?? []) {
				const base = Object.fromEntries(
					(field.entries ?? [])
						.filter((other) => other.required)
						.map((other) => [other.name, valid(other)]),
				);
				for (const bad of badValues(
					vendorKey,
					endpointId,
					catalog,
					{ ...sub, required: sub.required },
					`${label} › ${sub.label}`,
				)) {
					// An empty optional sub-field is simply left out: only required ones must refuse it.
					cases.push({
						...bad,
						why: `${sub.label}: ${bad.why}`,
						value: { entries: [{ ...base, [sub.name]: bad.value }] },
					});
				}
			}
			break;
		}
	}
	return cases;
}

export const TRAVERSAL_VALUES = ['../x', 'a/b?c#d'];

/** What the declaration says such a field must do with a path-walking value. */
export function expectedTraversal(
	catalog: VendorCatalog,
	field: FieldSpec,
): 'encoded' | 'rejected' {
	if (field.type === 'number' || field.type === 'email') return 'rejected';
	if (
		(field.type === 'id' || field.type === 'locator' || field.type === 'idList') &&
		idFormat(catalog, field) !== 'any'
	)
		return 'rejected';
	if (field.pattern) return 'rejected';
	return 'encoded';
}
