'use strict';

/**
 * The runner every vendor's selfcheck.js uses: named steps that keep going after a failure, then one
 * summary line and the exit code.
 */
function createChecklist() {
	let passed = 0;
	const failures = [];
	return {
		async step(name, fn) {
			try {
				await fn();
				passed++;
			} catch (err) {
				failures.push(name);
				console.log(
					`FAIL ${name}\n     ${String(err.stack || err.message)
						.split('\n')
						.slice(0, 6)
						.join('\n     ')}`,
				);
			}
		},
		fail(name) {
			failures.push(name);
		},
		get passed() {
			return passed;
		},
		get failures() {
			return failures;
		},
		/** Prints "N passed, M failed[: names]" (plus `suffix`) and exits 1 when anything failed. */
		finish(suffix = '') {
			console.log(
				`\n${passed} passed, ${failures.length} failed${failures.length ? `: ${failures.join('; ')}` : ''}${suffix}`,
			);
			process.exit(failures.length ? 1 : 0);
		},
	};
}

module.exports = { createChecklist };
