import { resource } from '../schema';

/** PortfolioEntries:  */
export const portfolioentries = resource({
	name: 'PortfolioEntries',
	slug: 'portfolioentries',
	singular: 'portfolio entry',
	idParam: 'portfolioentry_id',
	crud: ['create', 'list', 'get'],
	createRequires: ['Of'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['Code', 'text', 'readwrite', 'default', { max: 255 }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Credits', 'number', 'readwrite', 'default'],
		['DateCompleted', 'date', 'readwrite', 'default', { filter: 'orderable' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['Institute', 'text', 'readwrite', 'default', { max: 255 }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Name', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		[
			'Of',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Person' },
		],
		[
			'PortfolioType',
			'enum',
			'readwrite',
			'default',
			{
				filter: 'orderable',
				values: [
					'ManualCertificate',
					'ManualExperience',
					'ManualTraining',
					'ManualOther',
					'FlowsparksTraining',
					'FlowsparksCredit',
				],
			},
		],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
		['Unit', 'text', 'readwrite', 'default', { max: 255 }],
	],
	calls: [],
});
