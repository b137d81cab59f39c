import type { INodePropertyOptions } from 'n8n-workflow';
import { DateTime } from 'luxon';
import type { FieldSpec } from '../../shared/declarations/types';

/** Role ids from the reference. The examples' `roles: [1]` is undocumented and never offered. */
export const ROLE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Admin',
		value: 3,
		description: 'Access to Manage; can create, edit and update all objects',
	},
	{ name: 'Editor', value: 4, description: 'Can create and edit lessons' },
	{ name: 'Instructor', value: 8, description: 'Runs instructor-led training sessions' },
	{ name: 'Owner', value: 7, description: 'Account owner (exactly one per account)' },
	{ name: 'Supervisor', value: 5, description: 'Manages users in the groups they supervise' },
	{ name: 'Trainee', value: 6, description: 'Takes lessons (the default role)' },
];

export const TRAINEE_ROLE = 6;

type Where = FieldSpec['in'];

export function locatorField(
	name: string,
	label: string,
	locator: string,
	where: Where,
	extra: Partial<FieldSpec> = {},
): FieldSpec {
	return { name, label, in: where, type: 'locator', locator, required: true, ...extra };
}

export const userLocator = (where: Where = 'path', extra: Partial<FieldSpec> = {}) =>
	locatorField('userId', 'User', 'user', where, {
		description: 'The user, picked from the list or by numeric ID',
		...extra,
	});

export const groupLocator = (where: Where = 'path') =>
	locatorField('groupId', 'Group', 'group', where, {
		description: 'The group, picked from the list or by numeric ID',
	});

export const lessonScheduleLocator = (where: Where = 'path') =>
	locatorField('lessonScheduleId', 'Lesson Schedule', 'lessonSchedule', where, {
		description:
			"One user's assignment of one lesson. The list shows schedules of the users matching your search.",
	});

export const iltSessionLocator = (where: Where = 'path') =>
	locatorField('iltSessionId', 'ILT Session', 'iltSession', where, {
		description: 'The instructor-led training session',
	});

export function userIdsField(description: string): FieldSpec {
	return {
		name: 'userIds',
		label: 'User IDs',
		in: 'body',
		type: 'idList',
		locator: 'user',
		required: true,
		listForm: 'numbers',
		description,
		hint: 'Comma-separated numeric user IDs, or an expression returning an array',
	};
}

export const textField = (
	name: string,
	label: string,
	where: Where,
	extra: Partial<FieldSpec> = {},
): FieldSpec => ({
	name,
	label,
	in: where,
	type: 'string',
	...extra,
});

/**
 * Schedule and completion calls take `YYYY-MM-DDTHH:mm:ss+0000`, as in the reference's examples.
 */
export function scheduleDate(date: Date): string {
	return DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss'+0000'");
}

/** ILT calls take milliseconds, `YYYY-MM-DDTHH:mm:ss.SSS+0000`. */
export function iltDate(date: Date): string {
	return DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'+0000'");
}

/** What Simplify keeps of a user (15 fields); clientStatusId says whether the user is active. */
export const USER_SIMPLE_KEYS = [
	'id',
	'userName',
	'firstName',
	'lastName',
	'emailAddress',
	'employeeNumber',
	'clientStatusId',
	'roles',
	'timeZone',
	'modifiedDate',
];
