import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import {
	labelName,
	labelledEntries,
	locatorLabel,
	requirePicked,
	searchList,
} from '../../shared/declarations/list-search';
import { apiRequest } from '../../shared/transport/request';
import { damstraLearningCatalog } from '../api/catalog';

const idOf = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export const searchUsers = searchList(damstraLearningCatalog, {
	locator: 'user',
	path: '/user',
	searchParam: 'q',
	value: (user) => idOf(user.id),
});

export const searchGroups = searchList(damstraLearningCatalog, {
	locator: 'group',
	path: '/group',
	searchParam: 'q',
	value: (group) => idOf(group.id),
});

export const searchLessons = searchList(damstraLearningCatalog, {
	locator: 'lesson',
	path: '/lesson',
	searchParam: 'q',
	// Scheduling takes version ids, so the list offers the version; "By ID" accepts either where the
	// field says so.
	value: (lesson) => idOf(lesson.lessonVersionId ?? lesson.lessonId),
});

export const searchIltSessions = searchList(damstraLearningCatalog, {
	locator: 'iltSession',
	path: '/ilt_session',
	value: (session) => idOf(session.id),
});

const userLabel = locatorLabel(damstraLearningCatalog, 'user');
const scheduleLabel = locatorLabel(damstraLearningCatalog, 'lessonSchedule');

/**
 * Schedules exist only per user, so the list searches users by the typed text and shows the
 * schedules of the first few matches, each after its user's name.
 */
export async function searchLessonSchedules(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const users = await apiRequest.call(this, damstraLearningCatalog.api, {
		method: 'GET',
		path: '/user',
		qs: { q: filter || undefined, startIndex: 0, maxResults: 5 },
	});
	const results: INodeListSearchItems[] = [];
	for (const user of ((users.body as IDataObject)?.results as IDataObject[]) ?? []) {
		const schedules = await apiRequest.call(this, damstraLearningCatalog.api, {
			method: 'GET',
			path: `/user/${encodeURIComponent(String(user.id))}/lesson_schedule`,
			qs: { status: 'all', startIndex: 0, maxResults: 20 },
		});
		const records = ((schedules.body as IDataObject)?.results as IDataObject[]) ?? [];
		const who = labelName(user, userLabel) ?? `User ${idOf(user.id)}`;
		for (const entry of labelledEntries(records, scheduleLabel, (schedule) =>
			idOf(schedule.id ?? schedule.lessonScheduleId),
		)) {
			results.push({ ...entry, name: `${who} · ${entry.name}` });
		}
	}
	return { results };
}

const attendeeLabel = locatorLabel(damstraLearningCatalog, 'attendee');

/** The attendee records of the ILT session picked in the same operation, by the attendee's name. */
export async function searchIltAttendees(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const session = requirePicked(
		this,
		'iltSessionId',
		'ILT session',
		'Attendee records belong to a session: choose ILT Session, then the attendees.',
	);
	const response = await apiRequest.call(this, damstraLearningCatalog.api, {
		method: 'GET',
		path: `/ilt_session/${encodeURIComponent(session)}/attendees`,
	});
	const records = ((response.body as IDataObject)?.results as IDataObject[]) ?? [];
	return {
		results: labelledEntries(records, attendeeLabel, (attendee) => idOf(attendee.id), filter),
	};
}
