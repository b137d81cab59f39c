import { readRepoFile, repoFileSize, repoFiles } from '../support/repo';
import { VENDORS } from '../vendors';

/**
 * The repository needs nothing beside it: no file reads or names the reference folder that sits next to
 * it on the build machines (../shared), and no file names an absolute path of a machine. A clone in an
 * empty folder runs `npm test` as it is.
 */
const ESCAPES: Array<[string, RegExp]> = [
	[
		'the reference folder beside the repository',
		// nodes/shared (the package's own core) is not it: its paths go on into declarations/ and transport/.
		/(\.\.\/)+shared(\/(api|notes|seeds|hooks)\b|['"`])|'\.\.',\s*'shared'/,
	],
	['an absolute path of a build machine', /(^|[\s'"`(=])\/(work|root|home\/[a-z]+)\/[A-Za-z]/m],
];

describe('the repository is self-contained', () => {
	const checked = repoFiles();

	it('reads and names no path outside itself', () => {
		const found: string[] = [];
		for (const file of checked) {
			const text = readRepoFile(file);
			for (const [what, pattern] of ESCAPES) {
				const match = pattern.exec(text);
				if (match)
					found.push(
						`${file}: ${what}: ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 50))}`,
					);
			}
		}
		expect(found).toEqual([]);
		expect(checked.length).toBeGreaterThan(300);
	});

	it('recognises an escape in each form it can take, and not the package core', () => {
		// Built from parts, so this file does not name the paths it probes with.
		const [up, shared, root] = ['.'.repeat(2), 'shared', `/${'work'}`];
		const escapes = [
			`readFileSync('${up}/${shared}/api/growsparks.json')`,
			`path.resolve(__dirname, '${up}/${up}/${up}/${shared}/notes/x.md')`,
			`path.join(__dirname, '${up}', '${shared}')`,
			`const dir = '${up}/${up}/${shared}';`,
			`const home = '${root}/main/vendor-inventories';`,
		];
		const matches = (text: string) => ESCAPES.some(([, pattern]) => pattern.test(text));
		expect(escapes.filter((text) => !matches(text))).toEqual([]);
		expect(matches("import type { FieldSpec } from '../../../shared/declarations/types';")).toBe(
			false,
		);
	});

	it('holds the vendor inventories it tests against', () => {
		for (const vendor of VENDORS.map((entry) => entry.id)) {
			expect(repoFileSize(`vendor-inventories/${vendor}.json`)).toBeGreaterThan(1000);
		}
	});
});
