import type { IDataObject } from 'n8n-workflow';
import { searchList } from '../../shared/declarations/list-search';
import { growsparksCatalog, resources } from '../api/catalog';

/** The first naming property a record has, for list labels. */
function label(record: IDataObject): string {
	const person = [record.FirstName, record.LastName].filter(Boolean).join(' ');
	const name =
		person || record.Name || record.DisplayName || record.Title || record.Email || record.Tag;
	return name ? `${name} (${record.ID})` : String(record.ID);
}

/**
 * One searchable list per resource. The filter grammar is undocumented, so the typed text filters
 * the names of the listed page here rather than on the server.
 */
export const listSearch = Object.fromEntries(
	resources.map((spec) => [
		`search${spec.name}`,
		searchList(growsparksCatalog, {
			path: `/${spec.slug}`,
			name: label,
			value: (record) => String(record.ID),
			pageSize: 200,
		}),
	]),
);
