import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { pollContext, locator } from '../support/context';
import { createRng, printTable, record, settings } from '../support/fault-suite';
import type { Rng } from '../support/fault-suite';
import { hostWebhookTrigger } from '../support/webhook-context';
import { vendorById, type VendorId } from '../vendors';
import { parseLenient } from '../../nodes/OnsightFlow/trigger/state';
import type {
	FlowWebinarsSandbox,
	SnapperGrapeSandbox,
	GrowsparksSandbox,
	OnsightFlowSandbox,
	DamstraLearningSandbox,
} from '../support/sandbox';

/**
 * For each trigger, the sandbox produces `settings.events` events while random faults hit the polls:
 * 429 with Retry-After, 500/503, timeouts, truncated bodies, reset connections, streams cut mid-record,
 * outages that fail a whole poll, and restarts between polls (static data carried over as n8n saves it:
 * only after a successful poll). Required: nothing lost, nothing emitted twice.
 */
const TIMEOUT_CAP_MS = 250;

interface FaultSandbox {
	injectFault(fault: IDataObject): void;
	clearFaults(): void;
	close(): Promise<void>;
}

interface PollingCase<S extends FaultSandbox> {
	name: string;
	/** Sandbox, trigger node and credential come from the vendor's registry entry. */
	vendor: VendorId;
	parameters(sandbox: S): IDataObject;
	/** Creates `count` new events and returns their keys. */
	produce(sandbox: S, count: number, round: number): string[];
	/** The key of one emitted item, or undefined for items that are not events (e.g. report bookkeeping lines). */
	keyOf(item: IDataObject): string | undefined;
	/** Faults only this API can suffer (e.g. a stream cut mid-record). */
	extraFaults?: (sandbox: S, rng: Rng) => IDataObject[];
	/** Before each round, e.g. moving a frozen clock on. */
	tick?(sandbox: S): void;
	/** Moves the vendor's clock by `ms` (back when negative), for the clock scenarios. */
	shiftClock?(sandbox: S, ms: number): void;
}

/** A way the vendor misbehaves beyond the network: its clock, its lists. */
interface Scenario<S extends FaultSandbox> {
	name: string;
	/** Before the first activation. */
	start?(spec: PollingCase<S>, sandbox: S): void;
	/** Before each round's poll; a fault it returns is injected for that poll. */
	round?(spec: PollingCase<S>, sandbox: S, rng: Rng): IDataObject | undefined;
	/**
	 * After the last event, before the quiet polls. A vendor whose clock went back lists what it
	 * stamped "in the future" only once its clock has passed it again.
	 */
	end?(spec: PollingCase<S>, sandbox: S): void;
}

const HOUR = 3600000;
/** How far each sandbox's clock has gone back in all, so the end can bring it past every event. */
const wentBack = new WeakMap<FaultSandbox, number>();
const CLOCK_SCENARIOS: Array<Scenario<FaultSandbox>> = [
	{ name: 'vendor clock an hour behind', start: (spec, s) => spec.shiftClock?.(s, -HOUR) },
	{ name: 'vendor clock an hour ahead', start: (spec, s) => spec.shiftClock?.(s, HOUR) },
	{
		name: 'vendor clock going back',
		// Back by 1 to 10 minutes before some rounds' events, so they carry times before the last poll.
		round: (spec, s, rng) => {
			if (rng.bool(0.15)) {
				const back = rng.int(1, 10) * 60000;
				wentBack.set(s, (wentBack.get(s) ?? 0) + back);
				spec.shiftClock?.(s, -back);
			}
			return undefined;
		},
		end: (spec, s) => spec.shiftClock?.(s, (wentBack.get(s) ?? 0) + 60000),
	},
];

/** The first list of records in an answer: the answer itself, or an array inside it. */
function recordsIn(value: unknown, depth = 0): IDataObject[] | undefined {
	if (Array.isArray(value)) return value as IDataObject[];
	if (!value || typeof value !== 'object' || depth > 3) return undefined;
	for (const inner of Object.values(value as IDataObject)) {
		const found = recordsIn(inner, depth + 1);
		if (found) return found;
	}
	return undefined;
}

/** Records each sandbox has answered with, so a later answer can send some of them again. */
const answered = new WeakMap<FaultSandbox, IDataObject[]>();
/** How many records each trigger was sent again, so the scenario is known to have happened. */
const resentTo = new Map<string, number>();

/**
 * A fault for every answer of the poll whose JSON holds a list of records: `edit` changes that list
 * in place (the first one found) and says whether it did.
 */
function everyList(edit: (records: IDataObject[]) => boolean): IDataObject {
	return {
		times: -1,
		answer: (descriptor: { body?: unknown }) => {
			if (typeof descriptor.body !== 'string') return descriptor;
			let body: unknown;
			try {
				body = JSON.parse(descriptor.body);
			} catch {
				return descriptor;
			}
			const records = recordsIn(body);
			if (!records || !edit(records)) return descriptor;
			return { ...descriptor, body: JSON.stringify(body) };
		},
	};
}

/**
 * A server that sends records again: every JSON answer of the poll gets up to five records from
 * earlier answers, anywhere but last (where a cursor of the page would be read).
 */
const RESEND_SCENARIO: Scenario<FaultSandbox> = {
	name: 'records sent again',
	round: (spec, s, rng) =>
		everyList((records) => {
			const earlier = answered.get(s) ?? [];
			// Only the trigger's own records (not, say, the list read for the server's time).
			const fresh = records.filter(
				(record) => record && typeof record === 'object' && spec.keyOf(record) !== undefined,
			);
			const again = Array.from({ length: earlier.length ? rng.int(0, 5) : 0 }, () =>
				rng.pick(earlier),
			);
			resentTo.set(spec.name, (resentTo.get(spec.name) ?? 0) + again.length);
			for (const record of again)
				records.splice(rng.int(0, Math.max(0, records.length - 1)), 0, record);
			answered.set(s, [...earlier, ...fresh].slice(-200));
			return true;
		}),
};

/** How many answers were reordered per trigger, so the scenario is known to have happened. */
const reorderedFor = new Map<string, number>();

/** A server that lists records in another order: every JSON answer's first list is shuffled. */
const REORDER_SCENARIO: Scenario<FaultSandbox> = {
	name: 'reordered lists',
	round: (spec, _s, rng) =>
		everyList((records) => {
			if (records.length < 2) return false;
			const shuffled = [...records].sort(() => (rng.bool(0.5) ? 1 : -1));
			records.splice(0, records.length, ...shuffled);
			reorderedFor.set(spec.name, (reorderedFor.get(spec.name) ?? 0) + 1);
			return true;
		}),
};

function commonFaults(rng: Rng): IDataObject[] {
	return [
		{ status: 429, retryAfter: rng.int(0, 1), times: 1 },
		{ status: 500, times: 1 },
		{ status: 503, retryAfter: 0, times: 1 },
		{ delayMs: TIMEOUT_CAP_MS * 2, times: 1 },
		{ truncate: true, times: 1 },
		{ reset: true, times: 1 },
		// An outage longer than the retries: the poll fails and must change nothing.
		{ status: 503, retryAfter: 0, times: 20 },
	];
}

async function drive<S extends FaultSandbox>(spec: PollingCase<S>, scenario?: Scenario<S>) {
	const rng = createRng(`${settings.seed}-${spec.name}${scenario ? `-${scenario.name}` : ''}`);
	const vendor = vendorById(spec.vendor);
	const node = vendor.trigger;
	const credentialType = vendor.auths[0].credentialType;
	const sandbox = (await vendor.start()) as unknown as S;
	try {
		const credentials = vendor.n8nCredentials(sandbox as never)[0].data;
		const parameters = spec.parameters(sandbox);
		// n8n hands the poll a static-data object and saves it only when the poll succeeds.
		let saved: IDataObject = {};
		const poll = async () => {
			const staticData = JSON.parse(JSON.stringify(saved)) as IDataObject;
			const context = pollContext({
				nodeType: node,
				parameters,
				credentialType,
				credentials: credentials as never,
				staticData,
				timeoutCapMs: TIMEOUT_CAP_MS,
			});
			const output = await (
				node.poll as (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>
			).call(context);
			saved = staticData;
			return (output?.[0] ?? [])
				.map((item) => spec.keyOf(item.json))
				.filter((key): key is string => key !== undefined);
		};
		scenario?.start?.(spec, sandbox);
		await poll();
		const produced: string[] = [];
		const emitted: string[] = [];
		let polls = 0;
		let failedPolls = 0;
		let restarts = 0;
		let faults = 0;
		for (let round = 0; produced.length < settings.events; round++) {
			spec.tick?.(sandbox);
			// Before the events, so a clock that goes back stamps them before the last poll.
			const misbehaviour = scenario?.round?.(spec, sandbox, rng);
			produced.push(
				...spec.produce(
					sandbox,
					Math.min(rng.int(1, 25), settings.events - produced.length),
					round,
				),
			);
			if (misbehaviour) {
				sandbox.injectFault(misbehaviour);
				faults++;
			}
			// A scenario stands alone: its own misbehaviour, no network faults on top.
			if (!scenario && rng.bool(0.6)) {
				sandbox.injectFault(
					rng.pick([...commonFaults(rng), ...(spec.extraFaults?.(sandbox, rng) ?? [])]),
				);
				faults++;
			}
			// A restart: n8n reloads the workflow with the static data it saved last.
			if (rng.bool(0.1)) {
				saved = JSON.parse(JSON.stringify(saved)) as IDataObject;
				restarts++;
			}
			polls++;
			try {
				emitted.push(...(await poll()));
			} catch {
				failedPolls++;
			}
			sandbox.clearFaults();
		}
		scenario?.end?.(spec, sandbox);
		// Quiet polls until nothing more arrives.
		for (let quiet = 0; quiet < 2; ) {
			spec.tick?.(sandbox);
			polls++;
			const more = await poll();
			emitted.push(...more);
			quiet = more.length ? 0 : quiet + 1;
		}
		const unique = new Set(emitted);
		const row = {
			trigger: scenario ? `${spec.name}, ${scenario.name}` : spec.name,
			produced: produced.length,
			emitted: unique.size,
			lost: produced.filter((key) => !unique.has(key)).length,
			duplicated: emitted.length - unique.size,
			polls,
			failedPolls,
			restarts,
			faults,
		};
		record(row);
		return row;
	} finally {
		await sandbox.close();
	}
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

const growsparks: PollingCase<GrowsparksSandbox> = {
	name: 'Growsparks Trigger (.report delta)',
	vendor: 'growsparks',
	parameters: (s) => ({
		target: 'persons',
		record: locator(s.fixtures.person),
		startFrom: '',
		options: { activityAttemptMode: 'All' },
	}),
	tick: (s) => s.clock.advance(1000),
	shiftClock: (s, ms) => s.clock.advance(ms),
	produce: (s, count) =>
		Array.from({ length: count }, (_, i) =>
			String(
				s.addResult({
					person: s.fixtures.person,
					activity: s.fixtures[`activity${(i % 5) + 1}`],
					status: 'Passed',
				}).ID,
			),
		),
	keyOf: (line) => (line.Type === 'report.activity.result' ? String(line.Result) : undefined),
	extraFaults: (s, rng) => [
		{
			path: `/rest/genapiv1/v1/persons/${s.fixtures.person}/.report`,
			cutAfter: rng.int(0, 5),
			times: 1,
		},
	],
};

const flow: PollingCase<FlowWebinarsSandbox> = {
	name: 'Flow Webinars Trigger (new registrant)',
	vendor: 'flow-webinars',
	parameters: (s) => ({
		event: 'newRegistrant',
		period: 'future',
		sessionToken: locator(s.fixtures.sessions.launchApac),
	}),
	produce: (s, count) =>
		Array.from({ length: count }, () => {
			const email = `${unique('fault')}@example.com`;
			s.addRegistrant(s.fixtures.sessions.launchApac, {
				email,
				firstName: 'Fault',
				lastName: 'Suite',
			});
			return email;
		}),
	keyOf: (registrant) => String(registrant.email),
};

const grape: PollingCase<SnapperGrapeSandbox> = {
	name: 'Snapper Grape Trigger (/api/changes)',
	vendor: 'snapper-grape',
	parameters: () => ({ type: 'personcompetence', scope: 'none' }),
	shiftClock: (s, ms) => s.clock.advance(ms),
	produce: (s, count) =>
		Array.from({ length: count }, () => String(s.addChange({ type: 'personcompetence' }).id)),
	keyOf: (change) => String(change.id),
};

/** The Onsight sandbox's clock skew, per sandbox, so a shift adds to it. */
const skews = new WeakMap<OnsightFlowSandbox, number>();
const shiftOnsight = (s: OnsightFlowSandbox, ms: number) => {
	skews.set(s, (skews.get(s) ?? 0) + ms);
	s.setClockSkew(skews.get(s) ?? 0);
};

const onsight: PollingCase<OnsightFlowSandbox> = {
	name: 'Onsight Flow Trigger (job completed)',
	vendor: 'onsight-flow',
	parameters: () => ({
		authentication: 'oAuth2',
		event: 'jobCompleted',
		fields: ['jobId', 'completedJobCursor'],
		options: {},
	}),
	shiftClock: shiftOnsight,
	produce: (s, count) => s.completeJobs(count).map((job) => job.jobId),
	keyOf: (job) => String(job.jobId),
	// Token calls fail too, and a token can expire between polls.
	extraFaults: (s, rng) => {
		if (rng.bool(0.3)) s.expireTokens();
		return [{ host: 'accounts', status: 503, retryAfter: 0, times: 1 }];
	},
};

/** A job update as one key: its id and the moment (the REST and GraphQL answers write it differently). */
const updateKey = (job: IDataObject) => `${String(job.jobId)}@${parseLenient(job.updated)}`;

const onsightUpdated: PollingCase<OnsightFlowSandbox> = {
	name: 'Onsight Flow Trigger (job updated)',
	vendor: 'onsight-flow',
	parameters: () => ({
		authentication: 'oAuth2',
		event: 'jobUpdated',
		fields: ['jobId', 'completedJobCursor', 'updated'],
		options: {},
	}),
	shiftClock: shiftOnsight,
	// Distinct jobs in a round (a window over the fixtures that moves each round); a job updated again
	// in a later round is a new update.
	produce: (s, count, round) => {
		const ids = s.fixtures.completedJobIds.map(String);
		return Array.from({ length: Math.min(count, ids.length) }, (_, i) => {
			const { jobId } = s.touchJob(ids[(round * 7 + i) % ids.length]);
			// The touch's own time, as the sandbox stored it.
			const stored = (s.state.jobs as IDataObject[]).find((job) => job.jobId === jobId);
			return `${String(jobId)}@${Number(stored?.updated)}`;
		});
	},
	keyOf: (job) => updateKey(job),
};

/** A list answer cut short (records left out) or in another order, for snapshot triggers. */
const listFault = (path: string, rng: Rng): IDataObject => ({
	path,
	answer: (descriptor: { body: string }) => {
		const body = JSON.parse(descriptor.body) as { data?: unknown[] };
		const data = [...(body.data ?? [])];
		const list = rng.bool(0.5)
			? data.filter(() => rng.bool(0.7))
			: data.sort(() => (rng.bool(0.5) ? 1 : -1));
		return { ...descriptor, body: JSON.stringify({ ...body, data: list }) };
	},
});

const LIST_SCENARIO: Scenario<FlowWebinarsSandbox> = {
	name: 'truncated and reordered lists',
	round: (_spec, s, rng) =>
		rng.bool(0.6)
			? listFault(
					`/api/v1/reports/events/sessions/registrants/${s.fixtures.sessions.launchApac}`,
					rng,
				)
			: undefined,
};

afterAll(() => printTable());

describe('trigger fault suite', () => {
	it.each([growsparks, flow, grape, onsight].map((spec) => [spec.name, spec] as const))(
		'%s loses and repeats nothing',
		async (_name, spec) => {
			const row = await drive(spec as unknown as PollingCase<FaultSandbox>);
			expect({ lost: row.lost, duplicated: row.duplicated, produced: row.produced }).toEqual({
				lost: 0,
				duplicated: 0,
				produced: settings.events,
			});
		},
	);

	it('Damstra Learning Trigger (webhook) emits every delivery once while fetches fail and the node restarts', async () => {
		const rng = createRng(`${settings.seed}-damstra`);
		const damstra = vendorById('damstra-learning');
		const sandbox = (await damstra.start()) as unknown as DamstraLearningSandbox;
		const host = (parameters: IDataObject) =>
			hostWebhookTrigger({
				nodeType: damstra.trigger,
				parameters,
				credentialType: damstra.auths[0].credentialType,
				credentials: { apiKey: sandbox.accessKey, baseUrl: sandbox.url },
			});
		const parameters = { events: ['*'], fetchRecord: true, secretToken: '' };
		let hosted = await host(parameters);
		const emitted: string[] = [];
		const produced: string[] = [];
		let restarts = 0;
		let faults = 0;
		try {
			while (produced.length < settings.events) {
				if (rng.bool(0.05)) {
					emitted.push(...hosted.runs.map((run) => String(run[0].json.deliveryId)));
					await hosted.close();
					hosted = await host(parameters);
					restarts++;
				}
				if (rng.bool(0.3)) {
					sandbox.injectFault(rng.pick(commonFaults(rng).slice(0, 6)));
					faults++;
				}
				const deliveryId = unique('delivery');
				const sent = await sandbox.sendWebhook(hosted.url, 'user.settings.updated', { deliveryId });
				if (sent.status === 200) produced.push(deliveryId);
				sandbox.clearFaults();
			}
			emitted.push(...hosted.runs.map((run) => String(run[0].json.deliveryId)));
		} finally {
			await hosted.close();
			await sandbox.close();
		}
		const seen = new Set(emitted);
		const row = {
			trigger: 'Damstra Learning Trigger (webhook)',
			produced: produced.length,
			emitted: seen.size,
			lost: produced.filter((id) => !seen.has(id)).length,
			duplicated: emitted.length - seen.size,
			polls: produced.length,
			failedPolls: 0,
			restarts,
			faults,
		};
		record(row);
		await sleep(0);
		expect({ lost: row.lost, duplicated: row.duplicated, produced: row.produced }).toEqual({
			lost: 0,
			duplicated: 0,
			produced: settings.events,
		});
	});
});

describe('trigger fault suite: the vendor clock and lists', () => {
	const cases = [growsparks, grape, onsight, onsightUpdated] as unknown as Array<
		PollingCase<FaultSandbox>
	>;
	const resent = [growsparks, flow, grape, onsight, onsightUpdated] as unknown as Array<
		PollingCase<FaultSandbox>
	>;
	it.each([
		...cases.flatMap((spec) =>
			CLOCK_SCENARIOS.map(
				(scenario) => [`${spec.name}, ${scenario.name}`, spec, scenario] as const,
			),
		),
		...resent.map(
			(spec) => [`${spec.name}, ${RESEND_SCENARIO.name}`, spec, RESEND_SCENARIO] as const,
		),
		...cases.map(
			(spec) => [`${spec.name}, ${REORDER_SCENARIO.name}`, spec, REORDER_SCENARIO] as const,
		),
	])('%s: loses and repeats nothing', async (_name, spec, scenario) => {
		const row = await drive(spec, scenario);
		expect({ lost: row.lost, duplicated: row.duplicated, produced: row.produced }).toEqual({
			lost: 0,
			duplicated: 0,
			produced: settings.events,
		});
		if (scenario === RESEND_SCENARIO) expect(resentTo.get(spec.name)).toBeGreaterThan(100);
		if (scenario === REORDER_SCENARIO) expect(reorderedFor.get(spec.name)).toBeGreaterThan(20);
	});

	it('Flow Webinars Trigger, truncated and reordered lists: loses and repeats nothing', async () => {
		const row = await drive(
			flow as unknown as PollingCase<FaultSandbox>,
			LIST_SCENARIO as unknown as Scenario<FaultSandbox>,
		);
		expect({ lost: row.lost, duplicated: row.duplicated, produced: row.produced }).toEqual({
			lost: 0,
			duplicated: 0,
			produced: settings.events,
		});
		expect(row.faults).toBeGreaterThan(10);
	});
});
