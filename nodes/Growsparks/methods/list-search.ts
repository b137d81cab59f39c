import { labelPaths, locatorLabel, searchList } from '../../shared/declarations/list-search';
import { growsparksCatalog, resources } from '../api/catalog';

/** The reference fields a label reads through (`Of.FirstName` reads Of), to send as `expand`. */
function expandFor(slug: string): string | undefined {
	const references = labelPaths(locatorLabel(growsparksCatalog, slug))
		.filter((path) => path.includes('.'))
		.map((path) => path.split('.')[0]);
	return references.length ? [...new Set(references)].join(',') : undefined;
}

/**
 * One searchable list per resource, labelled as its locator declares. The filter grammar is
 * undocumented, so the typed text filters the labels of the listed page here rather than on the
 * server.
 */
export const listSearch = Object.fromEntries(
	resources.map((spec) => {
		const expand = expandFor(spec.slug);
		return [
			`search${spec.name}`,
			searchList(growsparksCatalog, {
				locator: spec.slug,
				path: `/${spec.slug}`,
				query: expand ? { expand } : undefined,
				value: (record) => (typeof record.ID === 'string' ? record.ID : ''),
				pageSize: 200,
			}),
		];
	}),
);
