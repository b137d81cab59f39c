/** Runs test/sandboxes/<id>/selfcheck.js; its exit code and everything it printed. */
export declare function runSelfcheck(
	id: string,
): Promise<{ code: number | string; output: string }>;
