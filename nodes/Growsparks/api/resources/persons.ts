import { resource, call } from '../schema';
import { reportCall } from '../calls';

/** Persons: Representation of a real life person */
export const persons = resource({
	name: 'Persons',
	slug: 'persons',
	singular: 'person',
	idParam: 'person_id',
	crud: ['create', 'list', 'get', 'update'],
	// name, type, access, visibility, details
	fields: [
		['Authorizations', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['BirthDate', 'date', 'readwrite', 'request', { filter: 'orderable' }],
		['ClassID', 'integer', 'readonly', 'request', { filter: 'reference' }],
		['ClassName', 'text', 'readonly', 'request', { filter: 'reference' }],
		['CreateDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['DisplayName', 'text', 'readwrite', 'request', { max: 255, filter: 'text' }],
		['Email', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		['ExternalID', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		['ExtraData', 'mapping', 'readwrite', 'request'],
		['FirstName', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		['ID', 'text', 'readonly', 'always', { filter: 'hierarchy' }],
		['Initials', 'text', 'readwrite', 'request', { max: 255, filter: 'text' }],
		['LastName', 'text', 'readwrite', 'default', { max: 255, filter: 'text' }],
		['MidName', 'text', 'readwrite', 'request', { max: 255, filter: 'text' }],
		['ModifiedDate', 'date', 'readonly', 'request', { filter: 'auditDates' }],
		['ParentMemberships', 'ids', 'readonly', 'request', { expandable: true, refersTo: 'Entity' }],
		['PreferredLanguage', 'text', 'readwrite', 'request', { format: 'language' }],
		['ProfileImage', 'asset', 'readwrite', 'request'],
		['Tag', 'text', 'readwrite', 'default', { max: 100, filter: 'text' }],
		['Type', 'text', 'readonly', 'default'],
	],
	calls: [
		call('createemailimpersonation', {
			title: 'CreateEmailImpersonation',
			returns: 'object',
			body: [['LoginEmail', 'text']],
			description: 'Create an impersonation for the person using an email address.',
		}),
		call('createsinglesignonurl', {
			title: 'CreateSingleSignOnURL',
			returns: 'object',
			body: [
				['ActivityMode', 'enum', { values: ['Normal', 'View', 'Preview', 'Review', 'Edit'] }],
				['ContactEmail', 'text'],
				[
					'StartActivityStructure',
					'text',
					{
						refersTo: 'ActivityStructure',
						description:
							'ID of an activity structure; ID of an activity or program to start after sign on',
					},
				],
			],
			description: 'Create a Single Sign On URL for the person.',
		}),
		call('createusernameimpersonation', {
			title: 'CreateUsernameImpersonation',
			returns: 'object',
			body: [
				['ContactEmail', 'text'],
				['Username', 'text', { required: true }],
			],
			description: 'Create an impersonation for the person using an unique username.',
		}),
		call('merge', {
			// Merging persons cannot be undone.
			destructive: true,
			title: 'Merge',
			returns: 'object',
			body: [
				[
					'Target',
					'text',
					{
						required: true,
						refersTo: 'Person',
						description: 'ID of a person; ID of the person this person is merged with',
					},
				],
			],
			description: 'Merge person on another Person. Caution: this operation is irreversible',
		}),
		call('progress', {
			// A POST that only reads: safe to repeat.
			readOnly: true,
			title: 'Progress',
			returns: 'object',
			body: [
				[
					'ActivityStructure',
					'text',
					{
						required: true,
						refersTo: 'ActivityStructure',
						description: 'ID of an activity structure',
					},
				],
			],
			description:
				'Return the status, progress and score of the person on a specific activitystructure.',
		}),
		call('recertify', {
			title: 'Recertify',
			returns: 'object',
			body: [
				[
					'Certificate',
					'text',
					{
						required: true,
						refersTo: 'CertificateActivity',
						description: 'ID of a certificate activity',
					},
				],
			],
			description: 'Start re-certification for the person.',
		}),
		reportCall('authorizable'),
	],
});
