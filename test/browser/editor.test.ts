import type {
	IDataObject,
	INodeCredentialDescription,
	INodeProperties,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import type { BrowserSession, Icon, NodePanel } from '../support/browser';
import { isBareIdLabel, searchTermFor, startBrowserSession } from '../support/browser';
import { exampleFiles, loadExample } from '../support/e2e';
import { VENDORS, type Vendor, type VendorId } from '../vendors';
import { toolDescriptionOf } from '../../nodes/shared/declarations/tool-descriptions';

/**
 * The n8n editor (2.41.1) in headless Chromium, with the package installed as `npm start` installs
 * it: sign-in, nodes added from the nodes panel, their parameter panels and "From list" locators,
 * the trigger panels, and one example run per vendor from the canvas.
 * Driver: test/support/browser.js.
 */

/** Per vendor: operations (resource/operation) added from the nodes panel; the example to run. */
const PLAN: Record<VendorId, { operations: string[]; run: string }> = {
	'damstra-learning': {
		operations: ['user/get', 'group/get', 'lessonSchedule/get'],
		run: 'damstra-learning-list-all-users.json',
	},
	growsparks: {
		operations: ['persons/get', 'persongroups/get', 'roles/get'],
		run: 'growsparks-list-all-persons.json',
	},
	'flow-webinars': {
		operations: ['event/get', 'event/create', 'registrant/getAll', 'room/register'],
		run: 'flow-webinars-create-event-register-download.json',
	},
	'snapper-grape': {
		operations: ['person/get', 'organisation/get', 'personCompetence/get'],
		run: 'snapper-grape-list-all-persons.json',
	},
	'onsight-flow': {
		operations: ['job/assign', 'workflow/get', 'group/get'],
		run: 'onsight-flow-query-all-jobs.json',
	},
};

type Values = Record<string, unknown>;

/** The parameter values a new node starts with (each option's default), and its `@version`. */
function defaults(description: INodeTypeDescription, version?: number): Values {
	const versions = ([] as number[]).concat(description.version);
	return {
		...Object.fromEntries(description.properties.map((p) => [p.name, p.default])),
		'@version': version ?? description.defaultVersion ?? Math.max(...versions),
	};
}

/** Whether displayOptions (show and hide) let a property or credential show for these values. */
function shows(item: Pick<INodeProperties, 'displayOptions'>, values: Values): boolean {
	const matches = (conditions: object = {}) =>
		Object.entries(conditions).map(([name, allowed]) =>
			((allowed ?? []) as unknown[]).includes(values[name]),
		);
	const { show, hide } = item.displayOptions ?? {};
	return matches(show).every(Boolean) && !matches(hide).some(Boolean);
}

function operationOf(vendor: Vendor, key: string) {
	const [resource, operation] = key.split('/');
	const { properties } = vendor.node.description;
	const values = { ...defaults(vendor.node.description), resource, operation };
	const optionsOf = (name: string) =>
		properties.find((p) => p.name === name && shows(p, values))?.options as INodePropertyOptions[];
	const resourceOption = optionsOf('resource').find((o) => o.value === resource);
	const operationOption = optionsOf('operation').find((o) => o.value === operation);
	if (!resourceOption || !operationOption) throw new Error(`${vendor.id} has no ${key}`);
	const credential = (vendor.node.description.credentials ?? []).find(
		(c: INodeCredentialDescription) => shows(c, values),
	);
	return {
		key,
		resource: resourceOption.name,
		operation: operationOption.name,
		action: String(operationOption.action),
		credentialType: credential?.name,
		locators: properties
			.filter((p) => p.type === 'resourceLocator' && shows(p, values))
			.map((p) => ({ name: p.name, label: p.displayName })),
	};
}

/** The vendor's first example with its trigger node, and that node. */
function triggerExample(vendor: Vendor) {
	const type = `.${vendor.trigger.description.name}`;
	for (const file of exampleFiles().filter((f) => f.startsWith(`${vendor.id}-`))) {
		const workflow = loadExample(file);
		const node = (workflow.nodes as IDataObject[]).find((n) => String(n.type).endsWith(type));
		if (node) return { workflow, node };
	}
	throw new Error(`no example of ${vendor.id} has its trigger`);
}

const loaded = (icons: Array<Icon | null>) => icons.map((icon) => (icon?.naturalWidth ?? 0) > 0);
const everyIconLoaded = (panel: NodePanel) => ({
	icons: panel.icons.length > 0,
	loaded: loaded(panel.icons).every(Boolean),
});

/** Opens the "From list" dropdown of locator `name` in the open panel, searches it, checks both. */
async function checkLocatorList(vendor: Vendor, action: string, where: string, name: string) {
	const list = await editor.openLocatorList(vendor.id, name);
	const bare = list.results.filter((r) => isBareIdLabel(r.name, r.value));
	const bareLabels = new Set(bare.map((r) => r.name));
	const named = list.labels.filter((label) => !bareLabels.has(label));
	const pick = searchTermFor(named.length ? named : list.labels);
	const search = pick ? await editor.searchLocatorList(name, pick.term) : undefined;
	const searchKept = !!pick && !!search?.labels.includes(pick.label);
	editor.record({
		vendor: vendor.name,
		action,
		locator: where,
		shown: list.labels.length,
		sandboxRecords: list.sandboxRecords,
		empty: list.labels.length === 0,
		bareIds: bare.map((r) => r.name),
		term: pick?.term,
		searchMissed: !searchKept,
		error: list.error ?? search?.error,
	});
	const answered = new Set(list.results.map((r) => r.name.trim()));
	expect({
		mode: list.mode,
		error: list.error,
		sandboxHasRecords: list.sandboxRecords > 0,
		listShown: list.labels.length > 0,
		labelsAreAnswers: list.labels.every((label) => answered.has(label)),
		bareIdLabels: bare.map((r) => `${r.name} (value ${r.value})`),
		searchError: search?.error,
		searchKeepsLabel: searchKept,
	}).toEqual({
		mode: 'From list',
		error: undefined,
		sandboxHasRecords: true,
		listShown: true,
		labelsAreAnswers: true,
		bareIdLabels: [],
		searchError: undefined,
		searchKeepsLabel: true,
	});
}

let editor: BrowserSession;

beforeAll(async () => {
	editor = await startBrowserSession();
}, 600000);

afterAll(async () => {
	await editor?.stop();
}, 120000);

it('signs in as the owner through the sign-in page', async () => {
	const result = await editor.signIn();
	expect(result.path).not.toMatch(/^\/signin/);
	expect(result.authCookie).toBe(true);
});

for (const vendor of VENDORS) {
	const plan = PLAN[vendor.id];
	const nodeName = vendor.node.description.displayName;

	describe(vendor.name, () => {
		const run = loadExample(plan.run);
		it(`runs the example "${run.name}" from the canvas`, async () => {
			const result = await editor.executeWorkflow(String(run.id));
			const ours = result.nodes.filter((n) => n.type.endsWith(`.${vendor.node.description.name}`));
			expect(ours.length).toBeGreaterThan(0);
			expect(loaded(ours.map((n) => n.icon))).not.toContain(false);
			expect(result.execution).toMatchObject({ status: 'success', mode: 'manual' });
			expect(result.toast).toMatch(/executed successfully/i);
			expect([...result.succeeded].sort()).toEqual(
				(run.nodes as IDataObject[]).map((n) => String(n.name)).sort(),
			);
		});

		for (const key of plan.operations) {
			const op = operationOf(vendor, key);

			it(`adds "${op.action}" from the nodes panel; its panel renders with its icon`, async () => {
				await editor.openScratchWorkflow(`Browser test: ${vendor.name}`);
				const panel = await editor.addNodeFromPanel(nodeName, op.action);
				const credential = editor.credentials.find((c) => c.type === op.credentialType);
				expect(credential).toBeDefined();
				expect(panel.panelIcon?.naturalWidth ?? 0).toBeGreaterThan(0);
				expect(everyIconLoaded(panel)).toEqual({ icons: true, loaded: true });
				expect({
					resource: panel.resource,
					operation: panel.operation,
					credentials: panel.credentials,
					aboveCredentials: panel.aboveCredentials,
					locators: [...panel.locators].sort(),
					problems: panel.problems,
					// Only the tool variant shows what a model reads.
					toolDescription: panel.parameters.includes('toolDescription'),
				}).toEqual({
					resource: op.resource,
					operation: op.operation,
					credentials: [credential?.name],
					toolDescription: false,
					aboveCredentials: [],
					locators: op.locators.map((l) => l.name).sort(),
					problems: [],
				});
			});

			for (const locator of op.locators)
				it(`${op.action}: "${locator.label}" From list shows named records, search keeps them`, () =>
					checkLocatorList(vendor, op.action, `${op.key} ${locator.name}`, locator.name));
		}

		const agent = loadExample(`${vendor.id}-ai-agent.json`);
		const tool = (agent.nodes as IDataObject[]).find((n) => /Tool$/.test(String(n.type)))!;
		it(`opens the "${tool.name}" tool of the AI-agent example: its Description is what a model reads`, async () => {
			const panel = await editor.openNode(String(agent.id), String(tool.name));
			const params = tool.parameters as IDataObject;
			const endpoint = vendor.catalog.endpoints.find(
				(e) => e.resource === params.resource && e.operation === params.operation,
			)!;
			expect(everyIconLoaded(panel)).toEqual({ icons: true, loaded: true });
			expect({
				title: panel.title,
				toolDescription: panel.toolDescription,
				// n8n's own "Set Automatically / Set Manually" switch is not added.
				descriptionSwitch: panel.parameters.includes('descriptionType'),
				problems: panel.problems,
			}).toEqual({
				title: tool.name,
				toolDescription: toolDescriptionOf(endpoint, vendor.name),
				descriptionSwitch: false,
				problems: [],
			});
		});

		const trigger = triggerExample(vendor);
		const triggerValues = {
			...defaults(vendor.trigger.description, Number(trigger.node.typeVersion)),
			...(trigger.node.parameters as IDataObject),
		} as Values;
		// The locators the example's trigger panel shows, opened after the panel test.
		const triggerLocators = vendor.trigger.description.properties
			.filter((p) => p.type === 'resourceLocator' && shows(p, triggerValues))
			.map((p) => p.name);
		it(`opens the ${vendor.trigger.description.displayName} panel`, async () => {
			const panel = await editor.openNode(String(trigger.workflow.id), String(trigger.node.name));
			const values = triggerValues;
			const inputs = vendor.trigger.description.properties
				.filter((p) => ['options', 'multiOptions', 'boolean', 'string'].includes(p.type))
				// n8n shows the main `authentication` option with the credentials, not as a parameter.
				.filter((p) => p.name !== 'authentication')
				.filter((p) => shows(p, values))
				.map((p) => p.name);
			expect(inputs.length).toBeGreaterThan(0);
			expect(everyIconLoaded(panel)).toEqual({ icons: true, loaded: true });
			expect({
				title: panel.title,
				credentials: [...panel.credentials].sort(),
				// Only Authentication may come before the credentials, as in n8n's own nodes.
				aboveCredentials: panel.aboveCredentials.filter((name) => name !== 'authentication'),
				missingInputs: inputs.filter((name) => !panel.parameters.includes(name)),
				locators: [...panel.locators].sort(),
				problems: panel.problems,
			}).toEqual({
				title: trigger.node.name,
				credentials: Object.values((trigger.node.credentials ?? {}) as IDataObject)
					.map((c) => String((c as IDataObject).name))
					.sort(),
				aboveCredentials: [],
				missingInputs: [],
				locators: triggerLocators.sort(),
				problems: [],
			});
		});

		for (const name of triggerLocators)
			it(`${vendor.trigger.description.displayName}: "${name}" From list shows named records, search keeps them`, () =>
				checkLocatorList(vendor, vendor.trigger.description.displayName, `trigger ${name}`, name));
	});
}

it('every request for one of the package icons succeeded', () => {
	const icons = editor.icons();
	expect(icons.length).toBeGreaterThan(0);
	expect(icons.filter((r) => r.status >= 400)).toEqual([]);
});

it("the browser logged no console or page errors but n8n's own (ALLOWED_CONSOLE_ERRORS)", () => {
	expect(editor.unexpectedConsoleErrors()).toEqual([]);
});
