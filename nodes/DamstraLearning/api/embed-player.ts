import type { EndpointSpec } from '../../shared/declarations/types';
import { lessonScheduleLocator } from './fields';

export const embedPlayerEndpoints: EndpointSpec[] = [
	{
		id: 'embedPlayer.getUrl',
		resource: 'embedPlayer',
		operation: 'getUrl',
		name: 'Get URL',
		action: 'Get an embed player URL',
		description: 'Get a tokenised iframe URL that plays a lesson schedule',
		method: 'GET',
		path: '/embed_player',
		output: { kind: 'object' },
		fields: [lessonScheduleLocator('query')],
	},
	{
		id: 'embedPlayer.getVersionUrl',
		resource: 'embedPlayer',
		operation: 'getVersionUrl',
		name: 'Get URL (All Lesson Types)',
		action: 'Get an embed player URL for any lesson type',
		description: 'Same as Get URL, through the variant that supports all lesson types',
		method: 'GET',
		path: '/embed_player/version/{lessonScheduleId}',
		output: { kind: 'object' },
		fields: [lessonScheduleLocator()],
	},
];
