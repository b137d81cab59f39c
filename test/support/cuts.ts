/**
 * Input cut into chunks at chosen points, as a socket may deliver it: the chunked readers (CSV, SSE)
 * must give the same result wherever the cuts fall.
 */

/** A small seeded generator, so the random cuts are the same on every run. */
export function seeded(seed: number) {
	let state = seed;
	return (n: number) => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state % n;
	};
}

/** `whole` in pieces, cut at each of `cuts` (ascending offsets). */
export function cutAt<T extends Uint8Array | string>(whole: T, cuts: number[]): T[] {
	const bounds = [0, ...cuts, whole.length];
	return bounds.slice(1).map((end, k) => whole.slice(bounds[k], end) as T);
}

/** Every offset from 0 to `length`. */
export const points = (length: number) => Array.from({ length: length + 1 }, (_, at) => at);

/** Every cut list of one point. */
export const oneCuts = (length: number) => points(length).map((cut) => [cut]);

/** Every cut list of two points (the same point twice included). */
export const twoCuts = (length: number) =>
	points(length).flatMap((first) => points(length - first).map((more) => [first, first + more]));

/** `count` cut lists of 1 to 12 random points, from `seed`. */
export function randomCuts(length: number, seed: number, count = 2000) {
	const random = seeded(seed);
	return Array.from({ length: count }, () =>
		Array.from({ length: 1 + random(12) }, () => random(length + 1)).sort((a, b) => a - b),
	);
}

/**
 * The three checks of a chunked reader against its reference result: the bytes cut at any one or
 * two points, byte by byte and in random pieces, and the text cut at any one or two points. Each
 * expects the list of cuts after which `read` gives something else to be empty.
 */
export function itReadsTheSameCutAnywhere(options: {
	/** What is read, in the tests' names: 'records', 'events'. */
	what: string;
	bytes: Uint8Array;
	text: string;
	expected: unknown;
	read: (pieces: Array<Uint8Array | string>) => unknown;
	seed: number;
}) {
	const want = JSON.stringify(options.expected);
	function wrongCuts<T extends Uint8Array | string>(whole: T, cutList: number[][]): number[][] {
		return cutList.filter((cuts) => JSON.stringify(options.read(cutAt(whole, cuts))) !== want);
	}
	const { bytes, text } = options;

	it(`gives the same ${options.what} with the bytes cut at any one or two points`, () => {
		expect(wrongCuts(bytes, oneCuts(bytes.length))).toEqual([]);
		expect(wrongCuts(bytes, twoCuts(bytes.length))).toEqual([]);
	});

	it(`gives the same ${options.what} byte by byte and in random pieces`, () => {
		expect(wrongCuts(bytes, [points(bytes.length)])).toEqual([]);
		expect(wrongCuts(bytes, randomCuts(bytes.length, options.seed))).toEqual([]);
	});

	it(`gives the same ${options.what} from text cut at any one or two points`, () => {
		expect(wrongCuts(text, twoCuts(text.length))).toEqual([]);
	});
}
