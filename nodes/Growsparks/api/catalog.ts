import type { VendorCatalog } from '../../shared/declarations/types';
import { growsparksApi, growsparksPaging } from './client';
import { resources } from './resources';

/**
 * Growsparks' 126 endpoints, declared per resource in `resources/`.
 * `test/unit/growsparks-inventory.test.ts` holds them to the vendor inventory.
 */
export const growsparksCatalog: VendorCatalog = {
	api: growsparksApi,
	paging: growsparksPaging,
	defaultIdFormat: 'token',
	resources: resources
		.map((spec) => ({ name: spec.label, value: spec.slug }))
		.sort((a, b) => a.name.localeCompare(b.name)),
	locators: Object.fromEntries(
		resources.map((spec) => [
			spec.slug,
			{
				searchListMethod: `search${spec.name}`,
				idPlaceholder: 'e.g. G_3f2b8c1e-…',
				idFormat: 'token' as const,
			},
		]),
	),
	endpoints: resources.flatMap((spec) => spec.endpoints),
};

export { resources };
