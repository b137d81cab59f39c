import { createHash } from 'node:crypto';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { OnsightFlowSandbox } from '../../support/sandbox';
import { json, run, useSandbox } from './harness';

let sandbox: OnsightFlowSandbox;
useSandbox((started) => (sandbox = started));

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const fileItem = (data: Buffer, fileName: string, mimeType = 'text/csv'): INodeExecutionData[] => [
	{ json: {}, binary: { data: { data: data.toString('base64'), mimeType, fileName } } },
];
/** Bytes that are not valid UTF-8 or JSON: a byte-exact round trip proves binary-safe bodies. */
const bytes = (size: number) =>
	Buffer.from(Array.from({ length: size }, (_, i) => (i * 131 + 7) % 256));
const ranges = (prefix: string) =>
	sandbox.requests
		.filter((r) => r.pathname.startsWith(prefix))
		.map((r) => r.headers['content-range']);

describe('Onsight Flow files over real HTTP', () => {
	it('uploads a collection CSV in 100 KB blocks with inclusive ranges, re-assembled byte-exact', async () => {
		const data = bytes(250000);
		const collectionId = Object.values(sandbox.fixtures.collectionIds)[0];
		const [result] = json(
			await run(
				sandbox,
				'collection',
				'uploadCsv',
				{ collectionId: rl(collectionId), binaryPropertyName: 'data' },
				{ items: fileItem(data, 'parts.csv') },
			),
		);
		expect(result).toMatchObject({
			collectionId,
			fileName: 'parts.csv',
			fileSize: 250000,
			blocks: 3,
			complete: true,
		});
		const upload = sandbox.upload(String(result.uploadId));
		expect(upload.sha256).toBe(createHash('sha256').update(data).digest('hex'));
		expect(ranges('/collections/v1/upload/').sort()).toEqual([
			'bytes 0-102399/250000',
			'bytes 102400-204799/250000',
			'bytes 204800-249999/250000',
		]);
		const session = sandbox.requests.find((r) => r.pathname === '/collections/v1/upload');
		expect(session?.body).toEqual({
			blockSize: 102400,
			fileSize: 250000,
			friendlyFileName: 'parts.csv',
			collectionId,
		});
	});

	it('uploads a workflow package, finishes it and retries a failed block on its own', async () => {
		const data = bytes(153600);
		sandbox.injectFault({ path: /^\/workflows\/v2\/upload\/.+/, status: 500, times: 1 });
		const [result] = json(
			await run(
				sandbox,
				'workflow',
				'upload',
				{
					name: 'Pump check v2',
					binaryPropertyName: 'data',
					additionalFields: { tags: 'Pumps, Weekly', versionNotes: 'From n8n' },
				},
				{ items: fileItem(data, 'pump.zip', 'application/zip') },
			),
		);
		expect(result.workflowId).toBeTruthy();
		const upload = result.upload as IDataObject;
		expect(sandbox.upload(String(upload.uploadId)).sha256).toBe(
			createHash('sha256').update(data).digest('hex'),
		);
		const blocks = sandbox.requests.filter((r) => r.pathname.startsWith('/workflows/v2/upload/'));
		expect(blocks.map((r) => r.status).sort()).toEqual([202, 204, 500]);
		expect([...new Set(ranges('/workflows/v2/upload/'))].sort()).toEqual([
			'bytes 0-102399/153600',
			'bytes 102400-153599/153600',
		]);
		const finish = sandbox.requests.find(
			(r) => r.method === 'POST' && r.pathname === '/workflows/v2',
		);
		expect(finish?.body).toEqual({
			name: 'Pump check v2',
			tags: ['Pumps', 'Weekly'],
			versionNotes: 'From n8n',
			uploadId: upload.uploadId,
		});
		const names = json(await run(sandbox, 'workflow', 'getAll', { returnAll: true })).map(
			(w) => w.name,
		);
		expect(names).toContain('Pump check v2');
	});

	it('fails before any request when the binary field is missing, empty, or the block size is too large', async () => {
		const collectionId = rl(Object.values(sandbox.fixtures.collectionIds)[0]);
		const missing = (await run(
			sandbox,
			'collection',
			'uploadCsv',
			{ collectionId, binaryPropertyName: 'file' },
			{ items: fileItem(bytes(10), 'a.csv') },
		).catch((e: unknown) => e)) as NodeOperationError;
		expect(missing).toBeInstanceOf(NodeOperationError);
		expect(missing.message).toContain('"Input Binary Field" names the binary field "file"');
		expect(missing.description).toContain('data');
		const empty = await run(
			sandbox,
			'collection',
			'uploadCsv',
			{ collectionId, binaryPropertyName: 'data' },
			{ items: fileItem(Buffer.alloc(0), 'a.csv') },
		).catch((e: unknown) => e);
		expect((empty as Error).message).toMatch(/is empty/);
		const big = await run(
			sandbox,
			'workflow',
			'upload',
			{ name: 'x', binaryPropertyName: 'data', additionalFields: { blockSize: 200000 } },
			{ items: fileItem(bytes(10), 'a.zip') },
		).catch((e: unknown) => e);
		expect((big as Error).message).toMatch(/Block Size/);
		expect(sandbox.requests).toHaveLength(0);
	});

	it("returns a job's PDF report as a binary file, or only its temporary link", async () => {
		const job = (
			sandbox.state as { jobs: Array<{ clientJobId: string; status: string }> }
		).jobs.find((j) => j.status === 'Completed') as { clientJobId: string };
		const [file] = await run(sandbox, 'report', 'getPdf', {
			clientJobId: rl(job.clientJobId),
			binaryPropertyName: 'pdf',
		});
		expect(file.binary?.pdf.mimeType).toBe('application/pdf');
		expect(Buffer.from(String(file.binary?.pdf.data), 'base64').subarray(0, 5).toString()).toBe(
			'%PDF-',
		);
		const [link] = json(
			await run(sandbox, 'report', 'getPdf', {
				clientJobId: rl(job.clientJobId),
				options: { getUrlOnly: true },
			}),
		);
		expect(String(link.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/blob\//);
	});

	it('generates a report and downloads it from its link when asked', async () => {
		const job = (sandbox.state as { jobs: Array<{ jobId: string; status: string }> }).jobs.find(
			(j) => j.status === 'Completed',
		) as { jobId: string };
		const [item] = await run(sandbox, 'report', 'generate', {
			jobId: job.jobId,
			additionalFields: { download: true },
		});
		expect(item.json).toMatchObject({ jobId: job.jobId, status: 'Completed' });
		expect(item.binary?.data.mimeType).toBe('application/pdf');
		const blob = sandbox.requests.find((r) => r.pathname.startsWith('/blob/'));
		expect(blob?.headers.authorization).toBeUndefined();
	});
});
