import { VENDORS } from '../vendors';

/**
 * What a model reads to choose among a node's operations when the node is an AI agent's tool or is
 * exposed over MCP: the Description of each operation, shown only in the tool variant (n8n sends it
 * as is).
 */
describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s: tool descriptions',
	(_name, vendor) => {
		const description = vendor.node.description;
		const properties = description.properties;
		const toolDescriptions = properties.filter((p) => p.name === 'toolDescription');
		const textOf = (resource: string, operation: string): string[] =>
			toolDescriptions
				.filter(
					(p) =>
						p.displayOptions?.show?.resource?.includes(resource) &&
						p.displayOptions?.show?.operation?.includes(operation),
				)
				.map((p) => String(p.default));

		it('one Description per operation, under the selectors, shown only in the tool variant', () => {
			expect(description.usableAsTool).toBe(true);
			expect(toolDescriptions).toHaveLength(vendor.catalog.endpoints.length);
			for (const p of toolDescriptions) expect(p.displayOptions?.show?.['@tool']).toEqual([true]);
			const firstField = properties.findIndex(
				(p) => !['authentication', 'resource', 'operation'].includes(p.name),
			);
			// Just under the Resource and Operation selectors, where n8n shows its own.
			expect(properties[firstField].name).toBe('toolDescription');
		});

		it.each(vendor.catalog.endpoints.map((endpoint) => [endpoint.id, endpoint] as const))(
			'%s says what it does, what it needs and what it returns',
			(_id, endpoint) => {
				const texts = textOf(endpoint.resource, endpoint.operation);
				expect(texts).toHaveLength(1);
				const [text] = texts;
				expect(text.startsWith(`${endpoint.action} in ${description.defaults.name}`)).toBe(true);
				expect(text).toMatch(/\bNeeds\b/);
				expect(text).toMatch(/\breturns?\b/i);
				expect(text.length).toBeGreaterThanOrEqual(60);
				expect(text.length).toBeLessThanOrEqual(480);
				expect(text).not.toMatch(/\s{2}|\.\./);
			},
		);

		it('no two operations read the same', () => {
			const texts = toolDescriptions.map((p) => String(p.default));
			const repeated = texts.filter((text, i) => texts.indexOf(text) !== i);
			expect(repeated).toEqual([]);
			// The first sentence alone already tells them apart.
			const firsts = texts.map((text) => text.split(': ')[0]);
			expect(new Set(firsts).size).toBe(firsts.length);
		});
	},
);
