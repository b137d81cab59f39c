import type { VendorCatalog } from '../../shared/declarations/types';
import { growsparksApi, growsparksPaging } from './client';
import { resourceEndpoints, resourceOption, words } from './endpoints';
import { resources } from './resources';

const bySingular = new Map(resources.map((spec) => [spec.singular.toLowerCase(), spec.slug]));

/** `refersTo` names the referenced type; where it is one of the 34 resources, the field offers its list. */
const locatorTargets = {
	slugFor: (refersTo: string | undefined) =>
		refersTo ? bySingular.get(refersTo.toLowerCase()) : undefined,
};

/** Growsparks' 126 endpoints. `test/unit/growsparks-inventory.test.ts` holds this to the vendor inventory. */
export const growsparksCatalog: VendorCatalog = {
	api: growsparksApi,
	paging: growsparksPaging,
	defaultIdFormat: 'token',
	resources: resources.map(resourceOption).sort((a, b) => a.name.localeCompare(b.name)),
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
	endpoints: resources.flatMap((spec) => resourceEndpoints(spec, locatorTargets)),
};

export { resources, words };
