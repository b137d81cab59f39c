import type { IDataObject } from 'n8n-workflow';
import { DamstraLearningTrigger } from '../../nodes/DamstraLearning/DamstraLearningTrigger.node';
import { DamstraLearningApi } from '../../credentials/DamstraLearningApi.credentials';
import { loggedLines } from '../support/context';
import { hostWebhookTrigger } from '../support/webhook-context';
import type { DamstraLearningSandbox } from '../support/sandbox';
import { startDamstraLearningSandbox } from '../sandboxes/damstra-learning';

/**
 * The webhook trigger keeps a delivery whose record fetch failed and logs why: neither the item nor the log
 * line may carry the access key, although the failing answers echo the request headers.
 */
describe('secret redaction: Damstra Learning Trigger record fetch', () => {
	it.each([400, 401, 403, 500])(
		'HTTP %s echoing the request leaves the access key out of the item and the log',
		async (status) => {
			const secret = ['Sentinel', 'damstra', 'webhook', '7f3a9c'].join('-');
			const sandbox = (await startDamstraLearningSandbox({
				port: 0,
				accessKey: secret,
			})) as unknown as DamstraLearningSandbox;
			const hosted = await hostWebhookTrigger({
				nodeType: new DamstraLearningTrigger(),
				parameters: { events: ['*'], fetchRecord: true, secretToken: '' },
				credentialType: new DamstraLearningApi(),
				credentials: { apiKey: secret, baseUrl: sandbox.url },
			});
			try {
				loggedLines.length = 0;
				sandbox.injectFault({ path: /^\/api\/v2\/user\//, status, echo: true, times: -1 } as never);
				const sent = await sandbox.sendWebhook(hosted.url, 'user.settings.updated', {
					userId: '1002',
				});
				expect(sent.status).toBe(200);
				const echoed = sandbox.requests.filter((r) => r.pathname.startsWith('/api/v2/user/'));
				expect(echoed.length).toBeGreaterThan(0);
				const item = hosted.runs[0][0].json as IDataObject;
				expect(item.fetchError).toMatch(new RegExp(`HTTP ${status}`));
				const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')];
				const seen = [JSON.stringify(item), ...loggedLines];
				expect(loggedLines.some((line) => line.startsWith('warn'))).toBe(true);
				expect(seen.filter((text) => forms.some((form) => text.includes(form)))).toEqual([]);
			} finally {
				await hosted.close();
				await sandbox.close();
			}
		},
	);
});
