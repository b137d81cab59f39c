/** What `npm run start:queue` says when PostgreSQL or Redis cannot be reached (undefined: both answer). */
export declare function queueServicesProblem(
	env: Record<string, string>,
): Promise<string | undefined>;
