'use strict';
/**
 * In a real n8n: Return All over 100 000 Growsparks persons with this package's node, against n8n's own
 * HTTP Request node paging the same list (offset/limit, stop when HasMore is false). Each workflow runs
 * several times, alternating; the figure is n8n's own execution time (startedAt → stoppedAt).
 *   node scripts/bench/n8n-compare.js <package.tgz>
 */
const { startN8n } = require('../../e2e/lib/n8n');
const { startGrowsparksSandbox } = require('../../test/sandboxes/growsparks');

const ROUNDS = Number(process.env.BENCH_N8N_ROUNDS || 3);
const PERSONS = 100000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const manual = { id: 'm', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
const workflow = (id, node) => ({
	id,
	name: id,
	nodes: [manual, { ...node, id: 'n', name: 'List', position: [220, 0] }],
	connections: { Start: { main: [[{ node: 'List', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
});

(async () => {
	const tarball = process.argv[2];
	const sandbox = await startGrowsparksSandbox({ port: 0, persons: PERSONS });
	const httpNode = workflow('BenchHttpRequest01', {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url: `${sandbox.url}/persons`,
			sendQuery: true,
			queryParameters: { parameters: [{ name: 'limit', value: '1000' }] },
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'Authorization', value: `Bearer ${sandbox.apiKey}` }] },
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: { parameters: [{ type: 'qs', name: 'offset', value: '={{ $response.body.Offset + $response.body.Count }}' }] },
						paginationCompleteWhen: 'other',
						completeExpression: '={{ !$response.body.HasMore }}',
						limitPagesFetched: false,
						requestInterval: 0,
					},
				},
			},
		},
	});
	const ourNode = workflow('BenchGrowsparks0001', {
		type: 'n8n-nodes-workforce-learning.growsparks',
		typeVersion: 1,
		credentials: { growsparksApi: { id: 'BenchGrowsparksCred', name: 'bench' } },
		parameters: { resource: 'persons', operation: 'getAll', returnAll: true },
	});
	const n8n = await startN8n({
		packageTarball: tarball,
		workflows: [httpNode, ourNode],
		credentials: [{ id: 'BenchGrowsparksCred', name: 'bench', type: 'growsparksApi', data: { apiKey: sandbox.apiKey, baseUrl: sandbox.url } }],
	});
	try {
		const times = { [httpNode.id]: [], [ourNode.id]: [] };
		for (let round = 0; round < ROUNDS; round++) {
			for (const id of round % 2 ? [ourNode.id, httpNode.id] : [httpNode.id, ourNode.id]) {
				const executionId = await n8n.runWorkflow(id);
				const execution = await n8n.waitForExecution(id, { executionId, timeoutMs: 300000 });
				if (execution.status !== 'success') throw new Error(`${id} ended ${execution.status}: ${JSON.stringify(execution.error)}`);
				times[id].push(new Date(execution.stoppedAt) - new Date(execution.startedAt));
			}
		}
		const http = median(times[httpNode.id]);
		const ours = median(times[ourNode.id]);
		console.log(`\nReal n8n 2.41.1 · Return All, ${PERSONS} Growsparks persons, pages of 1000, median of ${ROUNDS} executions`);
		console.log(`  n8n HTTP Request node with pagination (baseline) ${String(http).padStart(6)} ms  ×1.000`);
		console.log(`  Growsparks node                                  ${String(ours).padStart(6)} ms  ×${(ours / http).toFixed(3)}  (target ≤ 1.0: ${ours <= http ? 'OK' : 'OVER'})`);
	} finally {
		await n8n.stop();
		await sandbox.close();
	}
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
