import { NodeOperationError } from 'n8n-workflow';
import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { BuiltRequest, EndpointSpec, FieldSpec } from '../../shared/declarations/types';
import { CsvLimitError, parseCsv } from '../../shared/transport/csv';
import { readCsvStream } from '../../shared/transport/csv-stream';
import { toBinaryData } from '../../shared/transport/binary';
import { apiRequest } from '../../shared/transport/request';
import { BodyLimitError, readBody } from '../../shared/transport/body';
import type { ByteStream } from '../../shared/transport/body';
import { LIMITS } from '../../shared/transport/limits';
import { downloadDeadline } from '../../shared/declarations/groups';
import { flowWebinarsApi } from './client';
import { sessionLocator } from './fields';

const outputAs: FieldSpec = {
	name: 'outputAs',
	label: 'Output',
	in: 'control',
	type: 'options',
	required: true,
	default: 'file',
	options: [
		{ name: 'CSV File', value: 'file', description: 'The report as a binary CSV file' },
		{
			name: 'One Item per Row',
			value: 'rows',
			description: 'The report parsed into one item per CSV row',
		},
	],
};

/** The summary report may be JSON holding one CSV string per section instead of a CSV file. */
const SUMMARY_SECTIONS = ['registrants', 'attendeeChat', 'operatorChat', 'surveyResults'];

/** A CSV field or line past the reader's limit, or a deadline, as an error that says what to do. */
function reportFailure(ctx: IExecuteFunctions, error: unknown, itemIndex: number): unknown {
	if (error instanceof CsvLimitError) {
		return new NodeOperationError(
			ctx.getNode(),
			`Flow Webinars sent a report the node cannot split into rows: ${error.message}`,
			{
				itemIndex,
				description: 'Set Output to CSV File to receive the report as it is. Nothing was output.',
			},
		);
	}
	if (error instanceof BodyLimitError) {
		return new NodeOperationError(
			ctx.getNode(),
			`Flow Webinars: ${error.message}; the node stopped reading the report`,
			{
				itemIndex,
				description:
					'Raise the Timeout option for a large report, or try again later. Nothing was output.',
			},
		);
	}
	return error;
}

/**
 * Reports as a file (read once, bounded by the file size limit) or as rows, parsed while the answer
 * arrives so a large report is never held whole. A summary answered as JSON holds one CSV per
 * section.
 */
function csvReportRun(kind: string) {
	return async function (
		this: IExecuteFunctions,
		request: BuiltRequest,
		itemIndex: number,
	): Promise<INodeExecutionData[]> {
		const pairedItem = { item: itemIndex };
		const token = String(request.pathValues.sessionToken);
		const asRows = request.params.outputAs === 'rows';
		const deadlineMs = downloadDeadline(request.params);
		const property =
			(this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string) || 'data';
		const response = await apiRequest.call(this, flowWebinarsApi, {
			method: 'GET',
			path: request.path,
			qs: request.qs,
			responseType: 'stream',
			itemIndex,
			deadlineMs,
		});
		const late = `the report did not arrive within ${Math.round(deadlineMs / 1000)} s`;
		try {
			if (/json/i.test(response.headers['content-type'] ?? '')) {
				const body = await readBody(response.body, {
					maxBytes: LIMITS.maxAnswerBytes,
					deadline: response.deadline,
					deadlineMessage: late,
					sizeMessage: `the summary is larger than ${LIMITS.maxAnswerBytes / 1024 / 1024} MB`,
				});
				const parsed = JSON.parse(body.toString('utf8')) as IDataObject;
				const sections = ((parsed.data ?? parsed) as IDataObject) ?? {};
				const names = SUMMARY_SECTIONS.filter((name) => typeof sections[name] === 'string');
				if (asRows)
					return names.flatMap((name) =>
						parseCsv(String(sections[name])).map((row) => ({
							json: { section: name, ...row },
							pairedItem,
						})),
					);
				const binary: Record<string, IBinaryData> = {};
				for (const name of names) {
					binary[`${property}_${name}`] = await this.helpers.prepareBinaryData(
						Buffer.from(String(sections[name]), 'utf8'),
						`${kind}-${name}-${token}.csv`,
						'text/csv',
					);
				}
				return [
					{ json: { sessionToken: token, report: kind, sections: names }, binary, pairedItem },
				];
			}
			if (asRows)
				return (await readCsvStream(response.body as ByteStream, response.deadline, late)).map(
					(row) => ({ json: row, pairedItem }),
				);
			const body = await readBody(response.body, {
				maxBytes: LIMITS.maxFileBytes,
				deadline: response.deadline,
				deadlineMessage: late,
				sizeMessage: `the report is larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB`,
				contentLength: Number(response.headers['content-length']) || undefined,
			});
			const file = await toBinaryData(
				this,
				body,
				response.headers,
				`${kind}-${token}.csv`,
				'text/csv',
			);
			return [
				{
					json: {
						sessionToken: token,
						report: kind,
						fileName: file.fileName,
						fileSize: file.fileSize ?? body.length,
					},
					binary: { [property]: file },
					pairedItem,
				},
			];
		} catch (error) {
			throw reportFailure(this, error, itemIndex);
		}
	};
}

/** A CSV report's file: `<report>-<session token>.csv`. */
const csvFile = (report: string): EndpointSpec['output'] => ({
	kind: 'binary',
	fileName: (params) => `${report}-${params.sessionToken}.csv`,
	mimeType: 'text/csv',
});

export const reportEndpoints: EndpointSpec[] = [
	{
		id: 'csvSummary',
		resource: 'report',
		operation: 'summary',
		name: 'Summary',
		action: 'Get the summary report',
		description:
			'The compiled report of a session (registrants, chats, surveys); a JSON answer with one CSV per section becomes one file per section',
		method: 'GET',
		path: '/reports/events/sessions/csv/summary/{sessionToken}',
		output: csvFile('summary'),
		fields: [sessionLocator(), outputAs],
		kind: 'run',
		run: csvReportRun('summary'),
	},
	{
		id: 'csvRegistrants',
		resource: 'report',
		operation: 'registrants',
		name: 'Registrants',
		action: 'Get the registrants report',
		description: 'Registrants of a session as CSV',
		method: 'GET',
		path: '/reports/events/sessions/csv/registrants/{sessionToken}',
		output: csvFile('registrants'),
		fields: [sessionLocator(), outputAs],
		kind: 'run',
		run: csvReportRun('registrants'),
	},
	{
		id: 'csvAttendeeChat',
		resource: 'report',
		operation: 'attendeeChat',
		name: 'Attendee Chat',
		action: 'Get the attendee chat report',
		description: 'The attendee chat log of a session as CSV',
		method: 'GET',
		path: '/reports/events/sessions/csv/attendeeChat/{sessionToken}',
		output: csvFile('attendee-chat'),
		fields: [sessionLocator(), outputAs],
		kind: 'run',
		run: csvReportRun('attendee-chat'),
	},
	{
		id: 'csvOperatorChat',
		resource: 'report',
		operation: 'operatorChat',
		name: 'Operator Chat',
		action: 'Get the operator chat report',
		description: 'The operator chat log of a session as CSV',
		method: 'GET',
		path: '/reports/events/sessions/csv/operatorChat/{sessionToken}',
		output: csvFile('operator-chat'),
		fields: [sessionLocator(), outputAs],
		kind: 'run',
		run: csvReportRun('operator-chat'),
	},
	{
		id: 'csvSurveyResponses',
		resource: 'report',
		operation: 'surveyResponses',
		name: 'Survey Responses',
		action: 'Get the survey responses report',
		description: 'The answers to one survey of a session as CSV',
		method: 'GET',
		path: '/reports/events/sessions/csv/surveyDetail/{sessionToken}/{surveyId}',
		output: csvFile('survey-responses'),
		fields: [
			sessionLocator(),
			{
				name: 'surveyId',
				label: 'Survey',
				in: 'path',
				type: 'locator',
				locator: 'survey',
				required: true,
				description: 'A survey of the event session, picked by name or given by its numeric ID',
			},
			outputAs,
		],
		kind: 'run',
		run: csvReportRun('survey-responses'),
	},
];
