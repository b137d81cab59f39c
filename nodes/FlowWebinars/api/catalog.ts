import type { VendorCatalog } from '../../shared/declarations/types';
import { flowWebinarsApi } from './client';
import { eventEndpoints } from './events';
import { registrantEndpoints, roomEndpoints } from './people';
import { reportEndpoints } from './reports';

/**
 * Flow's 15 endpoints. `test/unit/flow-webinars-inventory.test.ts` holds this to the vendor
 * inventory.
 */
export const flowWebinarsCatalog: VendorCatalog = {
	api: flowWebinarsApi,
	resources: [
		{ name: 'Event', value: 'event' },
		{ name: 'Operator', value: 'operator' },
		{ name: 'Registrant', value: 'registrant' },
		{ name: 'Report', value: 'report', description: 'CSV reports of an event session' },
		{ name: 'Room', value: 'room', description: 'Permanent rooms and their single-sign-on links' },
		{ name: 'Survey', value: 'survey' },
	],
	locators: {
		session: {
			searchListMethod: 'searchSessions',
			idPlaceholder: 'e.g. a1b2c3',
			idFormat: 'token',
			label: { fields: ['title'], details: [['date', 'time', 'timezone']] },
		},
		operator: {
			searchListMethod: 'searchOperators',
			idPlaceholder: 'e.g. 101',
			idFormat: 'numeric',
			label: { fields: [['firstName', 'lastName'], 'email'], details: ['email'] },
		},
		// An account has no record of its own: the list shows it through its operators.
		account: {
			searchListMethod: 'searchAccounts',
			idPlaceholder: 'e.g. acc_1a2b3c',
			idFormat: 'token',
			label: { fields: ['company', 'email'] },
		},
		survey: {
			searchListMethod: 'searchSurveys',
			idPlaceholder: 'e.g. 7',
			idFormat: 'numeric',
			label: { fields: ['name', 'text'], details: [] },
		},
		room: {
			searchListMethod: 'searchRooms',
			idPlaceholder: 'e.g. 4101',
			idFormat: 'token',
			label: { fields: ['title'] },
		},
	},
	endpoints: [...eventEndpoints, ...registrantEndpoints, ...reportEndpoints, ...roomEndpoints],
};
