import type { IDataObject } from 'n8n-workflow';
import { locator } from '../support/context';
import type {
	DamstraLearningSandbox,
	GrowsparksSandbox,
	LoggedRequest,
	OnsightFlowSandbox,
	Sandbox,
	SnapperGrapeSandbox,
} from '../support/sandbox';
import * as damstra from './damstra-learning/harness';
import * as growsparks from './growsparks/harness';
import * as snapper from './snapper-grape/harness';
import * as onsight from './onsight-flow/harness';

/*
 * IDs that became pickers (resource locators) are sent exactly as before, whichever way the
 * parameter holds them: a plain value, as workflows saved before the picker hold it (a number where
 * the field was a number), the same as text (an expression's result), or the locator n8n stores
 * when the ID is picked From List or typed By ID. Over real HTTP against each vendor's sandbox: at
 * the top level, in an "Add Field" collection and in the entries of a list.
 */

/** The forms a picked ID may take in a node's parameters. */
const FORMS: Array<[string, (id: string | number) => unknown]> = [
	['a plain value', (id) => id],
	['plain text', (id) => String(id)],
	['From List', (id) => locator(id, 'list')],
	['By ID', (id) => locator(String(id), 'id')],
];

/** What reached the vendor: every request but sign-ins and tokens. */
function sentBy(requests: LoggedRequest[]) {
	return requests
		.filter((request) => !/\/(login|connect\/token)$/.test(request.pathname))
		.map(({ method, pathname, query, body }) => ({ method, pathname, query, body }));
}

/**
 * Runs one operation once per form of the ID (the sandbox reseeded before each run) and returns
 * what the first form sent, after checking that every other form sent the same.
 */
async function sameForEveryForm(
	sandbox: Sandbox | OnsightFlowSandbox,
	runWith: (form: (id: string | number) => unknown) => Promise<unknown>,
): Promise<Array<ReturnType<typeof sentBy>[number]>> {
	const sent: Array<{ form: string; requests: ReturnType<typeof sentBy> }> = [];
	for (const [form, wrap] of FORMS) {
		sandbox.reset();
		sandbox.clearRequests();
		await runWith(wrap);
		sent.push({ form, requests: sentBy(sandbox.requests as LoggedRequest[]) });
	}
	const [first] = sent;
	expect(first.requests.length).toBeGreaterThan(0);
	for (const other of sent.slice(1)) expect(other).toEqual({ ...first, form: other.form });
	return first.requests;
}

const bodyOf = (requests: Array<{ body: unknown }>) => requests.at(-1)?.body as IDataObject;
const queryOf = (requests: Array<{ query: unknown }>) =>
	requests.at(-1)?.query as Record<string, string>;

describe('Damstra Learning: picked IDs are sent as before', () => {
	let sandbox: DamstraLearningSandbox;
	damstra.useSandbox((started) => (sandbox = started));
	const run = async (resource: string, operation: string, parameters: Record<string, unknown>) =>
		await damstra.run(sandbox, resource, operation, parameters);

	it('Group → Create and Update: the parent group, a number in the body', async () => {
		const created = await sameForEveryForm(sandbox, async (form) =>
			run('group', 'create', {
				name: 'Night Shift',
				description: 'Rostered nights',
				additionalFields: { parentId: form(503) },
			}),
		);
		expect(bodyOf(created)).toMatchObject({ parentId: 503 });
		const updated = await sameForEveryForm(sandbox, async (form) =>
			run('group', 'update', {
				groupId: locator(502),
				updateFields: { parentId: form(501) },
			}),
		);
		expect(updated.map((request) => request.method)).toEqual(['GET', 'POST']);
		expect(bodyOf(updated)).toMatchObject({ parentId: 501 });
	});

	it('ILT Session → Get Many filters and Update: the instructor and the lesson schedule', async () => {
		const listed = await sameForEveryForm(sandbox, async (form) =>
			run('iltSession', 'getAll', {
				returnAll: false,
				limit: 5,
				filters: { instructorId: form(1004), lessonScheduleId: form(10001) },
			}),
		);
		expect(queryOf(listed)).toMatchObject({ instructorId: '1004', lessonScheduleId: '10001' });
		const updated = await sameForEveryForm(sandbox, async (form) =>
			run('iltSession', 'update', {
				iltSessionId: locator(601),
				updateFields: { instructorId: form(1005) },
			}),
		);
		expect(bodyOf(updated)).toMatchObject({ instructorId: 1005 });
	});

	it('ILT Session → Save Progress: the attendee record in each entry, a number', async () => {
		const attendees = await run('iltSession', 'getAttendees', { iltSessionId: locator(601) });
		const attendee = Number(attendees[0].json.id);
		const saved = await sameForEveryForm(sandbox, async (form) =>
			run('iltSession', 'saveProgress', {
				iltSessionId: locator(601),
				attendees: { entries: [{ id: form(attendee), attended: true, passed: false }] },
			}),
		);
		expect(bodyOf(saved)).toEqual({
			attendees: [{ id: attendee, attended: true, passed: false }],
		});
	});

	it('an empty picker added to a collection is left out, as an empty text was', async () => {
		await run('group', 'create', {
			name: 'Night Shift',
			description: 'Rostered nights',
			additionalFields: { parentId: locator('', 'list') },
		});
		expect(bodyOf(sandbox.requests)).toEqual({
			name: 'Night Shift',
			description: 'Rostered nights',
		});
	});
});

describe('Growsparks: picked IDs are sent as before', () => {
	let sandbox: GrowsparksSandbox;
	growsparks.useSandbox((started) => (sandbox = started));
	const f = () => sandbox.fixtures;
	const run = async (resource: string, operation: string, parameters: Record<string, unknown>) =>
		await growsparks.run(sandbox, resource, operation, parameters);

	it('top-level references: a membership role, a todo, an activity group membership', async () => {
		const memberships = await run('persongroupmemberships', 'getAll', { returnAll: true });
		const membership = String(memberships[5].json.ID);
		const role = await sameForEveryForm(sandbox, async (form) =>
			run('membershiproles', 'create', {
				membership: form(membership),
				role: form(f().roleLearner),
			}),
		);
		expect(bodyOf(role)).toEqual({ Membership: membership, Role: f().roleLearner });
		const todo = await sameForEveryForm(sandbox, async (form) =>
			run('todos', 'create', { of: form(f().person), on: form(f().activity0) }),
		);
		expect(bodyOf(todo)).toEqual({ Of: f().person, On: f().activity0 });
		const member = await sameForEveryForm(sandbox, async (form) =>
			run('activitygroupmemberships', 'create', {
				member: form(f().activity4),
				memberOf: form(f().program0),
			}),
		);
		expect(bodyOf(member)).toEqual({ Member: f().activity4, MemberOf: f().program0 });
	});

	it('calls: the certificate to restart, and the activity to open after sign-on', async () => {
		const recertified = await sameForEveryForm(sandbox, async (form) =>
			run('persons', 'recertify', {
				id: locator(f().person),
				certificate: form(f().certificateActivity0),
			}),
		);
		expect(bodyOf(recertified)).toEqual({ Certificate: f().certificateActivity0 });
		const signOn = await sameForEveryForm(sandbox, async (form) =>
			run('persons', 'createsinglesignonurl', {
				id: locator(f().person),
				additionalFields: { startActivityStructure: form(f().activity0) },
			}),
		);
		expect(bodyOf(signOn)).toEqual({ StartActivityStructure: f().activity0 });
	});
});

describe('Snapper Grape: picked IDs are sent as before', () => {
	let sandbox: SnapperGrapeSandbox;
	snapper.useSandbox((started) => (sandbox = started));
	const fx = () =>
		sandbox.fixtures as IDataObject & {
			person: string;
			events: Record<string, number>;
			competences: Record<string, number>;
		};
	const run = async (resource: string, operation: string, parameters: Record<string, unknown>) =>
		await snapper.run(sandbox, resource, operation, parameters);

	it('list filters: the organisation, the event, the competence and the person', async () => {
		const persons = await sameForEveryForm(sandbox, async (form) =>
			run('person', 'getAll', {
				returnAll: false,
				limit: 5,
				filters: { organisationId: form(105), eventId: form(fx().events.pastFirstAid) },
			}),
		);
		expect(queryOf(persons)).toMatchObject({
			organisation_id: '105',
			event_id: String(fx().events.pastFirstAid),
		});
		const events = await sameForEveryForm(sandbox, async (form) =>
			run('event', 'getAll', {
				returnAll: false,
				limit: 5,
				filters: { competenceId: form(fx().competences.fireSafety), userName: form(fx().person) },
			}),
		);
		expect(queryOf(events)).toMatchObject({
			competence_id: String(fx().competences.fireSafety),
			user_name: fx().person,
		});
	});

	it('Organisation → Create: the parent unit in the form body', async () => {
		const created = await sameForEveryForm(sandbox, async (form) =>
			run('organisation', 'create', { name: 'Depot', additionalFields: { parentId: form(105) } }),
		);
		expect(JSON.stringify(bodyOf(created))).toContain('105');
	});
});

describe('Onsight Flow: picked IDs are sent as before', () => {
	let sandbox: OnsightFlowSandbox;
	onsight.useSandbox((started) => (sandbox = started));
	const run = async (resource: string, operation: string, parameters: Record<string, unknown>) =>
		await onsight.run(sandbox, resource, operation, parameters);
	const completedJob = () =>
		(sandbox.state as { jobs: Array<{ jobId: string; status: string }> }).jobs.find(
			(job) => job.status === 'Completed',
		) as { jobId: string };

	it('the server job ID of Get by Job ID and of a report, at the top level', async () => {
		const job = completedJob().jobId;
		const got = await sameForEveryForm(sandbox, async (form) =>
			run('job', 'getByJobId', { jobId: form(job) }),
		);
		expect(got.at(-1)?.pathname).toBe(`/jobs/v1/bson/${job}`);
		const report = await sameForEveryForm(sandbox, async (form) =>
			run('report', 'generate', { jobId: form(job) }),
		);
		expect(queryOf(report)).toEqual({ jobId: job });
	});

	it("optional references: a trigger's report template, who excluded a job, a task's job", async () => {
		const template = Object.values(sandbox.fixtures.reportTemplateIds)[1];
		const trigger = await sameForEveryForm(sandbox, async (form) =>
			run('trigger', 'create', {
				name: 'Mail on completion',
				triggerType: 'Email',
				additionalFields: { reportTemplateId: form(template) },
			}),
		);
		expect(bodyOf(trigger)).toMatchObject({ reportTemplateId: template });
		const open = sandbox.fixtures.openJobs[0];
		const user = sandbox.fixtures.userIds[1];
		const excluded = await sameForEveryForm(sandbox, async (form) =>
			run('job', 'exclude', {
				clientJobId: locator(open.clientJobId),
				isExcluded: true,
				additionalFields: { userId: form(user) },
			}),
		);
		expect(bodyOf(excluded)).toMatchObject({ userId: user });
		const scheduled = (
			sandbox.state as { scheduledJobs: Array<{ jobId: string; tasks: Array<{ taskId: string }> }> }
		).scheduledJobs[0];
		const task = await sameForEveryForm(sandbox, async (form) =>
			run('scheduledJob', 'updateTaskStatus', {
				scheduledJobId: locator(scheduled.jobId),
				taskId: scheduled.tasks[0].taskId,
				state: 'Paused',
				// A fixed time: left out, the node stamps the time of the run.
				additionalFields: { clientJobId: form(open.clientJobId), updated: '2026-06-01T09:00:00Z' },
			}),
		);
		expect(bodyOf(task)).toMatchObject({ clientJobId: open.clientJobId });
	});
});
