import type { LocatorSpec, VendorCatalog } from '../../shared/declarations/types';
import { growsparksApi, growsparksPaging } from './client';
import { resources } from './resources';

/** Labelled by the first of `fields` the record has, else by its `Tag`. */
const name = (...fields: string[]) => ({ fields: [...fields, 'Tag'] });

/**
 * What each resource's list is labelled with: the naming fields its object documents (lists return
 * the `default` ones), else fields of the records it refers to, read with `expand`
 * (`Of.FirstName`), else the free `Tag` every object has. `test/unit/picker-labels.test.ts` holds
 * them to the inventory.
 */
const labels: Record<string, LocatorSpec['label']> = {
	authorizables: name(),
	eventpersongroups: name('GroupName', 'Code'),
	externalpersongroups: name('GroupName'),
	membershiproles: name('Role.RoleName'),
	persongroupmemberships: { ...name('Member.Tag'), details: ['MemberOf.GroupName'] },
	persongroups: name('GroupName'),
	persons: { fields: [['FirstName', 'LastName'], 'Email', 'Tag'] },
	portfolioentries: name('Name', 'Code'),
	ratings: { fields: [['Of.FirstName', 'Of.LastName'], 'Tag'] },
	roles: name('RoleName'),
	activities: name('Name'),
	activitygroupmemberships: name('Member.Name'),
	activitygroups: name('Name'),
	activitystructures: name('Name'),
	certificateactivities: name('Name'),
	classroomtrainings: name('Name'),
	authorizations: name('Of.Tag'),
	learnauthorizations: name('Of.Tag'),
	todos: name('Of.Tag'),
	activityresults: result(),
	certificateresults: result(),
	classroomtrainingresults: result(),
	attendance: name('ExecutionSession.StartTime'),
	executions: name('Description'),
	executionsessions: name('StartTime'),
	executionsessionteachers: {
		fields: [['Person.FirstName', 'Person.LastName'], 'Tag'],
		details: ['ExecutionSession.StartTime'],
	},
	locations: name('Name'),
	sublocations: name('Description'),
	subscriptions: name('Execution.Description'),
	tagcategories: name('Name'),
	tagcollections: name(),
	taglinks: name(),
	tags: name('Name'),
	scriptlets: name('Description'),
};

/** A result: the activity, then whose result it is and its status. */
function result(): LocatorSpec['label'] {
	return { ...name('On.Name'), details: [['Of.FirstName', 'Of.LastName'], 'Status'] };
}

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
				label: labels[spec.slug],
			},
		]),
	),
	endpoints: resources.flatMap((spec) => spec.endpoints),
};

export { resources };
