import type { FieldSpec } from '../../shared/declarations/types';

type Where = FieldSpec['in'];

/**
 * A required ID in the path (or elsewhere), picked from a list or typed. Onsight IDs are not
 * validated by pattern: the guide's samples break any pattern.
 */
export const pick = (
	name: string,
	apiName: string,
	label: string,
	locator: string,
	where: Where = 'path',
	description?: string,
): FieldSpec => ({
	name,
	apiName,
	label,
	in: where,
	type: 'locator',
	locator,
	required: true,
	description,
});

/** A required ID without a list to pick from. */
export const typedId = (
	name: string,
	apiName: string,
	label: string,
	where: Where = 'path',
	description?: string,
	placeholder?: string,
): FieldSpec => ({
	name,
	apiName,
	label,
	in: where,
	type: 'id',
	required: true,
	description,
	placeholder,
});

export const text = (name: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
	name,
	label,
	in: 'body',
	type: 'string',
	...extra,
});

export const flag = (
	name: string,
	label: string,
	description: string,
	extra: Partial<FieldSpec> = {},
): FieldSpec => ({
	name,
	label,
	in: 'body',
	type: 'boolean',
	description,
	...extra,
});

/** Comma-separated values sent as a JSON array of strings (tags, IDs). */
export const stringList = (
	name: string,
	label: string,
	extra: Partial<FieldSpec> = {},
): FieldSpec => ({
	name,
	label,
	in: 'body',
	type: 'idList',
	listForm: 'strings',
	description: `${label}, comma-separated`,
	...extra,
});

/** A JSON object sent as the whole body, for bodies the guide shows only by example. */
export const jsonBody = (
	name: string,
	label: string,
	description: string,
	placeholder: string,
): FieldSpec => ({
	name,
	label,
	in: 'body',
	type: 'json',
	jsonShape: 'object',
	asBody: true,
	required: true,
	description,
	placeholder,
});

/** Free key/value pairs sent as one JSON object (metadata). */
export const keyValues = (name: string, label: string, description: string): FieldSpec => ({
	name,
	label,
	in: 'body',
	type: 'objectList',
	required: true,
	asBody: true,
	description,
	entries: [
		{ name: 'key', label: 'Key', in: 'body', type: 'string', required: true },
		{ name: 'value', label: 'Value', in: 'body', type: 'string' },
	],
	toWire: (entries) =>
		Object.fromEntries(
			(entries as Array<{ key: string; value?: string }>).map((entry) => [
				entry.key,
				entry.value ?? '',
			]),
		),
});

/** The input item's binary field holding the file to send. */
export const binaryInput = (description: string): FieldSpec => ({
	name: 'binaryPropertyName',
	label: 'Input Binary Field',
	in: 'control',
	type: 'string',
	required: true,
	default: 'data',
	description,
	hint: 'The name of the input binary field containing the file to be uploaded',
});

export const blockSize: FieldSpec = {
	name: 'blockSize',
	label: 'Block Size (Bytes)',
	in: 'control',
	type: 'number',
	default: 102400,
	min: 1,
	max: 102400,
	description: 'Size of each uploaded block; the service accepts at most 102 400 bytes (100 KB)',
};

/** ISO date-time for bodies; the guide's examples omit the zone, this sends UTC with Z. */
export const when = (name: string, label: string, description: string): FieldSpec => ({
	name,
	label,
	in: 'body',
	type: 'dateTime',
	description,
});
