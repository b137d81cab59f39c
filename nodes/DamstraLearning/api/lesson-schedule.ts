import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import type { EndpointSpec } from '../../shared/declarations/types';
import { lessonScheduleLocator, locatorField, scheduleDate, userLocator } from './fields';

/** What Simplify keeps of one lesson schedule (42 fields; it has `active`, not a status). */
const SCHEDULE_SIMPLE_KEYS = [
	'id',
	'lessonId',
	'lessonName',
	'userId',
	'userFirstName',
	'userLastName',
	'active',
	'startDate',
	'endDate',
	'lessonCompletedDate',
];

/** What Simplify keeps of a user's lesson schedules (29 fields each). */
const USER_SCHEDULE_SIMPLE_KEYS = [
	'id',
	'lessonId',
	'lessonName',
	'userId',
	'status',
	'startDate',
	'endDate',
	'lessonStartedDate',
	'lessonCompletedDate',
	'progress',
];

export const lessonScheduleEndpoints: EndpointSpec[] = [
	{
		id: 'lessonSchedule.get',
		resource: 'lessonSchedule',
		operation: 'get',
		name: 'Get',
		action: 'Get a lesson schedule',
		description: 'Get one lesson schedule with its dates, progress, results, user and lesson',
		method: 'GET',
		path: '/lesson_schedule/{lessonScheduleId}',
		output: { kind: 'object' },
		simplify: SCHEDULE_SIMPLE_KEYS,
		fields: [lessonScheduleLocator()],
	},
	{
		id: 'lessonSchedule.listForUser',
		resource: 'lessonSchedule',
		operation: 'getAllForUser',
		name: 'Get Many for User',
		action: 'Get many lesson schedules for a user',
		description: 'List the lessons scheduled for one user',
		method: 'GET',
		path: '/user/{userId}/lesson_schedule',
		paginated: true,
		output: { kind: 'records', path: 'results' },
		simplify: USER_SCHEDULE_SIMPLE_KEYS,
		fields: [
			userLocator(),
			{
				name: 'status',
				label: 'Status',
				in: 'query',
				type: 'options',
				required: true,
				default: 'all',
				options: [
					{ name: 'All', value: 'all' },
					{ name: 'Cancelled', value: 'cancelled' },
					{ name: 'Completed', value: 'completed' },
					{ name: 'Due', value: 'due' },
					{ name: 'Overdue', value: 'overdue' },
					{ name: 'Scheduled', value: 'scheduled' },
				],
				description: 'Only schedules in this state',
			},
		],
	},
	{
		id: 'lessonSchedule.scheduleUser',
		resource: 'lessonSchedule',
		operation: 'scheduleUser',
		name: 'Schedule User',
		action: 'Schedule lessons for a user',
		description: 'Assign one or more lesson versions to a user; returns the new schedule IDs',
		method: 'POST',
		path: '/user/{userId}/lesson_schedule',
		output: { kind: 'object' },
		fields: [
			userLocator(),
			{
				name: 'lessonVersionIds',
				label: 'Lesson Version IDs',
				in: 'body',
				type: 'idList',
				locator: 'lesson',
				required: true,
				listForm: 'numbers',
				description:
					'Lesson version IDs to schedule (the "lessonVersionId" of a lesson, not its "lessonId")',
			},
			{
				name: 'scheduleDate',
				label: 'Start Date',
				in: 'body',
				type: 'dateTime',
				dateFormat: scheduleDate,
				description: 'When the user may start; now when empty. Sent in UTC.',
			},
			{
				name: 'gracePeriod',
				label: 'Grace Period',
				in: 'body',
				type: 'number',
				min: 1,
				toWire: (value) => String(value),
				description: 'Time the user has to complete the lesson; set the unit too',
			},
			{
				name: 'gracePeriodUnit',
				label: 'Grace Period Unit',
				in: 'body',
				type: 'options',
				default: 'days',
				options: [
					{ name: 'Days', value: 'days' },
					{ name: 'Months', value: 'months' },
				],
			},
		],
		prepare(request, itemIndex) {
			const body = request.body as IDataObject;
			// The API takes the period and its unit together or not at all.
			if (body.gracePeriod !== undefined && body.gracePeriodUnit === undefined) {
				return { ...request, body: { ...body, gracePeriodUnit: 'days' } };
			}
			if (body.gracePeriod === undefined && body.gracePeriodUnit !== undefined) {
				throw new NodeOperationError(
					this.getNode(),
					'Parameter "Grace Period" is needed when "Grace Period Unit" is set',
					{ itemIndex },
				);
			}
			return request;
		},
	},
	{
		id: 'lessonSchedule.manuallyComplete',
		resource: 'lessonSchedule',
		operation: 'complete',
		name: 'Complete Manually',
		action: 'Complete a lesson manually for a user',
		description: 'Record that a user completed a lesson outside Damstra Learning',
		method: 'POST',
		path: '/lesson_schedule/{userId}/complete_lesson',
		output: { kind: 'object' },
		fields: [
			userLocator('path', { label: 'Trainee', description: 'The user who completed the lesson' }),
			{
				name: 'completedDate',
				label: 'Completed Date',
				in: 'body',
				type: 'dateTime',
				required: true,
				dateFormat: scheduleDate,
				description: 'When the lesson was completed. Sent in UTC.',
			},
			locatorField('manuallyCompletedByUserId', 'Completed By', 'user', 'body', {
				description:
					'The active user recording the completion (the vendor suggests a dedicated integration user)',
			}),
			{
				name: 'lessonBy',
				label: 'Identify Lesson By',
				in: 'control',
				type: 'options',
				required: true,
				default: 'lessonId',
				options: [
					{ name: 'Lesson ID', value: 'lessonId' },
					{ name: 'Lesson Version ID', value: 'lessonVersionId' },
				],
			},
			{
				name: 'lessonRef',
				label: 'Lesson or Version ID',
				in: 'control',
				type: 'number',
				required: true,
				min: 1,
				description: 'The lesson ID or lesson version ID, as chosen above',
			},
		],
		prepare(request) {
			// The API takes exactly one of lessonId / lessonVersionId.
			const { lessonBy, lessonRef } = request.params;
			return {
				...request,
				body: { ...(request.body as IDataObject), [lessonBy as string]: lessonRef },
			};
		},
	},
	{
		id: 'lessonSchedule.downloadCertificate',
		resource: 'lessonSchedule',
		operation: 'downloadCertificate',
		name: 'Download Certificate',
		action: 'Download a lesson schedule certificate',
		description: 'Download the PDF certificate of a completed, passed lesson schedule',
		method: 'GET',
		path: '/lesson_schedule/{lessonScheduleId}/certificate',
		output: {
			kind: 'binary',
			fileName: (params) => `certificate-${params.lessonScheduleId}.pdf`,
			mimeType: 'application/pdf',
		},
		fields: [lessonScheduleLocator()],
	},
];
