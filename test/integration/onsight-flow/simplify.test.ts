import { onsightFlowCatalog } from '../../../nodes/OnsightFlow/api/catalog';
import type { OnsightFlowSandbox } from '../../support/sandbox';
import { expectSimplified, simplifyKeys, simplifyOnAndOff } from '../simplify-check';
import { run, useSandbox } from './harness';

let sandbox: OnsightFlowSandbox;
useSandbox((started) => (sandbox = started));

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

const onAndOff = simplifyOnAndOff(run, () => sandbox);

describe('Onsight Flow › Simplify over real HTTP', () => {
	it('Trigger Get and Get Many: on keeps what fires and what is sent, off the whole trigger', async () => {
		const keys = simplifyKeys(onsightFlowCatalog, 'triggers.get');
		const one = await onAndOff('trigger', 'get', { triggerId: rl(sandbox.fixtures.triggerIds[0]) });
		expectSimplified(one.simplified, one.full, keys);
		const many = await onAndOff('trigger', 'getAll', { returnAll: true });
		expectSimplified(
			many.simplified,
			many.full,
			simplifyKeys(onsightFlowCatalog, 'triggers.getAll'),
		);
	});

	it('Report Template Get: on keeps the HTML, off adds the author', async () => {
		const template = Object.values(sandbox.fixtures.reportTemplateIds)[1] as string;
		const { simplified, full } = await onAndOff('reportTemplate', 'get', {
			reportTemplateId: rl(template),
		});
		expectSimplified(simplified, full, simplifyKeys(onsightFlowCatalog, 'reportTemplates.get'));
		expect(simplified[0]).toHaveProperty('bodyContent');
		expect(simplified[0]).not.toHaveProperty('userId');
		expect(full[0]).toHaveProperty('userId');
	});
});
