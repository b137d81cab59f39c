import type { INodeProperties } from 'n8n-workflow';
import { LIMITS } from '../../../nodes/shared/transport/limits';
import { downloads } from '../../../nodes/shared/declarations/groups';
import { VENDORS } from '../../vendors';

/** Every parameter shown for one operation, collections opened. */
function shownFor(
	properties: INodeProperties[],
	resource: string,
	operation: string,
): INodeProperties[] {
	const shown = properties.filter(
		(p) =>
			p.displayOptions?.show?.resource?.includes(resource) &&
			p.displayOptions?.show?.operation?.includes(operation),
	);
	return shown.flatMap((p) => [
		p,
		...((p.type === 'collection' ? p.options : []) as INodeProperties[]),
	]);
}

describe.each(VENDORS.map((vendor) => [vendor.name, vendor] as const))(
	'%s: the limits a user sees',
	(_name, vendor) => {
		const properties = vendor.node.description.properties;

		it('every paged list offers Max Records under Return All, defaulting to the core ceiling', () => {
			for (const endpoint of vendor.catalog.endpoints.filter((candidate) => candidate.paginated)) {
				const maxRecords = shownFor(properties, endpoint.resource, endpoint.operation).find(
					(p) => p.name === 'maxRecords',
				);
				expect({
					id: endpoint.id,
					default: maxRecords?.default,
					shownWhen: maxRecords?.displayOptions?.show?.returnAll,
				}).toEqual({
					id: endpoint.id,
					default: LIMITS.returnAllMaxRecords,
					shownWhen: [true],
				});
			}
		});

		it('every download or stream offers a Timeout defaulting to the download deadline, and nothing else does', () => {
			for (const endpoint of vendor.catalog.endpoints) {
				const timeout = shownFor(properties, endpoint.resource, endpoint.operation).find(
					(p) => p.name === 'timeout',
				);
				expect({ id: endpoint.id, timeout: timeout?.default }).toEqual({
					id: endpoint.id,
					timeout: downloads(endpoint) ? LIMITS.downloadDeadlineMs / 1000 : undefined,
				});
			}
		});
	},
);
