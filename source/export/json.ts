import {type Buffer} from 'node:buffer';
import type {Failure, Run, TestResult} from '../log/model.js';
import {copyBytes} from '../log/id-column.js';
import {outcomeOfCode, phaseOfCode, type TestList} from '../log/test-list.js';
import {unsafeCharacterPattern} from '../log/sanitize.js';
import {isAscii} from '../text.js';

/**
JSON.stringify escapes C0 controls but leaves DEL, C1 controls, U+2028/U+2029, bidi and zero-width
characters raw: in a terminal (`--json -`) a U+009B is a CSI. They become `\u` escapes; they can occur
only inside strings, where an escape means the same character. (A lone surrogate JSON.stringify escapes itself.)
*/
const rawInJson = new RegExp(unsafeCharacterPattern.source, 'g');

function escapeJsonText(json: string): string {
	// JSON.stringify escaped every C0 control already: text with no DEL and nothing beyond ASCII is safe.
	if (!json.includes('\u007F') && isAscii(json)) {
		return json;
	}

	return json.replaceAll(
		rawInJson,
		character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/**
Whether UTF-8 bytes hold a character `escapeJsonText` escapes, other than the C0 controls JSON.stringify
escaped already: DEL (7F), a C1 control (C2 80–9F), U+200B–U+200F and U+2028–U+202E (E2 80 8B–8F, A8–AE),
U+2060 and U+2066–U+2069 (E2 81 A0, A6–A9), U+FEFF (EF BB BF). Looks only where a native search finds
DEL or one of those lead bytes.
*/
function hasRawInJson(bytes: Buffer, start: number, end: number): boolean {
	const view = bytes.subarray(start, end);
	if (view.includes(0x7f)) {
		return true;
	}

	for (const lead of [0xc2, 0xe2, 0xef]) {
		let at = view.indexOf(lead);
		while (at !== -1) {
			const second = view[at + 1] ?? 0;
			const third = view[at + 2] ?? 0;
			if (
				lead === 0xc2
					? second >= 0x80 && second <= 0x9f
					: lead === 0xe2
						? (second === 0x80 &&
								((third >= 0x8b && third <= 0x8f) ||
									(third >= 0xa8 && third <= 0xae))) ||
							(second === 0x81 &&
								(third === 0xa0 || (third >= 0xa6 && third <= 0xa9)))
						: second === 0xbb && third === 0xbf
			) {
				return true;
			}

			at = view.indexOf(lead, at + 1);
		}
	}

	return false;
}

/** JSON.stringify's text above which `writeStringified` leaves the check to `escapeJsonText`. */
const checkedLength = 64 * 1024;

/**
Text from JSON.stringify into the output as `escapeJsonText` would have it: encoded into the buffer first,
and escaped only when the bytes show a character that needs it (nearly never). No scan of the text by a
regular expression, which cost as much as encoding it once any character is beyond ASCII (a `—`).
*/
function writeStringified(output: ByteOutput, text: string): void {
	if (text.length > checkedLength) {
		output.write(escapeJsonText(text));
		return;
	}

	const buffer = output.ensure(text.length * 3);
	const start = output.used;
	const end = start + buffer.write(text, start, 'utf8');
	if (hasRawInJson(buffer, start, end)) {
		output.write(escapeJsonText(text));
	} else {
		output.used = end;
	}
}

/** Extra per-failure fields from classification and decisions (later stages add to it). */
export type FailureExtras = (
	failure: Failure,
	run: Run,
) => Record<string, unknown>;

function failureJson(
	failure: Failure,
	run: Run,
	extras?: FailureExtras,
): Record<string, unknown> {
	return {
		id: failure.id,
		file: failure.file,
		outcome: failure.outcome,
		phase: failure.phase,
		headline: failure.headline,
		exceptionType: failure.exceptionType ?? null,
		location: failure.location ?? null,
		traceback: failure.traceback,
		captured: failure.captured,
		logLine: failure.logLine ?? null,
		...extras?.(failure, run),
	};
}

/**
Where JSON goes: a function of text, or an output that also takes ASCII text without a UTF-8 pass and
lets the tests be encoded straight into its buffer (`Output`).
*/
export type JsonOutput =
	| ((text: string) => void)
	| {
			used: number;
			readonly write: (text: string) => void;
			readonly writeAscii: (text: string) => void;
			ensure(length: number): Buffer;
	  };

type ByteOutput = Exclude<JsonOutput, (text: string) => void>;

const encoder = new TextEncoder();

/** What follows a test's id, by its packed outcome and phase: `","outcome":"error","phase":"setup"`. */
const reportTails: Array<Uint8Array | undefined> = [];

function reportTail(code: number): Uint8Array {
	let tail = reportTails[code];
	if (tail === undefined) {
		const outcome = outcomeOfCode(code);
		tail = encoder.encode(
			`","outcome":"${outcome}"${outcome === 'error' ? `,"phase":"${phaseOfCode(code)}"` : ''}`,
		);
		reportTails[code] = tail;
	}

	return tail;
}

const firstHead = encoder.encode('\n{"id":"');
const nextHead = encoder.encode(',\n{"id":"');

/** A test's tail, its closing brace and the next test's head, by packed outcome and phase: one copy between two ids. */
const reportJoins: Array<Uint8Array | undefined> = [];

function reportJoin(code: number): Uint8Array {
	let join = reportJoins[code];
	if (join === undefined) {
		const tail = reportTail(code);
		join = new Uint8Array(tail.length + 1 + nextHead.length);
		join.set(tail);
		join[tail.length] = 0x7d; // }
		join.set(nextHead, tail.length + 1);
		reportJoins[code] = join;
	}

	return join;
}

/** Whether a byte of an id is JSON as it is between quotes, and safe: printable ASCII, no quote, no backslash. */
function isPlainByte(code: number): boolean {
	return code >= 0x20 && code <= 0x7e && code !== 0x22 && code !== 0x5c;
}

/**
The tests of a run as JSON, encoded in the output's buffer: the id's bytes are copied as they are when
they need no escape (printable ASCII without `"` or `\\`), which is nearly always. An id shares its start
with the one before (tests of a file, of a class): only the bytes after what is known plain are looked at.
*/
function writeTestsInPlace(tests: TestList, output: ByteOutput): void {
	if (tests.length === 0) {
		return;
	}

	writeBytes(output, firstHead);
	// Leading bytes of the id written last that are known plain.
	let plain = 0;
	const last = tests.length - 1;
	for (let index = 0; index <= last; index++) {
		const {bytes, start, end} = tests.idSpanAt(index);
		const length = end - start;
		let checked = Math.min(plain, tests.sharedWithPreviousAt(index), length);
		while (checked < length && isPlainByte(bytes[start + checked]!)) {
			checked++;
		}

		plain = checked;
		if (checked === length) {
			const buffer = output.ensure(length);
			copyBytes(bytes, start, end, buffer, output.used);
			output.used += length;
		} else {
			// The id escaped, written as text without the quotes JSON.stringify put around it.
			output.write(jsonString(tests.idAt(index)).slice(1, -1));
		}

		const code = tests.codeAt(index);
		const reruns = tests.rerunsAt(index);
		const duration = tests.durationAt(index);
		if (!reruns && duration === undefined) {
			writeBytes(output, index < last ? reportJoin(code) : reportTail(code));
			if (index === last) {
				writeBytes(output, closingBrace);
			}

			continue;
		}

		writeBytes(output, reportTail(code));
		let more = '';
		if (reruns) {
			more += `,"reruns":${reruns}`;
		}

		if (duration !== undefined) {
			more += `,"duration":${duration}`;
		}

		output.writeAscii(`${more}}`);
		if (index < last) {
			writeBytes(output, nextHead);
		}
	}
}

const closingBrace = encoder.encode('}');

function writeBytes(output: ByteOutput, bytes: Uint8Array): void {
	const buffer = output.ensure(bytes.length);
	buffer.set(bytes, output.used);
	output.used += bytes.length;
}

/** Whether a string is JSON as it is between quotes, and safe: printable ASCII, no quote, no backslash. */
function isPlainJsonText(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) {
			return false;
		}
	}

	return true;
}

/** A string as JSON, with the characters a terminal would obey escaped. */
function jsonString(text: string): string {
	return isPlainJsonText(text)
		? `"${text}"`
		: escapeJsonText(JSON.stringify(text));
}

/** One test as JSON text (ASCII, escapes included); hand-built because it runs once per test of million-test logs. */
function testJson(test: TestResult): string {
	let text = `{"id":${jsonString(test.id)},"outcome":"${test.outcome}"`;
	if (test.outcome === 'error') {
		text += `,"phase":"${test.phase}"`;
	}

	if (test.reruns) {
		text += `,"reruns":${test.reruns}`;
	}

	if (test.duration !== undefined) {
		text += `,"duration":${test.duration}`;
	}

	return `${text}}`;
}

/**
Writes `{"runs": […]}` piece by piece: a run with millions of tests never becomes one string (V8 strings
stop at ~512 MB), and a test is one short string, written into the output's buffer as it comes.
*/
export function writeJson(
	runs: readonly Run[],
	output: JsonOutput,
	options: {
		extras?: FailureExtras;
		/** Extra run-level fields, written right after the run's `complete`, before its tests. */
		runFields?: (run: Run) => Record<string, unknown>;
		top?: Record<string, unknown>;
	} = {},
): void {
	const writeText = typeof output === 'function' ? output : output.write;
	// Text that escapeJsonText leaves as it is: ASCII (JSON.stringify escaped its controls).
	const writeAscii = typeof output === 'function' ? output : output.writeAscii;
	const write = (text: string) => {
		writeText(escapeJsonText(text));
	};

	write('{"runs":[');
	for (const [runIndex, run] of runs.entries()) {
		const {tests, failures, ...rest} = run;
		const head = JSON.stringify({
			source: rest.source,
			format: rest.format,
			complete: rest.complete,
			...options.runFields?.(run),
			counts: rest.counts,
			reportedCounts: rest.reportedCounts ?? null,
			header: rest.header,
			warnings: rest.warnings,
			...(rest.session !== undefined && {session: rest.session}),
			...(rest.junitXml === undefined
				? rest.shards && {shards: rest.shards}
				: {junitXml: rest.junitXml}),
			...(rest.retries && {
				retries: rest.retries.map(retry => ({
					id: retry.id,
					attempt: retry.attempt,
					outcome: retry.outcome,
					phase: retry.phase,
				})),
			}),
		});
		write(`${runIndex > 0 ? ',' : ''}\n${head.slice(0, -1)},"tests":[`);
		let separator = '\n';
		if (typeof output === 'function') {
			for (const test of tests) {
				writeAscii(separator + testJson(test));
				separator = ',\n';
			}
		} else {
			writeTestsInPlace(tests, output);
		}

		write('],"failures":[');
		separator = '\n';
		for (const failure of failures) {
			const text =
				separator + JSON.stringify(failureJson(failure, run, options.extras));
			if (typeof output === 'function') {
				write(text);
			} else {
				writeStringified(output, text);
			}

			separator = ',\n';
		}

		write(']}');
	}

	write('\n]');
	for (const [key, value] of Object.entries(options.top ?? {})) {
		write(`,${JSON.stringify(key)}:${JSON.stringify(value)}`);
	}

	write('}\n');
}
