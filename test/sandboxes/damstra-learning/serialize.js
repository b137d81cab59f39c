'use strict';

// Internal records are close to the wire format; these functions add the derived and joined
// fields each endpoint's example shows and drop sandbox-only bookkeeping.

const STATUS_IDS = { scheduled: 91, due: 92, overdue: 93, completed: 94, cancelled: 95 };
const PUBLISHED_IDS = { active: 65, inactive: 66, never: 67, rendering: 68, error: 69 };
const ILT_STATES = { 1: 'upcoming', 2: 'inprogress', 3: 'past' };

function userJson(u) {
	return {
		id: u.id,
		userName: u.userName,
		firstName: u.firstName,
		lastName: u.lastName,
		emailAddress: u.emailAddress,
		phoneNumber: u.phoneNumber,
		mobileNumber: u.mobileNumber,
		employeeNumber: u.employeeNumber,
		clientStatusId: u.clientStatusId,
		groups: u.groups.map((g) => ({ id: g.id })),
		groupsSupervised: u.groupsSupervised.map((g) => ({ id: g.id })),
		roles: u.roles.slice(),
		timeZone: u.timeZone,
		createdDate: u.createdDate,
		modifiedDate: u.modifiedDate,
	};
}

function memberCounts(state) {
	const counts = new Map();
	for (const u of state.users)
		for (const g of u.groups) counts.set(g.id, (counts.get(g.id) || 0) + 1);
	return counts;
}

function groupJson(g, counts) {
	return {
		id: g.id,
		name: g.name,
		parentId: g.parentId,
		description: g.description,
		memberCount: counts.get(g.id) || 0,
		createdDate: g.createdDate,
		clientId: g.clientId,
		active: g.active,
	};
}

function lessonJson(l) {
	return {
		lessonVersionId: l.lessonVersionId,
		lessonId: l.lessonId,
		name: l.name,
		duration: l.duration,
		status: l.status,
		inLibrary: l.inLibrary,
		version: l.version,
		questionnaireType: l.questionnaireType,
		clientId: l.clientId,
		lessonVersionCustomFields: l.lessonVersionCustomFields.map((f) => ({ ...f })),
		createdDate: l.createdDate,
		modifiedDate: l.modifiedDate,
	};
}

function lessonDetailJson(l) {
	return {
		lessonVersionId: l.lessonVersionId,
		lessonId: l.lessonId,
		name: l.name,
		published: PUBLISHED_IDS[l.status],
		duration: l.duration,
		status: l.status,
		inLibrary: l.inLibrary,
		version: l.version,
		clientId: l.clientId,
	};
}

function fullName(user) {
	return user ? `${user.firstName} ${user.lastName}` : null;
}

function thumbnail(state, lesson) {
	return `${state.origin || 'http://127.0.0.1'}/downloads/lessons/${lesson.lessonVersionId}/thumbnail.png`;
}

function scheduleListItemJson(state, s) {
	const user = state.index.users.get(s.userId);
	const lesson = state.index.lessonsByVersion.get(s.lessonVersionId);
	const completedBy = s.lessonCompletedBy ? state.index.users.get(s.lessonCompletedBy) : null;
	return {
		lessonName: lesson.name,
		lessonId: lesson.lessonId,
		lessonVersionId: lesson.lessonVersionId,
		version: lesson.version,
		userId: s.userId,
		startDate: s.startDate,
		endDate: s.endDate,
		lessonStartedDate: s.lessonStartedDate,
		lessonCompletedDate: s.lessonCompletedDate,
		userFirstName: user.firstName,
		userLastName: user.lastName,
		lessonDuration: lesson.duration,
		progress: s.progress,
		chapterCount: 5,
		questionnaireType: lesson.questionnaireType,
		questionCount: 8,
		scheduleType: s.scheduleType,
		typeId: 81,
		thumbnailId: 500000 + lesson.lessonVersionId,
		lessonThumbnail: thumbnail(state, lesson),
		status: s.status,
		statusId: STATUS_IDS[s.status],
		completionTypeId: 77,
		lessonCompletedBy: s.lessonCompletedBy,
		lessonCompletedByName: fullName(completedBy),
		lessonEvolution: 129,
		id: s.id,
		createdDate: s.createdDate,
		modifiedDate: s.modifiedDate,
	};
}

function scheduleJson(state, s) {
	const user = state.index.users.get(s.userId);
	const lesson = state.index.lessonsByVersion.get(s.lessonVersionId);
	const completedBy = s.lessonCompletedBy ? state.index.users.get(s.lessonCompletedBy) : null;
	return {
		startDate: s.startDate,
		endDate: s.endDate,
		active: s.status !== 'completed' && s.status !== 'cancelled',
		userId: s.userId,
		clientId: state.client.id,
		clientName: state.client.name,
		lessonVersionId: lesson.lessonVersionId,
		lessonId: lesson.lessonId,
		version: lesson.version,
		lessonName: lesson.name,
		lessonDuration: lesson.duration,
		lessonEvolution: 129,
		thumbnailId: 500000 + lesson.lessonVersionId,
		lessonThumbnail: thumbnail(state, lesson),
		lessonStartedDate: s.lessonStartedDate,
		lessonCompletedDate: s.lessonCompletedDate,
		lessonCompletedBy: s.lessonCompletedBy,
		lessonCompletedByName: fullName(completedBy),
		reminders: [],
		questionResults: [],
		questionCount: 8,
		questionnaireType: lesson.questionnaireType,
		userFirstName: user.firstName,
		userLastName: user.lastName,
		userUserName: user.userName,
		userEmployeeNumber: user.employeeNumber,
		userGroups: user.groups.map((g) => ({ id: g.id })),
		supervisors: [],
		published: PUBLISHED_IDS[lesson.status],
		completionTypeId: 77,
		typeId: 81,
		questionnairePassRate: 80,
		progress: s.progress,
		scheduleOverEmailAttempted: true,
		overdueEmailAttempted: s.status === 'overdue',
		movieId: 700000 + lesson.lessonVersionId,
		moviePhysicalURI: `download/lessons/${lesson.lessonId}/movieFile.mp4`,
		movieSizeInBytes: lesson.duration * 60,
		chapterCount: 5,
		// Not in the doc's Get example (only in list items); added so a client can see the state.
		status: s.status,
		statusId: STATUS_IDS[s.status],
		id: s.id,
		createdDate: s.createdDate,
		modifiedDate: s.modifiedDate,
	};
}

function iltSummaryJson(state, s) {
	const instructor = state.index.users.get(s.instructorId);
	return {
		id: s.id,
		statusId: s.statusId,
		instructorId: s.instructorId,
		instructorFirstName: instructor ? instructor.firstName : null,
		instructorLastName: instructor ? instructor.lastName : null,
		lessonId: s.lessonId,
		notes: s.notes,
		numberOfPlaces: s.numberOfPlaces,
		startDatetime: s.startDatetime,
		endDatetime: s.endDatetime,
		location: s.location,
		createdDate: s.createdDate,
		modifiedDate: s.modifiedDate,
	};
}

function rate(part, total) {
	return total ? Math.round((part / total) * 100) : 0;
}

function iltJson(state, s) {
	const attendees = state.iltAttendees.filter((a) => a.sessionId === s.id);
	const lesson = state.lessons.find((l) => l.lessonId === s.lessonId);
	return {
		id: s.id,
		instructorId: s.instructorId,
		statusId: s.statusId,
		lessonId: s.lessonId,
		lessonName: lesson ? lesson.name : null,
		instructorLed: true,
		notes: s.notes,
		numberOfAttendees: attendees.length,
		numberOfPlaces: s.numberOfPlaces,
		startDatetime: s.startDatetime,
		endDatetime: s.endDatetime,
		location: s.location,
		state: ILT_STATES[s.stateId],
		attendanceRate: rate(attendees.filter((a) => a.attended).length, attendees.length),
		passRate: rate(attendees.filter((a) => a.passed).length, attendees.length),
		iltSessionCancellationTraineeNotificationEnabled:
			s.iltSessionCancellationTraineeNotificationEnabled,
		iltSessionCancellationInstructorNotificationEnabled:
			s.iltSessionCancellationInstructorNotificationEnabled,
		createdDate: s.createdDate,
		modifiedDate: s.modifiedDate,
	};
}

function attendeeJson(state, a) {
	const user = state.index.users.get(a.userId);
	const registrar = state.index.users.get(a.registeringUserId);
	return {
		id: a.id,
		userId: a.userId,
		sessionId: a.sessionId,
		lessonScheduleId: a.lessonScheduleId,
		userName: user.userName,
		firstName: user.firstName,
		lastName: user.lastName,
		registeringUserId: a.registeringUserId,
		registeringUserFirstName: registrar ? registrar.firstName : null,
		registeringUserLastName: registrar ? registrar.lastName : null,
		passed: a.passed,
		attended: a.attended,
		createdDate: a.createdDate,
		modifiedDate: a.modifiedDate,
	};
}

module.exports = {
	STATUS_IDS,
	PUBLISHED_IDS,
	ILT_STATES,
	userJson,
	memberCounts,
	groupJson,
	lessonJson,
	lessonDetailJson,
	scheduleJson,
	scheduleListItemJson,
	iltSummaryJson,
	iltJson,
	attendeeJson,
	fullName,
};
