import { authorizables } from './authorizables';
import { eventpersongroups } from './eventpersongroups';
import { externalpersongroups } from './externalpersongroups';
import { membershiproles } from './membershiproles';
import { persongroupmemberships } from './persongroupmemberships';
import { persongroups } from './persongroups';
import { persons } from './persons';
import { portfolioentries } from './portfolioentries';
import { ratings } from './ratings';
import { roles } from './roles';
import { activities } from './activities';
import { activitygroupmemberships } from './activitygroupmemberships';
import { activitygroups } from './activitygroups';
import { activitystructures } from './activitystructures';
import { certificateactivities } from './certificateactivities';
import { classroomtrainings } from './classroomtrainings';
import { authorizations } from './authorizations';
import { learnauthorizations } from './learnauthorizations';
import { todos } from './todos';
import { activityresults } from './activityresults';
import { certificateresults } from './certificateresults';
import { classroomtrainingresults } from './classroomtrainingresults';
import { attendance } from './attendance';
import { executions } from './executions';
import { executionsessions } from './executionsessions';
import { executionsessionteachers } from './executionsessionteachers';
import { locations } from './locations';
import { sublocations } from './sublocations';
import { subscriptions } from './subscriptions';
import { tagcategories } from './tagcategories';
import { tagcollections } from './tagcollections';
import { taglinks } from './taglinks';
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
