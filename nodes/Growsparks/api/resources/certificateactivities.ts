import { resource } from '../schema';
import { reportCall } from '../calls';

/** CertificateActivities:  */
export const certificateactivities = resource({
	name: 'CertificateActivities',
	slug: 'certificateactivities',
	singular: 'certificate activity',
	idParam: 'certificateactivity_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['CatalogEntry', 'boolean', 'readonly', 'default', { filter: 'boolean' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Description', 'text', 'readonly', 'default', { format: 'rich' }],
		['ExpectedActivityDuration', 'enum', 'readonly', 'default', { filter: 'orderable', values: ['unknown', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'twenty', 'twentyfive', 'thirty', 'thirtyFive', 'forty', 'fortyFive', 'hour', 'oneAndAHalfHour', 'moreThanOneAndAHalfHours', 'moreThanTwoHours', 'moreThanTwoAndAHalfHours'] }],
		['ID', 'text', 'readonly', 'always', { filter: 'hierarchy' }],
		['Image', 'asset', 'readonly', 'default'],
		['Metadata', 'text', 'readonly', 'default'],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['Name', 'text', 'readonly', 'default', { max: 255, filter: 'text' }],
		['ParentMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['SearchTags', 'text', 'readonly', 'default'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [
		reportCall('activity'),
	],
});
