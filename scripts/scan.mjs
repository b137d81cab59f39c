// Runs n8n's community-package scanner offline, on the source tree and on the packed tarball.
// Its CLI needs a published package and exits 0 on failure, so we call the exported analyzePackage()
// and fail on any violation. Usage: node scripts/scan.mjs <package.tgz>
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tarball = process.argv[2];
if (!tarball) {
	console.error('usage: node scripts/scan.mjs <package.tgz>');
	process.exit(2);
}

const unpacked = mkdtempSync(path.join(tmpdir(), 'scan-'));
try {
	execFileSync('tar', ['-xzf', path.resolve(tarball), '-C', unpacked, '--strip-components=1']);
	const legs = {
		source: await analyzePackage(root, SOURCE_FILE_PATTERNS),
		tarball: await analyzePackage(unpacked, ['**/*.js', 'package.json']),
	};
	let failed = false;
	for (const [leg, result] of Object.entries(legs)) {
		console.log(
			`scanner ${leg}: ${result.passed ? 'PASS' : 'FAIL'}${result.message ? ` (${result.message})` : ''}`,
		);
		if (result.details) console.log(result.details);
		failed ||= !result.passed;
	}
	process.exit(failed ? 1 : 0);
} finally {
	rmSync(unpacked, { recursive: true, force: true });
}
