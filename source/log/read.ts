import {Buffer} from 'node:buffer';
import {inTurns} from '../in-turns.js';
import type {FailureListener, Run} from './model.js';
import {LogError} from './errors.js';
import {LineSplitter} from './line-splitter.js';
import {LinePrefixes} from './line-prefix.js';
import {bytesOf, type LogChunks, openSource} from './log-bytes.js';
import {JunitError, parseJunitStream} from './junit.js';
import {reportlogLineLimit} from './reportlog.js';
import {SessionSplitter} from './sessions.js';
import {
	asUtf8,
	hasUtf8Bom,
	reencoded,
	requireStructure,
	utf16Of,
} from './text-checks.js';
import {xmlDecoder} from './xml-encoding.js';

export {stripAnsi} from './ansi.js';

export {LogError} from './errors.js';

export type ReadOptions = {
	/** Called with the number of bytes read so far, for progress bars. */
	readonly onProgress?: (
		bytesRead: number,
		totalBytes: number | undefined,
	) => void;
	/** Stream to read instead of opening `source` (stdin for `-`). */
	readonly stream?: NodeJS.ReadableStream;
	/** Called as failing tests are read, before the run is complete (for a screen that is already up). */
	readonly onFailure?: FailureListener;
	/** Called with every chunk of the log's bytes as stored (before gunzip), in order: for a content hash or a kept copy. */
	readonly onBytes?: (bytes: Uint8Array) => void;
	/** Called with every chunk of the log's content (after gunzip), in order: the history's identity of a log. */
	readonly onContent?: (bytes: Uint8Array) => void;
	/** A file's chunk size (default 1 MiB): tests read with small chunks, so that a reader keeping one shows. */
	readonly chunkBytes?: number;
	/**
	Called once a console log or report log is read to its end, with its size, before its reports are matched with
	their tests and the run is made (seconds on a 100 MB log); awaited, so that a screen can say so first.
	*/
	readonly onRead?: (bytes: number) => Promise<void> | void;
	/**
	That step (and the run's making) gives the event loop a turn once this many milliseconds have passed since its
	last (in-turns.ts; default 30): the review's loading screen reads q and Ctrl-C meanwhile.
	*/
	readonly turnMs?: number;
};

const defaultTurnMs = 30;

type Format = 'pytest' | 'junit' | 'reportlog';

function sniff(text: string): Format {
	// A report log can start with `null` lines (a report no hook serialized) before its first record.
	const trimmed = text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.replace(/^(?:null[ \t]*\r?\n\s*)+(?={)/, '');
	if (trimmed.startsWith('<')) {
		return 'junit';
	}

	if (
		trimmed.startsWith('{') &&
		trimmed.slice(0, 4096).includes('"$report_type"')
	) {
		return 'reportlog';
	}

	return 'pytest';
}

function looksBinary(bytes: Uint8Array): boolean {
	// A stray NUL in captured output is still a log; a file where control bytes are common is not.
	const limit = Math.min(bytes.length, 8192);
	let controls = 0;
	for (let index = 0; index < limit; index++) {
		const byte = bytes[index]!;
		if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) {
			controls++;
		}
	}

	return limit > 0 && controls / limit > 0.05;
}

/**
Reads one log (pytest console output, JUnit XML or pytest-reportlog JSON Lines; plain or gzipped) into its pytest sessions, one Run each, in order. Streams: the file is never held whole in memory. Throws LogError for input that is not a readable test log.

A console log holds several sessions when a script ran pytest more than once (`pytest; pytest --lf`); a report log, one per `SessionStart` record. A session printed inside a test's captured output is that test's output, not a session. A JUnit XML file is one run however many `<testsuite>`s it has. When there are several, each Run's `session` is its 1-based index.
*/
export async function readLogSessions(
	source: string,
	options: ReadOptions = {},
): Promise<Run[]> {
	const {stream, size, close} = openSource(source, options);
	try {
		return await readOpened(stream, size, source, options);
	} finally {
		close();
	}
}

async function readOpened(
	stream: LogChunks,
	size: number | undefined,
	source: string,
	options: ReadOptions,
): Promise<Run[]> {
	const name = source === '-' ? 'stdin' : source;
	const consumed = {bytes: 0};
	let chunks = bytesOf(
		stream,
		name,
		consumed,
		options.onBytes,
		options.onContent,
	);
	let first = await chunks.next();
	if (first.done || first.value.length === 0) {
		throw new LogError(`${name}: empty file`);
	}

	const utf16 = utf16Of(first.value);
	if (utf16) {
		// PowerShell's `>` writes UTF-16 with a BOM: read it as the UTF-8 the rest of the reader expects.
		chunks = asUtf8(first.value, chunks, utf16, name);
		first = await chunks.next();
		if (first.done || first.value.length === 0) {
			throw new LogError(`${name}: empty file`);
		}
	}

	if (hasUtf8Bom(first.value)) {
		// The mark is no text of the log: left on, it hid the first line (a banner, a `-qq` run's lines) from the parser.
		first = {done: false, value: first.value.subarray(3)};
		if (first.value.length === 0) {
			first = await chunks.next();
			if (first.done || first.value.length === 0) {
				throw new LogError(`${name}: empty file`);
			}
		}
	}

	const decoder = xmlDecoder(first.value, name);
	if (decoder) {
		// An XML report in ISO-8859-1 (or another encoding its declaration names): read as the UTF-8 the XML readers expect.
		chunks = reencoded(first.value, chunks, decoder);
		first = (await chunks.next()) as IteratorYieldResult<Uint8Array>;
	}

	if (looksBinary(first.value)) {
		throw new LogError(`${name}: binary data, not a test log`);
	}

	chunks = requireStructure(first.value, chunks, name);
	first = (await chunks.next()) as IteratorYieldResult<Uint8Array>;

	// The first chunk as text tells the format (a sequence cut at its end decodes to U+FFFD, which sniffing ignores).
	const format = sniff(Buffer.from(first.value).toString('utf8'));
	const report = () => options.onProgress?.(consumed.bytes, size);

	if (format === 'junit') {
		// The XML parser reports any failure of its input as bad XML: a refusal of the reader wins.
		let refusal: LogError | undefined;
		const all = (async function* () {
			yield first.value;
			try {
				for await (const chunk of chunks) {
					report();
					yield chunk;
				}
			} catch (error) {
				if (error instanceof LogError) {
					refusal = error;
				}

				throw error;
			}
		})();
		try {
			return [
				await parseJunitStream(all, name, source, options.onFailure, size),
			];
		} catch (error) {
			if (refusal) {
				throw refusal;
			}

			if (error instanceof JunitError || error instanceof LogError) {
				throw new LogError(error.message);
			}

			throw error;
		}
	}

	const sessions = new SessionSplitter(format, source, options.onFailure);
	const splitter =
		format === 'reportlog'
			? new LineSplitter(sessions, reportlogLineLimit)
			: // A CI service's time or docker compose's column before every line is taken off before the parser reads them.
				new LineSplitter(new LinePrefixes(sessions));
	splitter.push(first.value);
	report();
	for await (const chunk of chunks) {
		splitter.push(chunk);
		report();
	}

	await options.onRead?.(consumed.bytes);
	splitter.end();
	const extraWarnings = [...splitter.warnings];
	const runs = await inTurns(
		sessions.finishSteps(extraWarnings),
		options.turnMs ?? defaultTurnMs,
	);
	if (runs.length === 0) {
		throw new LogError(
			`${name}: not a test log (no pytest output, JUnit XML or pytest-reportlog JSON found)`,
		);
	}

	return runs;
}

/**
Reads one log into one Run: the log's only pytest session, or, when it holds several (`pytest; pytest --lf`), the last one, with a warning that says so. `readLogSessions` reads them all.
*/
export async function readLog(
	source: string,
	options: ReadOptions = {},
): Promise<Run> {
	const runs = await readLogSessions(source, options);
	const last = runs.at(-1)!;
	if (runs.length === 1) {
		return last;
	}

	return {
		...last,
		warnings: [
			{
				line: 0,
				message: `the log holds ${runs.length} pytest sessions; only the last one (session ${runs.length}) is read here`,
			},
			...last.warnings,
		],
	};
}
