import { NodeOperationError } from 'n8n-workflow';
import { growsparksCatalog } from '../../../nodes/Growsparks/api/catalog';
import { locator } from '../../support/context';
import type { GrowsparksSandbox } from '../../support/sandbox';
import { run, useSandbox } from './harness';

let sandbox: GrowsparksSandbox;
useSandbox((started) => (sandbox = started));

const failure = async (resource: string, operation: string, parameters: Record<string, unknown>) =>
	await run(sandbox, resource, operation, parameters).then(
		() => undefined,
		(error: unknown) => error as Error,
	);

const withId = growsparksCatalog.endpoints.filter((endpoint) =>
	endpoint.fields.some((field) => field.name === 'id'),
);

describe('Growsparks rejects bad input before sending anything', () => {
	it.each(withId.map((endpoint) => [endpoint.id, endpoint]))(
		'%s: a path-walking or empty ID',
		async (_id, endpoint) => {
			const label = endpoint.fields.find((field) => field.name === 'id')?.label;
			for (const bad of ['../persons', '', 'G_1 OR 1=1']) {
				const error = await failure(endpoint.resource, endpoint.operation, { id: locator(bad) });
				expect(error).toBeInstanceOf(NodeOperationError);
				expect(error?.message).toMatch(
					new RegExp(`^Parameter "${label}" (is required|must be an ID)`),
				);
			}
			expect(sandbox.requests).toHaveLength(0);
		},
	);

	it.each([
		[
			'persons',
			'create',
			{ firstName: 'x'.repeat(256) },
			/Parameter "First Name" must be at most 255 characters/,
		],
		[
			'persons',
			'create',
			{ lastName: 'Lovelace', additionalFields: { birthDate: '10/12/1815' } },
			/Parameter "Birth Date" must be an ISO 8601 date/,
		],
		[
			'persons',
			'create',
			{ lastName: 'Lovelace', additionalFields: { extraData: '{"team": ' } },
			/Parameter "Extra Data" must be valid JSON/,
		],
		[
			'persons',
			'create',
			{ lastName: 'Lovelace', additionalFields: { extraData: '["a"]' } },
			/Parameter "Extra Data" must be a JSON object/,
		],
		[
			'persons',
			'create',
			{ additionalFields: { birthDate: '1815-12-10' } },
			/^Parameters "First Name", "Last Name", "Email", "External ID": at least one must be set/,
		],
		[
			'persons',
			'update',
			{
				id: locator('G_6ac728c9-e1db-45c9-89a3-adffe9ac7480'),
				updateFields: { tag: 't'.repeat(101) },
			},
			/Parameter "Tag" must be at most 100 characters/,
		],
		[
			'persongroupmemberships',
			'create',
			{ member: '', memberOf: 'G_0f87c207-2084-41d8-b9c2-754fff73fb45' },
			/Parameter "Member" is required/,
		],
		[
			'portfolioentries',
			'create',
			{ of: 'G_x', additionalFields: { portfolioType: 'Diploma' } },
			/Parameter "Portfolio Type" must be one of/,
		],
		[
			'persons',
			'report',
			{
				id: locator('G_6ac728c9-e1db-45c9-89a3-adffe9ac7480'),
				additionalFields: { activityStructures: 'G_a, ../b' },
			},
			/Parameter "Activity Structures" must be an ID/,
		],
		[
			'externalpersongroups',
			'addusers',
			{ id: locator('G_889809d1-e818-4f3d-99f2-6a971a08d8f4'), users: '[{"Email": ' },
			/Parameter "Users" must be valid JSON/,
		],
		['certificateresults', 'verifyqr', { data: '' }, /Parameter "Data" is required/],
	] as Array<[string, string, Record<string, unknown>, RegExp]>)(
		'%s › %s %#',
		async (resource, operation, parameters, message) => {
			const error = await failure(resource, operation, parameters);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error?.message).toMatch(message);
			expect(sandbox.requests).toHaveLength(0);
		},
	);
});
