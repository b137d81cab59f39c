'use strict';

/* Fixed vocabulary for the seeded team: workflows, their step templates, collections, templates. */

const TEAM_NAME = 'sandboxteam';

const STEP_DEFS = {
	instruction: {
		title: 'Instruction',
		type: 'ConfirmStep',
		tag: 'instruction',
		description: 'Read the safety instructions before you start',
	},
	site: {
		title: 'Site Name',
		type: 'Text',
		tag: 'site',
		description: 'Where is the work being done?',
	},
	photo: {
		title: 'Photo of component',
		type: 'Photo',
		tag: 'photo',
		description: 'Take a photo of the component',
		attachment: 'image/jpeg',
	},
	repairNotes: {
		title: 'Repair Notes',
		type: 'Text',
		tag: 'repairnotes',
		description: 'Describe the repair',
	},
	signoff: {
		title: 'Sign-off',
		type: 'Signature',
		tag: 'signoff',
		description: 'Technician signature',
		attachment: 'image/png',
	},
	componentcode: {
		title: 'Component Code',
		type: 'Barcode',
		tag: 'componentcode',
		description: 'Scan the component barcode',
	},
	ComponentMaintenance: {
		title: 'Component Maintenance',
		type: 'MultipleChoice',
		tag: 'ComponentMaintenance',
		description: 'What was done?',
	},
	hsse: {
		title: 'HSSE Check',
		type: 'Form',
		tag: 'hsse',
		description: 'Health, safety, security and environment',
		substeps: [
			{ title: 'PPE worn', type: 'Checkbox', tag: 'ppe' },
			{ title: 'Area secured', type: 'Checkbox', tag: 'area' },
			{ title: 'Hazards noted', type: 'Text', tag: 'hazards' },
		],
	},
	temp: { title: 'Temperature', type: 'Number', tag: 'temp', description: 'Temperature in °C' },
	pressure: {
		title: 'Pressure (bar)',
		type: 'Number',
		tag: 'pressure',
		description: 'Outlet pressure',
	},
	odometer: {
		title: 'Odometer',
		type: 'Number',
		tag: 'odometer',
		description: 'Odometer reading (km)',
	},
	count: {
		title: 'Items Counted',
		type: 'Number',
		tag: 'count',
		description: 'Number of items on the shelf',
	},
	notes: { title: 'Notes', type: 'Text', tag: 'notes', description: 'Anything else?' },
};

const WORKFLOWS = [
	{
		name: 'Panel Repair Workflow',
		tags: ['Repair', 'Panel'],
		description: 'Repair of damaged solar panels',
		steps: ['instruction', 'site', 'photo', 'repairNotes', 'signoff'],
	},
	{
		name: 'Component Inspection & Maintenance',
		tags: ['Inspection', 'Maintenance'],
		description: 'Routine inspection of plant components',
		steps: ['instruction', 'componentcode', 'ComponentMaintenance', 'photo', 'hsse'],
	},
	{
		name: 'Site Safety Audit',
		tags: ['HSSE', 'Audit', 'Inspection'],
		description: 'Monthly site safety audit',
		steps: ['instruction', 'hsse', 'site', 'photo', 'signoff'],
	},
	{
		name: 'Pump Station Check',
		tags: ['Inspection', 'Pump'],
		description: 'Weekly pump station readings',
		steps: ['site', 'temp', 'pressure', 'photo'],
	},
	{
		name: 'Vehicle Pre-Start Checklist',
		tags: ['Vehicle', 'HSSE'],
		description: 'Daily vehicle check before driving',
		steps: ['instruction', 'odometer', 'hsse', 'signoff'],
	},
	{
		name: 'Warehouse Stock Count',
		tags: ['Warehouse'],
		description: '',
		steps: ['site', 'count', 'notes'],
	},
];

const SITES = [
	'North Plant',
	'South Plant',
	'Harbour Depot',
	'Ridge Solar Farm',
	'Riverside Pump Station',
	'Central Warehouse',
];
const MAINTENANCE = ['Cleaned', 'Adjusted', 'Replaced', 'Lubricated', 'No action needed'];
const NOTES = [
	'All good',
	'Minor wear on seal',
	'Replaced a cracked cover',
	'Follow-up needed next week',
	'Customer present, signed off, happy',
];

const COLLECTIONS = [
	{
		name: 'Sites',
		fileName: 'sites.csv',
		csv: 'SiteID,SiteName,Region\nS-001,North Plant,North\nS-002,South Plant,South\nS-003,Harbour Depot,Coast\nS-004,Ridge Solar Farm,North\nS-005,Riverside Pump Station,East\nS-006,Central Warehouse,Central\n',
	},
	{
		name: 'Components',
		fileName: 'components.csv',
		csv: 'ComponentCode,Description,Manufacturer\nCMP-1001,"Inverter, 5 kW",Voltaic\nCMP-1002,Panel frame,SunCo\nCMP-1003,Pump seal,Aquaflow\nCMP-1004,"Valve 2"" brass",Aquaflow\n',
	},
	{ name: 'Empty Lookup', fileName: null, csv: null },
];

const TEMPLATES = [
	{
		name: 'Standard Job Report',
		description: 'Default report for every workflow',
		isLandscape: false,
		isDefault: true,
	},
	{
		name: 'Inspection Summary',
		description: 'One page per inspection',
		isLandscape: false,
		isDefault: false,
	},
	{
		name: 'Photo Report',
		description: 'Large photos, landscape',
		isLandscape: true,
		isDefault: false,
	},
	{ name: 'Customer Handover', description: null, isLandscape: false, isDefault: false },
];

const SCHEDULED = [
	{
		name: 'Weekly pump check',
		description: 'Riverside and Harbour pumps',
		workflows: [3],
		state: 'Scheduled',
		priority: true,
	},
	{
		name: 'Monthly safety audit',
		description: 'All plants',
		workflows: [2, 4],
		state: 'Scheduled',
		priority: false,
	},
	{
		name: 'Panel repair backlog',
		description: 'Panels reported in the last storm',
		workflows: [0],
		state: 'InProgress',
		priority: true,
	},
	{
		name: 'Quarterly stock count',
		description: 'Central warehouse',
		workflows: [5],
		state: 'Completed',
		priority: false,
	},
	{
		name: 'Component inspection round',
		description: 'North plant',
		workflows: [1],
		state: 'Scheduled',
		priority: false,
	},
];

const TEAM_SETTINGS_DEFAULTS = {
	AutoDeviceSignOut: null,
	AutoDownload: { WorkflowUpdateMode: 'Optional', WorkflowUpdateLapsedTime: 0 },
	CheckDeviceTime: false,
	DefaultTimezone: 'Etc/UTC',
	DisableJobRestart: false,
	DisableOldTemplates: false,
	EnableJobNaming: true,
	GoBackReason: 'Optional',
	PermanentDataEdit: false,
	RemoteExpertSolution: null,
	Reports: { DefaultReport: null },
	RequiresAbandonReason: false,
	StoreDBOnExternalStorage: false,
	SupportsOnsight: true,
	WorkflowApproverMode: 0,
};

const GROUPS = [
	{
		name: 'Administrators',
		permissions: { dataViewer: true, editor: true, modifier: true, executor: true, approver: true },
	},
	{
		name: 'Field Technicians',
		permissions: {
			dataViewer: false,
			editor: false,
			modifier: false,
			executor: true,
			approver: false,
		},
	},
	{
		name: 'Supervisors',
		permissions: {
			dataViewer: true,
			editor: false,
			modifier: true,
			executor: true,
			approver: true,
		},
	},
	{
		name: 'Quality',
		permissions: {
			dataViewer: true,
			editor: true,
			modifier: false,
			executor: false,
			approver: false,
		},
	},
];

module.exports = {
	TEAM_NAME,
	STEP_DEFS,
	WORKFLOWS,
	SITES,
	MAINTENANCE,
	NOTES,
	COLLECTIONS,
	TEMPLATES,
	SCHEDULED,
	TEAM_SETTINGS_DEFAULTS,
	GROUPS,
};
