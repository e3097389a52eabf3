/**
A log's identity in the run history: the sha256 of its content (gunzipped), so that `run.log` and
`run.log.gz` are one log. While hashing, the hash of the content's first N bytes is taken at each length N
of a log recorded before: a log whose content begins with a whole earlier log's is that log read further
(it was opened while pytest was still writing it, or cut short), the same session, not another run.
*/

import {createHash, type Hash} from 'node:crypto';

/** A log the history recorded: its content's hash and length. */
export type EarlierLog = {
	readonly hash: string;
	readonly bytes: number;
};

export class ContentHash {
	readonly #hash: Hash = createHash('sha256');
	/** The lengths to take a prefix's hash at, ascending, each once. */
	readonly #lengths: readonly number[];
	readonly #earlier: readonly EarlierLog[];
	readonly #prefixes = new Map<number, string>();
	#next = 0;
	#bytes = 0;

	constructor(earlier: readonly EarlierLog[] = []) {
		this.#earlier = earlier;
		this.#lengths = [
			...new Set(earlier.map(log => log.bytes).filter(bytes => bytes > 0)),
		].toSorted((a, b) => a - b);
	}

	update(chunk: Uint8Array): void {
		let start = 0;
		const end = this.#bytes + chunk.length;
		while (
			this.#next < this.#lengths.length &&
			this.#lengths[this.#next]! <= end
		) {
			const length = this.#lengths[this.#next++]!;
			const upTo = start + (length - this.#bytes);
			this.#hash.update(chunk.subarray(start, upTo));
			this.#bytes = length;
			start = upTo;
			this.#prefixes.set(length, this.#hash.copy().digest('hex'));
		}

		this.#hash.update(start === 0 ? chunk : chunk.subarray(start));
		this.#bytes = end;
	}

	/**
	The earlier logs the content read so far begins with, or is (a log still being written: the end is not
	known yet).
	*/
	readsSoFar(): string[] {
		return this.#matching(log => log.bytes <= this.#bytes);
	}

	/** The content's hash and length, and the earlier logs it continues (their hashes). */
	finish(): {hash: string; bytes: number; earlierReads: string[]} {
		const bytes = this.#bytes;
		return {
			hash: this.#hash.digest('hex'),
			bytes,
			// The same content is the same log, not an earlier read of it.
			earlierReads: this.#matching(log => log.bytes < bytes),
		};
	}

	#matching(isCandidate: (log: EarlierLog) => boolean): string[] {
		const hashes = this.#earlier
			.filter(
				log => isCandidate(log) && this.#prefixes.get(log.bytes) === log.hash,
			)
			.map(log => log.hash);
		return [...new Set(hashes)];
	}
}
