import type { VendorApi } from '../../shared/transport/types';

export const flowWebinarsApi: VendorApi = {
	credentialType: 'flowWebinarsApi',
	displayName: 'Flow Webinars',
	defaultBaseUrl: 'https://prod.flowapp.com/api/v1',
	baseUrlField: 'baseUrl',
	secretFields: ['apiSecret'],
	defaultHeaders: { 'Content-Type': 'application/json', Accept: 'application/json' },
	// Create-event errors carry a `localDescription` besides `message`.
	parseError: (body) => {
		if (!body || typeof body !== 'object') return undefined;
		const record = body as Record<string, unknown>;
		const parts = [record.message, record.localDescription].filter(
			(part) => typeof part === 'string' && part.trim() !== '',
		);
		return {
			message: parts.length ? parts.join(' — ') : undefined,
			code: typeof record.code === 'number' && record.code !== 200 ? record.code : undefined,
		};
	},
	adviceFor: (status) =>
		status === 401 || status === 403
			? 'The API secret was refused. In Flow open Dashboard → Account → "Show API Key" and paste it into the Flow Webinars credential.'
			: undefined,
};
