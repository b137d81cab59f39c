import type { IDataObject } from 'n8n-workflow';
import { searchList } from '../../shared/declarations/list-search';
import type { SearchListSpec } from '../../shared/declarations/list-search';
import { snapperGrapeCatalog } from '../api/catalog';
import { pagesOf } from '../api/client';

/** Each list answers under its own key, so each search pages with that key. */
const search = (key: string, spec: SearchListSpec) =>
	searchList({ ...snapperGrapeCatalog, paging: pagesOf(key) }, { pageSize: 100, ...spec });

const named = (record: IDataObject, ...keys: string[]) =>
	keys.map((key) => record[key]).find((value) => typeof value === 'string' && value !== '') as
		| string
		| undefined;

export const searchPersons = search('persons', {
	path: '/api/persons',
	name: (person) =>
		`${[person.firstname, person.lastname].filter(Boolean).join(' ') || person.user_name} (${person.user_name})`,
	value: (person) => String(person.user_name),
});

export const searchOrganisations = search('organisations', {
	path: '/api/organisations',
	name: (unit) => named(unit, 'name') ?? String(unit.id),
	value: (unit) => String(unit.id),
});

export const searchCompetences = search('competences', {
	path: '/api/competences',
	searchParam: 'term',
	name: (competence) => named(competence, 'title', 'name') ?? String(competence.id),
	value: (competence) => String(competence.id),
});

export const searchEvents = search('events', {
	path: '/api/events',
	searchParam: 'term',
	name: (event) =>
		`${named(event, 'title', 'name') ?? event.id}${event.startdate ? ` (${event.startdate})` : ''}`,
	value: (event) => String(event.id),
});

export const searchCategories = search('categories', {
	path: '/api/categories',
	name: (category) => named(category, 'name', 'title') ?? String(category.id),
	value: (category) => String(category.id),
});
