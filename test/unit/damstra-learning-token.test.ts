import type { IWebhookFunctions } from 'n8n-workflow';
import { credentialTokenAccepted } from '../../nodes/DamstraLearning/trigger/token';
import { LIMITS } from '../../nodes/shared/transport/limits';

const REUSE = LIMITS.webhookTokenReuseMs;
// Built, not written out: they are test values, not secrets.
const OLD = ['old', 'token', '0123456789'].join('-');
const NEW = ['new', 'token', '0123456789'].join('-');
let credentials = 0;

/** A webhook context whose Damstra Learning Webhook API credential holds `token`; counts reads. */
function trigger(token: string, withId = true) {
	const id = `TokenCredential${++credentials}`;
	const stored = { token };
	const reads = { count: 0 };
	const ctx = {
		getNode: () => ({
			typeVersion: 2,
			credentials: withId ? { damstraLearningWebhookApi: { id, name: 'token' } } : {},
		}),
		getCredentials: async () => {
			reads.count++;
			return { ...stored };
		},
	} as unknown as IWebhookFunctions;
	return { ctx, stored, reads };
}

describe('Damstra Learning Trigger: the token through its credential', () => {
	it('reads the credential once for a run of deliveries with its token, again once the reuse time is over', async () => {
		const { ctx, reads } = trigger('token-0123456789abcdef');
		for (let i = 0; i < 50; i++)
			expect(await credentialTokenAccepted(ctx, 'token-0123456789abcdef', 1000 + i)).toBe(true);
		expect(reads.count).toBe(1);
		expect(await credentialTokenAccepted(ctx, 'token-0123456789abcdef', 1000 + REUSE)).toBe(true);
		expect(reads.count).toBe(2);
	});

	it('checks every other token against the credential read afresh, and refuses it', async () => {
		const { ctx, reads } = trigger('token-0123456789abcdef');
		await credentialTokenAccepted(ctx, 'token-0123456789abcdef', 0);
		for (const wrong of [
			'token-0123456789abcdeF',
			'',
			'token',
			undefined,
			['token-0123456789abcdef'],
		])
			expect(await credentialTokenAccepted(ctx, wrong, 1)).toBe(false);
		// Not a string: refused before any read.
		expect(reads.count).toBe(4);
	});

	/** A trigger that let OLD in at time 0, whose credential then got `next`. */
	async function changedAfterUse(next: string) {
		const { ctx, stored } = trigger(OLD);
		expect(await credentialTokenAccepted(ctx, OLD, 0)).toBe(true);
		stored.token = next;
		return ctx;
	}

	it('lets a new token in at once after the credential changed, and refuses the old one from the next check on', async () => {
		const ctx = await changedAfterUse(NEW);
		expect(await credentialTokenAccepted(ctx, NEW, 1)).toBe(true);
		expect(await credentialTokenAccepted(ctx, OLD, 2)).toBe(false);
	});

	it('refuses the old token once the reuse time is over, even when only it arrived', async () => {
		const ctx = await changedAfterUse(NEW);
		expect(await credentialTokenAccepted(ctx, OLD, REUSE - 1)).toBe(true);
		expect(await credentialTokenAccepted(ctx, OLD, REUSE)).toBe(false);
	});

	it('lets nothing in when the credential token is empty, even a token it held before', async () => {
		const ctx = await changedAfterUse('');
		expect(await credentialTokenAccepted(ctx, '', 1)).toBe(false);
		expect(await credentialTokenAccepted(ctx, OLD, 2)).toBe(false);
	});

	it('reads the credential on every delivery when the node names no credential ID', async () => {
		const { ctx, reads } = trigger('token-0123456789abcdef', false);
		for (let i = 0; i < 3; i++)
			expect(await credentialTokenAccepted(ctx, 'token-0123456789abcdef', i)).toBe(true);
		expect(reads.count).toBe(3);
	});

	it('keeps each credential apart: one token does not open another credential', async () => {
		const one = trigger('first-token-0123456789');
		const two = trigger('second-token-0123456789');
		expect(await credentialTokenAccepted(one.ctx, 'first-token-0123456789', 0)).toBe(true);
		expect(await credentialTokenAccepted(two.ctx, 'first-token-0123456789', 1)).toBe(false);
		expect(await credentialTokenAccepted(two.ctx, 'second-token-0123456789', 2)).toBe(true);
	});
});
