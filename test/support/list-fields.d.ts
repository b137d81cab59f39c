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

/** What an operation returns: records of a documented type, or why it has none to simplify. */
export type ReturnedRecords =
	| {
			/** `read`: Get, Get Many and other reads; `write`: answers with the record it wrote. */
			kind: 'read' | 'write';
			/** The inventory's type name(s), ` | `-joined for an answer that may be any of several. */
			type: string;
			/** Where in the inventory the fields come from. */
			source: string;
			/** The top-level fields of the record as the vendor returns it by default. */
			fields: string[];
			/** How many top-level fields the record has (the widest type's, for several). */
			width: number;
			/** The ID and naming fields Simplify must keep; undefined when the table names none. */
			keyFields?: string[];
			/** The types the table names no ID and naming fields for. */
			missingKeys: string[];
	  }
	| { kind: 'exempt' | 'undocumented' | 'none'; reason: string };

/**
 * What the endpoint `endpointId` returns, from the vendor's table in list-fields.js, checked
 * against what the inventory says it returns. An endpoint the table does not name throws.
 */
export declare function returnedRecords(vendorId: VendorId, endpointId: string): ReturnedRecords;

/** Every endpoint id the vendor's table names. */
export declare function mappedEndpoints(vendorId: VendorId): string[];
