import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { BuiltRequest, EndpointSpec, FieldSpec } from '../../shared/declarations/types';
import type { ApiResponse } from '../../shared/transport/types';
import { parseCsv } from '../../shared/transport/csv';
import { toBinaryData } from '../../shared/transport/binary';
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
		{ name: 'One Item per Row', value: 'rows', description: 'The report parsed into one item per CSV row' },
	],
};

/** The summary report may be JSON holding one CSV string per section instead of a CSV file. */
const SUMMARY_SECTIONS = ['registrants', 'attendeeChat', 'operatorChat', 'surveyResults'];

function csvRespond(kind: string) {
	return async function (this: IExecuteFunctions, response: ApiResponse, request: BuiltRequest, itemIndex: number): Promise<INodeExecutionData[]> {
		const pairedItem = { item: itemIndex };
		const token = String(request.pathValues.sessionToken);
		const body = response.body as Buffer;
		const asRows = request.params.outputAs === 'rows';
		const property = (this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string) || 'data';
		if (/json/i.test(response.headers['content-type'] ?? '')) {
			const parsed = JSON.parse(body.toString('utf8')) as IDataObject;
			const sections = ((parsed.data ?? parsed) as IDataObject) ?? {};
			const names = SUMMARY_SECTIONS.filter((name) => typeof sections[name] === 'string');
			if (asRows) return names.flatMap((name) => parseCsv(String(sections[name])).map((row) => ({ json: { section: name, ...row }, pairedItem })));
			const binary: Record<string, Awaited<ReturnType<typeof toBinaryData>>> = {};
			for (const name of names) {
				binary[`${property}_${name}`] = await this.helpers.prepareBinaryData(Buffer.from(String(sections[name]), 'utf8'), `${kind}-${name}-${token}.csv`, 'text/csv');
			}
			return [{ json: { sessionToken: token, report: kind, sections: names }, binary, pairedItem }];
		}
		if (asRows) return parseCsv(body.toString('utf8')).map((row) => ({ json: row, pairedItem }));
		const file = await toBinaryData(this, body, response.headers, `${kind}-${token}.csv`, 'text/csv');
		return [{ json: { sessionToken: token, report: kind, fileName: file.fileName, fileSize: file.fileSize ?? body.length }, binary: { [property]: file }, pairedItem }];
	};
}

function csvReport(id: string, operation: string, name: string, kind: string, path: string, description: string, extra: FieldSpec[] = []): EndpointSpec {
	return {
		id,
		resource: 'report',
		operation,
		name,
		action: `Get the ${name.toLowerCase()} report`,
		description,
		method: 'GET',
		path,
		output: { kind: 'binary', fileName: (params) => `${kind}-${params.sessionToken}.csv`, mimeType: 'text/csv' },
		fields: [sessionLocator(), ...extra, outputAs],
		respond: csvRespond(kind),
	};
}

export const reportEndpoints: EndpointSpec[] = [
	csvReport('csvSummary', 'summary', 'Summary', 'summary', '/reports/events/sessions/csv/summary/{sessionToken}', 'The compiled report of a session (registrants, chats, surveys); a JSON answer with one CSV per section becomes one file per section'),
	csvReport('csvRegistrants', 'registrants', 'Registrants', 'registrants', '/reports/events/sessions/csv/registrants/{sessionToken}', 'Registrants of a session as CSV'),
	csvReport('csvAttendeeChat', 'attendeeChat', 'Attendee Chat', 'attendee-chat', '/reports/events/sessions/csv/attendeeChat/{sessionToken}', 'The attendee chat log of a session as CSV'),
	csvReport('csvOperatorChat', 'operatorChat', 'Operator Chat', 'operator-chat', '/reports/events/sessions/csv/operatorChat/{sessionToken}', 'The operator chat log of a session as CSV'),
	csvReport('csvSurveyResponses', 'surveyResponses', 'Survey Responses', 'survey-responses', '/reports/events/sessions/csv/surveyDetail/{sessionToken}/{surveyId}', 'The answers to one survey of a session as CSV', [
		{ name: 'surveyId', label: 'Survey ID', in: 'path', type: 'number', required: true, min: 1, description: 'Numeric survey ID, from Survey → Get Many' },
	]),
];
