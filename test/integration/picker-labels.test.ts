import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeType,
	IDataObject,
} from 'n8n-workflow';
import type { VendorCatalog } from '../../nodes/shared/declarations/types';
import { damstraLearningCatalog } from '../../nodes/DamstraLearning/api/catalog';
import { growsparksCatalog } from '../../nodes/Growsparks/api/catalog';
import { flowWebinarsCatalog } from '../../nodes/FlowWebinars/api/catalog';
import { snapperGrapeCatalog } from '../../nodes/SnapperGrape/api/catalog';
import { onsightFlowCatalog } from '../../nodes/OnsightFlow/api/catalog';
import { OnsightFlowOAuth2Api } from '../../credentials/OnsightFlowOAuth2Api.credentials';
import { loadOptionsContext, locator } from '../support/context';
import type {
	DamstraLearningSandbox,
	FlowWebinarsSandbox,
	GrowsparksSandbox,
	OnsightFlowSandbox,
	SnapperGrapeSandbox,
} from '../support/sandbox';
import * as damstra from './damstra-learning/harness';
import * as growsparks from './growsparks/harness';
import * as flow from './flow-webinars/harness';
import * as snapper from './snapper-grape/harness';
import * as onsight from './onsight-flow/harness';

/*
 * Every resource locator of every vendor, over real HTTP against its sandbox: the list has entries,
 * no entry is labelled with its bare ID (the declared label fields are there), and a word of the
 * first label, typed as a search, finds that record again.
 */

type Search = (
	this: ILoadOptionsFunctions,
	filter?: string,
	token?: string,
) => Promise<INodeListSearchResult>;

function searchOf(node: INodeType, method: string): Search {
	const search = node.methods?.listSearch?.[method];
	if (!search) throw new Error(`No list-search method ${method}`);
	return search as Search;
}

/** The first word of a label's name (the part before its parenthesised details). */
function firstWord(label: string): string {
	return (
		label
			.split(' (')[0]
			.split(/[^\p{L}\p{N}]+/u)
			.find((word) => word.length > 0) ?? ''
	);
}

function checkEveryLocator(
	catalog: VendorCatalog,
	node: () => INodeType,
	context: (parameters?: Record<string, unknown>) => ILoadOptionsFunctions,
	/** What a list needs picked first in the operation (e.g. a survey needs its session). */
	pickedFirst: (key: string) => Record<string, unknown> = () => ({}),
) {
	it.each(Object.entries(catalog.locators))(
		'%s: labelled from its declared fields, and found again by a word of its label',
		async (key, spec) => {
			const search = searchOf(node(), spec.searchListMethod);
			const parameters = pickedFirst(key);
			const { results } = await search.call(context(parameters));
			expect(results.length).toBeGreaterThan(0);
			const bare = results.filter((entry) => entry.name === String(entry.value));
			expect(bare).toEqual([]);

			const [first] = results;
			const word = firstWord(first.name);
			expect(word).not.toBe('');
			const found = await search.call(context(parameters), word);
			expect({ word, values: found.results.map((entry) => entry.value) }).toEqual({
				word,
				values: expect.arrayContaining([first.value]),
			});
		},
	);
}

describe('Damstra Learning pickers', () => {
	let sandbox: DamstraLearningSandbox;
	damstra.useSandbox((started) => (sandbox = started));
	checkEveryLocator(
		damstraLearningCatalog,
		() => damstra.node,
		(parameters) => damstra.listSearchContext(sandbox, parameters),
		(key) => (key === 'attendee' ? { iltSessionId: locator(601, 'list') } : {}),
	);

	it('asks for the ILT session before listing its attendee records, then lists only those', async () => {
		const search = searchOf(damstra.node, 'searchIltAttendees');
		await expect(search.call(damstra.listSearchContext(sandbox))).rejects.toThrow(
			'Pick the ILT session first',
		);
		expect(sandbox.requests).toHaveLength(0);
		const { results } = await search.call(
			damstra.listSearchContext(sandbox, { iltSessionId: 601 }),
		);
		expect(results).toHaveLength(3);
		expect(sandbox.requests.at(-1)?.path).toBe('/api/v2/ilt_session/601/attendees');
		for (const entry of results) expect(entry.name).toMatch(/^\S+ \S+ \(\d+\)$/);
	});
});

describe('Growsparks pickers', () => {
	let sandbox: GrowsparksSandbox;
	growsparks.useSandbox((started) => (sandbox = started));
	checkEveryLocator(
		growsparksCatalog,
		() => growsparks.node,
		(parameters) => growsparks.listSearchContext(sandbox, parameters),
	);

	it('reads referred records through expand, and labels groups by GroupName', async () => {
		const results = await searchOf(growsparks.node, 'searchActivityResults').call(
			growsparks.listSearchContext(sandbox),
		);
		expect(sandbox.requests[0].query).toMatchObject({ expand: 'On,Of' });
		expect(results.results[0].name).toMatch(/^.+ \(.+ .+, \w+\)$/);
		const groups = await searchOf(growsparks.node, 'searchPersonGroups').call(
			growsparks.listSearchContext(sandbox),
			'sales',
		);
		expect(groups.results).toEqual([
			{ name: expect.stringMatching(/^Sales \(G_.+\)$/), value: expect.any(String) },
		]);
		const roles = await searchOf(growsparks.node, 'searchRoles').call(
			growsparks.listSearchContext(sandbox),
		);
		expect(roles.results.map((entry) => entry.name.split(' (')[0])).toEqual([
			'Manager',
			'Trainer',
			'Learner',
		]);
	});
});

describe('Flow Webinars pickers', () => {
	let sandbox: FlowWebinarsSandbox;
	flow.useSandbox((started) => (sandbox = started));
	checkEveryLocator(
		flowWebinarsCatalog,
		() => flow.node,
		(parameters) => flow.listSearchContext(sandbox, parameters),
		(key) =>
			key === 'survey'
				? { sessionToken: locator(sandbox.fixtures.sessions.onboarding, 'list') }
				: {},
	);

	it('asks for the session before listing its surveys, and lists rooms of the picked account', async () => {
		await expect(
			searchOf(flow.node, 'searchSurveys').call(flow.listSearchContext(sandbox)),
		).rejects.toThrow('Pick the event session first');
		expect(sandbox.requests).toHaveLength(0);

		const surveys = await searchOf(flow.node, 'searchSurveys').call(
			flow.listSearchContext(sandbox, { sessionToken: sandbox.fixtures.sessions.onboarding }),
		);
		expect(surveys.results.map((entry) => Number(entry.value)).sort()).toEqual(
			[sandbox.fixtures.surveys.onboardingFeedback, sandbox.fixtures.surveys.onboardingPoll].sort(),
		);

		const account = locator(sandbox.fixtures.accountToken, 'list');
		const rooms = await searchOf(flow.node, 'searchRooms').call(
			flow.listSearchContext(sandbox, { account }),
		);
		expect(rooms.results.map((entry) => entry.value).sort()).toEqual(['4101', '4102', '4103']);
		expect(sandbox.requests.at(-1)?.path).toBe(
			`/api/v1/rooms/lookup/${sandbox.fixtures.accountToken}`,
		);
		const accounts = await searchOf(flow.node, 'searchAccounts').call(
			flow.listSearchContext(sandbox),
		);
		expect(accounts.results).toEqual([
			{
				name: `Sandbox Webinars Inc. (${sandbox.fixtures.accountToken})`,
				value: sandbox.fixtures.accountToken,
			},
		]);
	});
});

describe('Snapper Grape pickers', () => {
	let sandbox: SnapperGrapeSandbox;
	snapper.useSandbox((started) => (sandbox = started));
	checkEveryLocator(
		snapperGrapeCatalog,
		() => snapper.node,
		(parameters) => snapper.listSearchContext(sandbox, parameters),
	);

	it('labels organisations by their documented title', async () => {
		const { results } = await searchOf(snapper.node, 'searchOrganisations').call(
			snapper.listSearchContext(sandbox),
			'warehouse',
		);
		expect(results.map((entry) => entry.name).sort()).toEqual([
			'Warehouse Bergen (108)',
			'Warehouse Oslo (107)',
		]);
	});

	it('offers the roles of the unit picked in Person → Create, searched by title', async () => {
		const inUnit = async (parameters: IDataObject, filter?: string) =>
			await searchOf(snapper.node, 'searchRoles').call(
				snapper.listSearchContext(sandbox, parameters),
				filter,
			);
		const sales = await inUnit({ organisationId: locator(105, 'list') });
		expect(sales.results.map((entry) => entry.value)).toEqual(
			expect.arrayContaining(['302', '303']),
		);
		expect(sales.results.map((entry) => entry.value)).not.toContain('304');
		expect(sandbox.requests.at(-1)?.query).toMatchObject({ organisation_ids: '105' });
		const found = await inUnit({ organisationId: 105 }, 'representative');
		expect(found.results).toEqual([{ name: 'Sales Representative (303)', value: '303' }]);
	});
});

describe('Onsight Flow pickers', () => {
	let sandbox: OnsightFlowSandbox;
	onsight.useSandbox((started) => (sandbox = started));
	const credentialType = new OnsightFlowOAuth2Api();
	checkEveryLocator(
		onsightFlowCatalog,
		() => onsight.node,
		(parameters = {}) =>
			loadOptionsContext({
				nodeType: onsight.node,
				parameters,
				credentialType: credentialType as never,
				credentials: onsight.oauth2For(sandbox) as never,
			}),
	);
});
