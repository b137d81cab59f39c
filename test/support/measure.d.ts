export interface Measured<T> {
	value?: T;
	error?: unknown;
	ms: number;
	/** Largest growth of the process's RSS during the run, in MB. */
	rssGrowthMb: number;
}

export interface ReliabilityRow {
	attack: string;
	vendor: string;
	requests: number;
	ms: number;
	rssGrowthMb: number;
	result: string;
}

export declare function measure<T>(run: () => Promise<T>): Promise<Measured<T>>;
export declare function printRows(title: string, rows: ReliabilityRow[]): void;
/** Prints figures a test measured (sizes, times) under a title, one line each. */
export declare function printLines(title: string, lines: string[]): void;
export declare function pause(ms: number): Promise<void>;
