import { createHash, timingSafeEqual } from 'crypto';
import type { IWebhookFunctions } from 'n8n-workflow';
import { LIMITS } from '../../shared/transport/limits';

const CREDENTIAL = 'damstraLearningWebhookApi';

/**
 * The token of each Damstra Learning Webhook API credential as last read, per credential ID, in
 * this n8n process's memory, as its SHA-256 digest (never the token). n8n reads a credential from
 * its database and decrypts it on every getCredentials call: once per delivery, that cost the
 * trigger a quarter of the deliveries per second a do-nothing trigger handles (npm run bench). A
 * delivery with that token is let in without reading again for LIMITS.webhookTokenReuseMs; any
 * other token is checked against the credential read afresh, which also replaces what is kept. So
 * a new token works at once, and the token it replaced is refused as soon as another token was
 * checked, and at the latest once that time is over.
 */
const lastRead = new Map<string, { digest: Buffer; until: number }>();

function digestOf(token: string): Buffer {
	return createHash('sha256').update(token).digest();
}

/** Whether two tokens are the same, in a time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
	// Hash both sides so the comparison takes the same time whatever the lengths.
	return timingSafeEqual(digestOf(given), digestOf(expected));
}

/**
 * Whether `given` (the delivery's ?token=) is the token of the trigger's Damstra Learning Webhook
 * API credential. An empty token in the credential guards nothing, so it lets nothing in either.
 */
export async function credentialTokenAccepted(
	ctx: IWebhookFunctions,
	given: unknown,
	now: number,
): Promise<boolean> {
	if (typeof given !== 'string') return false;
	const digest = digestOf(given);
	const id = ctx.getNode().credentials?.[CREDENTIAL]?.id ?? undefined;
	const known = id === undefined ? undefined : lastRead.get(id);
	if (known && now < known.until && timingSafeEqual(known.digest, digest)) return true;
	const credential = await ctx.getCredentials(CREDENTIAL);
	const expected = String(credential.token ?? '');
	if (expected === '') {
		if (id !== undefined) lastRead.delete(id);
		return false;
	}
	const expectedDigest = digestOf(expected);
	if (id !== undefined) {
		// One entry per credential; a process with more credentials than the limit starts over.
		if (!lastRead.has(id) && lastRead.size >= LIMITS.webhookTokenCredentials) lastRead.clear();
		lastRead.set(id, { digest: expectedDigest, until: now + LIMITS.webhookTokenReuseMs });
	}
	return timingSafeEqual(expectedDigest, digest);
}
