import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { locator } from '../../support/context';
import type { GrowsparksSandbox } from '../../support/sandbox';
import { calls, trigger, triggerContext, useSandbox } from './harness';

/** Where the trigger's state says the next report starts (the server's ReferenceDate, verbatim). */
const referenceDateOf = (staticData: IDataObject) =>
	(staticData.cursor as { referenceDate?: string } | undefined)?.referenceDate;

let sandbox: GrowsparksSandbox;
useSandbox((started) => (sandbox = started));

const REPORT = () => `/rest/genapiv1/v1/persons/${sandbox.fixtures.person}/.report`;
const params = (extra: IDataObject = {}) => ({
	target: 'persons',
	record: locator(sandbox.fixtures.person),
	startFrom: '',
	options: {},
	...extra,
});

/** One scheduled poll, as n8n runs it: same static data object between polls. */
async function poll(
	staticData: IDataObject,
	parameters: IDataObject = params(),
	mode: 'trigger' | 'manual' = 'trigger',
) {
	const output = await (
		trigger.poll as (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>
	).call(triggerContext(sandbox, parameters, staticData, mode));
	return output ? output[0].map((item) => item.json) : null;
}

const results = (lines: IDataObject[] | null) =>
	(lines ?? []).filter((line) => line.Type === 'report.activity.result');

describe('Growsparks Trigger', () => {
	it('emits nothing twice when the server goes back in time and sends lines again', async () => {
		const staticData: IDataObject = {};
		expect(await poll(staticData)).toBeNull();
		sandbox.clock.advance(1000);
		const added = sandbox.addResult({
			person: sandbox.fixtures.person,
			activity: sandbox.fixtures.activity2,
			status: 'Passed',
			score: 80,
		});
		expect(results(await poll(staticData)).map((line) => line.Result)).toEqual([added.ID]);
		const cursor = String(referenceDateOf(staticData));
		// The server's clock goes ten minutes back: the trigger asks from its new, earlier time, and the
		// result sent again is not emitted again.
		sandbox.clock.advance(-10 * 60000);
		expect(await poll(staticData)).toBeNull();
		expect(String(referenceDateOf(staticData)) < cursor).toBe(true);
		expect(await poll(staticData)).toBeNull();
		sandbox.clock.advance(10 * 60000 + 1000);
		expect(await poll(staticData)).toBeNull();
	});

	it("starts from the server's time on first activation, then polls with one request and emits new results once", async () => {
		const staticData: IDataObject = {};
		expect(await poll(staticData)).toBeNull();
		expect(calls(sandbox)).toEqual(['GET /persons?limit=1']);
		const serverTime = referenceDateOf(staticData);
		expect(serverTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/);

		sandbox.clearRequests();
		expect(await poll(staticData)).toBeNull();
		expect(calls(sandbox)).toEqual([`POST /persons/${sandbox.fixtures.person}/.report`]);
		// A little before the cursor (the last poll's duration and two seconds, to the second), so a
		// server clock that steps back by that much loses nothing.
		const deltaDate = String((sandbox.requests[0].body as IDataObject).DeltaDate);
		const behind = Date.parse(`${String(serverTime).slice(0, 23)}Z`) - Date.parse(`${deltaDate}Z`);
		expect(behind).toBeGreaterThanOrEqual(2000);
		expect(behind).toBeLessThan(4000);

		sandbox.clock.advance(1000);
		const added = sandbox.addResult({
			person: sandbox.fixtures.person,
			activity: sandbox.fixtures.activity3,
			status: 'Passed',
			score: 90,
		});
		const emitted = await poll(staticData);
		expect(results(emitted).map((line) => line.Result)).toEqual([added.ID]);
		expect(await poll(staticData)).toBeNull();
	});

	it('a result that changes later (same ID, new score) is emitted again with its new content', async () => {
		const staticData: IDataObject = {};
		expect(await poll(staticData)).toBeNull();
		sandbox.clock.advance(1000);
		const added = sandbox.addResult({
			person: sandbox.fixtures.person,
			activity: sandbox.fixtures.activity3,
			status: 'Failed',
			score: 40,
		});
		expect(results(await poll(staticData)).map((line) => line.Result)).toEqual([added.ID]);
		sandbox.clock.advance(1000);
		sandbox.updateResult(String(added.ID), { status: 'Passed', score: 95 });
		const changed = results(await poll(staticData));
		expect(changed.map((line) => line.Result)).toEqual([added.ID]);
		expect(JSON.stringify(changed[0])).toContain('95');
		expect(await poll(staticData)).toBeNull();
	});

	it('finds report.finished wherever it sits and keeps its ReferenceDate verbatim', async () => {
		for (const position of ['first', 'middle', 'last'] as const) {
			const staticData: IDataObject = {};
			await poll(staticData);
			sandbox.clock.advance(1000);
			sandbox.addResult({
				person: sandbox.fixtures.person,
				activity: sandbox.fixtures.activity4,
				status: 'Passed',
			});
			sandbox.addResult({
				person: sandbox.fixtures.person,
				activity: sandbox.fixtures.activity5,
				status: 'Failed',
			});
			sandbox.injectFault({ path: REPORT(), reportFinished: position, times: 1 });
			expect(results(await poll(staticData))).toHaveLength(2);
			expect(referenceDateOf(staticData)).toMatch(/\.\d{7}$/);
			sandbox.reset();
		}
	});

	it('keeps the cursor when a poll fails or the report did not finish, and loses nothing afterwards', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const before = JSON.stringify(staticData);
		sandbox.clock.advance(1000);
		const added = sandbox.addResult({
			person: sandbox.fixtures.person,
			activity: sandbox.fixtures.activity2,
			status: 'Passed',
		});

		sandbox.injectFault({ path: REPORT(), reportFinished: 'missing', times: 1 });
		await expect(poll(staticData)).rejects.toThrow(/without its "report.finished" line/);
		expect(JSON.stringify(staticData)).toBe(before);

		sandbox.injectFault({ path: REPORT(), status: 404, times: 1 });
		await expect(poll(staticData)).rejects.toThrow(/HTTP 404/);
		expect(JSON.stringify(staticData)).toBe(before);

		expect(results(await poll(staticData)).map((line) => line.Result)).toEqual([added.ID]);
		expect(await poll(staticData)).toBeNull();
	});

	it('retries a report whose answer was cut off, and emits each result once', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		sandbox.clock.advance(1000);
		const added = sandbox.addResult({
			person: sandbox.fixtures.person,
			activity: sandbox.fixtures.activity1,
			status: 'Passed',
		});
		sandbox.injectFault({ path: REPORT(), cutAfter: 0, times: 1 });
		expect(results(await poll(staticData)).map((line) => line.Result)).toEqual([added.ID]);
		expect(sandbox.requests.filter((r) => r.pathname === REPORT())).toHaveLength(2);
	});

	it('backfills from Start From on first activation', async () => {
		const staticData: IDataObject = {};
		const emitted = await poll(staticData, params({ startFrom: '2024-01-01T00:00:00Z' }));
		expect(results(emitted)).toHaveLength(4);
		expect((sandbox.requests[0].body as IDataObject).DeltaDate).toBe('2024-01-01T00:00:00');
		expect(await poll(staticData, params({ startFrom: '2024-01-01T00:00:00Z' }))).toBeNull();
	});

	it('starts over when the target or the options change', async () => {
		const staticData: IDataObject = {};
		await poll(staticData);
		const other = params({ record: locator(sandbox.fixtures.persons[1]) });
		sandbox.clearRequests();
		expect(await poll(staticData, other)).toBeNull();
		expect(calls(sandbox)).toEqual(['GET /persons?limit=1']);
		sandbox.clearRequests();
		expect(
			await poll(staticData, { ...other, options: { includeProgramSummary: true } }),
		).toBeNull();
		expect(calls(sandbox)).toEqual(['GET /persons?limit=1']);
	});

	it('returns a small sample in manual mode and leaves the cursor alone', async () => {
		const staticData: IDataObject = {};
		const sample = await poll(staticData, params(), 'manual');
		expect(sample?.length).toBeGreaterThan(0);
		expect(sample?.length).toBeLessThanOrEqual(5);
		expect(staticData).toEqual({});
	});

	it('rejects a bad record ID before sending anything', async () => {
		await expect(poll({}, params({ record: locator('../persons') }))).rejects.toThrow(
			/Parameter "Record" must be an ID/,
		);
		expect(sandbox.requests).toHaveLength(0);
	});
});
