/** How the proofs run one operation of a vendor's action node over real HTTP, as n8n would. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { EndpointSpec } from '../../nodes/shared/declarations/types';
import { runNode } from '../support/context';
import { withDefaults } from '../support/node-defaults';
import type { Auth, ProofSandbox, Vendor } from '../vendors';

/** A small CSV in the input item's `data` field, for the upload operations. */
export const INPUT_ITEMS: INodeExecutionData[] = [
	{
		json: {},
		binary: {
			data: {
				data: Buffer.from('Name,Site\nPump A,North\n').toString('base64'),
				fileName: 'parts.csv',
				mimeType: 'text/csv',
				fileSize: '23',
			},
		},
	},
];

/** Runs one operation of a vendor's action node over real HTTP, as n8n would. */
export async function runOperation(
	vendor: Vendor,
	auth: Auth,
	sandbox: ProofSandbox,
	secret: string,
	endpoint: EndpointSpec,
	parameters: IDataObject,
	continueOnFail = false,
): Promise<INodeExecutionData[]> {
	return await runNode({
		nodeType: vendor.node,
		parameters: withDefaults(vendor.node, {
			...auth.parameters,
			resource: endpoint.resource,
			operation: endpoint.operation,
			...parameters,
		}),
		credentialType: auth.credentialType,
		credentials: auth.credentials(sandbox, secret) as never,
		items: INPUT_ITEMS,
		continueOnFail,
	});
}
