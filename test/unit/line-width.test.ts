import { readRepoFile, repoFiles } from '../support/repo';

/**
 * Package code stays within 100 columns (Prettier's printWidth, tabs counted as its tabWidth of 2) wherever
 * a formatter or a person can achieve it: comments are wrapped, and code is Prettier's. Only a string a
 * user reads (a description, a message) may run past, because breaking it would change the text.
 */
const WIDTH = 100;
const width = (line: string) => line.replace(/\t/g, '  ').length;
/** The line with each string and template literal emptied, so what is left is code and comments. */
const withoutStrings = (line: string) =>
	line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

describe('line width of the package code', () => {
	const files = repoFiles().filter((file) => /^(nodes|credentials)\/.+\.ts$/.test(file));

	it('checks every node and credential source file', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	it(`wraps code and comments at ${WIDTH} columns; only user-facing strings run past`, () => {
		const wide: string[] = [];
		for (const file of files) {
			readRepoFile(file)
				.split('\n')
				.forEach((line, index) => {
					if (width(line) > WIDTH && width(withoutStrings(line)) > WIDTH)
						wide.push(`${file}:${index + 1} (${width(line)} columns)`);
				});
		}
		expect(wide).toEqual([]);
	});
});
