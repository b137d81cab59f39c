import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value as IDataObject)
				.sort()
				.map((key) => [key, canonical((value as IDataObject)[key])]),
		);
	}
	return value;
}

/**
 * A short key for a record's whole content, whatever the order of its fields: for records the
 * vendor gives no ID (a report line, a webhook delivery), identical content is the same record.
 * SHA-1 is enough here: the key tells repeats apart, it guards nothing.
 */
export function contentKey(record: unknown): string {
	return createHash('sha1')
		.update(JSON.stringify(canonical(record)))
		.digest('base64');
}
