import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The repository needs nothing beside it: no file reads or names the reference folder that sits next to
 * it on the build machines (../shared), and no file names an absolute path of a machine. A clone in an
 * empty folder runs `npm test` as it is.
 */
const ROOT = resolve(__dirname, '..', '..');
const SKIP = new Set(['node_modules', '.git', '.runtime', 'dist', 'coverage']);
const TEXT = /\.(ts|js|mjs|cjs|json|md|sh|yml|yaml|txt)$|^\.[a-z]+rc$|^run$/;

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		if (SKIP.has(name)) continue;
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			// The pinned n8n runtime installs its own node_modules; only its manifest and lockfile are ours.
			if (relative(ROOT, path) === join('e2e', 'n8n-runtime')) continue;
			yield* files(path);
		} else if (TEXT.test(name)) yield path;
	}
}

const ESCAPES: Array<[string, RegExp]> = [
	['the reference folder beside the repository', /(\.\.\/)+shared\/(api|notes|seeds|hooks)|'\.\.',\s*'shared'|\.\.\/\.\.\/\.\.\/shared\b/],
	['an absolute path of a build machine', /(^|[\s'"`(=])\/(work|root|home\/[a-z]+)\/[A-Za-z]/m],
];

describe('the repository is self-contained', () => {
	const checked = [...files(ROOT)];

	it('reads and names no path outside itself', () => {
		const found: string[] = [];
		for (const file of checked) {
			const text = readFileSync(file, 'utf8');
			for (const [what, pattern] of ESCAPES) {
				const match = pattern.exec(text);
				if (match) found.push(`${relative(ROOT, file)}: ${what}: ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 50))}`);
			}
		}
		expect(found).toEqual([]);
		expect(checked.length).toBeGreaterThan(300);
	});

	it('holds the vendor inventories it tests against', () => {
		for (const vendor of ['damstra-learning', 'growsparks', 'flow-webinars', 'snapper-grape', 'onsight-flow']) {
			expect(statSync(join(ROOT, 'vendor-inventories', `${vendor}.json`)).size).toBeGreaterThan(1000);
		}
	});
});
