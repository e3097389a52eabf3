/**
The plain lines read as bytes, before they are decoded (`PytestParser.bytesLine`): the common `-v` line and xdist's
worker lines among the progress, and a plain line of a FAILURES/ERRORS entry's report. Anything else, or any doubt,
is read as text; what a line read here does to the run is what reading it as text would do.
*/
import {Buffer} from 'node:buffer';
import type {FailureListener, Outcome} from '../model.js';
import {isPlainEntryLine} from './failure-shapes.js';
import type {FailuresReader} from './failures.js';
import type {ProgressReader} from './progress.js';
import {maxStructuralLine, type Section} from './section-lines.js';
import type {TestTable} from './tests.js';
import {verboseBytesOutcome, verboseLineBytes} from './verbose-line.js';
import {workerIdStart, workerLineBytes, workerOutcome} from './worker-line.js';

/** How a line went in as bytes: to the open entry, as a `-v` line, as a worker's line; undefined when it was not read. */
export type BytesRead = 'entry' | 'verbose' | 'worker' | undefined;

/**
A plain line (no CR, no ESC, outside a printed session) read as bytes when it can be (`BytesRead`), in the parser's
`section`; `hasHeldLine`: a line of the ERRORS, FAILURES or PASSES section is held back as the bare final line;
`isSugarLoaded`: pytest-sugar's words may be in pytest's `-v` lines (`sugar.ts`).
*/
export function readBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
	section: Section,
	hasHeldLine: boolean,
	isSugarLoaded: boolean,
	failures: FailuresReader,
	progress: ProgressReader,
): BytesRead {
	if (section === 'failures' || section === 'errors') {
		if (
			hasHeldLine ||
			progress.hasPendingChars ||
			!failures.takesBytes ||
			!isPlainEntryLine(bytes, start, end, failures.isInCaptured)
		) {
			return undefined;
		}

		failures.appendBytes(bytes, start, end);
		return 'entry';
	}

	if (
		section !== 'none' ||
		isSugarLoaded ||
		// `--pdb`'s report among the progress lines.
		failures.isInEntry ||
		!progress.hasProgress ||
		end - start > maxStructuralLine ||
		// `INTERNALERROR>` lines end a session: an id that starts with `I` is read as text.
		bytes[start] === 73 /* I */
	) {
		return undefined;
	}

	if (progress.verboseBytes(bytes, start, end)) {
		return 'verbose';
	}

	const first = bytes[start];
	return first === 61 /* = */ ||
		first === 33 /* ! */ ||
		hasHeldLine ||
		!progress.workerBytes(bytes, start, end)
		? undefined
		: 'worker';
}

function asciiText(bytes: Uint8Array, start: number, end: number): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
		'latin1',
		start,
		end,
	);
}

/** A `-v` line's report, read as bytes, into the table; a failure is told to `onFailure` as it comes. */
function addReport(
	tests: TestTable,
	onFailure: FailureListener | undefined,
	bytes: Uint8Array,
	idStart: number,
	idEnd: number,
	outcome: Outcome,
): void {
	if (outcome === 'error' || outcome === 'failed') {
		onFailure?.(asciiText(bytes, idStart, idEnd), outcome);
	}

	tests.addReportBytes(
		bytes,
		idStart,
		idEnd,
		outcome,
		outcome === 'error' ? 'setup' : 'call',
	);
}

/**
The common `-v` line as bytes (`id WORD` or `id WORD   [ NN%]`, an ASCII id without spaces but within brackets): its report goes into
the table. False when the line is none, or names the test just seen (a rerun or a teardown's report: read as text).
*/
export function addVerboseBytes(
	tests: TestTable,
	onFailure: FailureListener | undefined,
	bytes: Uint8Array,
	start: number,
	end: number,
): boolean {
	const idEnd = verboseLineBytes(bytes, start, end);
	if (idEnd === -1) {
		return false;
	}

	const outcome = verboseBytesOutcome();
	if (tests.isLastBytes(bytes, start, idEnd)) {
		return false;
	}

	addReport(tests, onFailure, bytes, start, idEnd, outcome);
	return true;
}

/**
An xdist worker's `-v` line as bytes (`worker-line.ts`) of a test not named before: its report goes into the table.
False when the line is none, or names a test named before (read as text).
*/
export function addWorkerBytes(
	tests: TestTable,
	onFailure: FailureListener | undefined,
	bytes: Uint8Array,
	start: number,
	end: number,
): boolean {
	const idEnd = workerLineBytes(bytes, start, end);
	if (idEnd === -1) {
		return false;
	}

	const idStart = workerIdStart();
	if (tests.findBytes(bytes, idStart, idEnd) !== -1) {
		return false;
	}

	const outcome = workerOutcome();
	addReport(tests, onFailure, bytes, idStart, idEnd, outcome);
	return true;
}
