import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import {
	choice,
	date,
	filterField,
	idField,
	number,
	properties,
	reference,
	selectionFields,
	streamField,
	text,
} from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const portfolioEntrySelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: [
			'Code',
			'Credits',
			'DateCompleted',
			'Institute',
			'Name',
			'Of',
			'PortfolioType',
			'Tag',
			'Type',
			'Unit',
		],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate'],
		expandable: ['Of'],
	});

/** What Simplify keeps of a portfolio entry (11 default properties; Type is always the same). */
const portfolioEntrySimple = [
	'ID',
	'Name',
	'Code',
	'Of',
	'PortfolioType',
	'Institute',
	'DateCompleted',
	'Credits',
	'Unit',
	'Tag',
];

/** PortfolioEntries */
export const portfolioEntriesEndpoints: EndpointSpec[] = [
	{
		id: 'portfolioentries.create',
		resource: 'portfolioentries',
		operation: 'create',
		name: 'Create',
		action: 'Create a portfolio entry',
		description: 'Create a portfolio entry; returns the full object',
		method: 'POST',
		path: '/portfolioentries',
		output: { kind: 'object' },
		fields: properties([
			text('Code', { max: 255 }),
			number('Credits'),
			date('DateCompleted'),
			text('Institute', { max: 255 }),
			text('Name', { max: 255 }),
			reference('Of', {
				required: true,
				locator: 'persons',
				description: 'ID of the person the entry belongs to',
			}),
			choice('PortfolioType', {
				values: [
					'ManualCertificate',
					'ManualExperience',
					'ManualTraining',
					'ManualOther',
					'FlowsparksTraining',
					'FlowsparksCredit',
				],
			}),
			text('Tag', { max: 100 }),
			text('Unit', { max: 255 }),
		]),
	},
	{
		id: 'portfolioentries.list',
		resource: 'portfolioentries',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many portfolio entries',
		description: 'List portfolio entries',
		method: 'GET',
		path: '/portfolioentries',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		simplify: portfolioEntrySimple,
		fields: [
			...portfolioEntrySelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				DateCompleted: 'orderable',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Name: 'text',
				Of: 'reference',
				PortfolioType: 'orderable',
				Tag: 'text',
			}),
			streamField('portfolio entries'),
		],
	},
	{
		id: 'portfolioentries.get',
		resource: 'portfolioentries',
		operation: 'get',
		name: 'Get',
		action: 'Get a portfolio entry',
		description: 'Get one portfolio entry by ID',
		method: 'GET',
		path: '/portfolioentries/{portfolioentry_id}',
		output: { kind: 'object' },
		simplify: portfolioEntrySimple,
		fields: [
			idField({
				apiName: 'portfolioentry_id',
				label: 'Portfolio Entry',
				locator: 'portfolioentries',
			}),
			...portfolioEntrySelection(),
		],
	},
];
