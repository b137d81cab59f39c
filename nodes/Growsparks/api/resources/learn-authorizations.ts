import { resource } from '../schema';
import { reportCall } from '../calls';

/** LearnAuthorizations: Authorizables can have LearnAuthorizations on ActivityStructures, this means that all persons that are direct or indirect member of the Authorizable have access to the ActivityStructure */
export const learnauthorizations = resource({
	name: 'LearnAuthorizations',
	slug: 'learnauthorizations',
	singular: 'learn authorization',
	idParam: 'learnauthorization_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['EndDate', 'date', 'readwrite', 'default'],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		[
			'Of',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Authorizable' },
		],
		[
			'On',
			'text',
			'immutable',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Entity' },
		],
		['Recommended', 'boolean', 'readwrite', 'request', { filter: 'boolean' }],
		['StartDate', 'date', 'readwrite', 'default'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [reportCall('both')],
});
