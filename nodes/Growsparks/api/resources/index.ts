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
	/** The name shown in n8n: singular, in Title Case. */
	label: string;
	slug: string;
	endpoints: EndpointSpec[];
}

/** The 34 resources in the reference's order. */
export const resources: GrowsparksResource[] = [
	{
		name: 'Authorizables',
		label: 'Authorizable',
		slug: 'authorizables',
		endpoints: authorizablesEndpoints,
	},
	{
		name: 'EventPersonGroups',
		label: 'Event Person Group',
		slug: 'eventpersongroups',
		endpoints: eventPersonGroupsEndpoints,
	},
	{
		name: 'ExternalPersonGroups',
		label: 'External Person Group',
		slug: 'externalpersongroups',
		endpoints: externalPersonGroupsEndpoints,
	},
	{
		name: 'MembershipRoles',
		label: 'Membership Role',
		slug: 'membershiproles',
		endpoints: membershipRolesEndpoints,
	},
	{
		name: 'PersonGroupMemberships',
		label: 'Person Group Membership',
		slug: 'persongroupmemberships',
		endpoints: personGroupMembershipsEndpoints,
	},
	{
		name: 'PersonGroups',
		label: 'Person Group',
		slug: 'persongroups',
		endpoints: personGroupsEndpoints,
	},
	{ name: 'Persons', label: 'Person', slug: 'persons', endpoints: personsEndpoints },
	{
		name: 'PortfolioEntries',
		label: 'Portfolio Entry',
		slug: 'portfolioentries',
		endpoints: portfolioEntriesEndpoints,
	},
	{ name: 'Ratings', label: 'Rating', slug: 'ratings', endpoints: ratingsEndpoints },
	{ name: 'Roles', label: 'Role', slug: 'roles', endpoints: rolesEndpoints },
	{ name: 'Activities', label: 'Activity', slug: 'activities', endpoints: activitiesEndpoints },
	{
		name: 'ActivityGroupMemberships',
		label: 'Activity Group Membership',
		slug: 'activitygroupmemberships',
		endpoints: activityGroupMembershipsEndpoints,
	},
	{
		name: 'ActivityGroups',
		label: 'Activity Group',
		slug: 'activitygroups',
		endpoints: activityGroupsEndpoints,
	},
	{
		name: 'ActivityStructures',
		label: 'Activity Structure',
		slug: 'activitystructures',
		endpoints: activityStructuresEndpoints,
	},
	{
		name: 'CertificateActivities',
		label: 'Certificate Activity',
		slug: 'certificateactivities',
		endpoints: certificateActivitiesEndpoints,
	},
	{
		name: 'ClassroomTrainings',
		label: 'Classroom Training',
		slug: 'classroomtrainings',
		endpoints: classroomTrainingsEndpoints,
	},
	{
		name: 'Authorizations',
		label: 'Authorization',
		slug: 'authorizations',
		endpoints: authorizationsEndpoints,
	},
	{
		name: 'LearnAuthorizations',
		label: 'Learn Authorization',
		slug: 'learnauthorizations',
		endpoints: learnAuthorizationsEndpoints,
	},
	{ name: 'TODOS', label: 'Todo', slug: 'todos', endpoints: todosEndpoints },
	{
		name: 'ActivityResults',
		label: 'Activity Result',
		slug: 'activityresults',
		endpoints: activityResultsEndpoints,
	},
	{
		name: 'CertificateResults',
		label: 'Certificate Result',
		slug: 'certificateresults',
		endpoints: certificateResultsEndpoints,
	},
	{
		name: 'ClassroomTrainingResults',
		label: 'Classroom Training Result',
		slug: 'classroomtrainingresults',
		endpoints: classroomTrainingResultsEndpoints,
	},
	{ name: 'Attendance', label: 'Attendance', slug: 'attendance', endpoints: attendanceEndpoints },
	{ name: 'Executions', label: 'Execution', slug: 'executions', endpoints: executionsEndpoints },
	{
		name: 'ExecutionSessions',
		label: 'Execution Session',
		slug: 'executionsessions',
		endpoints: executionSessionsEndpoints,
	},
	{
		name: 'ExecutionSessionTeachers',
		label: 'Execution Session Teacher',
		slug: 'executionsessionteachers',
		endpoints: executionSessionTeachersEndpoints,
	},
	{ name: 'Locations', label: 'Location', slug: 'locations', endpoints: locationsEndpoints },
	{
		name: 'SubLocations',
		label: 'Sub Location',
		slug: 'sublocations',
		endpoints: subLocationsEndpoints,
	},
	{
		name: 'Subscriptions',
		label: 'Subscription',
		slug: 'subscriptions',
		endpoints: subscriptionsEndpoints,
	},
	{
		name: 'TagCategories',
		label: 'Tag Category',
		slug: 'tagcategories',
		endpoints: tagCategoriesEndpoints,
	},
	{
		name: 'TagCollections',
		label: 'Tag Collection',
		slug: 'tagcollections',
		endpoints: tagCollectionsEndpoints,
	},
	{ name: 'TagLinks', label: 'Tag Link', slug: 'taglinks', endpoints: tagLinksEndpoints },
	{ name: 'Tags', label: 'Tag', slug: 'tags', endpoints: tagsEndpoints },
	{ name: 'Scriptlets', label: 'Scriptlet', slug: 'scriptlets', endpoints: scriptletsEndpoints },
];
