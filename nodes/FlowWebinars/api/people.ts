import type { EndpointSpec } from '../../shared/declarations/types';
import { sessionLocator } from './fields';

const EMAIL = { type: 'email' as const, required: true };

export const registrantEndpoints: EndpointSpec[] = [
	{
		id: 'createRegistrant',
		resource: 'registrant',
		operation: 'create',
		name: 'Register',
		action: 'Register an attendee',
		description: 'Register someone for an event session; returns their personal join link',
		method: 'POST',
		path: '/registrants',
		output: { kind: 'records', path: 'data' },
		fields: [
			sessionLocator('body', 'eventSessionToken'),
			{ name: 'email', label: 'Email', in: 'body', ...EMAIL },
			{ name: 'firstName', label: 'First Name', in: 'body', type: 'string', required: true, maxLength: 255 },
			{ name: 'lastName', label: 'Last Name', in: 'body', type: 'string', required: true, maxLength: 255 },
			{ name: 'redirect', label: 'SSO Redirect', in: 'body', type: 'boolean', default: false, description: 'Whether to answer with a single-sign-on redirect link (needs SSO enabled by Flow support)' },
		],
	},
	{
		id: 'listRegistrants',
		resource: 'registrant',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many registrants',
		description: 'List the registrants of an event session, with their attendance times',
		method: 'GET',
		path: '/reports/events/sessions/registrants/{sessionToken}',
		paginated: true,
		output: { kind: 'records', path: 'data' },
		fields: [sessionLocator()],
	},
	{
		id: 'listOperators',
		resource: 'operator',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many operators',
		description: 'List the operators (hosts) of the account',
		method: 'GET',
		path: '/users',
		paginated: true,
		output: { kind: 'records', path: 'data' },
		simplify: ['id', 'userID', 'firstName', 'lastName', 'email', 'title', 'company', 'permission', 'accountToken'],
		fields: [],
	},
	{
		id: 'listSurveys',
		resource: 'survey',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many surveys',
		description: 'List the surveys of an event session',
		method: 'GET',
		path: '/reports/events/sessions/surveys/{sessionToken}',
		paginated: true,
		output: { kind: 'records', path: 'data' },
		fields: [sessionLocator()],
	},
];

export const roomEndpoints: EndpointSpec[] = [
	{
		id: 'ssoRoomsLookup',
		resource: 'room',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many rooms',
		description: 'SSO step 1: list the permanent webinar rooms of an account',
		method: 'GET',
		path: '/rooms/lookup/{accountToken}',
		paginated: true,
		output: { kind: 'records', path: 'data' },
		fields: [{ name: 'account', apiName: 'accountToken', label: 'Account Token', in: 'path', type: 'string', required: true, pattern: /^[A-Za-z0-9_-]+$/, expected: 'must be an account token (letters, digits, "-" and "_"), as in the operators list', description: 'The accountToken of your operators (Operator → Get Many)' }],
	},
	{
		id: 'ssoRoomRegister',
		resource: 'room',
		operation: 'register',
		name: 'Get Login Link',
		action: 'Get a room login link for a person',
		description: 'SSO step 2: register a person in a room and get their personal login link',
		method: 'GET',
		// The API joins email, first and last name with the literal "*_*"; each part is URL-encoded.
		path: '/rooms/register/{roomId}/{email}*_*{firstName}*_*{lastName}',
		output: { kind: 'records', path: 'data' },
		fields: [
			{ name: 'roomId', label: 'Room ID', in: 'path', type: 'string', required: true, pattern: /^[A-Za-z0-9_-]+$/, expected: 'must be a room ID from Room → Get Many' },
			{ name: 'email', label: 'Email', in: 'path', ...EMAIL },
			{ name: 'firstName', label: 'First Name', in: 'path', type: 'string', required: true, maxLength: 255, check: (v) => (v.includes('*_*') ? 'must not contain "*_*"' : undefined) },
			{ name: 'lastName', label: 'Last Name', in: 'path', type: 'string', required: true, maxLength: 255, check: (v) => (v.includes('*_*') ? 'must not contain "*_*"' : undefined) },
		],
	},
];
