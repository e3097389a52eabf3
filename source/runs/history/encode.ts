/**
A run's reports as the history stores them: the node id of each report as one list (stored once for
every run that has the same), one byte per report, and rows for what a byte cannot say (reruns, re-run
sessions). Plain data in, plain data out; no map of every test, which a 500,000-test log cannot afford.
*/

import {createHash} from 'node:crypto';
import {Buffer} from 'node:buffer';
import zlib from 'node:zlib';
import {copyBytes} from '../../log/id-column.js';
import type {Outcome, Phase, Run} from '../../log/model.js';
import {moreBit, outcomeCodes, phaseShift} from './schema.js';

/** A report a run's byte per report does not hold. */
export type ExtraReport = {
	/** The report's place in the list (for a re-run session: the test's first report). */
	readonly testIndex: number;
	readonly phase: number;
	readonly attempt: number;
	readonly outcome: number;
	readonly reruns: number;
};

export type EncodedRun = {
	/** How many reports the list holds (a test with two reports is there twice). */
	readonly reports: number;
	/** sha1 of the list: runs with the same reports in the same order share one. */
	readonly listHash: string;
	/**
	The list as stored: the node id of each report in log order, UTF-8, joined by newlines, deflated. Written
	again from the run when asked (only a list the history does not have yet is stored).
	*/
	readonly packList: () => Buffer;
	readonly outcomes: Uint8Array;
	readonly extras: readonly ExtraReport[];
	/** Each failure's place in the list, in the order of `run.failures`. */
	readonly failureIndexes: readonly number[];
	/** Milliseconds per report, little-endian uint32 (0xFFFFFFFF: none), when the log printed any. */
	readonly durations: Buffer | undefined;
};

const noDuration = 0xff_ff_ff_ff;
const failedCode = outcomeCodes.failed;
const errorCode = outcomeCodes.error;

/**
The outcome's code. A switch, not a lookup in `outcomeCodes`: the parser's outcome strings are not
internalized, and a property lookup by one hashes it first (a third of this module's time on 500,000 tests).
*/
function outcomeCode(outcome: Outcome): number {
	switch (outcome) {
		case 'passed': {
			return 0;
		}

		case 'failed': {
			return 1;
		}

		case 'error': {
			return 2;
		}

		case 'skipped': {
			return 3;
		}

		case 'xfailed': {
			return 4;
		}

		case 'xpassed': {
			return 5;
		}
	}
}

function phaseCode(phase: Phase): number {
	switch (phase) {
		case 'call': {
			return 0;
		}

		case 'setup': {
			return 1;
		}

		case 'teardown': {
			return 2;
		}

		case 'collect': {
			return 3;
		}
	}
}

function reportKey(id: string, phase: number): string {
	return `${phase}\u0000${id}`;
}

/** Pieces of a list are this long (but for an id longer than that), as written to a sink. */
const pieceBytes = 1 << 20;

/**
The list's bytes, written straight from the run's id column in pieces of 1 MiB to a sink (the hash, then, if
the history has no list like it, the deflater): a string per test (and the joined text, and its UTF-8 copy to
hash and deflate) cost half a second and as much again in garbage on 550,000 tests, and the whole list at
once was 52 MB of the 100 MB bench log's peak (520 MB of a 1 GB log's).
*/
class ListWriter {
	/** How many ids it holds. */
	count = 0;
	readonly #sink: (bytes: Buffer) => void;
	readonly #piece = Buffer.allocUnsafe(pieceBytes);
	#length = 0;
	/** Where in the piece the newlines between ids are, in order: any other is an id's own. */
	#separators = new Uint32Array(16_384);
	#separatorCount = 0;

	constructor(sink: (bytes: Buffer) => void) {
		this.#sink = sink;
	}

	/** Adds the id `source[start..end)`. */
	add(source: Uint8Array, start: number, end: number): void {
		if (this.count > 0) {
			if (this.#length === pieceBytes) {
				this.#flush();
			}

			if (this.#separatorCount === this.#separators.length) {
				const grown = new Uint32Array(this.#separators.length * 2);
				grown.set(this.#separators);
				this.#separators = grown;
			}

			this.#separators[this.#separatorCount++] = this.#length;
			this.#piece[this.#length++] = newline;
		}

		this.count++;
		let from = start;
		while (from < end) {
			if (this.#length === pieceBytes) {
				this.#flush();
			}

			const upTo = Math.min(end, from + pieceBytes - this.#length);
			copyBytes(source, from, upTo, this.#piece, this.#length);
			this.#length += upTo - from;
			from = upTo;
		}
	}

	addText(id: string): void {
		const bytes = Buffer.from(id, 'utf8');
		this.add(bytes, 0, bytes.length);
	}

	/** Hands the last piece to the sink. */
	done(): void {
		this.#flush();
	}

	#flush(): void {
		if (this.#length > 0) {
			const piece = this.#piece.subarray(0, this.#length);
			escapeNewlines(piece, this.#separators, this.#separatorCount);
			this.#sink(piece);
			this.#length = 0;
		}

		this.#separatorCount = 0;
	}
}

/**
An id's own newlines (a parameter printed unescaped: `disable_test_id_escaping…`) written as NUL, which no id
printed in a log holds: the list's newlines are its separators (`StoredList` turns NUL back). Found with the
byte search, not a look at every byte: the separators' places are known.
*/
function escapeNewlines(
	piece: Buffer,
	separators: Uint32Array,
	count: number,
): void {
	let next = 0;
	let at = piece.indexOf(newline);
	while (at !== -1) {
		while (next < count && separators[next]! < at) {
			next++;
		}

		if (next >= count || separators[next] !== at) {
			piece[at] = 0;
		}

		at = piece.indexOf(newline, at + 1);
	}
}

const newline = 0x0a;

/**
zlib's output chunks for a piece: a piece of ids deflates to about a twelfth of its size, and what zlib gives
back is a view of its last chunk when one held it all, keeping that whole chunk. Chunks of a piece's size
kept 1 MiB per 90 KB piece, 52 MB for the 100 MB bench log's list until the pieces were joined (the day-2
peak RSS was there); chunks this small are joined into a buffer of the piece's own size.
*/
const deflatedChunkBytes = 64 * 1024;

/**
A raw deflate stream written a piece at a time: each piece deflated on its own and flushed to a byte boundary
(no final block), then one empty final block. Inflated whole, the pieces are one stream: the list's bytes.
*/
class PieceDeflater {
	readonly #pieces: Buffer[] = [];

	add = (bytes: Buffer): void => {
		this.#pieces.push(
			zlib.deflateRawSync(bytes, {
				level: 1,
				chunkSize: deflatedChunkBytes,
				finishFlush: zlib.constants.Z_SYNC_FLUSH,
			}),
		);
	};

	done(): Buffer {
		// A final block of fixed codes that holds only its end: what deflating nothing gives.
		this.#pieces.push(Buffer.from([0x03, 0x00]));
		return Buffer.concat(this.#pieces);
	}
}

export function encodeRun(run: Run): EncodedRun {
	const {tests} = run;
	const retries = run.retries ?? [];
	const capacity = tests.length + run.failures.length + retries.length;
	const listHash = createHash('sha1');
	const list = new ListWriter(bytes => {
		listHash.update(bytes);
	});
	// The ids the list holds after the tests', in order: the list is written again, to be packed.
	const moreIds: string[] = [];
	const codes = new Uint8Array(capacity);
	const extras: ExtraReport[] = [];
	// Only failing reports and re-run tests are looked up by id: a few of the many.
	const failing = new Map<string, number>();
	const retried = new Set<string>(retries.map(retry => retry.id));
	const firstOf = new Map<string, number>();
	let durations: Uint32Array | undefined;
	for (let index = 0; index < tests.length; index++) {
		const at = list.count;
		const outcome = outcomeCode(tests.outcomeAt(index));
		const phase = phaseCode(tests.phaseAt(index));
		const reruns = tests.rerunsAt(index) ?? 0;
		const span = tests.idSpanAt(index);
		list.add(span.bytes, span.start, span.end);
		codes[at] = outcome | (phase << phaseShift) | (reruns > 0 ? moreBit : 0);
		if (reruns > 0) {
			extras.push({testIndex: at, phase, attempt: 0, outcome, reruns});
		}

		if (outcome === failedCode || outcome === errorCode) {
			const key = reportKey(tests.idAt(index), phase);
			if (!failing.has(key)) {
				failing.set(key, at);
			}
		}

		// Making every id a string to look it up costs more than the rest of this loop: only when there are retries.
		if (retried.size > 0) {
			const id = tests.idAt(index);
			if (retried.has(id) && !firstOf.has(id)) {
				firstOf.set(id, at);
			}
		}

		const duration = tests.durationAt(index);
		if (duration !== undefined) {
			durations ??= new Uint32Array(capacity).fill(noDuration);
			durations[at] = Math.min(noDuration - 1, Math.round(duration * 1000));
		}
	}

	const failureIndexes = run.failures.map(failure => {
		const phase = phaseCode(failure.phase);
		const key = reportKey(failure.id, phase);
		let at = failing.get(key);
		if (at === undefined) {
			// A failure the progress lines missed (a -q log's summary) still counts as a report.
			at = list.count;
			list.addText(failure.id);
			moreIds.push(failure.id);
			codes[at] = outcomeCode(failure.outcome) | (phase << phaseShift);
			failing.set(key, at);
		}

		if (retried.has(failure.id) && !firstOf.has(failure.id)) {
			firstOf.set(failure.id, at);
		}

		return at;
	});

	for (const retry of retries) {
		let at = firstOf.get(retry.id);
		if (at === undefined) {
			at = list.count;
			list.addText(retry.id);
			moreIds.push(retry.id);
			// Not in the run itself: a skipped place, so the run's counts stay its own.
			codes[at] = outcomeCodes.skipped;
			firstOf.set(retry.id, at);
		}

		codes[at]! |= moreBit;
		extras.push({
			testIndex: at,
			phase: phaseCode(retry.phase),
			attempt: retry.attempt,
			outcome: outcomeCode(retry.outcome),
			reruns: retry.reruns ?? 0,
		});
	}

	list.done();
	const reports = list.count;
	return {
		reports,
		listHash: listHash.digest('hex'),
		packList() {
			const deflater = new PieceDeflater();
			const again = new ListWriter(deflater.add);
			for (let index = 0; index < tests.length; index++) {
				const span = tests.idSpanAt(index);
				again.add(span.bytes, span.start, span.end);
			}

			for (const id of moreIds) {
				again.addText(id);
			}

			again.done();
			return deflater.done();
		},
		outcomes: codes.slice(0, reports),
		extras,
		failureIndexes,
		durations: durations
			? Buffer.from(durations.buffer, durations.byteOffset, reports * 4)
			: undefined,
	};
}

/**
A whole list, ids joined by newlines, as stored (`EncodedRun.packList` writes one from a run): deflated at the
fast level (a 500,000-test list is 40 MB of text) in pieces of 1 MiB.
*/
export function packList(list: Uint8Array): Buffer {
	const deflater = new PieceDeflater();
	const writer = new ListWriter(deflater.add);
	const bytes = Buffer.from(list.buffer, list.byteOffset, list.byteLength);
	let start = 0;
	for (;;) {
		const end = bytes.indexOf(newline, start);
		writer.add(bytes, start, end === -1 ? bytes.length : end);
		if (end === -1) {
			break;
		}

		start = end + 1;
	}

	writer.done();
	return deflater.done();
}
