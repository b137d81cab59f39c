import type { VendorCatalog } from '../../shared/declarations/types';
import { damstraLearningApi, damstraLearningPaging } from './client';
import { userEndpoints } from './user';
import { groupEndpoints } from './group';
import { lessonEndpoints } from './lesson';
import { lessonScheduleEndpoints } from './lesson-schedule';
import { iltSessionEndpoints } from './ilt-session';
import { embedPlayerEndpoints } from './embed-player';

/**
 * Damstra Learning's 38 endpoints, as the node offers them.
 * `test/unit/damstra-learning-inventory.test.ts` holds this to the vendor inventory.
 */
export const damstraLearningCatalog: VendorCatalog = {
	api: damstraLearningApi,
	paging: damstraLearningPaging,
	resources: [
		{ name: 'Embed Player', value: 'embedPlayer' },
		{ name: 'Group', value: 'group' },
		{ name: 'ILT Session', value: 'iltSession', description: 'Instructor-led training sessions' },
		{ name: 'Lesson', value: 'lesson' },
		{
			name: 'Lesson Schedule',
			value: 'lessonSchedule',
			description: "One user's assignment of one lesson",
		},
		{ name: 'User', value: 'user' },
	],
	locators: {
		user: {
			searchListMethod: 'searchUsers',
			idPlaceholder: 'e.g. 1234',
			idFormat: 'numeric',
			label: { fields: [['firstName', 'lastName'], 'userName'], details: ['emailAddress'] },
		},
		group: {
			searchListMethod: 'searchGroups',
			idPlaceholder: 'e.g. 12',
			idFormat: 'numeric',
			label: { fields: ['name'] },
		},
		lesson: {
			searchListMethod: 'searchLessons',
			idPlaceholder: 'e.g. 1216',
			idFormat: 'numeric',
			label: { fields: ['name'], details: ['status'] },
		},
		lessonSchedule: {
			searchListMethod: 'searchLessonSchedules',
			idPlaceholder: 'e.g. 98765',
			idFormat: 'numeric',
			// Listed per user, whose name the list puts before the lesson's.
			label: { fields: ['lessonName'], details: ['status'] },
		},
		iltSession: {
			searchListMethod: 'searchIltSessions',
			idPlaceholder: 'e.g. 42',
			idFormat: 'numeric',
			// List items carry no lesson name: when, where and who tell sessions apart.
			label: {
				fields: ['startDatetime'],
				details: ['location', ['instructorFirstName', 'instructorLastName']],
			},
		},
		attendee: {
			searchListMethod: 'searchIltAttendees',
			idPlaceholder: 'e.g. 1',
			idFormat: 'numeric',
			// Attendee records of the session picked in the operation, by the attendee's name.
			label: { fields: [['firstName', 'lastName'], 'userName'] },
		},
	},
	endpoints: [
		...userEndpoints,
		...groupEndpoints,
		...lessonEndpoints,
		...lessonScheduleEndpoints,
		...iltSessionEndpoints,
		...embedPlayerEndpoints,
	],
};
