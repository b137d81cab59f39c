import type { EndpointSpec, FieldSpec } from '../../../shared/declarations/types';
import { filterField, idField, selectionFields, streamField } from '../fields';

/** Properties returned by default or on request (the ID always is), and those that expand. */
const attendanceSelection = (): FieldSpec[] =>
	selectionFields({
		byDefault: ['ExecutionSession', 'Present', 'Subscription', 'Tag', 'Type'],
		onRequest: ['ClassID', 'ClassName', 'CreateDate', 'ModifiedDate', 'Note'],
		expandable: ['ExecutionSession', 'Subscription'],
	});

/** Attendance */
export const attendanceEndpoints: EndpointSpec[] = [
	{
		id: 'attendance.list',
		resource: 'attendance',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many attendance records',
		description: 'List attendance records',
		method: 'GET',
		path: '/attendance',
		paginated: true,
		streamable: true,
		output: { kind: 'records', path: 'Items' },
		fields: [
			...attendanceSelection(),
			filterField({
				ClassID: 'reference',
				ClassName: 'reference',
				CreateDate: 'auditDates',
				ExecutionSession: 'reference',
				ID: 'reference',
				ModifiedDate: 'auditDates',
				Present: 'boolean',
				Subscription: 'reference',
				Tag: 'text',
			}),
			streamField('attendance records'),
		],
	},
	{
		id: 'attendance.get',
		resource: 'attendance',
		operation: 'get',
		name: 'Get',
		action: 'Get an attendance record',
		description: 'Get one attendance record by ID',
		method: 'GET',
		path: '/attendance/{attendance_id}',
		output: { kind: 'object' },
		fields: [
			idField({ apiName: 'attendance_id', label: 'Attendance Record', locator: 'attendance' }),
			...attendanceSelection(),
		],
	},
];
