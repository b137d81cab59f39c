import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { pollContext, locator } from '../support/context';
import { createRng, printTable, record, settings } from '../support/fault-suite';
import type { Rng } from '../support/fault-suite';
import { hostWebhookTrigger } from '../support/webhook-context';
import { vendorById, type VendorId } from '../vendors';
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
}

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

async function drive<S extends FaultSandbox>(spec: PollingCase<S>) {
	const rng = createRng(`${settings.seed}-${spec.name}`);
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
		await poll();
		const produced: string[] = [];
		const emitted: string[] = [];
		let polls = 0;
		let failedPolls = 0;
		let restarts = 0;
		let faults = 0;
		for (let round = 0; produced.length < settings.events; round++) {
			spec.tick?.(sandbox);
			produced.push(
				...spec.produce(
					sandbox,
					Math.min(rng.int(1, 25), settings.events - produced.length),
					round,
				),
			);
			if (rng.bool(0.6)) {
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
			trigger: spec.name,
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
	produce: (s, count) =>
		Array.from({ length: count }, () => String(s.addChange({ type: 'personcompetence' }).id)),
	keyOf: (change) => String(change.id),
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
	produce: (s, count) => s.completeJobs(count).map((job) => job.jobId),
	keyOf: (job) => String(job.jobId),
	// Token calls fail too, and a token can expire between polls.
	extraFaults: (s, rng) => {
		if (rng.bool(0.3)) s.expireTokens();
		return [{ host: 'accounts', status: 503, retryAfter: 0, times: 1 }];
	},
};

describe('trigger fault suite', () => {
	afterAll(() => printTable());

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
