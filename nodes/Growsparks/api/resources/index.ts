import { authorizables } from './authorizables';
import { eventpersongroups } from './event-person-groups';
import { externalpersongroups } from './external-person-groups';
import { membershiproles } from './membership-roles';
import { persongroupmemberships } from './person-group-memberships';
import { persongroups } from './person-groups';
import { persons } from './persons';
import { portfolioentries } from './portfolio-entries';
import { ratings } from './ratings';
import { roles } from './roles';
import { activities } from './activities';
import { activitygroupmemberships } from './activity-group-memberships';
import { activitygroups } from './activity-groups';
import { activitystructures } from './activity-structures';
import { certificateactivities } from './certificate-activities';
import { classroomtrainings } from './classroom-trainings';
import { authorizations } from './authorizations';
import { learnauthorizations } from './learn-authorizations';
import { todos } from './todos';
import { activityresults } from './activity-results';
import { certificateresults } from './certificate-results';
import { classroomtrainingresults } from './classroom-training-results';
import { attendance } from './attendance';
import { executions } from './executions';
import { executionsessions } from './execution-sessions';
import { executionsessionteachers } from './execution-session-teachers';
import { locations } from './locations';
import { sublocations } from './sub-locations';
import { subscriptions } from './subscriptions';
import { tagcategories } from './tag-categories';
import { tagcollections } from './tag-collections';
import { taglinks } from './tag-links';
import { tags } from './tags';
import { scriptlets } from './scriptlets';

/** The 34 resources in the reference's order. */
export const resources = [
	authorizables,
	eventpersongroups,
	externalpersongroups,
	membershiproles,
	persongroupmemberships,
	persongroups,
	persons,
	portfolioentries,
	ratings,
	roles,
	activities,
	activitygroupmemberships,
	activitygroups,
	activitystructures,
	certificateactivities,
	classroomtrainings,
	authorizations,
	learnauthorizations,
	todos,
	activityresults,
	certificateresults,
	classroomtrainingresults,
	attendance,
	executions,
	executionsessions,
	executionsessionteachers,
	locations,
	sublocations,
	subscriptions,
	tagcategories,
	tagcollections,
	taglinks,
	tags,
	scriptlets,
];
