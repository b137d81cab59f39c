import type { EndpointSpec, FieldSpec } from '../../shared/declarations/types';
import { grapeDay, pagesOf } from './client';
import { numericId, text, userName, view } from './fields';

/** person_data[...] fields of the 2.4.2–2.7 person pages, typed from the Person type. */
const personData = (): FieldSpec[] => [
	text('newUserName', 'person_data[user_name]', 'User Name', 'body', { maxLength: 255 }),
	text('firstname', 'person_data[firstname]', 'First Name', 'body', { maxLength: 255 }),
	text('lastname', 'person_data[lastname]', 'Last Name', 'body', { maxLength: 255 }),
	{ name: 'email', apiName: 'person_data[email]', label: 'Email', in: 'body', type: 'email' },
	text('mobile', 'person_data[mobile]', 'Mobile', 'body'),
	text('phone', 'person_data[phone]', 'Phone', 'body'),
	text('jobtitle', 'person_data[jobtitle]', 'Job Title', 'body'),
	{ name: 'birthdate', apiName: 'person_data[birthdate]', label: 'Birth Date', in: 'body', type: 'dateTime', dateFormat: grapeDay },
	text('externPersonId', 'person_data[extern_person_id]', 'External Person ID', 'body'),
	text('employeeCode', 'person_data[employee_code]', 'Employee Code', 'body'),
	text('address', 'person_data[address]', 'Address', 'body'),
	text('postcode', 'person_data[postcode]', 'Postcode', 'body'),
	text('city', 'person_data[city]', 'City', 'body'),
	{ name: 'sex', apiName: 'person_data[sex]', label: 'Sex', in: 'body', type: 'options', default: 'M', options: [{ name: 'Female', value: 'F' }, { name: 'Male', value: 'M' }] },
	text('notice', 'person_data[notice]', 'Notice', 'body'),
	text('code', 'person_data[code]', 'Code', 'body'),
	text('source', 'person_data[source]', 'Source', 'body'),
	{ ...text('password', 'person_data[password]', 'New Password', 'body'), description: 'Set a new password' },
	{ ...text('oldPassword', 'person_data[old_password]', 'Old Password', 'body'), description: 'Needed when people change their own password or user name' },
	{ ...text('passwordMatch', 'person_data[password_match]', 'Repeat New Password', 'body'), description: 'Needed together with Old Password' },
];

const list = (spec: Omit<EndpointSpec, 'method' | 'paginated' | 'output' | 'paging'> & { key: string }): EndpointSpec => {
	const { key, ...rest } = spec;
	return { ...rest, method: 'GET', paginated: true, paging: pagesOf(key), output: { kind: 'records', path: key } };
};

export const peopleEndpoints: EndpointSpec[] = [
	{ id: 'persons.get', resource: 'person', operation: 'get', name: 'Get', action: 'Get a person', description: 'Get one person by user name', method: 'GET', path: '/api/persons/{user_name}', output: { kind: 'records', path: 'persons' }, fields: [userName('path', true)] },
	{ id: 'person.me', resource: 'person', operation: 'getMe', name: 'Get Logged-In Person', action: 'Get the logged-in person', description: 'Get the person the credential logs in as', method: 'GET', path: '/api/person', output: { kind: 'records', path: 'persons' }, fields: [] },
	list({ id: 'persons.list', key: 'persons', resource: 'person', operation: 'getAll', name: 'Get Many', action: 'Get many persons', description: 'List persons, optionally of units or of an event', path: '/api/persons', fields: [{ name: 'organisationId', apiName: 'organisation_id', label: 'Organisation ID', in: 'query', type: 'number', min: 1 }, { name: 'eventId', apiName: 'event_id', label: 'Event ID', in: 'query', type: 'number', min: 1, description: 'Persons signed on to this event' }] }),
	{ id: 'persons.update', resource: 'person', operation: 'update', name: 'Update', action: 'Update a person', description: 'Change a person; only the fields you set change', method: 'PUT', path: '/api/persons/{user_name}', idempotent: true, output: { kind: 'records', path: 'persons' }, fields: [userName('path', true), ...personData()] },
	{
		id: 'persons.create',
		resource: 'person',
		operation: 'create',
		name: 'Create',
		action: 'Create a person',
		description: 'Create a person in an organisation unit with a role',
		method: 'POST',
		path: '/api/persons',
		output: { kind: 'records', path: 'persons' },
		fields: [
			numericId('organisationId', 'organisation_id', 'Organisation', 'organisation', 'body'),
			{ name: 'roleId', apiName: 'role_id', label: 'Role ID', in: 'body', type: 'number', required: true, min: 1, description: 'The role (position) the person gets in that unit' },
			{ ...text('firstname', 'person_data[firstname]', 'First Name', 'body', { maxLength: 255 }), required: true },
			{ ...text('lastname', 'person_data[lastname]', 'Last Name', 'body', { maxLength: 255 }), required: true },
			...personData().filter((field) => !['firstname', 'lastname', 'oldPassword', 'passwordMatch'].includes(field.name)),
		],
	},
	list({ id: 'organisations.list', key: 'organisations', resource: 'organisation', operation: 'getAll', name: 'Get Many', action: 'Get many organisations', description: 'List organisation units', path: '/api/organisations', fields: [{ name: 'parentId', apiName: 'parent_id', label: 'Parent ID', in: 'query', type: 'number', min: 0, description: 'Children of this unit; 0 lists the root units' }, userName()] }),
	{ id: 'organisations.get', resource: 'organisation', operation: 'get', name: 'Get', action: 'Get an organisation', description: 'Get one organisation unit', method: 'GET', path: '/api/organisations/{organisation_id}', output: { kind: 'records', path: 'organisations' }, fields: [numericId('organisationId', 'organisation_id', 'Organisation', 'organisation')] },
	{ id: 'organisations.members', resource: 'organisation', operation: 'getMembers', name: 'Get Members', action: 'Get members of an organisation', description: 'List the persons of a unit', method: 'GET', path: '/api/organisations/{organisation_id}/persons', output: { kind: 'records', path: 'persons' }, fields: [numericId('organisationId', 'organisation_id', 'Organisation', 'organisation'), view('simple')] },
	{
		id: 'organisations.create',
		resource: 'organisation',
		operation: 'create',
		name: 'Create',
		action: 'Create an organisation',
		description: 'Create an organisation unit',
		method: 'POST',
		path: '/api/organisations',
		output: { kind: 'records', path: 'organisations' },
		fields: [
			{ ...text('name', 'organisation_data[name]', 'Name', 'body', { maxLength: 255 }), required: true },
			{ name: 'parentId', apiName: 'organisation_data[parent_id]', label: 'Parent ID', in: 'body', type: 'number', min: 0, description: 'The parent unit; empty or 0 makes a root unit' },
			{ name: 'email', apiName: 'organisation_data[email]', label: 'Email', in: 'body', type: 'email' },
			text('address', 'organisation_data[address]', 'Address', 'body'),
			text('externOrganisationId', 'organisation_data[extern_organisation_id]', 'External ID', 'body'),
		],
	},
];
