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
	/**
	When it was a read cut short that a longer read replaced: the logs of the run that read it further. A log
	as long as each of them that begins with none of them went on otherwise: it only shares a beginning
	with this read (a -v log whose first tests passed alike on two days), and is not it read further.
	*/
	readonly readFurtherAs?: ReadonlyArray<Omit<EarlierLog, 'readFurtherAs'>>;
};

/** A log linked to a recorded run, at its place there: below 0 as an earlier read of the run's logs. */
export type LinkedLog = {
	readonly hash: string;
	readonly bytes: number | string;
	readonly run: number | string;
	readonly position: number;
};

/** The history's recent logs as `ContentHash` takes them, each earlier read with the logs that continued it. */
export function earlierLogsOf(links: readonly LinkedLog[]): EarlierLog[] {
	const wholeOf = new Map<string, Array<{hash: string; bytes: number}>>();
	for (const link of links) {
		if (link.position >= 0) {
			const run = String(link.run);
			const whole = wholeOf.get(run) ?? [];
			whole.push({hash: link.hash, bytes: Number(link.bytes)});
			wholeOf.set(run, whole);
		}
	}

	const bytesOf = new Map<string, number>();
	// Appended to in place: a log linked to many runs' earlier reads is not copied once per link.
	const furtherOf = new Map<string, Array<{hash: string; bytes: number}>>();
	const isWhole = new Set(
		links.filter(link => link.position >= 0).map(link => link.hash),
	);
	for (const link of links) {
		bytesOf.set(link.hash, Number(link.bytes));
		const further =
			link.position < 0 && !isWhole.has(link.hash)
				? (wholeOf.get(String(link.run)) ?? [])
				: [];
		const list = furtherOf.get(link.hash) ?? [];
		for (const log of further) {
			list.push(log);
		}

		furtherOf.set(link.hash, list);
	}

	return [...bytesOf].map(([hash, bytes]) => {
		const readFurtherAs = furtherOf.get(hash)!;
		return {hash, bytes, ...(readFurtherAs.length > 0 && {readFurtherAs})};
	});
}

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
			...new Set(
				earlier
					.flatMap(log => [log, ...(log.readFurtherAs ?? [])])
					.map(log => log.bytes)
					.filter(bytes => bytes > 0),
			),
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
				log =>
					isCandidate(log) &&
					this.#prefixes.get(log.bytes) === log.hash &&
					!this.#wentOnOtherwise(log),
			)
			.map(log => log.hash);
		return [...new Set(hashes)];
	}

	/** Whether the content is as long as every log that read this one further, and begins with none of them. */
	#wentOnOtherwise(log: EarlierLog): boolean {
		const further = log.readFurtherAs ?? [];
		return (
			further.length > 0 &&
			further.every(
				whole =>
					whole.bytes <= this.#bytes &&
					this.#prefixes.get(whole.bytes) !== whole.hash,
			)
		);
	}
}
