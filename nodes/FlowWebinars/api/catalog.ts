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
	},
	endpoints: [...eventEndpoints, ...registrantEndpoints, ...reportEndpoints, ...roomEndpoints],
};
