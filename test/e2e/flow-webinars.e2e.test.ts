import type { IDataObject } from 'n8n-workflow';
import type { N8nHandle } from '../support/e2e';
import { runManual, useRealN8n } from './suite';
import { getNodeBinary, getNodeOutput } from '../support/e2e';
import type { FlowWebinarsSandbox } from '../support/sandbox';

/** The packed package in a real n8n 2.41.1, running the Flow Webinars examples against the sandbox. */
let sandbox: FlowWebinarsSandbox;
let n8n: N8nHandle;
const TRIGGER = 'FlowNewRegistrant01';

useRealN8n<FlowWebinarsSandbox>('flow-webinars', [TRIGGER], (started, handle) => {
	sandbox = started;
	n8n = handle;
});

describe('Flow Webinars in a real n8n', () => {
	it('creates an event, registers someone and downloads the registrants CSV as a file', async () => {
		const execution = await runManual(n8n, 'FlowEventRegister01');
		expect(execution.status).toBe('success');
		expect(getNodeOutput(execution.runData, 'Register Attendee')[0]).toMatchObject({ isNew: true });
		const [binary] = getNodeBinary(execution.runData, 'Registrants CSV');
		expect(binary?.registrants).toMatchObject({ mimeType: 'text/csv' });
		const csv = (await n8n.readBinary(binary!.registrants)).toString('utf8');
		expect(csv).toContain('grace.hopper@example.com');
	});

	it('the active trigger emits a new registrant exactly once', async () => {
		expect(await n8n.listExecutions(TRIGGER)).toHaveLength(0);
		sandbox.addRegistrant('FutLaunchA5', {
			email: 'e2e.registrant@example.com',
			firstName: 'End',
			lastName: 'ToEnd',
		});
		const execution = await n8n.waitForExecution(TRIGGER, { mode: 'trigger', timeoutMs: 130000 });
		expect(execution.status).toBe('success');
		expect(
			getNodeOutput(execution.runData, 'Flow Webinars Trigger').map((r: IDataObject) => r.email),
		).toEqual(['e2e.registrant@example.com']);
		const polls = () =>
			sandbox.requests.filter((r) => r.pathname.includes('/registrants/FutLaunchA5')).length;
		const seen = polls();
		const { sleep } = await import('n8n-workflow');
		while (polls() === seen) await sleep(1000);
		await sleep(2000);
		expect(await n8n.listExecutions(TRIGGER)).toHaveLength(1);
	}, 300000);
});
