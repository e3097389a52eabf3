/**
Finding which of a set of ids a stored id is, by its UTF-8 bytes, without making a string of it: the run diff
looks each report of a day's run up among the tests worth comparing, and the history's context each id of a
stored list among the tests it reads back.
*/
import {Buffer} from 'node:buffer';
import {bytesEqual, type IdSpan} from './id-column.js';

/**
A key of an id's bytes: a 32-bit FNV-1a hash of all of them. Ids of one suite share long starts and, across its
files, the same test names at their ends: a key of a few bytes (its length, its last and middle byte) put a
day-2 run of the 100 MB bench log's 61,414 interesting ids into 9,462 buckets, and each of its 553,960
reports was compared byte by byte with 23 of them on average (0.11 with this key).
*/
function keyOf(bytes: Uint8Array, start: number, end: number): number {
	let hash = 0x81_1c_9d_c5;
	for (let index = start; index < end; index++) {
		hash = Math.imul(hash ^ bytes[index]!, 0x01_00_01_93);
	}

	return hash;
}

/**
Which of some ids a report has, by the id's UTF-8 bytes: most of a run's reports have none, and then make
no string (a string per report of a 6,000-test run was most of the diff's time with a history). An id
column holds valid UTF-8 (the reader decodes any other line to text first), so equal bytes are equal ids.
*/
export class IdFinder {
	readonly #byKey = new Map<number, Array<{bytes: Buffer; id: string}>>();

	constructor(ids: Iterable<string>) {
		for (const id of ids) {
			const bytes = Buffer.from(id, 'utf8');
			const key = keyOf(bytes, 0, bytes.length);
			const same = this.#byKey.get(key);
			if (same) {
				same.push({bytes, id});
			} else {
				this.#byKey.set(key, [{bytes, id}]);
			}
		}
	}

	/** The id among them whose bytes `span` holds, if any. */
	find(span: IdSpan): string | undefined {
		return this.findBytes(span.bytes, span.start, span.end);
	}

	/** The id among them whose bytes are `bytes[start..end)`, if any. */
	findBytes(bytes: Uint8Array, start: number, end: number): string | undefined {
		const candidates = this.#byKey.get(keyOf(bytes, start, end));
		if (candidates) {
			const length = end - start;
			for (const candidate of candidates) {
				if (
					candidate.bytes.length === length &&
					bytesEqual(candidate.bytes, 0, bytes, start, length)
				) {
					return candidate.id;
				}
			}
		}

		return undefined;
	}
}
