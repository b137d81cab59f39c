'use strict';
/**
 * Timing, memory sampling and table printing for the hostile-server proofs. Plain JS because the lint
 * that guards node code also reads the TypeScript tests, and these need timers and `process`.
 */

/** Runs `run`, timing it and sampling this process's RSS every 20 ms; resolves with the growth in MB. */
async function measure(run) {
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, 20);
	const started = Date.now();
	const done = (result) => ({
		...result,
		ms: Date.now() - started,
		rssGrowthMb: (Math.max(peak, process.memoryUsage().rss) - before) / 1048576,
	});
	try {
		return done({ value: await run() });
	} catch (error) {
		return done({ error });
	} finally {
		clearInterval(sampler);
	}
}

/** Prints rows (attack, vendor, requests, ms, RSS growth, result) straight to stdout, outside Jest's capture. */
function printRows(title, rows) {
	const widths = [46, 50, 9, 8, 8];
	const line = (cells) =>
		cells
			.map((cell, index) =>
				index < widths.length ? String(cell).padEnd(widths[index]) : String(cell),
			)
			.join(' ');
	const text = [`\n${title}`, line(['attack', 'vendor', 'requests', 'ms', 'RSS +MB', 'result'])];
	for (const row of rows)
		text.push(
			line([row.attack, row.vendor, row.requests, row.ms, row.rssGrowthMb.toFixed(1), row.result]),
		);
	process.stdout.write(`${text.join('\n')}\n`);
}

/** Prints figures a test measured (sizes, times) under a title, one line each. */
function printLines(title, lines) {
	process.stdout.write(`\n${title}\n${lines.join('\n')}\n`);
}

/** Waits `ms` (for servers that must be slow on purpose). */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { measure, printRows, printLines, pause };
