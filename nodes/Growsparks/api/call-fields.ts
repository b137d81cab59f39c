import type { IDataObject } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/declarations/types';
import { choice, date, flag, json, reference, references } from './fields';

/** The bodies of calls several resources share: report, progress, activity records, user sync. */

const ATTEMPT_MODES = ['First', 'Best', 'LastCompleted', 'Last', 'All', 'FirstCompleted'];

/**
 * The body of `.report` on the 13 reporting resources. Authorizable-side reports select activity
 * structures, activity-side reports select authorizables; learn authorizations and todos take both
 * and lack IncludeUnassigned / LearnAuthorizations.
 */
export function reportFields(side: 'authorizable' | 'activity' | 'both'): FieldSpec[] {
	return [
		choice('ActivityAttemptMode', {
			values: ATTEMPT_MODES,
			description: 'Only include specific attempts',
		}),
		...(side !== 'activity'
			? [references('ActivityStructures', { description: 'IDs of activity structures' })]
			: []),
		...(side !== 'authorizable'
			? [
					references('Authorizables', {
						locator: 'authorizables',
						description: 'IDs of authorizables',
					}),
				]
			: []),
		date('DeltaDate', { description: 'Only include results after date' }),
		flag('IncludeActivities', { description: 'Add results on each activity to the output' }),
		flag('IncludeGroupSummary', { description: 'Add summaries of person groups to the output' }),
		flag('IncludeIntermediateActivityStructures', {
			description: 'Include intermediate ActivityStructures',
		}),
		flag('IncludeNotAttempted', { description: 'Include not attempted results' }),
		flag('IncludeParentActivityStructure', {
			description: 'Include ID of Parent ActivityStructure',
		}),
		flag('IncludeParentAuthorizable', { description: 'Include ID of Parent Authorizable' }),
		flag('IncludePersons', { description: 'Add individual results to the output' }),
		flag('IncludeProgramSummary', { description: 'Add calculated program status to the output' }),
		flag('IncludeResultDetails', {
			description: 'Add details of answered questions to the output',
		}),
		...(side !== 'both'
			? [
					flag('IncludeUnassigned', {
						description: 'Include results of activities that are no longer assigned',
					}),
					references('LearnAuthorizations', { description: 'IDs of learn authorizations' }),
				]
			: []),
		choice('ProgramSummaryAttemptMode', {
			values: ATTEMPT_MODES,
			description: 'Attempt used for the program summary',
		}),
		date('ReferenceDate', { description: 'Only include results before date' }),
		flag('Verbose', { description: 'Add more detail to each line' }),
	];
}

/** Whether `.report` also outputs its `report.message` lines; steers the node, never sent. */
export const includeMessagesField = (): FieldSpec => ({
	name: 'includeMessages',
	label: 'Include Message Lines',
	in: 'control',
	type: 'boolean',
	default: false,
	description: 'Whether to also output the report.message lines',
});

/** Report lines keep their `Type`; `report.message` lines are left out unless asked for. */
export function reportLines(body: unknown, includeMessages: boolean): IDataObject[] {
	const lines = Array.isArray(body)
		? (body as IDataObject[])
		: (((body as IDataObject)?.Items as IDataObject[]) ?? []);
	return lines.filter((line) => includeMessages || line.Type !== 'report.message');
}

/** The body of `.progress` on the three person-group resources. */
export const groupProgressFields = (): FieldSpec[] => [
	reference('ActivityStructure', { required: true, description: 'ID of an activity structure' }),
	choice('AttemptMode', { values: ATTEMPT_MODES }),
	date('EndingAfter'),
	flag('IncludeDeleted'),
	date('StartingBefore'),
];

/** The body of `.activityrecords` on the three person-group resources. */
export const activityRecordsFields = (): FieldSpec[] => [
	date('StartedAfter'),
	date('StartedBefore'),
];

/** The body of `.addusers` / `.removeusers` / `.syncusers`; the Users shape is undocumented. */
export const userSyncFields = (): FieldSpec[] => [
	flag('Test', { description: 'Dry run: report what would change without changing it' }),
	json('Users', {
		required: true,
		description:
			'Users from the external source (shape not documented by the vendor: passed through as written)',
	}),
];
