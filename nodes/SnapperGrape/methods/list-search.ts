import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { pickedParameter, searchList } from '../../shared/declarations/list-search';
import type { SearchListSpec } from '../../shared/declarations/list-search';
import { snapperGrapeCatalog } from '../api/catalog';
import { pagesOf } from '../api/client';

/** Each list answers under its own key, so each search pages with that key. */
const search = (key: string, spec: SearchListSpec) =>
	searchList({ ...snapperGrapeCatalog, paging: pagesOf(key) }, { pageSize: 100, ...spec });

const idOf = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export const searchPersons = search('persons', {
	locator: 'person',
	path: '/api/persons',
	value: (person) => idOf(person.user_name),
});

export const searchOrganisations = search('organisations', {
	locator: 'organisation',
	path: '/api/organisations',
	value: (unit) => idOf(unit.id),
});

export const searchCompetences = search('competences', {
	locator: 'competence',
	path: '/api/competences',
	searchParam: 'term',
	value: (competence) => idOf(competence.id),
});

export const searchEvents = search('events', {
	locator: 'event',
	path: '/api/events',
	searchParam: 'term',
	value: (event) => idOf(event.id),
});

export const searchCategories = search('categories', {
	locator: 'category',
	path: '/api/categories',
	value: (category) => idOf(category.id),
});

/** The organisation unit picked in the same operation (Person → Create), when it is a plain ID. */
function pickedOrganisation(context: ILoadOptionsFunctions): string | undefined {
	const id = pickedParameter(context, 'organisationId');
	return /^[1-9][0-9]*$/.test(id) ? id : undefined;
}

/**
 * Roles by title. With an organisation unit picked in the operation, the roles available in that
 * unit (`organisation_ids`); without one, Grape lists the logged-in person's roles.
 */
export async function searchRoles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const unit = pickedOrganisation(this);
	return await search('roles', {
		locator: 'role',
		path: '/api/roles',
		searchParam: 'term',
		query: unit ? { organisation_ids: unit } : undefined,
		value: (role) => idOf(role.id),
	}).call(this, filter, paginationToken);
}
