import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { N8nHandle } from '../support/e2e';
import { runManual, useRealN8n } from './suite';
import { getNodeOutput } from '../support/e2e';
import type { GrowsparksSandbox } from '../support/sandbox';

/**
 * The packed package in a real n8n 2.41.1, running the Growsparks examples against the sandbox, including
 * an active polling trigger driven by n8n's own scheduler (every minute).
 */
let sandbox: GrowsparksSandbox;
let n8n: N8nHandle;
const TRIGGER = 'GrowsparksNewResult1';

useRealN8n<GrowsparksSandbox>('growsparks', [TRIGGER], (started, handle) => {
	sandbox = started;
	n8n = handle;
});

describe('Growsparks in a real n8n', () => {
	it('Get Many persons with Return All', async () => {
		const execution = await runManual(n8n, 'GrowsparksListAll01');
		expect(execution.status).toBe('success');
		expect(getNodeOutput(execution.runData, 'Get Many Persons')).toHaveLength(50);
	});

	it('create → update → get a person', async () => {
		const execution = await runManual(n8n, 'GrowsparksPersonFlow');
		expect(execution.status).toBe('success');
		const [person] = getNodeOutput(execution.runData, 'Get Person');
		expect(person).toMatchObject({
			FirstName: 'Grace',
			LastName: 'Hopper',
			Tag: 'pioneer',
			ExtraData: { department: 'Navy' },
		});
	});

	it('a progress report, one item per line', async () => {
		const execution = await runManual(n8n, 'GrowsparksReport0001');
		expect(execution.status).toBe('success');
		const lines = getNodeOutput(execution.runData, 'Person Report');
		expect(lines.filter((line) => line.Type === 'report.activity.result')).toHaveLength(4);
	});

	it('the active trigger emits a newly added result exactly once', async () => {
		// Activation ran the first poll, which only set the cursor to the server's time.
		expect(await n8n.listExecutions(TRIGGER)).toHaveLength(0);
		sandbox.clock.advance(1000);
		const added = sandbox.addResult({
			person: sandbox.fixtures.person,
			activity: sandbox.fixtures.activity3,
			status: 'Passed',
			score: 77,
		}) as IDataObject;
		const execution = await n8n.waitForExecution(TRIGGER, { mode: 'trigger', timeoutMs: 130000 });
		expect(execution.status).toBe('success');
		const emitted = getNodeOutput(execution.runData, 'Growsparks Trigger').filter(
			(line) => line.Type === 'report.activity.result',
		);
		expect(emitted.map((line) => line.Result)).toEqual([added.ID]);

		// Let at least one more scheduled poll pass: it must not emit the result again.
		const polls = () => sandbox.requests.filter((r) => r.pathname.endsWith('/.report')).length;
		const seen = polls();
		while (polls() === seen) await sleep(1000);
		await sleep(2000);
		expect(await n8n.listExecutions(TRIGGER)).toHaveLength(1);
	}, 300000);
});
