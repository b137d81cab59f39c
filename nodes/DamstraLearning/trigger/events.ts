import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** The seven webhook events of the reference; `name` is how a delivery says which one it is. */
export const DAMSTRA_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Lesson Schedule Cancelled',
		value: 'lesson.schedule.cancelled',
		description: 'A schedule was cancelled (one delivery per user)',
	},
	{
		name: 'Lesson Schedule Changed',
		value: 'lesson.schedule.changed',
		description: 'A schedule was changed (one delivery per user)',
	},
	{
		name: 'Lesson Schedule Completed',
		value: 'lesson.schedule.completed',
		description: 'A user completed a lesson schedule',
	},
	{
		name: 'Lesson Schedule Created',
		value: 'lesson.schedule.created',
		description: 'A schedule was created (one delivery per user)',
	},
	{
		name: 'User Account Created',
		value: 'user.account.created',
		description: 'A user was created',
	},
	{
		name: 'User Account Inactivated',
		value: 'user.account.inactivate',
		description: 'A user is about to be inactivated',
	},
	{
		name: 'User Settings Updated',
		value: 'user.settings.updated',
		description: "A user's settings changed",
	},
];

export const ALL_EVENTS = '*';

/**
 * Flattens a delivery into one predictable shape: `event`, `userId` whatever the event's casing
 * (`userID` on three of them), ids kept as the strings the vendor sends, and the raw payload beside
 * it.
 */
export function normaliseEvent(payload: IDataObject): IDataObject {
	const { userID, ...rest } = payload;
	const userId = payload.userId ?? userID;
	const normalised: IDataObject = { event: payload.name as string, ...rest };
	if (userId !== undefined) normalised.userId = String(userId);
	if (payload.lessonScheduleId !== undefined)
		normalised.lessonScheduleId = String(payload.lessonScheduleId);
	normalised.raw = payload;
	return normalised;
}
