/** Prints `counts` under `title` to stdout and returns their total. */
export declare function printSummary(title: string, counts: Record<string, number>): number;
