import type { ICredentialType, INodeProperties, INodeType } from 'n8n-workflow';
import { VENDORS } from '../vendors';
import { readRepoFile, repoFileExists } from '../support/repo';

/**
 * The node descriptions of all five vendors, checked the same way: what the editor shows follows from the
 * declarations, and what n8n needs of a node, a trigger and a credential is there.
 */
function shownFor(properties: INodeProperties[], resource: string, operation: string) {
	return properties.filter(
		(p) =>
			p.displayOptions?.show?.resource?.includes(resource) &&
			p.displayOptions?.show?.operation?.includes(operation),
	);
}

const credentialsOf = (vendor: (typeof VENDORS)[number]): ICredentialType[] =>
	vendor.auths.map((auth) => auth.credentialType);

describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s: node descriptions',
	(_name, vendor) => {
		const node = vendor.node;
		const properties = node.description.properties;

		it('the action node is usable as an AI tool, has light and dark icons, a codex file and one operation per declared endpoint', () => {
			expect(node.description.usableAsTool).toBe(true);
			expect(node.description.icon).toMatchObject({
				light: expect.stringMatching(/^file:.+\.svg$/),
				dark: expect.stringMatching(/^file:.+\.dark\.svg$/),
			});
			const operations = properties
				.filter((p) => p.name === 'operation')
				.flatMap((p) =>
					(p.options ?? []).map(
						(o) => `${p.displayOptions?.show?.resource?.[0]}.${(o as { value: string }).value}`,
					),
				);
			expect(operations.sort()).toEqual(
				vendor.catalog.endpoints.map((e) => `${e.resource}.${e.operation}`).sort(),
			);
			const folder = `nodes/${node.description.displayName.replace(/\s+/g, '')}`;
			expect(
				repoFileExists(`${folder}/${node.description.displayName.replace(/\s+/g, '')}.node.json`),
			).toBe(true);
		});

		it('every paged list has Return All, Limit and Max Records; every other call none of them', () => {
			for (const endpoint of vendor.catalog.endpoints) {
				const names = shownFor(properties, endpoint.resource, endpoint.operation).map(
					(p) => p.name,
				);
				const paging = ['returnAll', 'limit', 'maxRecords'].filter((name) => names.includes(name));
				expect({ id: endpoint.id, paging }).toEqual({
					id: endpoint.id,
					paging: endpoint.paginated ? ['returnAll', 'limit', 'maxRecords'] : [],
				});
			}
		});

		it("every delete returns { deleted: true, id }, not the vendor's answer", () => {
			const deletes = vendor.catalog.endpoints.filter(
				(endpoint) => endpoint.method === 'DELETE' && /^delete/.test(endpoint.operation),
			);
			expect(deletes.filter((e) => e.output.kind !== 'deleted').map((e) => e.id)).toEqual([]);
		});

		it('every resource locator has a searchable list backed by a list-search method, and an ID mode', () => {
			// Those of "Add Field" collections and of list entries too.
			const nested = (list: INodeProperties[]): INodeProperties[] =>
				list.flatMap((property) => [
					property,
					...nested(
						(property.options ?? []).flatMap((option) =>
							'type' in option
								? [option as INodeProperties]
								: 'values' in option
									? (option as { values: INodeProperties[] }).values
									: [],
						),
					),
				]);
			const locators = nested(properties).filter((p) => p.type === 'resourceLocator');
			expect(locators.length).toBeGreaterThan(
				properties.filter((p) => p.type === 'resourceLocator').length,
			);
			for (const locator of locators) {
				const list = locator.modes?.find((m) => m.name === 'list');
				expect(list?.typeOptions?.searchable).toBe(true);
				expect(locator.modes?.some((m) => m.name === 'id')).toBe(true);
				expect(Object.keys(node.methods?.listSearch ?? {})).toContain(
					list?.typeOptions?.searchListMethod,
				);
			}
		});

		it('parameter names are unique within each operation', () => {
			for (const endpoint of vendor.catalog.endpoints) {
				const names = shownFor(properties, endpoint.resource, endpoint.operation).map(
					(p) => p.name,
				);
				expect({ id: endpoint.id, dupes: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({
					id: endpoint.id,
					dupes: [],
				});
			}
		});

		it("documentation links are https pages about this API, not a vendor's home or support page", () => {
			const nodes: INodeType[] = [node, vendor.trigger];
			const urls = [
				...credentialsOf(vendor).map((credential) => String(credential.documentationUrl)),
				...nodes.flatMap((each) => {
					const name = each.description.displayName.replace(/\s+/g, '');
					const folder = `nodes/${node.description.displayName.replace(/\s+/g, '')}`;
					const codex = JSON.parse(readRepoFile(`${folder}/${name}.node.json`)) as {
						resources: Record<string, Array<{ url: string }>>;
					};
					return Object.values(codex.resources).flatMap((links) => links.map((l) => l.url));
				}),
			];
			expect(urls.length).toBeGreaterThan(2);
			for (const url of urls) {
				expect(url).toMatch(/^https:\/\//);
				const { pathname } = new URL(url);
				expect({
					url,
					generic: pathname === '/' || /^\/(support|help|contact)\/?$/.test(pathname),
				}).toEqual({ url, generic: false });
			}
		});

		it('the trigger is not a tool and polls unless it is a webhook trigger', () => {
			const trigger: INodeType = vendor.trigger;
			expect(trigger.description.usableAsTool).toBeUndefined();
			expect(trigger.description.polling ?? Boolean(trigger.description.webhooks)).toBe(true);
			expect(trigger.description.inputs).toEqual([]);
		});

		it('each credential masks its secrets, links https documentation and tests itself without following redirects', () => {
			for (const credential of credentialsOf(vendor)) {
				expect(credential.documentationUrl).toMatch(/^https:\/\//);
				expect(credential.icon).toBeDefined();
				const secrets = credential.properties.filter(
					(p) => /secret|password|key|token/i.test(p.name) && p.type !== 'options',
				);
				for (const secret of secrets)
					expect({ field: secret.name, password: secret.typeOptions?.password }).toEqual({
						field: secret.name,
						password: true,
					});
				expect(credential.test?.request).toMatchObject({
					disableFollowRedirect: true,
					sendCredentialsOnCrossOriginRedirect: false,
				});
			}
		});
	},
);
