'use strict';
/**
 * Lets plain Node scripts (the benchmark, the sandbox CLI, `npm start`) require the TypeScript the tests
 * share (test/support/context.ts and the like): each .ts file is transpiled on load with the project's
 * own TypeScript, types stripped, nothing written to disk. Type checking stays with `tsc` in `npm test`.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const options = {
	module: ts.ModuleKind.CommonJS,
	target: ts.ScriptTarget.ES2022,
	esModuleInterop: true,
	sourceMap: false,
};

if (!require.extensions['.ts']) {
	require.extensions['.ts'] = (module, filename) => {
		const source = fs.readFileSync(filename, 'utf8');
		const { outputText } = ts.transpileModule(source, {
			compilerOptions: options,
			fileName: filename,
		});
		module._compile(outputText, filename);
	};
}

/*
 * `import … from './DamstraLearning.node'` means DamstraLearning.node.ts, but Node tries `.json` before
 * `.ts` and would load the codex file DamstraLearning.node.json. A relative request with a .ts file beside
 * it resolves to that file.
 */
if (!Module._resolveFilename.resolvesTypeScript) {
	const resolve = Module._resolveFilename;
	Module._resolveFilename = function (request, parent, ...rest) {
		if (request.startsWith('.') && parent?.filename) {
			const candidate = path.resolve(path.dirname(parent.filename), `${request}.ts`);
			if (fs.existsSync(candidate)) return candidate;
		}
		return resolve.call(this, request, parent, ...rest);
	};
	Module._resolveFilename.resolvesTypeScript = true;
}
