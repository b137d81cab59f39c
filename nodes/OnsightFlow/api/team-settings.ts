import type { IDataObject } from 'n8n-workflow';
import type { OnsightFlowEndpoint } from './client';
import { jsonBody } from './fields';

const KNOWN_KEYS =
	'AutoDeviceSignOut, AutoDownload, CheckDeviceTime, DefaultTimezone, DisableJobRestart, DisableOldTemplates, EnableJobNaming, GoBackReason, PermanentDataEdit, RemoteExpertSolution, Reports';

/** Team settings: a map of named settings. */
export const teamSettingEndpoints: OnsightFlowEndpoint[] = [
	{
		id: 'teamSettings.getAll',
		resource: 'teamSetting',
		operation: 'getAll',
		name: 'Get All',
		action: 'Get all team settings',
		description: 'Read every team setting as one object',
		host: 'gateway',
		policy: 'TeamSettings_Read',
		method: 'GET',
		path: '/teamsettings/v1/',
		fields: [],
		output: { kind: 'object' },
	},
	{
		id: 'teamSettings.get',
		resource: 'teamSetting',
		operation: 'get',
		name: 'Get',
		action: 'Get a team setting',
		description: 'Read one team setting',
		host: 'gateway',
		policy: 'TeamSettings_Read',
		method: 'GET',
		path: '/teamsettings/v1/{setting_key}',
		fields: [
			{
				name: 'settingKey',
				apiName: 'setting_key',
				label: 'Setting',
				in: 'path',
				type: 'id',
				required: true,
				placeholder: 'e.g. DisableJobRestart',
				hint: `Known settings: ${KNOWN_KEYS}`,
			},
		],
		output: { kind: 'object' },
		transform: (body, request) => [
			body && typeof body === 'object' && !Array.isArray(body)
				? (body as IDataObject)
				: { [String(request.pathValues.setting_key)]: body as IDataObject[string] },
		],
	},
	{
		id: 'teamSettings.set',
		resource: 'teamSetting',
		operation: 'set',
		name: 'Set',
		action: 'Set team settings',
		description: 'Set one or more team settings',
		host: 'gateway',
		policy: 'TeamSettings_Admin',
		method: 'POST',
		path: '/teamsettings/v1/',
		idempotent: true,
		fields: [
			jsonBody(
				'settings',
				'Settings (JSON)',
				`Settings to set, by name (${KNOWN_KEYS}); whether others are kept is not documented`,
				'{ "DisableJobRestart": true, "EnableJobNaming": false }',
			),
		],
		output: { kind: 'object' },
	},
	{
		id: 'teamSettings.resetDefaults',
		resource: 'teamSetting',
		operation: 'resetDefaults',
		name: 'Reset to Defaults',
		action: 'Reset all team settings',
		description: 'Reset every team setting to its default',
		notice: 'This resets every team setting at once',
		host: 'gateway',
		policy: 'TeamSettings_Admin',
		method: 'POST',
		path: '/teamsettings/v1/defaults',
		idempotent: true,
		fields: [],
		output: { kind: 'object' },
	},
];
