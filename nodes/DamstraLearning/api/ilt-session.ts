import type { EndpointSpec, FieldSpec } from '../../shared/declarations/types';
import { iltDate, iltSessionLocator, locatorField, textField, userIdsField } from './fields';

const STATE_OPTIONS = [
	{ name: 'Upcoming', value: 1 },
	{ name: 'In Progress', value: 2 },
	{ name: 'Past', value: 3 },
];

const STATUS_OPTIONS = [
	{ name: 'Active', value: 1 },
	{ name: 'Completed', value: 2 },
	{ name: 'Cancelled', value: 3 },
];

const instructor = (required: boolean): FieldSpec =>
	required
		? locatorField('instructorId', 'Instructor', 'user', 'body', {
				description: 'The user who runs the session',
			})
		: {
				name: 'instructorId',
				label: 'Instructor ID',
				in: 'body',
				type: 'number',
				min: 1,
				description: 'Numeric user ID of the instructor',
			};

const session = (partial: Omit<EndpointSpec, 'resource'>): EndpointSpec => ({
	resource: 'iltSession',
	...partial,
});

const action = (
	id: string,
	operation: string,
	name: string,
	verb: string,
	path: string,
	description: string,
	fields: FieldSpec[] = [],
): EndpointSpec =>
	session({
		id,
		operation,
		name,
		action: verb,
		description,
		method: 'POST',
		path,
		output: { kind: 'object' },
		fields: [iltSessionLocator(), ...fields],
	});

export const iltSessionEndpoints: EndpointSpec[] = [
	session({
		id: 'iltSession.list',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many ILT sessions',
		description: 'List instructor-led training sessions',
		method: 'GET',
		path: '/ilt_session',
		paginated: true,
		output: { kind: 'records', path: 'results' },
		fields: [
			{
				name: 'lessonScheduleId',
				label: 'Lesson Schedule ID',
				in: 'query',
				type: 'number',
				min: 1,
				description: 'Only the session linked to this lesson schedule',
			},
			{
				name: 'state',
				label: 'State',
				in: 'query',
				type: 'options',
				options: STATE_OPTIONS,
				default: 1,
			},
			{
				name: 'status',
				label: 'Status',
				in: 'query',
				type: 'options',
				options: STATUS_OPTIONS,
				default: 1,
			},
			{
				name: 'instructorId',
				label: 'Instructor ID',
				in: 'query',
				type: 'number',
				min: 1,
				description: 'Only sessions run by this user',
			},
		],
	}),
	session({
		id: 'iltSession.get',
		operation: 'get',
		name: 'Get',
		action: 'Get an ILT session',
		description: 'Get one instructor-led training session',
		method: 'GET',
		path: '/ilt_session/{iltSessionId}',
		output: { kind: 'object' },
		fields: [iltSessionLocator()],
	}),
	session({
		id: 'iltSession.create',
		operation: 'create',
		name: 'Create',
		action: 'Create an ILT session',
		description: 'Create an instructor-led training session',
		method: 'POST',
		path: '/ilt_session',
		output: { kind: 'object' },
		fields: [
			{
				name: 'startDatetime',
				label: 'Start',
				in: 'body',
				type: 'dateTime',
				required: true,
				dateFormat: iltDate,
				description: 'Sent in UTC',
			},
			{
				name: 'endDatetime',
				label: 'End',
				in: 'body',
				type: 'dateTime',
				required: true,
				dateFormat: iltDate,
				description: 'Sent in UTC',
			},
			textField('location', 'Location', 'body', { required: true, maxLength: 255 }),
			instructor(true),
			locatorField('lessonId', 'Lesson', 'lesson', 'body', {
				description: 'The instructor-led lesson this session delivers',
			}),
			{ ...textField('notes', 'Notes', 'body'), type: 'text' },
		],
	}),
	session({
		id: 'iltSession.update',
		operation: 'update',
		name: 'Update',
		action: 'Update an ILT session',
		description: 'Change a session; only the fields you set change',
		notice:
			'The API needs the instructor and location on every update, so the node reads the session first and sends them back with your changes.',
		method: 'PATCH',
		path: '/ilt_session/{iltSessionId}',
		fullObjectUpdate: {
			readPath: '/ilt_session/{iltSessionId}',
			keep: ['instructorId', 'location'],
		},
		output: { kind: 'object' },
		fields: [
			iltSessionLocator(),
			instructor(false),
			textField('location', 'Location', 'body', { maxLength: 255 }),
			{
				name: 'statusId',
				label: 'Status',
				in: 'body',
				type: 'options',
				options: STATUS_OPTIONS,
				default: 1,
			},
			{ ...textField('notes', 'Notes', 'body'), type: 'text' },
			{
				name: 'numberOfPlaces',
				label: 'Number of Places',
				in: 'body',
				type: 'number',
				min: 1,
				description: 'Capacity of the session',
			},
		],
	}),
	action(
		'iltSession.complete',
		'complete',
		'Complete',
		'Complete an ILT session',
		'/ilt_session/{iltSessionId}/complete',
		'Complete the session and every lesson schedule linked to it',
	),
	action(
		'iltSession.cancel',
		'cancel',
		'Cancel',
		'Cancel an ILT session',
		'/ilt_session/{iltSessionId}/cancel_session',
		'Cancel the session, optionally notifying trainees and the instructor',
		[
			{
				name: 'iltSessionCancellationTraineeNotificationEnabled',
				label: 'Notify Trainees',
				in: 'body',
				type: 'boolean',
				required: true,
				default: true,
				description: 'Whether registered trainees are told about the cancellation',
			},
			{
				name: 'iltSessionCancellationInstructorNotificationEnabled',
				label: 'Notify Instructor',
				in: 'body',
				type: 'boolean',
				required: true,
				default: true,
				description: 'Whether the instructor is told about the cancellation',
			},
		],
	),
	action(
		'iltSession.bulkRegister',
		'register',
		'Register Users',
		'Register users for an ILT session',
		'/ilt_session/{iltSessionId}/bulk_register',
		"Register users; they must already be scheduled to the session's lesson",
		[userIdsField('Users to register; each must already be scheduled to the lesson')],
	),
	action(
		'iltSession.bulkDeregister',
		'deregister',
		'Deregister Users',
		'Deregister users from an ILT session',
		'/ilt_session/{iltSessionId}/bulk_deregister',
		'Remove users from the session',
		[userIdsField('Users to deregister')],
	),
	session({
		id: 'iltSession.listAttendees',
		operation: 'getAttendees',
		name: 'Get Attendees',
		action: 'Get attendees of an ILT session',
		description: 'List the attendee records of a session',
		method: 'GET',
		path: '/ilt_session/{iltSessionId}/attendees',
		output: { kind: 'records', path: 'results' },
		fields: [iltSessionLocator()],
	}),
	action(
		'iltSession.saveProgress',
		'saveProgress',
		'Save Progress',
		'Save attendance for an ILT session',
		'/ilt_session/{iltSessionId}/save_progress',
		'Record who attended and who passed',
		[
			{
				name: 'attendees',
				label: 'Attendees',
				in: 'body',
				type: 'objectList',
				required: true,
				description: 'One entry per attendee record (see Get Attendees)',
				entries: [
					{
						name: 'id',
						label: 'Attendee Record ID',
						in: 'body',
						type: 'number',
						required: true,
						min: 1,
						description: 'The "id" of the attendee record from Get Attendees, not the user ID',
					},
					{ name: 'attended', label: 'Attended', in: 'body', type: 'boolean', default: true },
					{ name: 'passed', label: 'Passed', in: 'body', type: 'boolean', default: true },
				],
			},
		],
	),
];
