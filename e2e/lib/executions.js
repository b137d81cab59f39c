'use strict';
/**
 * What n8n stored of its executions, read from its database (SQLite: db.js; PostgreSQL in queue
 * mode: services.js): listing, waiting for a finished execution, and decoding the stored run data.
 * Identifiers are double-quoted, which both databases read the same way.
 */
const path = require('path');
const { createRequire } = require('module');
const { sleep, tail } = require('./util');

const TERMINAL_STATUSES = ['success', 'error', 'crashed', 'canceled'];

const EXECUTION_WITH_DATA = `select e.id, e."workflowId", e.mode, e.status, e.finished, e."startedAt", e."stoppedAt", d.data
      from execution_entity e left join execution_data d on d."executionId" = e.id`;

/**
 * @param {object} ctx
 * @param {{ all(sql: string, params: unknown[]): Promise<object[]> }} ctx.db reader from db.js
 * @param {object} ctx.rt runtime paths (flatted is loaded from the n8n install)
 * @param {() => string} ctx.logs the harness log (its tail goes into timeout errors)
 */
function createExecutionReader({ db, rt, logs }) {
	// n8n stores execution data with `flatted` (JSON with shared references); use n8n's own copy.
	function decodeExecutionData(text) {
		const rreq = createRequire(path.join(rt.runtimeDir, 'node_modules', 'n8n', 'package.json'));
		const { parse } = rreq('flatted');
		return parse(text);
	}

	function toExecution(row) {
		const data = row.data ? decodeExecutionData(row.data) : undefined;
		const resultData = (data && data.resultData) || {};
		return {
			id: String(row.id),
			status: row.status,
			mode: row.mode,
			finished: !!row.finished,
			workflowId: row.workflowId,
			startedAt: row.startedAt,
			stoppedAt: row.stoppedAt,
			runData: resultData.runData || {},
			lastNodeExecuted: resultData.lastNodeExecuted,
			error: resultData.error,
			data,
		};
	}

	/** Lists executions of a workflow from SQLite (newest first), without run data. */
	async function listExecutions(workflowId) {
		return db.all(
			'select id, "workflowId", mode, status, finished, "startedAt", "stoppedAt" from execution_entity where "workflowId" = ? order by id desc',
			[workflowId],
		);
	}

	/** What n8n stored of one execution, as stored: the raw execution data and workflow text. */
	async function storedExecution(id) {
		const rows = await db.all(
			'select data, "workflowData" from execution_data where "executionId" = ?',
			[Number(id)],
		);
		return rows[0] ? `${rows[0].data}\n${rows[0].workflowData}` : '';
	}

	/** Reads one execution by id (any status). */
	async function getExecution(id) {
		const rows = await db.all(`${EXECUTION_WITH_DATA} where e.id = ?`, [Number(id)]);
		return rows[0] ? toExecution(rows[0]) : undefined;
	}

	/**
	 * Waits for a finished execution (status success/error/crashed/canceled) of `workflowId`.
	 * mode: 'manual' | 'trigger' | 'webhook' | ... (omit for any); sinceId: only ids > sinceId;
	 * executionId: wait for exactly that execution. Returns { id, status, mode, runData, error, data }.
	 */
	async function waitForExecution(
		workflowId,
		{ mode, sinceId, executionId, timeoutMs = 60000, statuses = TERMINAL_STATUSES } = {},
	) {
		const deadline = Date.now() + timeoutMs;
		const { sql, params } = executionQuery(workflowId, { mode, sinceId, executionId, statuses });
		let lastErr;
		for (;;) {
			try {
				const rows = await db.all(sql, params);
				if (rows[0]) return toExecution(rows[0]);
			} catch (err) {
				lastErr = err; // e.g. SQLITE_BUSY; retry
			}
			if (Date.now() > deadline) {
				let seen = [];
				try {
					seen = await listExecutions(workflowId);
				} catch {
					/* ignore */
				}
				throw new Error(
					`timed out after ${timeoutMs} ms waiting for an execution of ${workflowId}` +
						` (mode ${mode || 'any'}, sinceId ${sinceId ?? '-'}, executionId ${executionId ?? '-'})` +
						`; executions seen: ${JSON.stringify(seen.slice(0, 10))}${lastErr ? `; last db error: ${lastErr.message}` : ''}` +
						`\n--- n8n log tail ---\n${tail(logs())}`,
				);
			}
			await sleep(150);
		}
	}

	/** Highest execution id so far (use as sinceId). 0 if none. */
	async function lastExecutionId(workflowId) {
		const rows = workflowId
			? await db.all('select max(id) m from execution_entity where "workflowId" = ?', [workflowId])
			: await db.all('select max(id) m from execution_entity', []);
		return Number(rows[0].m || 0);
	}

	return { listExecutions, storedExecution, getExecution, waitForExecution, lastExecutionId };
}

/** The newest execution of a workflow matching waitForExecution's filters (with its data). */
function executionQuery(workflowId, { mode, sinceId, executionId, statuses }) {
	const where = ['e."workflowId" = ?', `e.status in (${statuses.map(() => '?').join(',')})`];
	const params = [workflowId, ...statuses];
	if (mode) {
		where.push('e.mode = ?');
		params.push(mode);
	}
	if (sinceId !== undefined && sinceId !== null) {
		where.push('e.id > ?');
		params.push(Number(sinceId));
	}
	if (executionId !== undefined) {
		where.push('e.id = ?');
		params.push(Number(executionId));
	}
	const sql = `${EXECUTION_WITH_DATA}
      where ${where.join(' and ')} order by e.id desc limit 1`;
	return { sql, params };
}

module.exports = { TERMINAL_STATUSES, createExecutionReader };
