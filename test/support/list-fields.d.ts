import type { VendorId } from '../vendors';
/**
 * The documented fields of the records the locator `locator` lists: where in the vendor
 * inventory they come from, and the field paths a list label may read (`a.b` reads a nested or
 * expanded record).
 */
export declare function listedFields(
	vendorId: VendorId,
	locator: string,
): { source: string; fields: string[] };
