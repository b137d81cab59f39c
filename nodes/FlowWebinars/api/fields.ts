import type { BuiltRequest, FieldSpec } from '../../shared/declarations/types';
import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';

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

/**
 * Writes Start as Flow's `date` (YYYY-MM-DD) and `time` (HH:MM:SS) in the chosen zone: a start
 * without an offset is read as that zone's clock, one with an offset is converted into it.
 */
export async function startInZone(request: BuiltRequest): Promise<BuiltRequest> {
	const zone = String(request.params.timezone);
	const start = DateTime.fromISO(String(request.params.start).replace(' ', 'T'), { zone });
	const body = { ...(request.body as IDataObject) };
	body.date = start.toFormat('yyyy-MM-dd');
	body.time = start.toFormat('HH:mm:ss');
	return { ...request, body };
}
