import { lintConfigFor, readRepoFile, repoFileExists } from '../support/repo';

/**
 * What n8n's community-package verification asks of package.json and of how the package is published
 * (the rules of @n8n/node-cli's template): checked here so a change that breaks them fails the tests.
 */
const pkg = JSON.parse(readRepoFile('package.json')) as Record<string, unknown> & {
	n8n: { n8nNodesApiVersion: number; strict: boolean; nodes: string[]; credentials: string[] };
	scripts: Record<string, string>;
	author: { name?: string; email?: string };
	repository: { type: string; url: string };
};

describe('package.json as n8n verification requires it', () => {
	it('is an MIT n8n community node package with a repository, an author and a homepage', () => {
		expect(pkg.name).toMatch(/^(@[a-z0-9-]+\/)?n8n-nodes-[a-z0-9-]+$/);
		expect(pkg.license).toBe('MIT');
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.repository).toMatchObject({
			type: 'git',
			url: expect.stringMatching(/^git\+https:\/\/github\.com\/.+\.git$/),
		});
		expect(pkg.author.name).toBeTruthy();
		expect(pkg.author.email).toMatch(/@/);
		expect(pkg.homepage).toMatch(/^https:\/\//);
	});

	it('has no runtime dependencies and takes n8n-workflow as a peer', () => {
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.files).toEqual(['dist']);
	});

	it('registers every node and credential from dist/, each built from a source file that exists', () => {
		expect(pkg.n8n).toMatchObject({ n8nNodesApiVersion: 1, strict: true });
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			expect(file).toMatch(/^dist\/.+\.(node|credentials)\.js$/);
			expect({
				file,
				source: repoFileExists(file.replace(/^dist\//, '').replace(/\.js$/, '.ts')),
			}).toEqual({ file, source: true });
		}
	});

	it('publishes only through the release script, from GitHub Actions with npm provenance', () => {
		expect(pkg.scripts.release).toBe('n8n-node release');
		expect(pkg.scripts.prepublishOnly).toBe('n8n-node prerelease');
		const workflow = readRepoFile('.github/workflows/publish.yml');
		expect(workflow).toMatch(/^\s+id-token: write$/m);
		expect(workflow).toMatch(/tags:\s+- '\*\.\*\.\*'/);
		expect(workflow).toMatch(/run: npm ci/);
		expect(workflow).toMatch(/npm run release/);
	});
});

describe('the lint n8n verification runs', () => {
	it("applies eslint-plugin-n8n-nodes-base's community rules and the community-node rules to node code", () => {
		const rules = Object.keys(lintConfigFor('nodes/Growsparks/Growsparks.node.ts').rules);
		const nodesBase = rules.filter((rule) => rule.startsWith('n8n-nodes-base/'));
		expect(nodesBase.length).toBeGreaterThan(50);
		expect(nodesBase).toContain('n8n-nodes-base/node-param-display-name-miscased');
		expect(rules.some((rule) => rule.startsWith('@n8n/community-nodes/'))).toBe(true);
	});
});
