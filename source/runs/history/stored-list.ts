/**
A test list read back from the history (`test_lists.ids`): its ids as the UTF-8 text they were stored as, one
per line, with where each starts. A run of the window needs only a few of its ids as strings (those that
failed, those asked for); a string per id was most of the cost of reading back a 552,000-test run (a day-2
export of the 100 MB bench log: 1.2 s to decode and split the list, 0.6 s more to look each string up).
*/
import type {Buffer} from 'node:buffer';
import zlib from 'node:zlib';
import type {IdFinder} from '../../log/id-finder.js';

/** Lists larger than this are not kept between reads of the context (`isLarge`). */
const largeList = 8 * 1024 * 1024;

/**
zlib inflates into chunks of this size and joins them at the end: the whole list was then held twice and
copied once more (a 1 GB log's list: 520 MB). One chunk as large as the list is likely to be, from its
packed size, is all the list: its pages are touched only as far as the list goes. Larger lists still read
right, in more chunks. The bench's lists pack 11-12 to 1.
*/
const likelyRatio = 24;
const smallestChunk = 1 << 20;
const largestChunk = 2 ** 31;

function inflateChunkFor(packed: Uint8Array): number {
	return Math.min(
		Math.max(packed.length * likelyRatio, smallestChunk),
		largestChunk,
	);
}

export class StoredList {
	readonly length: number;
	readonly #bytes: Buffer;
	/** Where id `index` starts; `#starts[length]` is one past the end of the last one. */
	readonly #starts: Uint32Array;
	#all: readonly string[] | undefined;

	/**
	`packed`: the stored bytes (`packList`); `tests`: how many the list holds (`test_lists.tests`), which tells a
	list of one empty id (pytest's "ERROR collecting test session" has no id) from a list of none: both pack
	to the same bytes.
	*/
	constructor(packed: Uint8Array, tests?: number) {
		const bytes = zlib.inflateRawSync(packed, {
			chunkSize: inflateChunkFor(packed),
		});
		this.#bytes = bytes;
		if (bytes.length === 0) {
			this.length = tests === 1 ? 1 : 0;
			this.#starts = new Uint32Array([0, 1]);
			return;
		}

		let starts = new Uint32Array(1024);
		let count = 1;
		let at = bytes.indexOf(0x0a);
		while (at !== -1) {
			if (count + 1 >= starts.length) {
				const grown = new Uint32Array(starts.length * 2);
				grown.set(starts);
				starts = grown;
			}

			starts[count++] = at + 1;
			at = bytes.indexOf(0x0a, at + 1);
		}

		this.length = count;
		starts[count] = bytes.length + 1;
		// An id's own newline was stored as NUL (`escapeNewlines` in encode.ts).
		let nul = bytes.indexOf(0);
		while (nul !== -1) {
			bytes[nul] = 0x0a;
			nul = bytes.indexOf(0, nul + 1);
		}

		this.#starts = starts.subarray(0, count + 1);
	}

	/**
	Whether the list is too large to keep between reads of the history's context (a 552,000-test run's is 52 MB,
	which stayed through the analysis and the recording): one read asks for a list many times, the next inflates
	it again.
	*/
	get isLarge(): boolean {
		return this.#bytes.length > largeList;
	}

	/** The id among `finder`'s that id `index` is, if any (found by its bytes: no string made). */
	findIn(finder: IdFinder, index: number): string | undefined {
		return finder.findBytes(
			this.#bytes,
			this.#starts[index]!,
			this.#starts[index + 1]! - 1,
		);
	}

	idAt(index: number): string {
		return this.#bytes.toString(
			'utf8',
			this.#starts[index],
			this.#starts[index + 1]! - 1,
		);
	}

	/** Every id as a string (made once): for the few readers that need them all. */
	ids(): readonly string[] {
		this.#all ??= Array.from({length: this.length}, (_, index) =>
			this.idAt(index),
		);
		return this.#all;
	}
}

/** Forgets the large lists of a cache of them (`isLarge`), once a read of the context is done with them. */
export function forgetLarge(lists: Map<number, StoredList>): void {
	for (const [id, list] of lists) {
		if (list.isLarge) {
			lists.delete(id);
		}
	}
}
