import type { BodyRow, CallSpec } from './schema';
import { call } from './schema';

const ATTEMPT_MODES = ['First', 'Best', 'LastCompleted', 'Last', 'All', 'FirstCompleted'];

/**
 * `.report` on the 13 reporting resources. Authorizable-side reports select activity structures,
 * activity-side reports select authorizables; learn authorizations and todos take both and lack
 * IncludeUnassigned / LearnAuthorizations.
 */
export function reportCall(side: 'authorizable' | 'activity' | 'both'): CallSpec {
	const body: BodyRow[] = [
		[
			'ActivityAttemptMode',
			'enum',
			{ values: ATTEMPT_MODES, description: 'Only include specific attempts' },
		],
		...(side !== 'activity'
			? [
					[
						'ActivityStructures',
						'ids',
						{ refersTo: 'ActivityStructure', description: 'IDs of activity structures' },
					] as BodyRow,
				]
			: []),
		...(side !== 'authorizable'
			? [
					[
						'Authorizables',
						'ids',
						{ refersTo: 'Authorizable', description: 'IDs of authorizables' },
					] as BodyRow,
				]
			: []),
		['DeltaDate', 'date', { description: 'Only include results after date' }],
		['IncludeActivities', 'boolean', { description: 'Add results on each activity to the output' }],
		[
			'IncludeGroupSummary',
			'boolean',
			{ description: 'Add summaries of person groups to the output' },
		],
		[
			'IncludeIntermediateActivityStructures',
			'boolean',
			{ description: 'Include intermediate ActivityStructures' },
		],
		['IncludeNotAttempted', 'boolean', { description: 'Include not attempted results' }],
		[
			'IncludeParentActivityStructure',
			'boolean',
			{ description: 'Include ID of Parent ActivityStructure' },
		],
		['IncludeParentAuthorizable', 'boolean', { description: 'Include ID of Parent Authorizable' }],
		['IncludePersons', 'boolean', { description: 'Add individual results to the output' }],
		[
			'IncludeProgramSummary',
			'boolean',
			{ description: 'Add calculated program status to the output' },
		],
		[
			'IncludeResultDetails',
			'boolean',
			{ description: 'Add details of answered questions to the output' },
		],
		...(side !== 'both'
			? ([
					[
						'IncludeUnassigned',
						'boolean',
						{ description: 'Include results of activities that are no longer assigned' },
					],
					[
						'LearnAuthorizations',
						'ids',
						{ refersTo: 'LearnAuthorization', description: 'IDs of learn authorizations' },
					],
				] as BodyRow[])
			: []),
		[
			'ProgramSummaryAttemptMode',
			'enum',
			{ values: ATTEMPT_MODES, description: 'Attempt used for the program summary' },
		],
		['ReferenceDate', 'date', { description: 'Only include results before date' }],
		['Verbose', 'boolean', { description: 'Add more detail to each line' }],
	];
	return call('report', {
		title: 'Report',
		returns: 'records',
		body,
		stream: true,
		report: true,
		readOnly: true,
		description:
			'Progress report lines, one item per line; delta-capable with DeltaDate / ReferenceDate',
	});
}

/** `.progress` on the three person-group resources (Beta). */
export function groupProgressCall(): CallSpec {
	return call('progress', {
		title: 'Progress',
		returns: 'records',
		stream: true,
		beta: true,
		readOnly: true,
		description: 'Status, progress and score of every member on one activity structure',
		body: [
			[
				'ActivityStructure',
				'text',
				{
					required: true,
					refersTo: 'ActivityStructure',
					description: 'ID of an activity structure',
				},
			],
			['AttemptMode', 'enum', { values: ATTEMPT_MODES }],
			['EndingAfter', 'date'],
			['IncludeDeleted', 'boolean'],
			['StartingBefore', 'date'],
		],
	});
}

/** `.activityrecords` on the three person-group resources (Beta). */
export function activityRecordsCall(): CallSpec {
	return call('activityrecords', {
		title: 'ActivityRecords',
		returns: 'records',
		stream: true,
		beta: true,
		readOnly: true,
		description: 'Start and duration records of the activities and trainings of the members',
		body: [
			['StartedAfter', 'date'],
			['StartedBefore', 'date'],
		],
	});
}

/** `.addusers` / `.removeusers` / `.syncusers` on external person groups; the Users shape is undocumented. */
export function userSyncCall(name: 'addusers' | 'removeusers' | 'syncusers'): CallSpec {
	const verb = {
		addusers: 'Add persons to',
		removeusers: 'Remove persons from',
		syncusers: 'Synchronise',
	}[name];
	return call(name, {
		title: name,
		returns: 'object',
		description: `${verb} the group from the external source`,
		body: [
			['Test', 'boolean', { description: 'Dry run: report what would change without changing it' }],
			[
				'Users',
				'object',
				{
					required: true,
					description:
						'Users from the external source (shape not documented by the vendor: passed through as written)',
				},
			],
		],
	});
}
