import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { IANAZone } from 'luxon';
import type { FieldSpec } from './types';

/** The loadOptions method every node with a time zone registers under this name. */
export const TIME_ZONE_METHOD = 'getTimeZones';

/** What is wrong with a time zone name, or undefined for a zone luxon (and moment) knows. */
export function ianaProblem(zone: string): string | undefined {
	return IANAZone.isValidZone(zone)
		? undefined
		: 'must be an IANA time zone such as Europe/Brussels or America/New_York';
}

/** Every IANA zone the runtime knows, UTC first, as a list the editor can search by typing. */
export async function getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	// Node 18+ has Intl.supportedValuesOf; the project's TypeScript library settings predate it.
	const intl = Intl as unknown as { supportedValuesOf(key: 'timeZone'): string[] };
	const zones = intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');
	return ['UTC', ...zones].map((zone) => ({ name: zone.replace(/_/g, ' '), value: zone }));
}

/** A time zone parameter: picked from the list (or an expression), checked before sending. */
export function timeZoneField(
	name: string,
	where: FieldSpec['in'],
	options: Pick<FieldSpec, 'required' | 'description' | 'apiName'> = {},
): FieldSpec {
	return {
		name,
		label: 'Time Zone',
		in: where,
		type: 'options',
		loadOptionsMethod: TIME_ZONE_METHOD,
		check: ianaProblem,
		...options,
	};
}
