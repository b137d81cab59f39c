import type { FieldSpec } from '../../shared/declarations/types';
import { DateTime, IANAZone } from 'luxon';

export const sessionLocator = (
	where: FieldSpec['in'] = 'path',
	name = 'sessionToken',
): FieldSpec => ({
	name,
	label: 'Event Session',
	in: where,
	type: 'locator',
	locator: 'session',
	required: true,
	description: 'The event session, picked by title or given by its token',
});

/** IANA names, as moment-timezone (which Flow uses) knows them. */
export function ianaProblem(zone: string): string | undefined {
	return IANAZone.isValidZone(zone)
		? undefined
		: 'must be an IANA time zone such as Europe/Brussels or America/New_York';
}

export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** A real calendar day, so 2026-02-30 fails before sending. */
export function calendarProblem(value: string): string | undefined {
	return DateTime.fromFormat(value, 'yyyy-MM-dd', { zone: 'utc' }).isValid
		? undefined
		: 'must be a real calendar date';
}
