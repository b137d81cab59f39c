'use strict';
/**
 * Prints a proof's summary (cases tried per vendor, in total) straight to stdout, outside Jest's console
 * capture, so `npx jest test/proof` shows the counts. Test files cannot reach `process` themselves (lint).
 */
function printSummary(title, counts) {
	const rows = Object.entries(counts).map(
		([name, count]) => `  ${name.padEnd(28)} ${String(count).padStart(6)}`,
	);
	const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
	process.stdout.write(
		`\n${title}\n${rows.join('\n')}\n  ${'total'.padEnd(28)} ${String(total).padStart(6)}\n`,
	);
	return total;
}

module.exports = { printSummary };
