import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { apiRequest } from '../../shared/transport/request';
import { flowWebinarsApi } from '../api/client';

async function listOf(
	ctx: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const response = await apiRequest.call(ctx, flowWebinarsApi, { method: 'GET', path, qs });
	return (((response.body as IDataObject)?.data as IDataObject[]) ?? []).filter(
		(entry) => entry && typeof entry === 'object',
	);
}

/** Event sessions by title, newest first; the API has no search, so the typed text filters here. */
export async function searchSessions(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const needle = filter?.toLowerCase();
	const sessions = await listOf(this, '/events/sessions');
	const results = sessions
		.map((session) => ({
			name: `${session.title ?? session.token} (${session.date ?? '?'} ${String(session.time ?? '').slice(0, 5)} ${session.timezone ?? ''})`.trim(),
			value: String(session.token),
			sortKey: `${session.date} ${session.time}`,
		}))
		.filter((result) => !needle || result.name.toLowerCase().includes(needle))
		.sort((a, b) => b.sortKey.localeCompare(a.sortKey))
		.map(({ name, value }) => ({ name, value }));
	return { results };
}

export async function getOperators(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const operators = await listOf(this, '/users');
	return operators
		.map((operator) => ({
			name: `${[operator.firstName, operator.lastName].filter(Boolean).join(' ') || operator.email} (${operator.email ?? operator.id})`,
			value: String(operator.id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
