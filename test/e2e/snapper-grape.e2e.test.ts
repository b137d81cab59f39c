import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { N8nHandle } from '../support/e2e';
import { runManual, useRealN8n } from './suite';
import { getNodeOutput } from '../support/e2e';
import type { SnapperGrapeSandbox } from '../support/sandbox';

/** The packed package in a real n8n 2.41.1: session login through n8n's own preAuthentication. */
let sandbox: SnapperGrapeSandbox;
let n8n: N8nHandle;
const TRIGGER = 'GrapeChangesTrig01';

useRealN8n<SnapperGrapeSandbox>('snapper-grape', [TRIGGER], (started, handle) => {
	sandbox = started;
	n8n = handle;
});

describe('Snapper Grape in a real n8n', () => {
	it('lists every person with Return All, logging in through the credential', async () => {
		const execution = await runManual(n8n, 'GrapeListPersons01');
		expect(execution.status).toBe('success');
		expect(getNodeOutput(execution.runData, 'Get Many Persons')).toHaveLength(35);
		expect(sandbox.requests.some((r) => r.method === 'POST' && r.pathname === '/api/login')).toBe(
			true,
		);
	});

	it('registers a passed competence for a person', async () => {
		const execution = await runManual(n8n, 'GrapeRegisterComp01');
		expect(execution.status).toBe('success');
		expect(getNodeOutput(execution.runData, 'Register Competence')[0]).toMatchObject({
			competence_id: 202,
		});
		const put = sandbox.requests.find(
			(r) => r.method === 'PUT' && r.pathname === '/api/personcompetences/202',
		);
		expect(put?.body).toMatchObject({
			user_name: 'ola.hansen',
			'person_competence_data[comment]': 'Registered from n8n',
		});
	});

	it('the active trigger emits every new change exactly once', async () => {
		const emitted = async () => {
			const ids: unknown[] = [];
			for (const execution of await n8n.listExecutions(TRIGGER)) {
				const full = await n8n.waitForExecution(TRIGGER, { executionId: execution.id });
				ids.push(
					...getNodeOutput(full.runData, 'Snapper Grape Trigger').map((change) => change.id),
				);
			}
			return ids;
		};
		const added = sandbox.addChange({ type: 'personcompetence' }) as IDataObject;
		const deadline = Date.now() + 150000;
		while (!(await emitted()).includes(added.id) && Date.now() < deadline) await sleep(2000);
		// One more scheduled poll: nothing may come twice.
		const changes = () => sandbox.requests.filter((r) => r.pathname === '/api/changes').length;
		const seen = changes();
		while (changes() === seen) await sleep(1000);
		await sleep(2000);
		const ids = await emitted();
		expect(ids).toContain(added.id);
		expect(new Set(ids).size).toBe(ids.length);
	}, 400000);
});
