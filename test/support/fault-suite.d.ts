export declare const settings: { events: number; seed: number };
export interface Rng {
	next(): number;
	int(min: number, max: number): number;
	pick<T>(list: T[]): T;
	bool(probability?: number): boolean;
}
export declare function createRng(seed: number | string): Rng;
export interface FaultRow {
	trigger: string;
	produced: number;
	emitted: number;
	lost: number;
	duplicated: number;
	polls: number;
	failedPolls: number;
	restarts: number;
	faults: number;
}
export declare function record(row: FaultRow): void;
export declare function printTable(): void;
