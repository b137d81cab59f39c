import type { EndpointSpec } from '../../../shared/declarations/types';
import { authorizablesEndpoints } from './authorizables';
import { eventPersonGroupsEndpoints } from './event-person-groups';
import { externalPersonGroupsEndpoints } from './external-person-groups';
import { membershipRolesEndpoints } from './membership-roles';
import { personGroupMembershipsEndpoints } from './person-group-memberships';
import { personGroupsEndpoints } from './person-groups';
import { personsEndpoints } from './persons';
import { portfolioEntriesEndpoints } from './portfolio-entries';
import { ratingsEndpoints } from './ratings';
import { rolesEndpoints } from './roles';
import { activitiesEndpoints } from './activities';
import { activityGroupMembershipsEndpoints } from './activity-group-memberships';
import { activityGroupsEndpoints } from './activity-groups';
import { activityStructuresEndpoints } from './activity-structures';
import { certificateActivitiesEndpoints } from './certificate-activities';
import { classroomTrainingsEndpoints } from './classroom-trainings';
import { authorizationsEndpoints } from './authorizations';
import { learnAuthorizationsEndpoints } from './learn-authorizations';
import { todosEndpoints } from './todos';
import { activityResultsEndpoints } from './activity-results';
import { certificateResultsEndpoints } from './certificate-results';
import { classroomTrainingResultsEndpoints } from './classroom-training-results';
import { attendanceEndpoints } from './attendance';
import { executionsEndpoints } from './executions';
import { executionSessionsEndpoints } from './execution-sessions';
import { executionSessionTeachersEndpoints } from './execution-session-teachers';
import { locationsEndpoints } from './locations';
import { subLocationsEndpoints } from './sub-locations';
import { subscriptionsEndpoints } from './subscriptions';
import { tagCategoriesEndpoints } from './tag-categories';
import { tagCollectionsEndpoints } from './tag-collections';
import { tagLinksEndpoints } from './tag-links';
import { tagsEndpoints } from './tags';
import { scriptletsEndpoints } from './scriptlets';

export interface GrowsparksResource {
	/** The reference's name for the resource; its list search is `search<name>`. */
	name: string;
	/** The name shown in n8n. */
	label: string;
	slug: string;
	endpoints: EndpointSpec[];
}

/** The 34 resources in the reference's order. */
export const resources: GrowsparksResource[] = [
	{
		name: 'Authorizables',
		label: 'Authorizables',
		slug: 'authorizables',
		endpoints: authorizablesEndpoints,
	},
	{
		name: 'EventPersonGroups',
		label: 'Event Person Groups',
		slug: 'eventpersongroups',
		endpoints: eventPersonGroupsEndpoints,
	},
	{
		name: 'ExternalPersonGroups',
		label: 'External Person Groups',
		slug: 'externalpersongroups',
		endpoints: externalPersonGroupsEndpoints,
	},
	{
		name: 'MembershipRoles',
		label: 'Membership Roles',
		slug: 'membershiproles',
		endpoints: membershipRolesEndpoints,
	},
	{
		name: 'PersonGroupMemberships',
		label: 'Person Group Memberships',
		slug: 'persongroupmemberships',
		endpoints: personGroupMembershipsEndpoints,
	},
	{
		name: 'PersonGroups',
		label: 'Person Groups',
		slug: 'persongroups',
		endpoints: personGroupsEndpoints,
	},
	{ name: 'Persons', label: 'Persons', slug: 'persons', endpoints: personsEndpoints },
	{
		name: 'PortfolioEntries',
		label: 'Portfolio Entries',
		slug: 'portfolioentries',
		endpoints: portfolioEntriesEndpoints,
	},
	{ name: 'Ratings', label: 'Ratings', slug: 'ratings', endpoints: ratingsEndpoints },
	{ name: 'Roles', label: 'Roles', slug: 'roles', endpoints: rolesEndpoints },
	{ name: 'Activities', label: 'Activities', slug: 'activities', endpoints: activitiesEndpoints },
	{
		name: 'ActivityGroupMemberships',
		label: 'Activity Group Memberships',
		slug: 'activitygroupmemberships',
		endpoints: activityGroupMembershipsEndpoints,
	},
	{
		name: 'ActivityGroups',
		label: 'Activity Groups',
		slug: 'activitygroups',
		endpoints: activityGroupsEndpoints,
	},
	{
		name: 'ActivityStructures',
		label: 'Activity Structures',
		slug: 'activitystructures',
		endpoints: activityStructuresEndpoints,
	},
	{
		name: 'CertificateActivities',
		label: 'Certificate Activities',
		slug: 'certificateactivities',
		endpoints: certificateActivitiesEndpoints,
	},
	{
		name: 'ClassroomTrainings',
		label: 'Classroom Trainings',
		slug: 'classroomtrainings',
		endpoints: classroomTrainingsEndpoints,
	},
	{
		name: 'Authorizations',
		label: 'Authorizations',
		slug: 'authorizations',
		endpoints: authorizationsEndpoints,
	},
	{
		name: 'LearnAuthorizations',
		label: 'Learn Authorizations',
		slug: 'learnauthorizations',
		endpoints: learnAuthorizationsEndpoints,
	},
	{ name: 'TODOS', label: 'TODOs', slug: 'todos', endpoints: todosEndpoints },
	{
		name: 'ActivityResults',
		label: 'Activity Results',
		slug: 'activityresults',
		endpoints: activityResultsEndpoints,
	},
	{
		name: 'CertificateResults',
		label: 'Certificate Results',
		slug: 'certificateresults',
		endpoints: certificateResultsEndpoints,
	},
	{
		name: 'ClassroomTrainingResults',
		label: 'Classroom Training Results',
		slug: 'classroomtrainingresults',
		endpoints: classroomTrainingResultsEndpoints,
	},
	{ name: 'Attendance', label: 'Attendance', slug: 'attendance', endpoints: attendanceEndpoints },
	{ name: 'Executions', label: 'Executions', slug: 'executions', endpoints: executionsEndpoints },
	{
		name: 'ExecutionSessions',
		label: 'Execution Sessions',
		slug: 'executionsessions',
		endpoints: executionSessionsEndpoints,
	},
	{
		name: 'ExecutionSessionTeachers',
		label: 'Execution Session Teachers',
		slug: 'executionsessionteachers',
		endpoints: executionSessionTeachersEndpoints,
	},
	{ name: 'Locations', label: 'Locations', slug: 'locations', endpoints: locationsEndpoints },
	{
		name: 'SubLocations',
		label: 'Sub Locations',
		slug: 'sublocations',
		endpoints: subLocationsEndpoints,
	},
	{
		name: 'Subscriptions',
		label: 'Subscriptions',
		slug: 'subscriptions',
		endpoints: subscriptionsEndpoints,
	},
	{
		name: 'TagCategories',
		label: 'Tag Categories',
		slug: 'tagcategories',
		endpoints: tagCategoriesEndpoints,
	},
	{
		name: 'TagCollections',
		label: 'Tag Collections',
		slug: 'tagcollections',
		endpoints: tagCollectionsEndpoints,
	},
	{ name: 'TagLinks', label: 'Tag Links', slug: 'taglinks', endpoints: tagLinksEndpoints },
	{ name: 'Tags', label: 'Tags', slug: 'tags', endpoints: tagsEndpoints },
	{ name: 'Scriptlets', label: 'Scriptlets', slug: 'scriptlets', endpoints: scriptletsEndpoints },
];
