'use strict';
/**
 * The real-browser test's driver (test/browser): `npm start`'s stack (scripts/lib/stack.js: the
 * five sandboxes, a real n8n with the packed package, credentials and examples) on free ports with
 * its own temp user folder, Debian's Chromium through puppeteer-core, and the editor steps the test
 * takes. Everything that needs sockets, processes, files or timers lives here; the test stays thin.
 *
 * Chromium is kept off the internet (every host but 127.0.0.1 fails to resolve), so the run does
 * not depend on what the editor would fetch from outside. Every step saves a screenshot in
 * .runtime/browser/, with report.json (locator findings, console errors, timings) at the end.
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const puppeteer = require('puppeteer-core');
const { startStack } = require('../../scripts/lib/stack');
const { packageTarball } = require('./e2e');

const REPO = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(REPO, '.runtime', 'browser');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PACKAGE = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).name;
/** Where n8n serves a community package's icons. */
const ICON_PATH = `/icons/${PACKAGE}/`;
/** Generous: CI may share the CPU. Every wait is for a condition, never a fixed sleep. */
const WAIT_MS = Number(process.env.BROWSER_WAIT_MS || 60000);
const VIEWPORT = { width: 1600, height: 1000 };

/** n8n's texts for a node panel that failed to render (its i18n strings for these states). */
const PANEL_PROBLEMS = [
	'Install this node to use it',
	'This node is not currently installed',
	'Detailed node info is not available',
	'There was a problem loading the parameters of the node',
	'Error fetching options',
	'The node is not valid as its type',
];

const isLocal = (url) => {
	try {
		const { protocol, hostname } = new URL(url);
		return !/^https?:$/.test(protocol) || hostname === '127.0.0.1' || hostname === 'localhost';
	} catch {
		return true;
	}
};

/**
 * Console errors that are n8n's own, not our nodes'. Each entry says why; keep the list minimal.
 * Anything else logged with console.error, and every uncaught page error, fails the test.
 */
const ALLOWED_CONSOLE_ERRORS = [
	{
		// The sign-in page asks GET /rest/login whether a session exists; signed out, n8n answers
		// 401 and Chromium logs the failed load. Only before signing in.
		why: 'signed-out session probe GET /rest/login -> 401',
		test: (e) =>
			!e.signedIn &&
			e.kind === 'console.error' &&
			new URL(e.url || 'http://x/').pathname === '/rest/login' &&
			/status of 401/.test(e.text),
	},
	{
		// Before the previous node has run, the node panel asks n8n for that node's output schema
		// (/schemas/<node type>/<version>/<resource>/<operation>.json, a preview from an optional
		// __schema__ folder) and Chromium logs the 404 for a node without one. n8n's own nodes do
		// the same: a Discourse node after a Discourse node logs the same 404 for
		// /schemas/n8n-nodes-base.discourse/1.0.0/post/get.json. This package ships no schemas.
		why: "n8n's output-schema preview probe -> 404 (no __schema__ shipped)",
		test: (e) =>
			e.kind === 'console.error' &&
			new RegExp(`^https?://[^/]+/schemas/${PACKAGE}\\.[A-Za-z]+/[0-9.]+/[^/]+/[^/]+\\.json$`).test(
				e.url,
			) &&
			/status of 404/.test(e.text),
	},
	{
		// n8n's editor fetches https://registry.npmjs.org/<package> from the browser for its
		// community-package panels (CommunityNodeFooter / CommunityNodeInfo), for every community
		// package. The test keeps Chromium offline, so that fetch fails; no node code is involved.
		why: `n8n's npm metadata fetch for the community package (browser kept offline)`,
		test: (e) =>
			e.kind === 'console.error' &&
			e.url === `https://registry.npmjs.org/${PACKAGE}` &&
			/^Failed to load resource: net::/.test(e.text),
	},
];

/** An entry of the nodes panel (a node or an action), by its name. */
const CREATOR_ITEM = '[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]';

/** An XPath string literal for any text (concat() when it holds a double quote). */
const xpathLiteral = (text) =>
	text.includes('"') ? `concat("${text.split('"').join(`", '"', "`)}")` : `"${text}"`;

/** A selector for the nodes-panel entry named exactly `text`, which a locator re-queries. */
const creatorItemXPath = (text) =>
	'::-p-xpath(//*[@data-test-id="node-creator"]//*[@data-test-id="node-creator-item-name"]' +
	`[normalize-space(.)=${xpathLiteral(text)}])`;

const slug = (text) =>
	String(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);

/** The number of records in a JSON answer: its array, or the longest array within two levels. */
function recordCount(body, depth = 0) {
	if (Array.isArray(body)) return body.length;
	if (!body || typeof body !== 'object' || depth > 1) return 0;
	return Math.max(0, ...Object.values(body).map((value) => recordCount(value, depth + 1)));
}

/** Sends a logged sandbox GET again, with n8n's headers (auth included); parses the JSON. */
function replay(entry) {
	const headers = { ...entry.headers };
	for (const name of ['host', 'connection', 'content-length', 'accept-encoding'])
		delete headers[name];
	const url = `http://${entry.headers.host}${entry.url}`;
	return new Promise((resolve) => {
		const req = http.get(url, { headers, timeout: 15000 }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (text += chunk));
			res.on('end', () => {
				let body;
				try {
					body = JSON.parse(text);
				} catch {
					body = undefined;
				}
				resolve({ path: entry.pathname, status: res.statusCode, records: recordCount(body) });
			});
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (error) => resolve({ path: entry.pathname, status: 0, error: error.message }));
	});
}

/** A label that is only the record's ID: empty, the value, only digits, or nothing but IDs. */
function isBareIdLabel(name, value) {
	const label = String(name ?? '').trim();
	const id = String(value ?? '').trim();
	if (label === '' || label === id || /^\d+$/.test(label)) return true;
	const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
	// What is left once the ID (and any UUID) is taken out must still say something in words.
	const rest = (id ? label.split(id).join(' ') : label).replace(uuid, ' ');
	return !/\p{L}{2,}/u.test(rest);
}

/**
 * A search term from a visible label: a word (3+ letters or digits) of a label from the middle of
 * the list, the one the fewest labels share, so the search narrows the list. Undefined when empty.
 */
function searchTermFor(labels) {
	if (!labels.length) return undefined;
	const words = (label) => String(label).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
	const pick = labels[Math.floor(labels.length / 2)];
	const candidates = words(pick);
	if (!candidates.length) return { label: pick, term: pick };
	const share = (word) =>
		labels.filter((label) => label.toLowerCase().includes(word.toLowerCase())).length;
	const term = candidates.reduce((best, word) => (share(word) < share(best) ? word : best));
	return { label: pick, term };
}

async function startBrowserSession() {
	const startedAt = Date.now();
	fs.rmSync(ARTIFACTS, { recursive: true, force: true });
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`${CHROMIUM} not found: run bash scripts/ensure-chromium.sh (or set CHROMIUM_PATH)`,
		);
	}
	const stack = await startStack({ packageTarball: packageTarball() });
	let browser;
	try {
		browser = await puppeteer.launch({
			executablePath: CHROMIUM,
			headless: true,
			defaultViewport: VIEWPORT,
			args: [
				// root in a container: no user namespaces for Chromium's sandbox
				'--no-sandbox',
				'--no-proxy-server',
				// offline: only n8n and the sandboxes on 127.0.0.1 resolve
				'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
				'--disable-dev-shm-usage',
				`--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
			],
		});
	} catch (error) {
		await stack.stop();
		throw error;
	}
	return new BrowserSession(stack, browser, startedAt);
}

class BrowserSession {
	constructor(stack, browser, startedAt) {
		this.stack = stack;
		this.n8n = stack.n8n;
		this.browser = browser;
		this.page = undefined;
		this.step = 'start';
		this.signedIn = false;
		this.shots = 0;
		this.consoleErrors = [];
		this.offlineRequests = [];
		this.iconResponses = [];
		this.findings = [];
		this.timings = { stackReadyMs: Date.now() - startedAt };
		this.startedAt = startedAt;
		this.scratch = new Map();
		this.openWorkflowId = undefined;
		/** The credentials n8n was given: [{ id, name, type }]. */
		this.credentials = stack.credentials.map(({ id, name, type }) => ({ id, name, type }));
	}

	// ------------------------------------------------------------------------------------------
	// pages, screenshots, the console

	async openPage(urlPath) {
		if (this.page) await this.page.close({ runBeforeUnload: false });
		this.openWorkflowId = undefined;
		const page = await this.browser.newPage();
		page.setDefaultTimeout(WAIT_MS);
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			this.consoleErrors.push({
				step: this.step,
				signedIn: this.signedIn,
				kind: 'console.error',
				text: message.text(),
				url: message.location()?.url ?? '',
			});
		});
		page.on('pageerror', (error) => {
			this.consoleErrors.push({
				step: this.step,
				signedIn: this.signedIn,
				kind: 'pageerror',
				text: String(error?.stack || error?.message || error),
				url: page.url(),
			});
		});
		page.on('dialog', async (dialog) => {
			this.consoleErrors.push({
				step: this.step,
				signedIn: this.signedIn,
				kind: `dialog (${dialog.type()})`,
				text: dialog.message(),
				url: page.url(),
			});
			await dialog.dismiss().catch(() => {});
		});
		page.on('requestfailed', (request) => {
			if (!isLocal(request.url()))
				this.offlineRequests.push({ step: this.step, url: request.url() });
		});
		page.on('response', (response) => {
			if (response.url().includes(ICON_PATH))
				this.iconResponses.push({ url: response.url(), status: response.status() });
		});
		this.page = page;
		await page.goto(`${this.n8n.baseUrl}${urlPath}`, { waitUntil: 'domcontentloaded' });
		return page;
	}

	async screenshot(name) {
		this.shots += 1;
		const file = path.join(ARTIFACTS, `${String(this.shots).padStart(2, '0')}-${slug(name)}.png`);
		await this.page.screenshot({ path: file });
		return path.relative(REPO, file);
	}

	/** Console errors and page errors so far that no ALLOWED_CONSOLE_ERRORS entry explains. */
	unexpectedConsoleErrors() {
		return this.consoleErrors
			.filter((e) => !ALLOWED_CONSOLE_ERRORS.some((allowed) => allowed.test(e)))
			.map((e) => `[${e.step}] ${e.kind}: ${e.text}${e.url ? ` (${e.url})` : ''}`);
	}

	/** Every response for one of the package's icons, with its HTTP status. */
	icons() {
		return this.iconResponses.slice();
	}

	/** A puppeteer locator: waits until the element is visible, enabled and still, then acts. */
	locate(selector) {
		return this.page.locator(selector).setTimeout(WAIT_MS);
	}

	/** The first `selector` match whose trimmed text is `text` (waits for it). */
	async elementByText(selector, text) {
		const handle = await this.page.waitForFunction(
			(sel, wanted) =>
				[...document.querySelectorAll(sel)].find((e) => e.textContent.trim() === wanted) || null,
			{ timeout: WAIT_MS },
			selector,
			text,
		);
		return handle.asElement();
	}

	/** Waits until every <img> of the package's icons under `root` has finished loading. */
	async iconsUnder(root) {
		await this.page.waitForFunction(
			(sel, iconPath) =>
				[...document.querySelectorAll(`${sel} img`)]
					.filter((img) => img.src.includes(iconPath))
					.every((img) => img.complete),
			{ timeout: WAIT_MS },
			root,
			ICON_PATH,
		);
		return this.page.evaluate(
			(sel, iconPath) =>
				[...document.querySelectorAll(`${sel} img`)]
					.filter((img) => img.src.includes(iconPath))
					.map((img) => ({ src: new URL(img.src).pathname, naturalWidth: img.naturalWidth })),
			root,
			ICON_PATH,
		);
	}

	// ------------------------------------------------------------------------------------------
	// sign-in, workflows, execution

	/** Signs in as the owner through the real sign-in page. */
	async signIn() {
		this.step = 'sign in';
		const page = await this.openPage('/signin');
		await page.waitForSelector('input[name="emailOrLdapLoginId"]', { visible: true });
		await this.locate('input[name="emailOrLdapLoginId"]').fill(this.n8n.owner.email);
		await this.locate('input[name="password"]').fill(this.n8n.owner.password);
		await this.screenshot('sign-in-form');
		await this.locate('[data-test-id="form-submit-button"]').click();
		await page.waitForFunction(() => !location.pathname.startsWith('/signin'), {
			timeout: WAIT_MS,
		});
		this.signedIn = true;
		await page.waitForSelector('[data-test-id="project-home-menu-item"]', { visible: true });
		const cookies = await page.browserContext().cookies();
		return {
			path: new URL(page.url()).pathname,
			authCookie: cookies.some((cookie) => cookie.name === 'n8n-auth'),
			screenshot: await this.screenshot('signed-in'),
		};
	}

	/** Opens a workflow in the editor; returns its canvas nodes with the icons of ours. */
	async openWorkflow(workflowId) {
		const page = await this.openPage(`/workflow/${encodeURIComponent(workflowId)}`);
		this.openWorkflowId = workflowId;
		await page.waitForSelector('[data-test-id="canvas-node"]', { visible: true });
		const icons = await this.iconsUnder('[data-test-id="canvas-node"]');
		const nodes = await page.evaluate(
			(iconPath) =>
				[...document.querySelectorAll('[data-test-id="canvas-node"]')].map((node) => {
					const img = [...node.querySelectorAll('img')].find((i) => i.src.includes(iconPath));
					return {
						name: node.getAttribute('data-node-name'),
						type: node.getAttribute('data-node-type'),
						icon: img ? { src: new URL(img.src).pathname, naturalWidth: img.naturalWidth } : null,
					};
				}),
			ICON_PATH,
		);
		return { nodes, icons };
	}

	/**
	 * Clicks "Execute workflow" on the canvas and waits for n8n's toast; returns the toast, the nodes
	 * the canvas marked successful and the execution as n8n stored it.
	 */
	async executeWorkflow(workflowId) {
		this.step = `execute ${workflowId}`;
		const { nodes } = await this.openWorkflow(workflowId);
		const page = this.page;
		const sinceId = await this.n8n.lastExecutionId(workflowId);
		await this.screenshot(`${workflowId}-before-run`);
		await this.locate('[data-test-id="execute-workflow-button"]').click();
		const toastHandle = await page.waitForFunction(
			() => {
				const toast = [...document.querySelectorAll('.el-notification')].find((t) =>
					/executed successfully|problem|error/i.test(t.textContent),
				);
				return toast ? toast.textContent.trim() : null;
			},
			{ timeout: WAIT_MS },
		);
		const toast = await toastHandle.jsonValue();
		const execution = await this.n8n.waitForExecution(workflowId, {
			sinceId,
			timeoutMs: WAIT_MS,
		});
		// The canvas marks nodes as the run's events arrive; the toast can come first.
		if (execution.status === 'success') {
			await page
				.waitForFunction(
					(count) =>
						document.querySelectorAll(
							'[data-test-id="canvas-node"] [data-test-id="canvas-node-status-success"]',
						).length >= count,
					{ timeout: WAIT_MS },
					nodes.length,
				)
				.catch(() => {});
		}
		const succeeded = await page.evaluate(() =>
			[...document.querySelectorAll('[data-test-id="canvas-node"]')]
				.filter((node) => node.querySelector('[data-test-id="canvas-node-status-success"]'))
				.map((node) => node.getAttribute('data-node-name')),
		);
		return {
			nodes,
			toast,
			succeeded,
			execution: { id: execution.id, status: execution.status, mode: execution.mode },
			screenshot: await this.screenshot(`${workflowId}-run-${execution.status}`),
		};
	}

	// ------------------------------------------------------------------------------------------
	// node panels

	/** A workflow with only a Manual Trigger (created over n8n's REST API), open in the editor. */
	async openScratchWorkflow(name) {
		if (!this.scratch.has(name)) {
			const r = await this.n8n.rest('POST', '/rest/workflows', {
				name,
				nodes: [
					{
						id: 'manual',
						name: 'Start',
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: {},
					},
				],
				connections: {},
				settings: {},
			});
			if (r.status !== 200) throw new Error(`creating workflow "${name}": HTTP ${r.status}`);
			this.scratch.set(name, r.body.data.id);
		}
		this.step = name;
		const id = this.scratch.get(name);
		if (this.openWorkflowId !== id) await this.openWorkflow(id);
	}

	/**
	 * Adds a node as a user does: the nodes panel (+), a search for the node's name, the node, then
	 * one of its actions. Returns the nodes-panel entry's icon and the node panel that opens.
	 */
	async addNodeFromPanel(nodeName, action) {
		this.step = `${nodeName}: ${action}`;
		await this.closeNodePanel();
		await this.locate('[data-test-id="node-creator-plus-button"]').click();
		await this.locate('[data-test-id="node-creator-search-bar"]').fill(nodeName);
		const entry = await this.elementByText(CREATOR_ITEM, nodeName);
		await entry.dispose();
		await this.iconsUnder('[data-test-id="node-creator"]');
		const panelIcon = await this.page.evaluate(
			(sel, text, iconPath) => {
				const name = [...document.querySelectorAll(sel)].find((e) => e.textContent.trim() === text);
				const item = name?.closest(
					'[data-test-id="node-creator-action-item"], [data-test-id="item-iterator-item"]',
				);
				const img = [...(item?.querySelectorAll('img') ?? [])].find((i) =>
					i.src.includes(iconPath),
				);
				return img ? { src: new URL(img.src).pathname, naturalWidth: img.naturalWidth } : null;
			},
			CREATOR_ITEM,
			nodeName,
			ICON_PATH,
		);
		await this.screenshot(`nodes-panel-${nodeName}`);
		await this.locate(creatorItemXPath(nodeName)).click();
		// n8n renders the actions list progressively (a batch per animation frame) and starts
		// over when its items change, so in a long list (Onsight Flow: 80+ actions) an entry can
		// be replaced between a mouse click's checks (visible, still, in view) and the click: on a
		// busy machine that click timed out in 2 of 9 runs. Finding and clicking the entry in one
		// step inside the page cannot be overtaken.
		await this.page.waitForFunction(
			(sel, text) => {
				const entry = [...document.querySelectorAll(sel)].find(
					(e) => e.textContent.trim() === text,
				);
				if (!entry) return false;
				entry.scrollIntoView({ block: 'center' });
				entry.click();
				return true;
			},
			{ timeout: WAIT_MS },
			CREATOR_ITEM,
			action,
		);
		const panel = await this.readNodePanel();
		return { panelIcon, ...panel, screenshot: await this.screenshot(`${nodeName}-${action}`) };
	}

	/** Opens a workflow and double-clicks one of its nodes; returns the node panel. */
	async openNode(workflowId, nodeName) {
		this.step = `${workflowId}: ${nodeName}`;
		await this.openWorkflow(workflowId);
		const node = `[data-test-id="canvas-node"][data-node-name="${nodeName.replace(/"/g, '\\"')}"]`;
		await this.locate(node).click({ count: 2 });
		const panel = await this.readNodePanel();
		return { ...panel, screenshot: await this.screenshot(`${workflowId}-${nodeName}`) };
	}

	async closeNodePanel() {
		const selector = '[data-test-id="ndv"] [data-test-id="ndv-close-button"]';
		const close = await this.page.$(selector);
		const open = !!close && (await close.isVisible());
		await close?.dispose();
		if (!open) return;
		await this.locate(selector).click();
		await this.page.waitForSelector('[data-test-id="ndv"]', { hidden: true });
	}

	/** What the open node panel shows: values, credential, resource locators, icons, problems. */
	async readNodePanel() {
		const page = this.page;
		const ndv = '[data-test-id="ndv"]';
		await page.waitForSelector(`${ndv} [data-test-id="node-parameters"]`, { visible: true });
		const icons = await this.iconsUnder(ndv);
		const read = await page.evaluate(
			(sel, problems) => {
				const root = document.querySelector(sel);
				const value = (name) =>
					root.querySelector(`[data-test-id="parameter-input-${name}"] input`)?.value ?? null;
				const text = root.innerText;
				return {
					title: root
						.querySelector(
							'[data-test-id="node-title-container"] [data-test-id="inline-edit-preview"]',
						)
						?.textContent.trim(),
					resource: value('resource'),
					operation: value('operation'),
					// A tool's Description (a text area), as the model will read it.
					toolDescription:
						root.querySelector('[data-test-id="parameter-input-toolDescription"] textarea')
							?.value ?? null,
					credentials: [
						...root.querySelectorAll('[data-test-id="node-credentials-select"] input'),
					].map((input) => input.value),
					parameters: [...root.querySelectorAll('[data-test-id^="parameter-input-"]')]
						.map((e) => e.getAttribute('data-test-id').slice('parameter-input-'.length))
						.filter((name) => name !== 'field'),
					// Parameters shown above the credential selector (n8n puts it where the node's
					// Authentication parameter is, or first).
					aboveCredentials: (() => {
						const credential = root.querySelector('[data-test-id="node-credentials-select"]');
						if (!credential) return [];
						return [...root.querySelectorAll('[data-test-id^="parameter-input-"]')]
							.filter(
								(e) => e.compareDocumentPosition(credential) & Node.DOCUMENT_POSITION_FOLLOWING,
							)
							.map((e) => e.getAttribute('data-test-id').slice('parameter-input-'.length));
					})(),
					locators: [...root.querySelectorAll('[data-test-id^="resource-locator-"]')]
						.filter((e) => e.querySelector('[data-test-id="rlc-input"]'))
						.map((e) => e.getAttribute('data-test-id').slice('resource-locator-'.length)),
					problems: problems.filter((p) => text.includes(p)),
					toasts: [...document.querySelectorAll('.el-notification')].map((t) =>
						t.textContent.trim(),
					),
				};
			},
			ndv,
			PANEL_PROBLEMS,
		);
		return { ...read, icons };
	}

	// ------------------------------------------------------------------------------------------
	// resource locators

	/**
	 * Waits for the open locator dropdown of `name` to settle after n8n's answers for it: an error,
	 * "No results", or every name of the first answer shown. Returns the labels shown.
	 */
	async settleDropdown(name, firstAnswer) {
		const root = `[data-test-id="ndv"] [data-test-id="resource-locator-${name}"]`;
		const handle = await this.page.waitForFunction(
			(sel, names) => {
				const el = document.querySelector(sel);
				if (!el) return null;
				const error = el.querySelector('[data-test-id="rlc-error-container"]');
				if (error) return { error: error.innerText.trim(), labels: [] };
				if (el.querySelector('[class*="_loadingItem_"]')) return null;
				const labels = [...el.querySelectorAll('[data-test-id="rlc-item"]')].map((i) =>
					i.textContent.trim(),
				);
				if (labels.length === 0 && /No results/.test(el.innerText)) return { labels };
				return names.length && names.every((n) => labels.includes(n.trim())) ? { labels } : null;
			},
			{ timeout: WAIT_MS },
			root,
			firstAnswer.map((r) => String(r.name)),
		);
		return handle.jsonValue();
	}

	/** Collects n8n's resource-locator answers for parameter `name` (optionally one filter). */
	collectAnswers(name, filter) {
		const answers = [];
		const pending = [];
		let resolveFirst;
		const first = new Promise((resolve) => (resolveFirst = resolve));
		const onResponse = (response) => {
			if (!response.url().endsWith('/rest/dynamic-node-parameters/resource-locator-results'))
				return;
			let request;
			try {
				request = JSON.parse(response.request().postData() || '{}');
			} catch {
				return;
			}
			if (request.path !== `parameters.${name}`) return;
			if ((request.filter || '') !== (filter || '')) return;
			const done = response
				.json()
				.then((body) => {
					const results = body?.data?.results ?? [];
					answers.push({ status: response.status(), results, request });
					resolveFirst({ status: response.status(), results });
				})
				.catch((error) => resolveFirst({ status: response.status(), results: [], error }));
			pending.push(done);
		};
		this.page.on('response', onResponse);
		return {
			first: () =>
				Promise.race([
					first,
					new Promise((_, reject) =>
						setTimeout(
							() => reject(new Error(`no answer for ${name} (filter "${filter || ''}")`)),
							WAIT_MS,
						).unref(),
					),
				]),
			stop: async () => {
				this.page.off('response', onResponse);
				await Promise.all(pending);
				return answers;
			},
		};
	}

	/** The sandbox of a vendor (for its request log). */
	sandboxOf(vendorId) {
		const found = this.stack.sandboxes.find(({ vendor }) => vendor.id === vendorId);
		if (!found) throw new Error(`no sandbox for ${vendorId}`);
		return found.sandbox;
	}

	/**
	 * Opens the "From list" dropdown of resource locator `name` in the open node panel. Returns the
	 * labels shown, n8n's answers (name + value per entry), and what the sandbox holds: each GET the
	 * node sent to the sandbox meanwhile, sent again with the same headers, and its record count.
	 */
	async openLocatorList(vendorId, name) {
		this.step = `${this.step.split(' | ')[0]} | ${name}`;
		const page = this.page;
		const root = `[data-test-id="ndv"] [data-test-id="resource-locator-${name}"]`;
		await page.waitForSelector(root, { visible: true });
		const mode = await page.$eval(
			`${root} [data-test-id="rlc-mode-selector"] input`,
			(input) => input.value,
		);
		const sandbox = this.sandboxOf(vendorId);
		const before = new Set(sandbox.requests);
		const answers = this.collectAnswers(name);
		await this.locate(`${root} [data-test-id="rlc-input"]`).click();
		let settled;
		let collected;
		try {
			const first = await answers.first();
			settled = await this.settleDropdown(name, first.results);
		} finally {
			collected = await answers.stop();
		}
		const sent = sandbox.requests.filter(
			(entry) => !before.has(entry) && entry.method === 'GET' && entry.status === 200,
		);
		const sandboxAnswers = await Promise.all(sent.map(replay));
		const results = collected.flatMap((a) => a.results);
		return {
			mode,
			error: settled.error,
			labels: settled.labels,
			results: results.map((r) => ({ name: String(r.name), value: String(r.value) })),
			sandbox: sandboxAnswers,
			sandboxRecords: sandboxAnswers.reduce((n, a) => n + (a.records || 0), 0),
			screenshot: await this.screenshot(`${this.step}-list`),
		};
	}

	/** Types `term` into the open dropdown's search field; returns the labels shown after it. */
	async searchLocatorList(name, term) {
		const root = `[data-test-id="ndv"] [data-test-id="resource-locator-${name}"]`;
		const answers = this.collectAnswers(name, term);
		await this.locate(`${root} [data-test-id="rlc-search"]`).fill(term);
		let settled;
		try {
			const first = await answers.first();
			settled = await this.settleDropdown(name, first.results);
		} finally {
			await answers.stop();
		}
		const screenshot = await this.screenshot(`${this.step}-search-${term}`);
		// Close the dropdown by clicking away from it, on the panel's (already open) Parameters tab.
		await this.locate('[data-test-id="ndv"] [data-test-id="tab-params"]').click();
		await this.page.waitForSelector(`${root} [data-test-id="rlc-search"]`, { hidden: true });
		return { error: settled.error, labels: settled.labels, screenshot };
	}

	/** Remembers one locator's findings for report.json and the summary. */
	record(finding) {
		this.findings.push(finding);
	}

	// ------------------------------------------------------------------------------------------
	// the end

	async stop() {
		const totalMs = Date.now() - this.startedAt;
		const report = {
			totalMs,
			stackReadyMs: this.timings.stackReadyMs,
			n8n: this.n8n.baseUrl,
			findings: this.findings,
			consoleErrors: this.consoleErrors,
			unexpectedConsoleErrors: this.unexpectedConsoleErrors(),
			offlineRequests: this.offlineRequests,
			iconResponses: this.iconResponses,
		};
		try {
			fs.writeFileSync(path.join(ARTIFACTS, 'report.json'), JSON.stringify(report, null, 2));
			const lines = this.findings.map(
				(f) =>
					`  ${f.vendor.padEnd(17)} ${f.locator.padEnd(44)} ${String(f.shown).padStart(4)} shown` +
					`  ${f.bareIds.length ? `BARE IDS: ${f.bareIds.slice(0, 3).join(', ')}` : 'labels ok'}` +
					`${f.empty ? '  EMPTY' : ''}${f.searchMissed ? `  SEARCH "${f.term}" MISSED` : ''}`,
			);
			process.stdout.write(
				`\nReal browser: ${(totalMs / 1000).toFixed(1)} s (n8n and sandboxes ready after ` +
					`${(this.timings.stackReadyMs / 1000).toFixed(1)} s); screenshots and report.json in ` +
					`${path.relative(REPO, ARTIFACTS)}/\n${lines.join('\n')}\n`,
			);
		} finally {
			await this.browser.close().catch(() => {});
			await this.stack.stop();
		}
	}
}

/** What the page showed when a step failed: URL, open dialogs, the nodes panel, the node panel. */
function pageState() {
	const text = (sel) =>
		[...document.querySelectorAll(sel)]
			.filter((e) => e.offsetParent !== null)
			.map((e) => e.innerText.replace(/\s+/g, ' ').trim().slice(0, 400))
			.join(' | ');
	return JSON.stringify({
		url: location.pathname,
		dialogs: text('[role="dialog"], .el-overlay, .el-notification'),
		nodesPanel: text('[data-test-id="node-creator"]'),
		nodePanel: text('[data-test-id="ndv"] [data-test-id="node-parameters"]').slice(0, 200),
	});
}

// A step that fails leaves a screenshot of the page as it was then (NN-failed-<step>.png).
const STEPS = [
	'signIn',
	'openWorkflow',
	'executeWorkflow',
	'openScratchWorkflow',
	'addNodeFromPanel',
	'openNode',
	'openLocatorList',
	'searchLocatorList',
];
for (const name of STEPS) {
	const step = BrowserSession.prototype[name];
	BrowserSession.prototype[name] = async function (...args) {
		try {
			return await step.apply(this, args);
		} catch (error) {
			if (this.page) {
				const shot = await this.screenshot(`failed-${this.step}`).catch(() => '');
				const state = await this.page.evaluate(pageState).catch(() => '');
				error.message += `\n(${shot}; page: ${state})`;
			}
			throw error;
		}
	};
}

module.exports = {
	startBrowserSession,
	isBareIdLabel,
	searchTermFor,
	ALLOWED_CONSOLE_ERRORS,
	ARTIFACTS,
};
