import { isRepeat } from '../../nodes/DamstraLearning/trigger/repeats';
import { LIMITS } from '../../nodes/shared/transport/limits';

describe('Damstra Learning Trigger repeated deliveries', () => {
	const body = { name: 'user.account.created', userId: 1 };

	it('counts an identical body within the window from the first delivery as a repeat', () => {
		expect(isRepeat('w1/n', body, 0, 60000)).toBe(false);
		expect(isRepeat('w1/n', { userId: 1, name: 'user.account.created' }, 10, 60000)).toBe(true);
		// A repeat does not extend the window.
		expect(isRepeat('w1/n', body, 59999, 60000)).toBe(true);
		expect(isRepeat('w1/n', body, 60000, 60000)).toBe(false);
		expect(isRepeat('w1/n', { ...body, userId: 2 }, 60001, 60000)).toBe(false);
		expect(isRepeat('w2/n', body, 60001, 60000)).toBe(false);
	});

	it('keeps at most the limit per trigger, the oldest going first', () => {
		for (let i = 0; i <= LIMITS.webhookRepeatKeys; i++)
			isRepeat('w3/n', { name: 'e', userId: i }, 1000, 60000);
		// Delivery 0 was dropped to stay within the limit; the newest is still known.
		expect(isRepeat('w3/n', { name: 'e', userId: LIMITS.webhookRepeatKeys }, 1001, 60000)).toBe(
			true,
		);
		expect(isRepeat('w3/n', { name: 'e', userId: 0 }, 1001, 60000)).toBe(false);
	});
});
