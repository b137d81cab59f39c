import { runSelfcheck } from '../support/selfcheck';
import { VENDORS } from '../vendors';

/**
 * Each sandbox proves itself before the nodes are tested against it: its self-check drives every
 * endpoint of the vendor's inventory, the authentication, paging, error bodies and injected faults over
 * real HTTP, and fails on the first behaviour that departs from the vendor's documents.
 */
describe.each(VENDORS.map((vendor) => [vendor.name, vendor.id] as const))(
	'%s sandbox',
	(_name, id) => {
		it('passes its self-check', async () => {
			const { code, output } = await runSelfcheck(id);
			const summary = /(\d+) passed, (\d+) failed/.exec(output);
			expect({ code, failed: summary?.[2], failures: output.match(/^FAIL .*/gm) ?? [] }).toEqual({
				code: 0,
				failed: '0',
				failures: [],
			});
			expect(Number(summary?.[1])).toBeGreaterThan(20);
		}, 300000);
	},
);
