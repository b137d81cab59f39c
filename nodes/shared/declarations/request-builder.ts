import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import type { BuiltRequest, EndpointSpec, FieldSpec, VendorCatalog } from './types';
import { pickerOf } from './types';
import { allFields, isTopLevel, optionalFields, optionalGroup } from './groups';
import { LIMITS } from '../transport/limits';
import { expandPath } from '../transport/paths';
import {
	InputError,
	requireEmail,
	requireId,
	requireIdList,
	requireIsoDate,
	requireJson,
	requireNumber,
	requireText,
} from '../validation';

/**
 * The value of a resource-locator parameter as n8n stores it ({ __rl, mode, value }); a plain value
 * (a parameter saved before it was a locator, or an expression's result) is returned as it is, as
 * n8n's own extractValue does.
 */
export function unwrapLocator(value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	const stored = value as IDataObject;
	return stored.__rl === true || ('mode' in stored && 'value' in stored) ? stored.value : value;
}

/** ID lists arrive as "1, 2", as an array, or as pickers ({ values: [{ id: locator }] }). */
function idListInput(raw: unknown): unknown {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
	const values = (raw as IDataObject).values;
	return Array.isArray(values)
		? values.map((entry) => unwrapLocator((entry as IDataObject)?.id))
		: [];
}

function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		value === '' ||
		(Array.isArray(value) && value.length === 0)
	);
}

function idFormatOf(field: FieldSpec, catalog: VendorCatalog) {
	return catalog.locators[field.locator ?? '']?.idFormat ?? catalog.defaultIdFormat ?? 'numeric';
}

function choice(node: INode, field: FieldSpec, label: string, value: unknown, itemIndex: number) {
	const allowed = (field.options ?? []).map((option) => option.value);
	if (!allowed.some((option) => option === value || String(option) === String(value))) {
		throw new InputError(
			node,
			`Parameter "${label}" must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${String(JSON.stringify(value)).slice(0, 80)}`,
			{
				itemIndex,
				description: `Pick a value for "${label}" from the list. No request was sent.`,
			},
		);
	}
	return allowed.find((option) => String(option) === String(value));
}

/** A field's own check (`FieldSpec.check`), reported like every other problem. */
function applyCheck(
	node: INode,
	field: FieldSpec,
	label: string,
	value: string,
	raw: unknown,
	itemIndex: number,
) {
	const problem = field.check?.(value);
	if (!problem) return;
	throw new InputError(
		node,
		`Parameter "${label}" ${problem}; got ${String(JSON.stringify(raw)).slice(0, 80)}`,
		{
			itemIndex,
			description: `Fix "${label}" on the node and run it again. No request was sent.`,
		},
	);
}

/** A top-level parameter's value, or why n8n could not give it. */
function readParameter(
	ctx: IExecuteFunctions,
	catalog: VendorCatalog,
	field: FieldSpec,
	itemIndex: number,
): { raw: unknown } | { failure: unknown } {
	try {
		// n8n drops hidden parameters and throws for them unless a fallback is given: null marks
		// "not shown".
		const raw = ctx.getNodeParameter(
			field.name,
			itemIndex,
			field.showWhen ? null : field.required ? undefined : '',
			pickerOf(field, catalog) ? { extractValue: true } : undefined,
		);
		return { raw: pickerOf(field, catalog) ? unwrapLocator(raw) : raw };
	} catch (failure) {
		return { failure };
	}
}

/** A checked date as the user wrote it (a luxon DateTime or Date from an expression). */
function wallClockText(raw: unknown): string {
	if (raw instanceof Date) return raw.toISOString();
	if (raw && typeof raw === 'object' && typeof (raw as { toISO?: unknown }).toISO === 'function')
		return String((raw as { toISO: () => string }).toISO());
	return String(raw).trim();
}

/**
 * Checks one value against its declaration and returns it in wire form; throws InputError naming
 * the parameter.
 */
export function checkField(
	node: INode,
	catalog: VendorCatalog,
	field: FieldSpec,
	raw: unknown,
	itemIndex: number,
	label = field.label,
): unknown {
	let value: unknown;
	switch (field.type) {
		case 'string':
		case 'text': {
			const strict = field.required || field.maxLength || field.pattern || field.check;
			// An object (e.g. an expression returning JSON) would go out as "[object Object]".
			if (!strict && raw !== null && typeof raw === 'object') {
				throw new InputError(
					node,
					`Parameter "${label}" must be text; got ${String(JSON.stringify(raw)).slice(0, 80)}`,
					{
						itemIndex,
						description: `Fix "${label}" on the node and run it again. No request was sent.`,
					},
				);
			}
			// The vendor's documented maximum where there is one, else a bound that keeps URLs and bodies
			// sane.
			const maxLength =
				field.maxLength ??
				(field.in === 'body' ? LIMITS.maxBodyTextLength : LIMITS.maxQueryTextLength);
			value = strict
				? requireText(node, label, raw, {
						maxLength,
						pattern: field.pattern,
						expected: field.expected,
						itemIndex,
					})
				: String(raw);
			if (!strict && (value as string).length > maxLength)
				requireText(node, label, value, { maxLength, itemIndex });
			applyCheck(node, field, label, value as string, raw, itemIndex);
			break;
		}
		case 'email':
			value = requireEmail(node, label, raw, itemIndex);
			break;
		case 'number':
			value = requireNumber(node, label, raw, { min: field.min, max: field.max, itemIndex });
			break;
		case 'boolean':
			if (typeof raw !== 'boolean' && raw !== 'true' && raw !== 'false') {
				throw new InputError(
					node,
					`Parameter "${label}" must be true or false; got ${String(JSON.stringify(raw)).slice(0, 80)}`,
					{ itemIndex },
				);
			}
			value = raw === true || raw === 'true';
			break;
		case 'options':
			// Choices loaded from the API cannot be checked here; an empty one still can.
			value = field.loadOptionsMethod
				? requireText(node, label, raw, {
						maxLength: LIMITS.maxQueryTextLength,
						pattern: field.pattern,
						expected: field.expected,
						itemIndex,
					})
				: choice(node, field, label, raw, itemIndex);
			if (field.loadOptionsMethod) applyCheck(node, field, label, value as string, raw, itemIndex);
			break;
		case 'multiOptions': {
			const list = Array.isArray(raw)
				? raw
				: String(raw)
						.split(',')
						.map((part) => part.trim());
			if (field.required && list.length === 0) {
				throw new InputError(node, `Parameter "${label}" needs at least one choice`, {
					itemIndex,
					description: `Pick at least one value for "${label}". No request was sent.`,
				});
			}
			value = list.map((entry) => choice(node, field, label, entry, itemIndex));
			break;
		}
		case 'dateTime': {
			const date = requireIsoDate(node, label, raw, itemIndex);
			value = field.wallClock
				? wallClockText(raw)
				: field.dateFormat
					? field.dateFormat(date)
					: date.toISOString();
			break;
		}
		case 'json':
			value = requireJson(node, label, raw, field.jsonShape ?? 'any', itemIndex);
			break;
		case 'id':
			value = requireId(node, label, unwrapLocator(raw), {
				format: idFormatOf(field, catalog),
				itemIndex,
			});
			break;
		case 'locator': {
			// Inside a list of entries n8n gives the locator as stored ({ __rl, mode, value }).
			const id = requireId(node, label, unwrapLocator(raw), {
				format: idFormatOf(field, catalog),
				itemIndex,
			});
			value = idFormatOf(field, catalog) === 'numeric' && field.in === 'body' ? Number(id) : id;
			break;
		}
		case 'idList': {
			const ids = requireIdList(node, label, idListInput(raw), {
				format: idFormatOf(field, catalog),
				itemIndex,
			});
			const form = field.listForm ?? 'numbers';
			value =
				form === 'strings'
					? ids
					: form === 'objects'
						? ids.map((id) => ({ id: Number(id) }))
						: ids.map(Number);
			break;
		}
		case 'objectList': {
			const entries =
				(raw as { entries?: IDataObject[] } | undefined)?.entries ??
				(Array.isArray(raw) ? (raw as IDataObject[]) : []);
			if (field.required && entries.length === 0) {
				throw new InputError(node, `Parameter "${label}" needs at least one entry`, {
					itemIndex,
					description: 'Add an entry and run again. No request was sent.',
				});
			}
			value = entries.map((entry) => {
				const out: IDataObject = {};
				for (const sub of field.entries ?? []) {
					const subRaw = pickerOf(sub, catalog) ? unwrapLocator(entry[sub.name]) : entry[sub.name];
					if (isEmpty(subRaw)) {
						if (sub.required)
							checkField(node, catalog, sub, subRaw, itemIndex, `${label} › ${sub.label}`);
						continue;
					}
					out[sub.apiName ?? sub.name] = checkField(
						node,
						catalog,
						sub,
						subRaw,
						itemIndex,
						`${label} › ${sub.label}`,
					) as IDataObject[string];
				}
				return out;
			});
			break;
		}
	}
	return field.toWire ? field.toWire(value) : value;
}

/** One error for all the problems of an item: the parameters in its title, each problem below. */
function combined(node: INode, problems: InputError[], itemIndex: number): InputError {
	if (problems.length === 1) return problems[0];
	const names = problems.map(
		(problem) =>
			/^Parameters? ("[^"]+"(?:, "[^"]+")*)/.exec(problem.message)?.[1] ?? problem.message,
	);
	return new InputError(node, `${problems.length} parameters need fixing: ${names.join(', ')}`, {
		itemIndex,
		description: [
			...problems.map((problem) => `• ${problem.message}`),
			'Fix them on the node and run it again. No request was sent.',
		].join('\n'),
	});
}

/** Reads, checks and places every declared parameter of one item; sends nothing. */
export function buildRequest(
	ctx: IExecuteFunctions,
	catalog: VendorCatalog,
	endpoint: EndpointSpec,
	itemIndex: number,
): BuiltRequest {
	const node = ctx.getNode();
	const optional = optionalFields(endpoint);
	const collection = optional.length
		? ((ctx.getNodeParameter(optionalGroup(endpoint).name, itemIndex, {}) as IDataObject) ?? {})
		: {};
	const pathValues: Record<string, string> = {};
	const qs: IDataObject = {};
	const body: IDataObject = {};
	const params: IDataObject = {};
	let hasBody = false;
	let wholeBody: IDataObject | unknown[] | undefined;
	const problems: InputError[] = [];
	// Parameters the user set, valid or not (for `atLeastOne`).
	const given = new Set<string>();

	for (const field of allFields(endpoint)) {
		// A picker in the collection is stored as n8n stores locators: its empty list value is "not set".
		const read = isTopLevel(field)
			? readParameter(ctx, catalog, field, itemIndex)
			: {
					raw: pickerOf(field, catalog)
						? unwrapLocator(collection[field.name])
						: (collection[field.name] as unknown),
				};
		if ('failure' in read) {
			// n8n could not read it (e.g. a locator value its mode refuses): report what was found so
			// far, or n8n's own error.
			if (problems.length > 0) break;
			throw read.failure;
		}
		const raw = read.raw;
		if (field.showWhen && raw === null) continue;
		const emptyCollection =
			(field.type === 'objectList' && isEmpty((raw as IDataObject)?.entries)) ||
			(field.type === 'idList' && isEmpty(idListInput(raw)));
		if (!field.required && (isEmpty(raw) || emptyCollection)) continue;
		given.add(field.name);
		let value: unknown;
		try {
			value = checkField(node, catalog, field, raw, itemIndex);
		} catch (error) {
			// Every parameter is checked, so one run reports every mistake of the item.
			problems.push(
				error instanceof InputError
					? error
					: new InputError(node, (error as Error).message, { itemIndex }),
			);
			continue;
		}
		params[field.name] = value as IDataObject[string];
		const wireName = field.apiName ?? field.name;
		if (field.in === 'control') continue;
		if (field.in === 'path') pathValues[wireName] = String(value);
		else if (field.in === 'query') qs[wireName] = value as IDataObject[string];
		else if (field.asBody) wholeBody = value as IDataObject | unknown[];
		else {
			body[wireName] = value as IDataObject[string];
			hasBody = true;
		}
	}

	const wanted = endpoint.atLeastOne ?? [];
	if (wanted.length && !wanted.some((name) => given.has(name))) {
		const labels = wanted.map(
			(name) => `"${endpoint.fields.find((field) => field.name === name)?.label ?? name}"`,
		);
		problems.push(
			new InputError(node, `Parameters ${labels.join(', ')}: at least one must be set; got none`, {
				itemIndex,
				description: `Set ${labels.join(' or ')}, so the record is not created empty. No request was sent.`,
			}),
		);
	}
	if (problems.length > 0) throw combined(node, problems, itemIndex);

	return {
		method: endpoint.method,
		path: expandPath(endpoint.path, pathValues),
		pathValues,
		qs,
		body: wholeBody ?? (hasBody ? body : undefined),
		params,
	};
}
