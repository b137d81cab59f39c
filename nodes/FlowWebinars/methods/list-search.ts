import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import {
	labelledEntries,
	locatorLabel,
	pickedParameter as picked,
	requirePicked,
} from '../../shared/declarations/list-search';
import { apiRequest } from '../../shared/transport/request';
import { flowWebinarsCatalog } from '../api/catalog';
import { flowWebinarsApi } from '../api/client';

/*
 * Flow's lists have no search and come whole, so the text typed in a list filters the labels here.
 */

async function listOf(ctx: ILoadOptionsFunctions, path: string): Promise<IDataObject[]> {
	const response = await apiRequest.call(ctx, flowWebinarsApi, { method: 'GET', path });
	const data = (response.body as IDataObject)?.data;
	return (Array.isArray(data) ? (data as IDataObject[]) : []).filter(
		(entry) => entry && typeof entry === 'object' && !Array.isArray(entry),
	);
}

const text = (value: unknown) =>
	typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const label = (locator: string) => locatorLabel(flowWebinarsCatalog, locator);

/** Event sessions by title, newest first. */
export async function searchSessions(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const sessions = (await listOf(this, '/events/sessions')).sort((a, b) =>
		`${b.date ?? ''} ${b.time ?? ''}`.localeCompare(`${a.date ?? ''} ${a.time ?? ''}`),
	);
	return {
		results: labelledEntries(sessions, label('session'), (s) => text(s.token), filter),
	};
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Operators (the account's hosts) by name, with their e-mail. */
export async function searchOperators(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const operators = await listOf(this, '/users');
	return {
		results: labelledEntries(operators, label('operator'), (o) => text(o.id), filter).sort(byName),
	};
}

/** The accounts the operators belong to (usually one), by company name. */
export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const seen = new Set<string>();
	const accounts = (await listOf(this, '/users')).filter((operator) => {
		const token = text(operator.accountToken);
		if (!token || seen.has(token)) return false;
		seen.add(token);
		return true;
	});
	return {
		results: labelledEntries(accounts, label('account'), (o) => text(o.accountToken), filter),
	};
}

/** The surveys of the event session picked in the same operation. */
export async function searchSurveys(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const session = requirePicked(
		this,
		'sessionToken',
		'event session',
		'Surveys belong to an event session: choose Event Session, then the survey.',
	);
	const surveys = await listOf(
		this,
		`/reports/events/sessions/surveys/${encodeURIComponent(session)}`,
	);
	return { results: labelledEntries(surveys, label('survey'), (s) => text(s.id), filter) };
}

/**
 * Permanent rooms by title: of the account picked in the same operation, or of every account the
 * operators belong to when none is picked (Room → Get Login Link names no account).
 */
export async function searchRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const account = picked(this, 'account');
	const tokens = account
		? [account]
		: [...new Set((await listOf(this, '/users')).map((o) => text(o.accountToken)))].filter(Boolean);
	const rooms: IDataObject[] = [];
	for (const token of tokens)
		rooms.push(...(await listOf(this, `/rooms/lookup/${encodeURIComponent(token)}`)));
	return {
		results: labelledEntries(rooms, label('room'), (r) => text(r.room_id), filter).sort(byName),
	};
}
