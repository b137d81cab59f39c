import { flowWebinarsCatalog } from '../../../nodes/FlowWebinars/api/catalog';
import { locator } from '../../support/context';
import type { FlowWebinarsSandbox } from '../../support/sandbox';
import { expectSimplified, simplifyKeys, simplifyOnAndOff } from '../simplify-check';
import { run, useSandbox } from './harness';

let sandbox: FlowWebinarsSandbox;
useSandbox((started) => (sandbox = started));
const session = (name: string) => locator(sandbox.fixtures.sessions[name]);

const onAndOff = simplifyOnAndOff(run, () => sandbox);

describe('Flow Webinars › Simplify over real HTTP', () => {
	it('Registrant Get Many: on keeps who and when, off returns the whole registrant', async () => {
		const { simplified, full } = await onAndOff('registrant', 'getAll', {
			sessionToken: session('onboarding'),
			returnAll: true,
		});
		expect(full).toHaveLength(12);
		expectSimplified(simplified, full, simplifyKeys(flowWebinarsCatalog, 'listRegistrants'));
	});

	it('Event Get Many and Operator Get Many keep their creation dates', async () => {
		const events = await onAndOff('event', 'getAll', { returnAll: true });
		expectSimplified(
			events.simplified,
			events.full,
			simplifyKeys(flowWebinarsCatalog, 'listEvents'),
		);
		const operators = await onAndOff('operator', 'getAll', { returnAll: true });
		expectSimplified(
			operators.simplified,
			operators.full,
			simplifyKeys(flowWebinarsCatalog, 'listOperators'),
		);
	});
});
