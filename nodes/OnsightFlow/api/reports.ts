import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { ApiResponse } from '../../shared/transport/types';
import type { BuiltRequest } from '../../shared/declarations/types';
import { fetchLink, toBinaryData } from '../../shared/transport/binary';
import { downloadDeadline } from '../../shared/declarations/groups';
import type { OnsightFlowEndpoint } from './client';
import { pick } from './fields';

const outputField = {
	name: 'binaryPropertyName',
	label: 'Put Output File in Field',
	in: 'control' as const,
	type: 'string' as const,
	default: 'data',
	description: 'The name of the output binary field to put the PDF in',
};
const download = {
	name: 'download',
	label: 'Download PDF',
	in: 'control' as const,
	type: 'boolean' as const,
	description: 'Whether to download the PDF from the temporary link into a binary field',
};

/** Generation answers { jobId, status, reportUrl }; the link is pre-signed and short-lived. */
async function generated(
	this: IExecuteFunctions,
	response: ApiResponse,
	request: BuiltRequest,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const json = (
		response.body && typeof response.body === 'object' ? response.body : { result: response.body }
	) as IDataObject;
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	if (request.params.download === true && typeof json.reportUrl === 'string') {
		const property = String(request.params.binaryPropertyName || 'data');
		item.binary = {
			[property]: await fetchLink(
				this,
				json.reportUrl,
				`report-${String(json.jobId ?? request.qs.jobId)}.pdf`,
				'application/pdf',
				downloadDeadline(request.params),
			),
		};
	}
	return [item];
}

/**
 * The PDF itself, or (Get URL Only) the text of a temporary link: the content type says which came
 * back.
 */
async function pdfOrLink(
	this: IExecuteFunctions,
	response: ApiResponse,
	request: BuiltRequest,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = response.body as Buffer;
	const type = response.headers['content-type'] ?? '';
	const clientJobId = String(request.pathValues.clientJobId);
	if (!/pdf|octet-stream/i.test(type)) {
		const text = body.toString('utf8').trim().replace(/^"|"$/g, '');
		return [{ json: { clientJobId, url: text }, pairedItem: { item: itemIndex } }];
	}
	const property = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const file = await toBinaryData(
		this,
		body,
		response.headers,
		`report-${clientJobId}.pdf`,
		'application/pdf',
	);
	return [
		{
			json: {
				clientJobId,
				fileName: file.fileName,
				mimeType: file.mimeType,
				fileSize: body.length,
			},
			binary: { [property]: file },
			pairedItem: { item: itemIndex },
		},
	];
}

const serverJobId = pick(
	'jobId',
	'jobId',
	'Job',
	'serverJob',
	'query',
	'The job, picked from the list or by its server job ID (jobId, 24 characters), not the client job ID',
);

/** Report Generator and Reports: render or fetch a job's PDF. */
export const reportEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'reportGenerator.generate',
		resource: 'report',
		operation: 'generate',
		name: 'Generate',
		action: 'Generate a job report',
		description: "Render a job's PDF report with the default template; returns a temporary link",
		host: 'gateway',
		policy: 'Reports_Read',
		method: 'POST',
		path: '/reportgenerator/v1/generate',
		idempotent: true,
		fields: [serverJobId, download, outputField],
		output: { kind: 'object' },
		downloads: true,
		respond: generated,
	},
	{
		id: 'reportGenerator.generateWithTemplate',
		resource: 'report',
		operation: 'generateWithTemplate',
		name: 'Generate With Template',
		action: 'Generate a job report with a template',
		description: "Render a job's PDF report with a chosen template; returns a temporary link",
		host: 'gateway',
		policy: 'Reports_Read',
		method: 'POST',
		path: '/reportgenerator/v1/generate/{reportTemplateId}',
		idempotent: true,
		fields: [
			pick('reportTemplateId', 'reportTemplateId', 'Report Template', 'reportTemplate'),
			serverJobId,
			download,
			outputField,
		],
		output: { kind: 'object' },
		downloads: true,
		respond: generated,
	},
	{
		id: 'reports.getPdfByClientJobId',
		resource: 'report',
		operation: 'getPdf',
		name: 'Get PDF',
		action: "Get a job's PDF report",
		description: "Download a job's PDF report as a file, or only its temporary link",
		host: 'gateway',
		policy: 'Reports_Read',
		method: 'GET',
		path: '/reports/v1/generate/{clientJobId}',
		fields: [
			pick('clientJobId', 'clientJobId', 'Job', 'job', 'path', "The job's client job ID"),
			{
				name: 'getUrlOnly',
				label: 'Link Only',
				in: 'query',
				type: 'boolean',
				description: 'Whether to return only a temporary link instead of the file',
			},
		],
		output: {
			kind: 'binary',
			mimeType: 'application/pdf',
			fileName: (params) => `report-${String(params.clientJobId)}.pdf`,
		},
		respond: pdfOrLink,
	},
];
