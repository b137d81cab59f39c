import type { VendorApi } from '../../shared/transport/types';
import { offsetPaging } from '../../shared/transport/pagination';

/**
 * Damstra Learning error bodies come in five shapes; `internalCode` and a string `error` are the
 * common core.
 */
function parseError(body: unknown): { message?: string; code?: string | number } | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const record = body as Record<string, unknown>;
	const code =
		typeof record.internalCode === 'number' || typeof record.internalCode === 'string'
			? record.internalCode
			: undefined;
	const message = [record.error, record.message, record.reason].find(
		(value) => typeof value === 'string' && value.trim() !== '',
	) as string | undefined;
	return { message, code };
}

const ADVICE: Record<string, string> = {
	'806':
		'The access key was refused. Open the Damstra Learning credential and paste the current key from Manage → Integrations → API Access Keys (generating a new key revokes the old one).',
	'831':
		"The access key is valid but not allowed to do this. Check the account's subscription level and that the record belongs to this account.",
	'842': 'No group has this ID. Pick the group from the list or check the ID.',
	'840': 'No lesson schedule has this ID. Pick the schedule from the list or check the ID.',
	'837': 'This lesson schedule is already completed, so it cannot be played.',
	'836': 'This lesson schedule was cancelled, so it cannot be played.',
};

export const damstraLearningApi: VendorApi = {
	credentialType: 'damstraLearningApi',
	displayName: 'Damstra Learning',
	defaultBaseUrl: 'https://app.velpic.com/api/v2',
	baseUrlField: 'baseUrl',
	secretFields: ['apiKey'],
	// The vendor's examples send a JSON content type on every call, GETs included.
	defaultHeaders: { 'Content-Type': 'application/json', Accept: 'application/json' },
	parseError,
	adviceFor: (_status, code) => (code === undefined ? undefined : ADVICE[String(code)]),
};

/**
 * startIndex/maxResults with a `meta.totalResultCount` envelope; a page of 100 is the reference's
 * advice.
 */
export const damstraLearningPaging = offsetPaging({
	offsetParam: 'startIndex',
	limitParam: 'maxResults',
	pageSize: 100,
	recordsPath: 'results',
	totalPath: 'meta.totalResultCount',
});
