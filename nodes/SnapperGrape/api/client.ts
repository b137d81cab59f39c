import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';
import type { VendorApi } from '../../shared/transport/types';
import { loginRequest } from '../../../credentials/SnapperGrapeApi.credentials';
import { offsetPaging } from '../../shared/transport/pagination';
import type { PagingStrategy } from '../../shared/transport/pagination';

export const snapperGrapeApi: VendorApi = {
	credentialType: 'snapperGrapeApi',
	displayName: 'Snapper Grape',
	defaultBaseUrl: '',
	baseUrlField: 'host',
	baseUrlLabel: 'Installation URL',
	secretFields: ['password', 'sharedSecret', 'sessionToken'],
	// Bodies are forms with bracket keys (person_data[firstname]=…), as the documentation shows.
	bodyEncoding: 'form',
	// A 401 (expired session) goes to n8n, which logs in again through the credential and repeats the
	// call once.
	refreshOn401: true,
	// Every answer is { valid, message, <plural> }; valid:false is a failure whatever the HTTP
	// status.
	isFailure: (body) => !!body && typeof body === 'object' && (body as IDataObject).valid === false,
	// Some installations say "session expired" with HTTP 200, which n8n's 401 refresh never sees.
	session: {
		expired: (body) =>
			/session|log(ged)? ?in/i.test(String((body as IDataObject)?.message ?? '')) &&
			!/password/i.test(String((body as IDataObject)?.message ?? '')),
		async renew(credentials) {
			if (credentials.authMethod === 'swt') return undefined;
			const login = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				'snapperGrapeApi',
				loginRequest(credentials),
			)) as { logins?: Array<{ session_id?: string }> };
			const session = login?.logins?.[0]?.session_id;
			return session ? { headers: { Cookie: `tg-visit=${session}` }, secret: session } : undefined;
		},
	},
	parseError: (body) =>
		body && typeof body === 'object' && typeof (body as IDataObject).message === 'string'
			? { message: (body as IDataObject).message as string }
			: undefined,
	adviceFor: (status) =>
		status === 401
			? 'Grape refused the login or the session. Check the installation URL, user name and password (or the SWT issuer, secret and identity) in the Snapper Grape credential.'
			: status === 403
				? 'The Grape user is not allowed to do this: it needs the superuser role, or to be the manager of the person or unit.'
				: undefined,
};

/** limit (max 100) + offset; no total is returned, so a short page ends the list. */
export const pagesOf = (key: string): PagingStrategy =>
	offsetPaging({ offsetParam: 'offset', limitParam: 'limit', pageSize: 100, recordsPath: key });

/** Grape writes dates as "2014-01-20 14:10". */
export const snapperGrapeDate = (date: Date) =>
	DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('yyyy-MM-dd HH:mm');
export const grapeDay = (date: Date) =>
	DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('yyyy-MM-dd');

/**
 * /api/changes answers under the plural of the type asked for (events, personcompetences,
 * competences).
 */
export function changesOf(body: unknown): IDataObject[] {
	if (!body || typeof body !== 'object') return [];
	for (const [key, value] of Object.entries(body as IDataObject)) {
		if (key !== 'valid' && key !== 'message' && Array.isArray(value)) return value as IDataObject[];
	}
	return [];
}

export const changesPaging: PagingStrategy = { ...pagesOf(''), records: changesOf };
