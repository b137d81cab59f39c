import type { IDataObject } from 'n8n-workflow';
import { contentKey } from '../../shared/polling/content-key';
import { LIMITS } from '../../shared/transport/limits';

/**
 * Deliveries received lately, per trigger (workflow and node), in this n8n process's memory. The
 * vendor gives deliveries no ID, so a delivery is its body: an identical body within the window is
 * a repeat. Kept in memory rather than in static data because n8n does not save a webhook's static
 * data before the next delivery arrives (and, in queue mode, not on the process that received it);
 * so deliveries that reach different webhook processors are not compared.
 */
const received = new Map<string, Map<string, number>>();

/**
 * Records the delivery and says whether an identical one arrived at this trigger less than
 * `windowMs` ago. The oldest entries go first once a trigger holds the limit.
 */
export function isRepeat(trigger: string, body: IDataObject, now: number, windowMs: number) {
	const key = contentKey(body);
	let deliveries = received.get(trigger);
	if (!deliveries) {
		deliveries = new Map();
		received.set(trigger, deliveries);
	}
	// Entries are kept in arrival order, so expired ones sit at the front.
	for (const [old, at] of deliveries) {
		if (now - at < windowMs && deliveries.size < LIMITS.webhookRepeatKeys) break;
		deliveries.delete(old);
	}
	const last = deliveries.get(key);
	const repeat = last !== undefined && now - last < windowMs;
	// A repeat does not extend the window: it runs from the delivery that started the workflow.
	if (!repeat) {
		deliveries.delete(key);
		deliveries.set(key, now);
	}
	return repeat;
}
