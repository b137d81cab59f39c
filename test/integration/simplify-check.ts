import type { IDataObject } from 'n8n-workflow';
import type { VendorCatalog } from '../../nodes/shared/declarations/types';

/** The keys the endpoint `id` declares for Simplify; an endpoint that declares none is an error. */
export function simplifyKeys(catalog: VendorCatalog, id: string): string[] {
	const keys = catalog.endpoints.find((endpoint) => endpoint.id === id)?.simplify;
	if (!keys) throw new Error(`${id} declares no Simplify keys`);
	return keys;
}

/**
 * The same records with Simplify on and off: off, each is the vendor's record, wider than ten
 * fields; on, it is that record cut to the declared keys, and (unless `everyKey` is false, for an
 * answer of several record types) the record has every one of them.
 */
export function expectSimplified(
	simplified: IDataObject[],
	full: IDataObject[],
	keys: string[],
	{ everyKey = true } = {},
): void {
	expect(full.length).toBeGreaterThan(0);
	expect(simplified).toHaveLength(full.length);
	full.forEach((record, index) => {
		expect(Object.keys(record).length).toBeGreaterThan(10);
		const kept = Object.fromEntries(
			keys.filter((key) => key in record).map((key) => [key, record[key]]),
		);
		expect(simplified[index]).toEqual(kept);
		expect(Object.keys(simplified[index]).length).toBeGreaterThan(0);
		if (everyKey) expect(Object.keys(simplified[index]).sort()).toEqual([...keys].sort());
	});
}
