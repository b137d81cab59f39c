import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, jsonBody, selectionFields, streamField, text } from '../fields';

const certificateResultId = (): FieldSpec =>
	idField({
		apiName: 'certificateresult_id',
		label: 'Certificate Result',
		locator: 'certificateresults',
	});

/** Properties returned by default or on request (the ID always is), and those that expand. */
const certificateResultSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['DateCompleted', 'Of', 'On', 'Status', 'Tag', 'Type'],
		onRequest: [
			'ClassID',
			'ClassName',
			'Completed',
			'ContentTime',
			'CreateDate',
			'MaxProgress',
			'MaxScore',
			'ModifiedDate',
			'Progress',
			'RecertificationAfter',
			'ScaledScore',
			'Score',
			'ValidUntil',
		],
		expandable: ['Of', 'On'],
	});

/** CertificateResults: Persons can have CertificateResults on Certificate Activities. */
export const certificateResultsEndpoints: EndpointSpec[] = [
	{
		id: 'certificateresults.list',
		resource: 'certificateresults',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many certificate results',
		description: 'List certificate results',
		method: 'GET',
		path: '/certificateresults',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...certificateResultSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				Completed: 'boolean',
				ContentTime: 'orderable',
				CreateDate: 'auditDates',
				DateCompleted: 'orderable',
				ID: 'reference',
				MaxProgress: 'orderable',
				MaxScore: 'orderable',
				ModifiedDate: 'auditDates',
				Of: 'reference',
				On: 'reference',
				Progress: 'orderable',
				RecertificationAfter: 'orderable',
				Score: 'orderable',
				Status: 'orderable',
				Tag: 'text',
				ValidUntil: 'orderable',
			}),
			streamField('certificate results'),
		],
	},
	{
		id: 'certificateresults.get',
		resource: 'certificateresults',
		operation: 'get',
		name: 'Get',
		action: 'Get a certificate result',
		description: 'Get one certificate result by ID',
		method: 'GET',
		path: '/certificateresults/{certificateresult_id}',
		output: { kind: 'object' },
		fields: [certificateResultId(), ...certificateResultSelection()],
	},
	{
		id: 'certificateresults.downloadphysicalcertificate',
		resource: 'certificateresults',
		operation: 'downloadphysicalcertificate',
		name: 'Download Physical Certificate',
		action: 'Download a certificate result as a PDF',
		description: 'Download the certificate of a certificate result as a PDF file',
		method: 'POST',
		path: '/certificateresults/{certificateresult_id}/.downloadphysicalcertificate',
		idempotent: true,
		output: {
			kind: 'binary',
			fileName: (params) => `certificate-${params.id ?? 'result'}.pdf`,
			mimeType: 'application/pdf',
		},
		prepare: jsonBody,
		fields: [certificateResultId()],
	},
	{
		id: 'certificateresults.verifyqr',
		resource: 'certificateresults',
		operation: 'verifyqr',
		name: 'Verify QR Code',
		action: 'Verify the QR code of a certificate',
		description:
			"Check the text read from a certificate's QR code; returns Growsparks' answer as text",
		method: 'POST',
		path: '/certificateresults/.verifyqr',
		idempotent: true,
		output: { kind: 'object' },
		prepare: jsonBody,
		transform: (body) => [{ result: body as string }],
		fields: [
			text('Data', { required: true, description: "The text read from the certificate's QR code" }),
		],
	},
];
