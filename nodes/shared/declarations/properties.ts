import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import type { EndpointSpec, FieldSpec, LocatorSpec, VendorCatalog } from './types';
import { pickerOf } from './types';
import { optionalFields, optionalGroup, topLevelFields } from './groups';
import { LIMITS } from '../transport/limits';
import { toolDescriptionProperties } from './tool-descriptions';

function defaultFor(field: FieldSpec, catalog: VendorCatalog): INodeProperties['default'] {
	if (pickerOf(field, catalog)) return { mode: 'list', value: '' };
	if (field.default !== undefined) return field.default;
	switch (field.type) {
		case 'boolean':
			return false;
		case 'number':
			return field.min ?? 0;
		case 'multiOptions':
			return [];
		case 'options':
			return field.options?.[0]?.value ?? '';
		case 'json':
			return field.jsonShape === 'array' ? '[]' : '{}';
		case 'objectList':
			return {};
		default:
			return '';
	}
}

/**
 * A resource locator: the locator's searchable list, or an ID typed in (numeric IDs checked as they
 * are typed). `idPlaceholder` overrides the locator's example ID for this field.
 */
function locatorProperty(
	base: INodeProperties,
	locator: LocatorSpec,
	idPlaceholder?: string,
): INodeProperties {
	const idRule =
		locator.idFormat === 'numeric'
			? [
					{
						type: 'regex' as const,
						properties: { regex: '^[0-9]+$', errorMessage: 'Enter a numeric ID such as 1234' },
					},
				]
			: [];
	// The ID mode carries the example; a placeholder on the locator itself is not shown.
	const property: INodeProperties = { ...base };
	delete property.placeholder;
	return {
		...property,
		type: 'resourceLocator',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: locator.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: idPlaceholder ?? locator.idPlaceholder,
				validation: idRule,
			},
		],
	};
}

/** One declared field as an n8n parameter. */
export function fieldProperty(
	field: FieldSpec,
	catalog: VendorCatalog,
	displayOptions?: IDisplayOptions,
): INodeProperties {
	const base: INodeProperties = {
		displayName: field.label,
		name: field.name,
		type: 'string',
		default: defaultFor(field, catalog),
		description: field.description,
	};
	if (displayOptions) base.displayOptions = displayOptions;
	if (field.required) base.required = true;
	if (field.hint) base.hint = field.hint;
	if (field.placeholder) base.placeholder = field.placeholder;

	switch (field.type) {
		case 'text':
			return { ...base, typeOptions: { rows: 3 } };
		case 'email':
			return { ...base, placeholder: field.placeholder ?? 'name@email.com' };
		case 'number':
			return {
				...base,
				type: 'number',
				typeOptions: {
					...(field.min !== undefined ? { minValue: field.min } : {}),
					...(field.max !== undefined ? { maxValue: field.max } : {}),
				},
			};
		case 'boolean':
			return { ...base, type: 'boolean' };
		case 'options':
			if (field.loadOptionsMethod) {
				return {
					...base,
					type: 'options',
					typeOptions: { loadOptionsMethod: field.loadOptionsMethod },
					default: field.default ?? '',
				};
			}
			return { ...base, type: 'options', options: field.options ?? [] };
		case 'multiOptions':
			return { ...base, type: 'multiOptions', options: field.options ?? [] };
		case 'dateTime':
			return { ...base, type: 'dateTime' };
		case 'json':
			return { ...base, type: 'json' };
		case 'idList':
			if (field.pickEach && field.locator && catalog.locators[field.locator]) {
				return {
					...base,
					type: 'fixedCollection',
					default: {},
					typeOptions: { multipleValues: true },
					placeholder: `Add ${field.label}`,
					options: [
						{
							name: 'values',
							displayName: field.label,
							values: [
								fieldProperty(
									{
										name: 'id',
										label: 'ID',
										in: field.in,
										type: 'locator',
										locator: field.locator,
										required: true,
									},
									catalog,
								),
							],
						},
					],
				};
			}
			return { ...base, placeholder: field.placeholder ?? 'e.g. 101, 102' };
		case 'id': {
			// An ID of records the vendor lists is picked like a locator; it is still sent as an ID.
			const locator = pickerOf(field, catalog);
			if (locator) return locatorProperty(base, locator, field.placeholder);
			return { ...base, placeholder: field.placeholder ?? '' };
		}
		case 'objectList':
			return {
				...base,
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: field.placeholder ?? `Add ${field.label}`,
				options: [
					{
						name: 'entries',
						displayName: field.label,
						values: (field.entries ?? []).map((entry) => fieldProperty(entry, catalog)),
					},
				],
			};
		case 'locator': {
			const locator = pickerOf(field, catalog);
			if (!locator) throw new Error(`Field ${field.name} names unknown locator "${field.locator}"`);
			return locatorProperty(base, locator, field.placeholder);
		}
		default:
			return base;
	}
}

function show(
	endpoint: EndpointSpec,
	extra: Record<string, Array<string | number | boolean>> = {},
): IDisplayOptions {
	return {
		show: { resource: [endpoint.resource], operation: [endpoint.operation], ...extra },
	} as IDisplayOptions;
}

function endpointProperties(endpoint: EndpointSpec, catalog: VendorCatalog): INodeProperties[] {
	const properties: INodeProperties[] = [];
	const display = show(endpoint);
	if (endpoint.notice) {
		properties.push({
			displayName: endpoint.notice,
			name: `notice_${endpoint.operation}`,
			type: 'notice',
			default: '',
			displayOptions: display,
		});
	}
	for (const field of topLevelFields(endpoint))
		properties.push(
			fieldProperty(field, catalog, field.showWhen ? show(endpoint, field.showWhen) : display),
		);
	if (endpoint.paginated) {
		properties.push(
			{
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				description: 'Whether to return all results or only up to a given limit',
				displayOptions: display,
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: 50,
				typeOptions: { minValue: 1 },
				description: 'Max number of results to return',
				displayOptions: show(endpoint, { returnAll: [false] }),
			},
			{
				displayName: 'Max Records',
				name: 'maxRecords',
				type: 'number',
				// LIMITS.returnAllMaxRecords (a literal, as n8n's lint reads defaults literally; a test
				// holds them equal).
				default: 100000,
				typeOptions: { minValue: 1, maxValue: LIMITS.returnAllMaxRecordsCeiling },
				description:
					"Return All stops with an error past this many records, so a service that never stops paging cannot exhaust n8n's memory",
				hint: 'Raise it if the account really holds more records',
				displayOptions: show(endpoint, { returnAll: [true] }),
			},
		);
	}
	const optional = optionalFields(endpoint);
	if (optional.length > 0) {
		const group = optionalGroup(endpoint);
		properties.push({
			displayName: group.label,
			name: group.name,
			type: 'collection',
			placeholder: group.placeholder,
			default: {},
			displayOptions: display,
			options: optional
				.map((field) => fieldProperty(field, catalog))
				.sort((a, b) => a.displayName.localeCompare(b.displayName)),
		});
	}
	if (endpoint.simplify) {
		properties.push({
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description: 'Whether to return a simplified version of the response instead of the raw data',
			displayOptions: display,
		});
	}
	if (endpoint.output.kind === 'binary') {
		properties.push({
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the output binary field to put the file in',
			displayOptions: display,
		});
	}
	return properties;
}

/**
 * Resource selector, one operation selector per resource, the tool variant's Description of each
 * operation, then every endpoint's parameters. `nodeName` is the node's default name, as n8n writes
 * it after each action ("Get many users in Damstra Learning").
 */
export function catalogProperties(catalog: VendorCatalog, nodeName: string): INodeProperties[] {
	const firstResource = catalog.resources[0].value as string;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: catalog.resources,
			default: firstResource,
		},
	];
	for (const resource of catalog.resources) {
		const endpoints = catalog.endpoints.filter((endpoint) => endpoint.resource === resource.value);
		const firstOperation = endpoints[0].operation;
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: endpoints
				.map((endpoint) => ({
					name: endpoint.name,
					value: endpoint.operation,
					action: endpoint.action,
					description: endpoint.description,
				}))
				.sort((a, b) => a.name.localeCompare(b.name)),
			default: firstOperation,
		});
	}
	properties.push(...toolDescriptionProperties(catalog, nodeName));
	for (const endpoint of catalog.endpoints)
		properties.push(...endpointProperties(endpoint, catalog));
	return properties;
}
