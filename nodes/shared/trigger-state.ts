import type { IDataObject } from 'n8n-workflow';

/**
 * Replaces a trigger's node-scoped static data in place (n8n saves the object it handed out, and
 * only when the poll succeeds), so keys of an older state never linger beside the new cursor.
 */
export function replaceStaticData(staticData: IDataObject, next: object): void {
	for (const key of Object.keys(staticData)) delete staticData[key];
	Object.assign(staticData, next);
}
