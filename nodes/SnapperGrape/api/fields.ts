import type { FieldSpec } from '../../shared/declarations/types';

type Where = FieldSpec['in'];

export const view = (fallback: 'simple' | 'full'): FieldSpec => ({
	name: 'view',
	label: 'View',
	in: 'query',
	type: 'options',
	default: fallback,
	options: [
		{ name: 'Simple', value: 'simple' },
		{ name: 'Full', value: 'full' },
	],
	description: `How much of each object to return (the API's default here is ${fallback})`,
});

export const fieldsParam: FieldSpec = {
	name: 'fields',
	label: 'Fields',
	in: 'query',
	type: 'string',
	placeholder: 'e.g. id,firstname,lastname',
	hint: 'Passed to Grape as written: the syntax is not documented (a comma-separated attribute list is the usual form)',
};

export const userName = (where: Where = 'query', required = false): FieldSpec => ({
	name: 'userName',
	apiName: 'user_name',
	label: 'Person',
	in: where,
	type: required ? 'locator' : 'id',
	locator: 'person',
	required,
	description: required
		? 'The person, picked from the list or by user name'
		: 'The person (user name); the logged-in user when empty',
});

export const numericId = (
	name: string,
	apiName: string,
	label: string,
	locator?: string,
	where: Where = 'path',
): FieldSpec =>
	locator
		? { name, apiName, label, in: where, type: 'locator', locator, required: true }
		: { name, apiName, label, in: where, type: 'number', required: true, min: 1 };

/**
 * An optional numeric ID of a record Grape lists (a filter, or a reference in a body): picked from
 * that list or typed, and sent as a number as before.
 */
export const pickedId = (
	name: string,
	apiName: string,
	label: string,
	locator: string,
	where: Where = 'query',
	description?: string,
): FieldSpec => ({
	name,
	apiName,
	label,
	in: where,
	type: 'id',
	locator,
	toWire: Number,
	description,
});

export const idList = (
	name: string,
	apiName: string,
	label: string,
	numeric = true,
): FieldSpec => ({
	name,
	apiName,
	label,
	in: 'query',
	type: 'idList',
	locator: numeric ? 'organisation' : 'externalId',
	listForm: numeric ? 'numbers' : 'strings',
	toWire: (ids) => (ids as unknown[]).join(','),
	description: `${label}, comma-separated`,
});

export const text = (
	name: string,
	apiName: string,
	label: string,
	where: Where = 'query',
	extra: Partial<FieldSpec> = {},
): FieldSpec => ({ name, apiName, label, in: where, type: 'string', ...extra });

export const flag = (
	name: string,
	apiName: string,
	label: string,
	description: string,
): FieldSpec => ({
	name,
	apiName,
	label,
	in: 'query',
	type: 'boolean',
	default: false,
	toWire: (on) => (on ? 1 : 0),
	description,
});
