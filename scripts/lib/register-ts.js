'use strict';
/**
 * Lets plain Node scripts (the benchmark, the sandbox CLI, `npm start`) require the TypeScript the tests
 * share (test/support/context.ts and the like): each .ts file is transpiled on load with the project's
 * own TypeScript, types stripped, nothing written to disk. Type checking stays with `tsc` in `npm test`.
 */
const fs = require('node:fs');
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
