import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { onsightFlowEndpoints } from '../../../nodes/OnsightFlow/api/catalog';
import type { OnsightFlowSandbox } from '../../support/sandbox';
import { json, run, useSandbox } from './harness';

let sandbox: OnsightFlowSandbox;
useSandbox((started) => (sandbox = started));

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const first = (record: Record<string, string>) => Object.values(record)[0];
const fileItem = (text: string, fileName: string): INodeExecutionData[] => [
	{
		json: {},
		binary: {
			data: { data: Buffer.from(text).toString('base64'), mimeType: 'text/csv', fileName },
		},
	},
];

/** Valid parameters for every REST operation, from the sandbox's seeded records. */
function parametersFor(
	id: string,
	s: OnsightFlowSandbox,
): { parameters: IDataObject; items?: INodeExecutionData[] } {
	const fx = s.fixtures;
	const job = (
		s.state as { jobs: Array<{ jobId: string; clientJobId: string; status: string }> }
	).jobs.find((j) => j.status === 'Completed') as { jobId: string; clientJobId: string };
	const open = fx.openJobs[0];
	const workflowId = first(fx.workflowIds);
	const workflow = (
		s.state as {
			workflows: Array<{
				workflowId: string;
				activeVersionId: string;
				versions: Array<{ versionId: string }>;
			}>;
		}
	).workflows.find((w) => w.workflowId === workflowId) as {
		activeVersionId: string;
		versions: Array<{ versionId: string }>;
	};
	const other =
		workflow.versions.find((v) => v.versionId !== workflow.activeVersionId)?.versionId ??
		workflow.activeVersionId;
	const scheduled = (
		s.state as { scheduledJobs: Array<{ jobId: string; tasks: Array<{ taskId: string }> }> }
	).scheduledJobs[0];
	const group = first(fx.groupIds);
	const user = fx.userIds[1];
	const template = Object.values(fx.reportTemplateIds)[1];
	const doc = {
		metadata: {
			clientJobId: job.clientJobId,
			workflowId,
			jobTitle: 'Updated from n8n',
			status: 'Completed',
		},
	};
	const table: Record<string, IDataObject> = {
		'auth.createClient': {
			name: 'n8n test client',
			scopes: ['https://www.flow.librestream.com/auth/workflow.read'],
			permissions: ['admin'],
		},
		'collections.get': { collectionId: rl(first(fx.collectionIds)) },
		'collections.getAll': { returnAll: true },
		'collections.updateName': { collectionId: rl(first(fx.collectionIds)), name: 'Renamed' },
		'collections.create': { name: 'New lookup' },
		'collections.delete': { collectionId: rl(first(fx.collectionIds)) },
		'collections.createUploadSession': {
			collectionId: rl(first(fx.collectionIds)),
			fileSize: 10,
			friendlyFileName: 'a.csv',
			blockSize: 102400,
		},
		'groups.getAll': { returnAll: true },
		'groups.create': { name: 'Night shift' },
		'groups.get': { groupId: rl(group) },
		'groups.updateName': { groupId: rl(group), name: 'Renamed group' },
		'groups.updatePermissions': { groupId: rl(group), additionalFields: { executor: true } },
		'groups.addUsers': { groupId: rl(group), userIds: { values: [{ id: rl(user) }] } },
		'groups.removeUsers': { groupId: rl(group), userIds: { values: [{ id: rl(user) }] } },
		'groups.delete': { groupId: rl(group) },
		'jobs.getAll': { returnAll: false, limit: 5 },
		'jobs.getByWorkflowId': { workflowId: rl(workflowId), returnAll: true },
		'jobs.getSnapshots': { clientJobId: rl(job.clientJobId) },
		'jobs.getByClientJobId': { clientJobId: rl(job.clientJobId) },
		'jobs.getByJobId': { jobId: job.jobId },
		'jobs.getMine': { returnAll: false, limit: 5 },
		'jobs.abort': { clientJobId: rl(open.clientJobId) },
		'jobs.delete': { clientJobId: rl(job.clientJobId) },
		'jobs.assignUser': { clientJobId: rl(open.clientJobId), userId: rl(user) },
		'jobs.exclude': {
			clientJobId: rl(job.clientJobId),
			isExcluded: true,
			additionalFields: { reason: 'Test run' },
		},
		'jobs.addMetadata': {
			clientJobId: rl(job.clientJobId),
			metadata: { entries: [{ key: 'Ticket', value: 'T-1' }] },
		},
		'jobs.create': {
			job: JSON.stringify({
				metadata: { ...doc.metadata, clientJobId: '0b9c3f8e-0000-4000-8000-000000000001' },
			}),
		},
		'jobs.abortForUser': { userId: rl(open.userId) },
		'jobs.basicSync': { job: JSON.stringify(doc) },
		'jobs.update': { clientJobId: rl(job.clientJobId), job: JSON.stringify(doc) },
		'reportGenerator.generate': { jobId: job.jobId },
		'reportGenerator.generateWithTemplate': { reportTemplateId: rl(template), jobId: job.jobId },
		'reports.getPdfByClientJobId': { clientJobId: rl(job.clientJobId) },
		'reportTemplates.getAll': { returnAll: true },
		'reportTemplates.get': { reportTemplateId: rl(template) },
		'reportTemplates.getNames': { returnAll: true },
		'reportTemplates.getDefault': {},
		'reportTemplates.delete': { reportTemplateId: rl(template) },
		'reportTemplates.setDefault': { reportTemplateId: rl(template) },
		'reportTemplates.unsetDefault': {},
		'reportTemplates.create': {
			name: 'From n8n',
			additionalFields: { bodyContent: '<p>Hi</p>', title: 'From n8n' },
		},
		'reportTemplates.updateMetadata': {
			reportTemplateId: rl(template),
			metadata: { entries: [{ key: 'owner', value: 'ops' }] },
		},
		'reportTemplates.update': {
			reportTemplateId: rl(template),
			updateFields: { title: 'New title' },
		},
		'scheduler.getAll': { returnAll: true },
		'scheduler.get': { scheduledJobId: rl(scheduled.jobId) },
		'scheduler.getMine': { returnAll: true },
		'scheduler.updateTaskStatus': {
			scheduledJobId: rl(scheduled.jobId),
			taskId: scheduled.tasks[0].taskId,
			state: 'Paused',
			additionalFields: { clientJobId: open.clientJobId },
		},
		'scheduler.updateStatus': { scheduledJobId: rl(scheduled.jobId), state: 'Paused' },
		'scheduler.updateAssignedUsers': {
			scheduledJobId: rl(scheduled.jobId),
			assignedUserIds: { values: [{ id: rl(user) }] },
		},
		'scheduler.delete': { scheduledJobId: rl(scheduled.jobId) },
		'scheduler.create': {
			name: 'Weekly',
			tasks: { values: [{ id: rl(workflowId) }] },
			additionalFields: { assignedUserIds: { values: [{ id: rl(user) }] } },
		},
		'teamSettings.resetDefaults': {},
		'teamSettings.set': { settings: JSON.stringify({ EnableJobNaming: false }) },
		'teamSettings.get': { settingKey: 'DisableJobRestart' },
		'teamSettings.getAll': {},
		'triggers.getAll': { returnAll: true },
		'triggers.get': { triggerId: rl(fx.triggerIds[0]) },
		'triggers.create': {
			name: 'Mail on completion',
			triggerType: 'Email',
			additionalFields: { disabled: true },
		},
		'triggers.update': {
			triggerId: rl(fx.triggerIds[0]),
			updateFields: { description: 'Changed from n8n' },
		},
		'triggers.archive': { triggerId: rl(fx.triggerIds[0]) },
		'triggers.unarchive': { triggerId: rl(fx.triggerIds[0]) },
		'users.getAll': { returnAll: true },
		'users.get': { userId: rl(user) },
		'users.create': {
			username: 'new.user@example.com',
			emailAddress: 'new.user@example.com',
			name: 'New User',
		},
		'users.getPermissions': { userId: rl(user) },
		'users.lock': { userId: rl(user) },
		'users.resetPassword': { userId: rl(user) },
		'users.unlock': { userId: rl(user) },
		'users.updateDetails': { userId: rl(user), name: 'Renamed User' },
		'users.updatePermissions': { userId: rl(user), updateFields: { executor: true } },
		'users.delete': { userId: rl(user) },
		'workflows.getAll': { returnAll: true },
		'workflows.get': { workflowId: rl(workflowId) },
		'workflows.updateMetadata': {
			workflowId: rl(workflowId),
			updateFields: { description: 'Changed', tags: 'A, B' },
		},
		'workflows.createUploadSession': { fileSize: 10, friendlyFileName: 'w.zip', blockSize: 102400 },
		'workflows.setActiveVersion': { workflowVersionId: other },
		'workflows.deleteVersion': { workflowId: rl(workflowId), workflowVersionId: other },
		'workflows.delete': { workflowId: rl(workflowId) },
	};
	return { parameters: table[id] ?? {} };
}

/** The session-based steps need a session first; they run as part of a whole upload below. */
const STEPS = new Set([
	'collections.uploadBlock',
	'workflows.uploadBlock',
	'workflows.finalizeUpload',
]);
const rest = onsightFlowEndpoints.filter((endpoint) => !endpoint.family && !STEPS.has(endpoint.id));

const pattern = (path: string) =>
	new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\/$/, '/?')}$`);

describe('every Onsight Flow REST operation over real HTTP', () => {
	it.each(rest.map((endpoint) => [endpoint.id, endpoint] as const))(
		'%s reaches its endpoint on its host and succeeds',
		async (_id, endpoint) => {
			const { parameters, items } = parametersFor(endpoint.id, sandbox);
			const output = await run(sandbox, endpoint.resource, endpoint.operation, parameters, {
				items,
			});
			const hit = sandbox.requests.filter(
				(r) =>
					r.host === endpoint.host &&
					r.method === endpoint.method &&
					pattern(endpoint.path).test(r.pathname),
			);
			expect({
				id: endpoint.id,
				statuses: hit.map((r) => Math.floor(Number(r.status) / 100)),
			}).toEqual({ id: endpoint.id, statuses: [2] });
			// A delete says which record is gone, n8n's way, whatever the service answered.
			if (endpoint.output.kind === 'deleted') {
				const id = hit[0].pathname.split('/').at(-1);
				expect(json(output)).toEqual([expect.objectContaining({ deleted: true, id })]);
			}
		},
	);

	it('runs the three upload steps by hand: session, each block, finish', async () => {
		const content = 'x'.repeat(250);
		const [session] = json(
			await run(sandbox, 'workflow', 'startUpload', {
				fileSize: content.length,
				friendlyFileName: 'w.zip',
				blockSize: 100,
			}),
		);
		const items = fileItem(content, 'w.zip');
		for (const blockIndex of [2, 0, 1]) {
			await run(
				sandbox,
				'workflow',
				'uploadBlock',
				{
					uploadId: session.id,
					binaryPropertyName: 'data',
					blockIndex,
					additionalFields: { blockSize: 100 },
				},
				{ items },
			);
		}
		const [done] = json(
			await run(sandbox, 'workflow', 'finishUpload', { uploadId: session.id, name: 'By hand' }),
		);
		expect(done.workflowId).toBeTruthy();
		expect(sandbox.upload(String(session.id)).buffer.toString()).toBe(content);
		const ranges = sandbox.requests
			.filter((r) => r.pathname.startsWith('/workflows/v2/upload/'))
			.map((r) => r.headers['content-range']);
		expect(ranges).toEqual(['bytes 200-249/250', 'bytes 0-99/250', 'bytes 100-199/250']);
		const [collectionSession] = json(
			await run(sandbox, 'collection', 'startUpload', {
				collectionId: rl(first(sandbox.fixtures.collectionIds)),
				fileSize: 9,
				friendlyFileName: 'c.csv',
				blockSize: 102400,
			}),
		);
		const [block] = json(
			await run(
				sandbox,
				'collection',
				'uploadBlock',
				{ uploadId: collectionSession.id, binaryPropertyName: 'data', blockIndex: 0 },
				{ items: fileItem('a,b\n1,2\n\n', 'c.csv') },
			),
		);
		expect(block).toMatchObject({ complete: true, status: 204, contentRange: 'bytes 0-8/9' });
	});
});
