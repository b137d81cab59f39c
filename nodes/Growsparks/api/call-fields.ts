import type { IDataObject } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/declarations/types';
import { choice, date, flag, json, reference, references } from './fields';

/** The bodies of calls several resources share: report, progress, activity records, user sync. */

/** Which attempts at each activity a report describes (also offered by the trigger). */
export const ATTEMPT_MODES = ['First', 'Best', 'LastCompleted', 'Last', 'All', 'FirstCompleted'];

/**
 * The body of `.report` on the 13 reporting resources. Authorizable-side reports select activity
 * structures, activity-side reports select authorizables; learn authorizations and todos take both
 * and lack IncludeUnassigned / LearnAuthorizations.
 */
export function reportFields(side: 'authorizable' | 'activity' | 'both'): FieldSpec[] {
	return [
		choice('ActivityAttemptMode', {
			values: ATTEMPT_MODES,
			description: 'Which attempts at each activity the result lines describe',
		}),
		...(side !== 'activity'
			? [
					references('ActivityStructures', {
						locator: 'activitystructures',
						description: 'Only these activities or programs (activity structures)',
					}),
				]
			: []),
		...(side !== 'authorizable'
			? [
					references('Authorizables', {
						locator: 'authorizables',
						description: 'Only these persons or person groups (authorizables)',
					}),
				]
			: []),
		date('DeltaDate', {
			description:
				'Only include results after this date: set it to the Reference Date of an earlier ' +
				"report's finished line to get only what changed since then",
		}),
		flag('IncludeActivities', {
			description: 'Whether to add the results on each activity to the output',
		}),
		flag('IncludeGroupSummary', {
			description: 'Whether to add summaries of person groups to the output',
		}),
		flag('IncludeIntermediateActivityStructures', {
			description: 'Whether to also include the intermediate activity structures (nested groups)',
		}),
		flag('IncludeNotAttempted', { description: 'Whether to include results not yet attempted' }),
		flag('IncludeParentActivityStructure', {
			description: 'Whether to include the ID of the parent activity structure in each line',
		}),
		flag('IncludeParentAuthorizable', {
			description:
				'Whether to include the ID of the parent authorizable (person group) in each line',
		}),
		flag('IncludePersons', { description: 'Whether to add individual results to the output' }),
		flag('IncludeProgramSummary', {
			description: 'Whether to add the calculated program status to the output',
		}),
		flag('IncludeResultDetails', {
			description: 'Whether to add details of answered questions to the output',
		}),
		...(side !== 'both'
			? [
					flag('IncludeUnassigned', {
						description: 'Whether to include results of activities that are no longer assigned',
					}),
					references('LearnAuthorizations', {
						locator: 'learnauthorizations',
						description: 'Only these learn authorizations',
					}),
				]
			: []),
		choice('ProgramSummaryAttemptMode', {
			values: ATTEMPT_MODES,
			description: 'Which attempts the calculated program status is based on',
		}),
		date('ReferenceDate', { description: 'Only include results before this date' }),
		flag('Verbose', {
			description:
				'Whether to have the report add message lines (output only with Include Message Lines on)',
		}),
	];
}

/** The description of a `.report` call: `what` is whose progress it reports. */
export const reportDescription = (what: string) =>
	`Progress report ${what}, one item per line; set Delta Date to get only what changed since then`;

/** Whether `.report` also outputs its `report.message` lines; steers the node, never sent. */
export const includeMessagesField = (): FieldSpec => ({
	name: 'includeMessages',
	label: 'Include Message Lines',
	in: 'control',
	type: 'boolean',
	default: false,
	description: "Whether to also output the report's message lines (Type report.message)",
});

/** Report lines keep their `Type`; `report.message` lines are left out unless asked for. */
export function reportLines(body: unknown, includeMessages: boolean): IDataObject[] {
	const lines = Array.isArray(body)
		? (body as IDataObject[])
		: (((body as IDataObject)?.Items as IDataObject[]) ?? []);
	return lines.filter((line) => includeMessages || line.Type !== 'report.message');
}

/**
 * What Simplify keeps of a `.progress` status (ActivityStatus, 12 fields): whose status on what,
 * and how far; Content Time and Normalized Score are left out (the latter is Score of Max Score).
 */
export const PROGRESS_SIMPLE_KEYS = [
	'Person',
	'ActivityStructure',
	'Attempt',
	'Status',
	'Completed',
	'DateCompleted',
	'Progress',
	'MaxProgress',
	'Score',
	'MaxScore',
];

/** The body of `.progress` on the three person-group resources. */
export const groupProgressFields = (): FieldSpec[] => [
	reference('ActivityStructure', {
		required: true,
		locator: 'activitystructures',
		description: 'ID of the activity or program (activity structure) to report on',
	}),
	choice('AttemptMode', {
		values: ATTEMPT_MODES,
		description: 'Which attempts the status is calculated from',
	}),
	date('EndingAfter', { description: 'Only include memberships ending after this date' }),
	flag('IncludeDeleted', { description: 'Whether to include deleted memberships' }),
	date('StartingBefore', { description: 'Only include memberships starting before this date' }),
];

/** The body of `.activityrecords` on the three person-group resources. */
export const activityRecordsFields = (): FieldSpec[] => [
	date('StartedAfter', { description: 'Only include activities started after this date' }),
	date('StartedBefore', { description: 'Only include activities started before this date' }),
];

/** The body of `.addusers` / `.removeusers` / `.syncusers`; the Users shape is undocumented. */
export const userSyncFields = (): FieldSpec[] => [
	flag('Test', {
		description: 'Whether to do a dry run: report what would change without changing it',
	}),
	json('Users', {
		required: true,
		description:
			'Users from the external source ' +
			'(shape not documented by the vendor: passed through as written)',
	}),
];
