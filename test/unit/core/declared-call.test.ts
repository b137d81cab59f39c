import { declaredCall } from '../../../nodes/shared/declarations/declared-call';
import type { VendorCatalog } from '../../../nodes/shared/declarations/types';
import { damstraLearningCatalog } from '../../../nodes/DamstraLearning/api/catalog';
import { flowWebinarsCatalog } from '../../../nodes/FlowWebinars/api/catalog';
import { snapperGrapeCatalog } from '../../../nodes/SnapperGrape/api/catalog';
import { growsparksCatalog } from '../../../nodes/Growsparks/api/catalog';
import { REPORT_TARGETS, listCall, reportCall } from '../../../nodes/Growsparks/trigger/targets';

// The endpoints the triggers call, by inventory id: a rename in the catalog must fail here, not
// at a user's first poll.
const TRIGGER_CALLS: Array<{
	catalog: VendorCatalog;
	id: string;
	values: Record<string, string | number>;
}> = [
	{ catalog: damstraLearningCatalog, id: 'user.get', values: { userId: 'u/1' } },
	{ catalog: damstraLearningCatalog, id: 'lessonSchedule.get', values: { lessonScheduleId: 7 } },
	{ catalog: flowWebinarsCatalog, id: 'listEvents', values: {} },
	{ catalog: flowWebinarsCatalog, id: 'listRegistrants', values: { sessionToken: 'a b' } },
	{ catalog: snapperGrapeCatalog, id: 'changes.list', values: {} },
];

describe('trigger requests from the declarations', () => {
	it.each(TRIGGER_CALLS)('$id is declared and built from its catalog entry', (call) => {
		const endpoint = call.catalog.endpoints.find((candidate) => candidate.id === call.id);
		expect(endpoint).toBeDefined();
		const built = declaredCall(call.catalog, call.id, call.values);
		expect(built.request.method).toBe(endpoint!.method);
		expect(built.api).toBe(endpoint!.api ?? call.catalog.api);
		expect(built.request.path).not.toMatch(/[{}]/);
		for (const value of Object.values(call.values)) {
			expect(built.request.path).toContain(encodeURIComponent(String(value)));
		}
	});

	it('refuses an id the catalog does not declare, and a missing path value', () => {
		expect(() => declaredCall(damstraLearningCatalog, 'user.fetch')).toThrow(/No endpoint/);
		expect(() => declaredCall(damstraLearningCatalog, 'user.get')).toThrow(/userId/);
	});

	it('an ID taken from a delivery cannot walk the path', () => {
		expect(
			declaredCall(damstraLearningCatalog, 'user.get', { userId: '../admin' }).request.path,
		).toBe('/user/..%2Fadmin');
		expect(() => declaredCall(damstraLearningCatalog, 'user.get', { userId: '..' })).toThrow();
	});

	it.each(REPORT_TARGETS.map((spec) => spec.slug))(
		'Growsparks %s: the report and list calls are the declared ones',
		(slug) => {
			const report = reportCall(slug, 'id 1');
			const declared = growsparksCatalog.endpoints.find(
				(endpoint) => endpoint.resource === slug && endpoint.operation === 'report',
			)!;
			expect(report.request.method).toBe(declared.method);
			expect(report.request.path).toContain('id%201');
			expect(listCall(slug).request.method).toBe('GET');
		},
	);
});
