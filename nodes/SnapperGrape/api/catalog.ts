import type { VendorCatalog } from '../../shared/declarations/types';
import { snapperGrapeApi } from './client';
import { learningEndpoints } from './learning';
import { peopleEndpoints } from './people';
import { sessionEndpoints } from './session';

/**
 * Snapper Grape's 28 recovered endpoints. `test/unit/snapper-grape-inventory.test.ts` holds this to
 * the inventory.
 */
export const snapperGrapeCatalog: VendorCatalog = {
	api: snapperGrapeApi,
	defaultIdFormat: 'any',
	resources: [
		{ name: 'Category', value: 'category' },
		{ name: 'Change', value: 'change', description: 'What changed in a time window' },
		{ name: 'CMS', value: 'cms' },
		{ name: 'Competence', value: 'competence' },
		{ name: 'Event', value: 'event', description: 'Course events' },
		{ name: 'Organisation', value: 'organisation' },
		{ name: 'Person', value: 'person' },
		{ name: 'Person Competence', value: 'personCompetence' },
		{ name: 'Person Event', value: 'personEvent', description: 'Participations in events' },
		{ name: 'Position', value: 'position' },
		{ name: 'Role', value: 'role' },
		{
			name: 'Session',
			value: 'session',
			description: 'Log in, single sign-on, log out, password reset',
		},
	],
	locators: {
		person: {
			searchListMethod: 'searchPersons',
			idPlaceholder: 'e.g. jane.doe',
			idFormat: 'any',
			label: { fields: [['firstname', 'lastname'], 'email'], details: ['user_name'] },
		},
		organisation: {
			searchListMethod: 'searchOrganisations',
			idPlaceholder: 'e.g. 12',
			idFormat: 'numeric',
			label: { fields: ['title'] },
		},
		competence: {
			searchListMethod: 'searchCompetences',
			idPlaceholder: 'e.g. 345',
			idFormat: 'numeric',
			label: { fields: ['title'] },
		},
		event: {
			searchListMethod: 'searchEvents',
			idPlaceholder: 'e.g. 678',
			idFormat: 'numeric',
			label: { fields: ['title'], details: ['startdate'] },
		},
		category: {
			searchListMethod: 'searchCategories',
			idPlaceholder: 'e.g. 9',
			idFormat: 'numeric',
			label: { fields: ['title'] },
		},
		role: {
			searchListMethod: 'searchRoles',
			idPlaceholder: 'e.g. 303',
			idFormat: 'numeric',
			label: { fields: ['title'] },
		},
	},
	endpoints: [...learningEndpoints, ...peopleEndpoints, ...sessionEndpoints],
};
