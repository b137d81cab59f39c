import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
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

type Run<S> = (
	sandbox: S,
	resource: string,
	operation: string,
	parameters: Record<string, unknown>,
) => Promise<INodeExecutionData[]>;

/**
 * `onAndOff(resource, operation, parameters)` for one vendor: the operation's records with
 * Simplify left at its default (on) and switched off.
 */
export function simplifyOnAndOff<S>(run: Run<S>, sandbox: () => S) {
	const records = async (
		parameters: Record<string, unknown>,
		resource: string,
		operation: string,
	) => (await run(sandbox(), resource, operation, parameters)).map((item) => item.json);
	return async (resource: string, operation: string, parameters: Record<string, unknown>) => ({
		simplified: await records(parameters, resource, operation),
		full: await records({ ...parameters, simplify: false }, resource, operation),
	});
}
