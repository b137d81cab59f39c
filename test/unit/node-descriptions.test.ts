import type { INodeProperties } from 'n8n-workflow';
import { DamstraLearning } from '../../nodes/DamstraLearning/DamstraLearning.node';
import { DamstraLearningTrigger } from '../../nodes/DamstraLearning/DamstraLearningTrigger.node';
import { DamstraLearningApi } from '../../credentials/DamstraLearningApi.credentials';
import { damstraLearningCatalog } from '../../nodes/DamstraLearning/api/catalog';

const action = new DamstraLearning();
const properties = action.description.properties;

function visibleFor(resource: string, operation: string): INodeProperties[] {
	return properties.filter((p) => {
		const show = p.displayOptions?.show;
		return show?.resource?.includes(resource) && show?.operation?.includes(operation);
	});
}

describe('Damstra Learning node description', () => {
	it('is usable as an AI tool and has one operation option per declared endpoint', () => {
		expect(action.description.usableAsTool).toBe(true);
		const operations = properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) =>
				(p.options ?? []).map(
					(o) => `${p.displayOptions?.show?.resource?.[0]}.${(o as { value: string }).value}`,
				),
			);
		expect(operations.sort()).toEqual(
			damstraLearningCatalog.endpoints.map((e) => `${e.resource}.${e.operation}`).sort(),
		);
	});

	it('gives every paged list Return All / Limit and every single-record call none', () => {
		for (const endpoint of damstraLearningCatalog.endpoints) {
			const names = visibleFor(endpoint.resource, endpoint.operation).map((p) => p.name);
			expect({
				id: endpoint.id,
				paging: names.includes('returnAll') && names.includes('limit'),
			}).toEqual({ id: endpoint.id, paging: Boolean(endpoint.paginated) });
		}
	});

	it('offers resource locators with a searchable list and an ID mode whose list method exists', () => {
		const locators = properties.filter((p) => p.type === 'resourceLocator');
		expect(locators.length).toBeGreaterThan(20);
		for (const locator of locators) {
			const list = locator.modes?.find((m) => m.name === 'list');
			expect(list?.typeOptions?.searchable).toBe(true);
			expect(locator.modes?.some((m) => m.name === 'id')).toBe(true);
			expect(Object.keys(action.methods.listSearch)).toContain(list?.typeOptions?.searchListMethod);
		}
	});

	it('shows role ids by name and never offers the undocumented role 1', () => {
		const roles = visibleFor('user', 'create')
			.find((p) => p.name === 'additionalFields')
			?.options?.find((o) => (o as INodeProperties).name === 'roles') as INodeProperties;
		expect(
			(roles.options ?? [])
				.map((o) => `${(o as { name: string }).name}=${(o as { value: number }).value}`)
				.sort(),
		).toEqual(['Admin=3', 'Editor=4', 'Instructor=8', 'Owner=7', 'Supervisor=5', 'Trainee=6']);
	});

	it('keeps parameter names unique per operation', () => {
		for (const endpoint of damstraLearningCatalog.endpoints) {
			const names = visibleFor(endpoint.resource, endpoint.operation).map((p) => p.name);
			expect({ id: endpoint.id, dupes: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({
				id: endpoint.id,
				dupes: [],
			});
		}
	});
});

describe('Damstra Learning trigger and credential', () => {
	it('is a webhook trigger with no-op lifecycle methods and no tool flag', async () => {
		const trigger = new DamstraLearningTrigger();
		expect(trigger.description.usableAsTool).toBeUndefined();
		expect(trigger.description.webhooks?.[0]).toMatchObject({
			httpMethod: 'POST',
			name: 'default',
		});
		const methods = trigger.webhookMethods.default;
		await expect(
			Promise.all([
				methods.checkExists.call({} as never),
				methods.create.call({} as never),
				methods.delete.call({} as never),
			]),
		).resolves.toEqual([true, true, true]);
	});

	it('sends the access key as the AccessKey header, has a base-URL override and a test request', () => {
		const credential = new DamstraLearningApi();
		expect(credential.authenticate.properties.headers).toEqual({
			AccessKey: '={{$credentials.apiKey}}',
		});
		expect(credential.properties.find((p) => p.name === 'apiKey')?.typeOptions?.password).toBe(
			true,
		);
		expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe(
			'https://app.velpic.com/api/v2',
		);
		expect(credential.test.request).toMatchObject({ url: '/user', qs: { maxResults: 1 } });
	});
});
