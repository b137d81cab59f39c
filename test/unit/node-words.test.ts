import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { VENDORS } from '../vendors';

/**
 * n8n's UX guidelines for every word a user reads, checked mechanically on all five vendors' nodes:
 * Title Case names, singular resources, sentence-case actions that start with a verb and use the
 * right article, "Whether …" for booleans, "e.g." placeholders, and no slugs run together.
 */

/** Words kept lower case inside a Title Case name. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'by']);
for (const word of ['with', 'from', 'into', 'per', 'as', 'at', 'via']) SMALL_WORDS.add(word);

/** Resource names that are singular although they end in "s". */
const SINGULAR_S = new Set(['Attendance', 'CMS', 'Status', 'Access', 'Address', 'Analytics']);

/** Verbs an action may start with. */
const VERBS = new Set(
	(
		'Get Create Update Delete Add Remove Sync Merge Recertify Subscribe Unsubscribe Execute Verify ' +
		'Download Upload Exchange Query Register Log Run Send Complete Activate Inactivate Generate ' +
		'Build Schedule Unschedule Cancel Start Stop Assign Unassign Copy Move Publish Archive Restore ' +
		'Import Export Set Reset Sign Forgot Change Mark Search List Invite Revoke Renew Close Open ' +
		'Enable Disable Rename Replace Fetch Read Bulk Attach Detach Submit Approve Reject Clear ' +
		'Lock Unlock Archive Unarchive Make Finish Exclude Abort Save Deregister'
	).split(' '),
);

/** Acronyms read with a vowel sound first ("an SSO", "an M2M"), and so take "an". */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX'.split(''));

interface Text {
	where: string;
	kind: 'resource' | 'operation' | 'action' | 'parameter' | 'option' | 'description' | 'notice';
	text: string;
}

/** Every string a user reads in a node's panel, with where it sits. */
function textsOf(node: INodeType): Text[] {
	const texts: Text[] = [];
	const nodeName = node.description.displayName;
	texts.push({ where: nodeName, kind: 'description', text: node.description.description });
	const walk = (properties: INodeProperties[], path: string) => {
		for (const property of properties) {
			const where = `${path} › ${property.name}`;
			if (property.type === 'notice') {
				texts.push({ where, kind: 'notice', text: property.displayName });
				continue;
			}
			const kind =
				property.name === 'resource' && path === nodeName
					? 'resource'
					: property.name === 'operation' && path === nodeName
						? 'operation'
						: 'option';
			texts.push({ where, kind: 'parameter', text: property.displayName });
			if (property.description)
				texts.push({ where, kind: 'description', text: property.description });
			if (property.hint) texts.push({ where, kind: 'description', text: property.hint });
			for (const option of property.options ?? []) {
				if ('type' in option) walk([option as INodeProperties], where);
				else if ('values' in option)
					walk((option as { values: INodeProperties[] }).values, `${where} › ${option.name}`);
				else {
					const choice = option as INodePropertyOptions;
					texts.push({ where: `${where} › ${choice.value}`, kind, text: choice.name });
					if (choice.action)
						texts.push({
							where: `${where} › ${choice.value}`,
							kind: 'action',
							text: choice.action,
						});
					if (choice.description)
						texts.push({
							where: `${where} › ${choice.value}`,
							kind: 'description',
							text: choice.description,
						});
				}
			}
		}
	};
	walk(node.description.properties, nodeName);
	return texts;
}

/** Every property, nested ones included. */
function propertiesOf(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => [
		property,
		...propertiesOf(
			(property.options ?? []).flatMap((option) =>
				'type' in option
					? [option as INodeProperties]
					: 'values' in option
						? (option as { values: INodeProperties[] }).values
						: [],
			),
		),
	]);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** A value shown as it is sent (an OAuth scope, a path), not words. */
const isLiteral = (text: string) => !/\s/.test(text) && /[./:]/.test(text);
const isAcronym = (word: string) =>
	/^[A-Z0-9][A-Z0-9-]*[A-Z0-9]s?$/.test(word) && /[A-Z]/.test(word);

function titleCaseProblems(text: string): string | undefined {
	const bad = words(text).filter(
		(word, index) =>
			/^[a-z]/.test(word) && !(index > 0 && SMALL_WORDS.has(word)) && !/^e\.g\.|^\(/.test(word),
	);
	return bad.length ? `not Title Case (${bad.join(', ')})` : undefined;
}

/** "a" before a vowel sound or "an" before a consonant sound. */
function articleProblems(text: string): string | undefined {
	const match = [...text.matchAll(/\b(a|an|A|An) ([\w-]+)/g)].find(([, article, next]) => {
		const an = article.toLowerCase() === 'an';
		if (isAcronym(next)) return an !== VOWEL_SOUND_LETTERS.has(next[0]);
		const lower = next.toLowerCase();
		if (/^(hour|honest)/.test(lower)) return !an;
		if (/^(u[^n]|uni|one|eu)/.test(lower)) return an;
		return an !== /^[aeiou]/.test(lower);
	});
	return match ? `wrong article in "${match[0]}"` : undefined;
}

describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s: words a person reads',
	(_name, vendor) => {
		const nodes: INodeType[] = [vendor.node, vendor.trigger];
		const texts = nodes.flatMap(textsOf);
		const problems = (check: (text: Text) => string | undefined, kinds: Text['kind'][]) =>
			texts
				.filter((text) => kinds.includes(text.kind))
				.map((text) => ({ text, problem: check(text) }))
				.filter(({ problem }) => problem !== undefined)
				.map(({ text, problem }) => `${text.where}: "${text.text}" ${problem}`);

		it('resource, operation, parameter and option names are Title Case, with spaces between words', () => {
			expect(
				problems(
					({ text }) =>
						// Literal values shown as they are sent (OAuth scopes) are not names.
						isLiteral(text)
							? undefined
							: (titleCaseProblems(text) ??
								(/\b[A-Z][a-z]+[A-Z][a-z]+/.test(text) ? 'runs words together' : undefined)),
					['resource', 'operation', 'parameter', 'option'],
				),
			).toEqual([]);
		});

		it('resource names are singular', () => {
			expect(
				problems(
					({ text }) => {
						const last = words(text).at(-1) ?? '';
						return /[^su]s$/.test(last) && !SINGULAR_S.has(last) && !isAcronym(last)
							? 'is plural'
							: undefined;
					},
					['resource'],
				),
			).toEqual([]);
		});

		it('actions are sentence case, start with a verb and use the right article', () => {
			expect(
				problems(
					({ text }) => {
						const [first, ...rest] = words(text);
						if (!VERBS.has(first)) return `does not start with a verb ("${first}")`;
						const capitals = rest.filter(
							(word) => /^[A-Z][a-z]/.test(word) && !isAcronym(word) && !PROPER.has(word),
						);
						if (capitals.length) return `not sentence case (${capitals.join(', ')})`;
						return articleProblems(text);
					},
					['action'],
				),
			).toEqual([]);
		});

		it('descriptions, hints and notices use the right article', () => {
			expect(
				problems(({ text }) => articleProblems(text), ['description', 'notice', 'option']),
			).toEqual([]);
		});

		it('booleans are described with "Whether …"', () => {
			const booleans = nodes
				.flatMap((node) => propertiesOf(node.description.properties))
				.filter((property) => property.type === 'boolean' && property.description);
			expect(
				booleans
					.filter((property) => !/^Whether\b/.test(String(property.description)))
					.map((property) => `${property.name}: "${property.description}"`),
			).toEqual([]);
		});

		it('placeholders show an example starting "e.g."', () => {
			const placeholders = nodes
				.flatMap((node) => propertiesOf(node.description.properties))
				.flatMap((property) => [
					...(['collection', 'fixedCollection'].includes(property.type)
						? []
						: [{ name: property.name, placeholder: property.placeholder }]),
					...(property.modes ?? []).map((mode) => ({
						name: `${property.name} (${mode.name})`,
						placeholder: mode.placeholder,
					})),
				])
				.filter(({ placeholder }) => placeholder !== undefined && placeholder !== '');
			expect(
				placeholders
					// n8n's own e-mail placeholder, and code (JSON, GraphQL) shown as it is written.
					.filter(
						({ placeholder }) => !/^(e\.g\. |name@email\.com$|\{|query )/.test(String(placeholder)),
					)
					.map(({ name, placeholder }) => `${name}: "${placeholder}"`),
			).toEqual([]);
		});

		it('no slug or API name is run together into the words', () => {
			// A name of two or more words written without its spaces (e.g. "activitystructure") is a slug.
			const names = texts
				.filter((text) => ['resource', 'operation'].includes(text.kind))
				.map((text) => words(text.text).map((word) => word.toLowerCase()))
				.filter((parts) => parts.length > 1)
				.map((parts) => parts.join('').replace(/s$/, ''));
			const escaped = [...new Set(names)].map((name) =>
				name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
			);
			const slug = new RegExp(`\\b(${escaped.join('|')})s?\\b`);
			expect(
				problems(
					({ text }) => {
						// Literal values shown as they are sent (OAuth scopes, paths) are not words.
						if (isLiteral(text)) return undefined;
						const found = slug.exec(text);
						return found ? `runs "${found[0]}" together` : undefined;
					},
					['resource', 'operation', 'action', 'parameter', 'description', 'option'],
				),
			).toEqual([]);
		});
	},
);

/** Names that keep their capitals inside a sentence. */
const PROPER = new Set(
	(
		'Microsoft Graph Damstra Learning Velpic Growsparks Flowsparks Flow Onsight Librestream Snapper ' +
		'Grape GraphQL Query API Gateway Trainee ILT Zoom Teams Excel'
	).split(' '),
);
