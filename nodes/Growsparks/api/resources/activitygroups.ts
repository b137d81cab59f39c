import { resource } from '../schema';
import { reportCall } from '../calls';

/** ActivityGroups: Use ActivityGroups to group ActivityStructures like Activities and other ActivityGroups */
export const activitygroups = resource({
	name: 'ActivityGroups',
	slug: 'activitygroups',
	singular: 'activity group',
	idParam: 'activitygroup_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['CatalogEntry', 'boolean', 'readonly', 'default', { filter: 'boolean' }],
		['ChildMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
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
