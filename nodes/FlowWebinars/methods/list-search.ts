import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { labelledEntries, locatorLabel } from '../../shared/declarations/list-search';
import { apiRequest } from '../../shared/transport/request';
import { flowWebinarsCatalog } from '../api/catalog';
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

const sessionLabel = locatorLabel(flowWebinarsCatalog, 'session');

/** Event sessions by title, newest first; the API has no search, so the typed text filters here. */
export async function searchSessions(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const sessions = (await listOf(this, '/events/sessions')).sort((a, b) =>
		`${b.date ?? ''} ${b.time ?? ''}`.localeCompare(`${a.date ?? ''} ${a.time ?? ''}`),
	);
	const token = (session: IDataObject) => (typeof session.token === 'string' ? session.token : '');
	return { results: labelledEntries(sessions, sessionLabel, token, filter) };
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
