import { resource, call } from '../schema';

/** CertificateResults: Persons can have CertificateResults on Certificate Activities. */
export const certificateresults = resource({
	name: 'CertificateResults',
	slug: 'certificateresults',
	singular: 'certificate result',
	idParam: 'certificateresult_id',
	crud: ['list', 'get'],
	// name, type, access, visibility, details
	fields: [
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['Completed', 'boolean', 'readonly', 'request', { filter: 'boolean' }],
		['ContentTime', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['DateCompleted', 'date', 'readonly', 'default', { filter: 'orderable' }],
		['ID', 'text', 'readonly', 'always', { filter: 'reference' }],
		['MaxProgress', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['MaxScore', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		[
			'Of',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Person' },
		],
		[
			'On',
			'text',
			'readonly',
			'default',
			{ filter: 'reference', expandable: true, refersTo: 'Activity' },
		],
		['Progress', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		['RecertificationAfter', 'date', 'readonly', 'request', { filter: 'orderable' }],
		['ScaledScore', 'number', 'readonly', 'request'],
		['Score', 'integer', 'readonly', 'request', { filter: 'orderable' }],
		[
			'Status',
			'enum',
			'readonly',
			'default',
			{
				filter: 'orderable',
				values: ['NotStarted', 'Busy', 'Pending', 'Done', 'Failed', 'Passed', 'NotAssigned'],
			},
		],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
		['ValidUntil', 'date', 'readonly', 'request', { filter: 'orderable' }],
	],
	calls: [
		call('downloadphysicalcertificate', {
			// A POST that only reads: safe to repeat.
			readOnly: true,
			title: 'DownloadPhysicalCertificate',
			returns: 'binary',
			body: [],
			description: 'Download PDF version of a certificate result',
		}),
		call('verifyqr', {
			// A POST that only reads: safe to repeat.
			readOnly: true,
			title: 'VerifyQR',
			returns: 'scalar',
			body: [['Data', 'text', { required: true }]],
			description: "Verify a Certificate's QR code",
			scope: 'collection',
		}),
	],
});
