import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { searchList } from '../../shared/declarations/list-search';
import { apiRequest } from '../../shared/transport/request';
import { damstraLearningCatalog } from '../api/catalog';

const fullName = (user: IDataObject) =>
	[user.firstName, user.lastName].filter(Boolean).join(' ') || String(user.userName ?? user.id);

export const searchUsers = searchList(damstraLearningCatalog, {
	path: '/user',
	searchParam: 'q',
	name: (user) => `${fullName(user)}${user.emailAddress ? ` (${user.emailAddress})` : ''}`,
	value: (user) => String(user.id),
});

export const searchGroups = searchList(damstraLearningCatalog, {
	path: '/group',
	searchParam: 'q',
	name: (group) => String(group.name ?? group.id),
	value: (group) => String(group.id),
});

export const searchLessons = searchList(damstraLearningCatalog, {
	path: '/lesson',
	searchParam: 'q',
	name: (lesson) =>
		`${lesson.name ?? lesson.lessonId} (v${lesson.version ?? '?'}, ${lesson.status ?? 'unknown'})`,
	// Scheduling takes version ids, so the list offers the version; "By ID" accepts either where the
	// field says so.
	value: (lesson) => String(lesson.lessonVersionId ?? lesson.lessonId),
});

export const searchIltSessions = searchList(damstraLearningCatalog, {
	path: '/ilt_session',
	// List items carry no lesson name, so the label is what tells sessions apart: when, where, who.
	name: (session) =>
		[
			String(session.startDatetime ?? '')
				.slice(0, 16)
				.replace('T', ' '),
			session.location,
			[session.instructorFirstName, session.instructorLastName].filter(Boolean).join(' '),
		]
			.filter(Boolean)
			.join(' · ') || `Session ${session.id}`,
	value: (session) => String(session.id),
});

/**
 * Schedules exist only per user, so the list searches users by the typed text and shows the
 * schedules of the first few matches.
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
		for (const schedule of ((schedules.body as IDataObject)?.results as IDataObject[]) ?? []) {
			const id = schedule.id ?? schedule.lessonScheduleId;
			results.push({
				name: `${fullName(user)} · ${schedule.lessonName ?? `lesson ${schedule.lessonId}`} (${schedule.status ?? 'scheduled'})`,
				value: String(id),
			});
		}
	}
	return { results };
}
