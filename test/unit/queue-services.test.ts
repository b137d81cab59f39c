import { queueServicesProblem } from '../support/queue-services';

/**
 * Queue mode (`npm run start:queue`, the queue-mode end-to-end tests) needs PostgreSQL and Redis;
 * when they cannot be reached it says which, where it looked and how to start each, before it
 * creates anything.
 */
describe('queue mode: PostgreSQL and Redis that cannot be reached', () => {
	it('names both, with the address tried and how to start or point at one', async () => {
		// Port 1 on the loopback refuses connections.
		const problem = await queueServicesProblem({
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: '1',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: '1',
		});
		expect(problem?.split('\n')).toEqual([
			'Queue mode needs PostgreSQL and Redis:',
			expect.stringMatching(
				/^- PostgreSQL is not reachable at 127\.0\.0\.1:1 \(ECONNREFUSED\)\. Start it .*pg_ctlcluster.*DB_POSTGRESDB_PORT/,
			),
			expect.stringMatching(
				/^- Redis is not reachable at 127\.0\.0\.1:1 \(ECONNREFUSED\)\. Start it .*redis-server.*QUEUE_BULL_REDIS_PORT/,
			),
		]);
	});
});
