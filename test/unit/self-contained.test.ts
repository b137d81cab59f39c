import { readRepoFile, repoFileSize, repoFiles } from '../support/repo';

/**
 * The repository needs nothing beside it: no file reads or names the reference folder that sits next to
 * it on the build machines (../shared), and no file names an absolute path of a machine. A clone in an
 * empty folder runs `npm test` as it is.
 */
const ESCAPES: Array<[string, RegExp]> = [
	[
		'the reference folder beside the repository',
		/(\.\.\/)+shared\/(api|notes|seeds|hooks)|'\.\.',\s*'shared'|\.\.\/\.\.\/\.\.\/shared\b/,
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

	it('holds the vendor inventories it tests against', () => {
		for (const vendor of [
			'damstra-learning',
			'growsparks',
			'flow-webinars',
			'snapper-grape',
			'onsight-flow',
		]) {
			expect(repoFileSize(`vendor-inventories/${vendor}.json`)).toBeGreaterThan(1000);
		}
	});
});
