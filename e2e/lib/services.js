'use strict';
/**
 * The services queue mode needs besides n8n: PostgreSQL (one database of our own per run) and
 * Redis (one key prefix of our own per run). Connection settings come from the environment, with
 * the local services as defaults; the clients are n8n's own `pg` and `ioredis` (pure JavaScript,
 * loaded from the n8n install, so the package gains no dependency).
 */
const crypto = require('crypto');
const net = require('net');
const path = require('path');
const { createRequire } = require('module');

/** Where PostgreSQL and Redis are, from the environment (n8n's own variable names). */
function serviceSettings(env = process.env) {
	return {
		postgres: {
			host: env.DB_POSTGRESDB_HOST || '127.0.0.1',
			port: Number(env.DB_POSTGRESDB_PORT || 5432),
			user: env.DB_POSTGRESDB_USER || 'postgres',
			password: env.DB_POSTGRESDB_PASSWORD || '',
			// The database connected to for creating and dropping ours.
			adminDatabase: env.N8N_QUEUE_ADMIN_DATABASE || 'postgres',
		},
		redis: {
			host: env.QUEUE_BULL_REDIS_HOST || '127.0.0.1',
			port: Number(env.QUEUE_BULL_REDIS_PORT || 6379),
			password: env.QUEUE_BULL_REDIS_PASSWORD || '',
			db: Number(env.QUEUE_BULL_REDIS_DB || 0),
		},
	};
}

const HOW_TO_START = {
	postgres:
		'Start it (on this machine: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), ' +
		'or point DB_POSTGRESDB_HOST / DB_POSTGRESDB_PORT / DB_POSTGRESDB_USER / DB_POSTGRESDB_PASSWORD at one.',
	redis:
		'Start it (on this machine: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no), ' +
		'or point QUEUE_BULL_REDIS_HOST / QUEUE_BULL_REDIS_PORT / QUEUE_BULL_REDIS_PASSWORD at one.',
};

function runtimeRequire(rt) {
	return createRequire(path.join(rt.runtimeDir, 'node_modules', 'n8n', 'package.json'));
}

/** Whether something accepts TCP connections at host:port within timeoutMs. */
function reachable(host, port, timeoutMs = 3000) {
	return new Promise((resolve) => {
		const socket = net.connect({ host, port });
		const done = (ok, reason) => {
			socket.destroy();
			resolve({ ok, reason });
		};
		socket.setTimeout(timeoutMs, () => done(false, `no answer within ${timeoutMs} ms`));
		socket.once('connect', () => done(true));
		socket.once('error', (error) => done(false, error.code || error.message));
	});
}

/**
 * Checks both services and says exactly which one is missing and how to start it. Resolves when
 * both answer (PostgreSQL accepts our login, Redis answers PING).
 */
async function assertServices(rt, settings = serviceSettings()) {
	const problems = [];
	const { postgres, redis } = settings;
	const pgUp = await reachable(postgres.host, postgres.port);
	if (!pgUp.ok) {
		problems.push(
			`PostgreSQL is not reachable at ${postgres.host}:${postgres.port} (${pgUp.reason}). ${HOW_TO_START.postgres}`,
		);
	} else {
		try {
			await withPostgres(rt, settings, async (client) => client.query('select 1'));
		} catch (error) {
			problems.push(
				`PostgreSQL at ${postgres.host}:${postgres.port} refused user "${postgres.user}" on database "${postgres.adminDatabase}": ${error.message}`,
			);
		}
	}
	const redisUp = await reachable(redis.host, redis.port);
	if (!redisUp.ok) {
		problems.push(
			`Redis is not reachable at ${redis.host}:${redis.port} (${redisUp.reason}). ${HOW_TO_START.redis}`,
		);
	} else {
		try {
			await withRedis(rt, settings, async (client) => client.ping());
		} catch (error) {
			problems.push(`Redis at ${redis.host}:${redis.port} did not answer PING: ${error.message}`);
		}
	}
	if (problems.length)
		throw new Error(`Queue mode needs PostgreSQL and Redis:\n- ${problems.join('\n- ')}`);
}

async function withPostgres(rt, settings, use, database = settings.postgres.adminDatabase) {
	const { Client } = runtimeRequire(rt)('pg');
	const { host, port, user, password } = settings.postgres;
	const client = new Client({
		host,
		port,
		user,
		password: password || undefined,
		database,
		connectionTimeoutMillis: 5000,
	});
	await client.connect();
	try {
		return await use(client);
	} finally {
		await client.end().catch(() => {});
	}
}

async function withRedis(rt, settings, use) {
	const Redis = runtimeRequire(rt)('ioredis');
	const { host, port, password, db } = settings.redis;
	const client = new Redis({
		host,
		port,
		password: password || undefined,
		db,
		lazyConnect: true,
		connectTimeout: 5000,
		maxRetriesPerRequest: 1,
		retryStrategy: () => null,
	});
	await client.connect();
	try {
		return await use(client);
	} finally {
		client.disconnect();
	}
}

/**
 * The database and Redis key prefix of a run: fresh and unique, or, with `keep`, named after the
 * label only (the same on every start, e.g. `npm run start:queue`, whose workflows survive).
 */
function runNames(label = 'run', { keep = false } = {}) {
	const id = keep
		? label
		: `${label}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
	return { database: `n8n_wl_${id}`.toLowerCase(), redisPrefix: `n8n-wl-${id}` };
}

/** Creates the database; with `ifMissing`, an existing one is kept. */
async function createDatabase(rt, settings, name, { ifMissing = false } = {}) {
	if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
	await withPostgres(rt, settings, async (client) => {
		if (ifMissing) {
			const found = await client.query('select 1 from pg_database where datname = $1', [name]);
			if (found.rows.length) return;
		}
		await client.query(`create database "${name}"`);
	});
}

/** Drops the run's database (closing what still uses it) and deletes the run's Redis keys. */
async function dropRun(rt, settings, { database, redisPrefix }) {
	const results = await Promise.allSettled([
		withPostgres(rt, settings, async (client) => {
			await client.query(
				'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
				[database],
			);
			await client.query(`drop database if exists "${database}"`);
		}),
		withRedis(rt, settings, async (client) => {
			let cursor = '0';
			do {
				const [next, keys] = await client.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 500);
				cursor = next;
				if (keys.length) await client.del(...keys);
			} while (cursor !== '0');
		}),
	]);
	const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
	if (failed.length) throw new Error(`cleaning up the queue-mode run failed: ${failed.join('; ')}`);
}

/**
 * A reader of n8n's PostgreSQL database with db.js's interface (`all(sql, params)`), so the
 * execution reader's queries (written with `?` placeholders and double-quoted identifiers, which
 * both databases accept) run unchanged.
 */
function createPostgresReader(rt, settings, database) {
	let pool = null;
	const open = () => {
		if (pool) return pool;
		const { Pool } = runtimeRequire(rt)('pg');
		const { host, port, user, password } = settings.postgres;
		pool = new Pool({ host, port, user, password: password || undefined, database, max: 2 });
		pool.on('error', () => {});
		return pool;
	};
	return {
		async all(sql, params = []) {
			let n = 0;
			const text = sql.replace(/\?/g, () => `$${++n}`);
			const result = await open().query(text, params);
			return result.rows;
		},
		async close() {
			if (!pool) return;
			const p = pool;
			pool = null;
			await p.end().catch(() => {});
		},
	};
}

module.exports = {
	serviceSettings,
	assertServices,
	runNames,
	createDatabase,
	dropRun,
	createPostgresReader,
};
