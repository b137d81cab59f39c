/**
 * Onsight Flow's access policies (guide §2.4): a call is allowed when the token holds one of its
 * scopes and the principal one of its permissions. `test/unit/onsight-flow-inventory.test.ts` holds
 * this to the inventory.
 */
export interface Policy {
	scopes: string[];
	permissions: string[];
}

const AUTH = 'https://www.flow.librestream.com/auth/';

export const policies = {
	Client_Admin: {
		scopes: ['https://accounts.flow.librestream.com/team.admin'],
		permissions: ['OWNER'],
	},
	Job_Modify: { scopes: [`${AUTH}job.modify`, `${AUTH}job.admin`], permissions: ['OWNER'] },
	Job_Read: {
		scopes: [`${AUTH}job.read`, `${AUTH}job.read_all`, `${AUTH}job.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Job_ReadAll: {
		scopes: [`${AUTH}job.read_all`, `${AUTH}job.modify`, `${AUTH}job.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Query_Admin: { scopes: [`${AUTH}query.admin`], permissions: ['OWNER', 'ADMIN'] },
	Query_Read: {
		scopes: [`${AUTH}query.read`, `${AUTH}query.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Reports_Admin: { scopes: [`${AUTH}reports.admin`], permissions: ['OWNER', 'ADMIN'] },
	Reports_Create: {
		scopes: [`${AUTH}reports.create`, `${AUTH}reports.admin`],
		permissions: ['OWNER', 'ADMIN', 'EDITOR'],
	},
	Reports_Modify: {
		scopes: [`${AUTH}reports.modify`, `${AUTH}reports.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Reports_Read: {
		scopes: [`${AUTH}reports.read`, `${AUTH}reports.create`, `${AUTH}reports.admin`],
		permissions: ['OWNER', 'ADMIN', 'EDITOR'],
	},
	Schedule_Admin: { scopes: [`${AUTH}schedule.admin`], permissions: ['OWNER', 'ADMIN'] },
	Schedule_Read: {
		scopes: [`${AUTH}schedule.read`, `${AUTH}schedule.read_all`, `${AUTH}schedule.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Schedule_ReadAll: {
		scopes: [`${AUTH}schedule.read_all`, `${AUTH}schedule.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Spoke_Client: { scopes: [`${AUTH}spoke.client`], permissions: ['SPOKE'] },
	Team_Admin: { scopes: [`${AUTH}team.admin`], permissions: ['OWNER', 'ADMIN'] },
	TeamSettings_Admin: { scopes: [`${AUTH}teamsettings.admin`], permissions: ['OWNER', 'ADMIN'] },
	TeamSettings_Read: {
		scopes: [`${AUTH}teamsettings.read`, `${AUTH}teamsettings.admin`],
		permissions: ['OWNER', 'ADMIN', 'EDITOR', 'APPROVER'],
	},
	Trigger_Admin: { scopes: [`${AUTH}trigger.admin`], permissions: ['OWNER', 'ADMIN'] },
	Trigger_Execute: {
		scopes: [`${AUTH}workflow.execute`, `${AUTH}workflow.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Trigger_Read: {
		scopes: [`${AUTH}trigger.read`, `${AUTH}trigger.admin`],
		permissions: ['OWNER', 'ADMIN'],
	},
	Workflow_Admin: { scopes: [`${AUTH}workflow.admin`], permissions: ['OWNER', 'ADMIN'] },
	Workflow_Approve: { scopes: [`${AUTH}workflow.approve`], permissions: ['APPROVER'] },
	Workflow_Create: {
		scopes: [`${AUTH}workflow.create`, `${AUTH}workflow.admin`],
		permissions: ['OWNER', 'ADMIN', 'EDITOR'],
	},
	Workflow_Delete: {
		scopes: [`${AUTH}workflow.delete`, `${AUTH}workflow.admin`],
		permissions: ['OWNER', 'ADMIN', 'EDITOR'],
	},
	Workflow_Execute: { scopes: [`${AUTH}workflow.execute`], permissions: [] },
	Workflow_Modify: {
		scopes: [`${AUTH}workflow.modify`, `${AUTH}workflow.admin`],
		permissions: ['OWNER', 'ADMIN', 'EDITOR'],
	},
	Workflow_Read: {
		scopes: [
			`${AUTH}workflow.read`,
			`${AUTH}workflow.execute`,
			`${AUTH}workflow.admin`,
			`${AUTH}spoke.client`,
		],
		permissions: ['OWNER', 'ADMIN', 'EDITOR', 'APPROVER', 'SPOKE'],
	},
	Any_Valid_Token: { scopes: [], permissions: [] },
} satisfies Record<string, Policy>;

export type PolicyName = keyof typeof policies;
