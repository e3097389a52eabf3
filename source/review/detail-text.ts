/**
The detail pane's text for one failure, sanitized once and cached: a 10,000-failure run is paged through
key by key, and only the failure on screen is ever split and cleaned.
*/
import {type Failure, noTracebackHeadline} from '../log/model.js';
import {sanitizeLine, sanitizeLines} from '../log/sanitize.js';
import {noiseLinesOf} from '../classify/noise-frames.js';
import {crashLineOf, framesOf} from '../log/traceback.js';
import {hangingIndentOf, wrapText} from '../text-width.js';

export type DetailText = {
	/** Traceback lines, safe to print. */
	readonly traceback: readonly string[];
	/** Index of the traceback line that names the crash location, or -1. */
	readonly crashLine: number;
	/** Per traceback line: part of a frame outside the project (site-packages, stdlib, pytest), shown dim. */
	readonly noise: readonly boolean[];
	/** Captured output sections, each a title line followed by its lines. */
	readonly captured: readonly string[];
	/** One line per captured section: `stdout call (12 lines)`. */
	readonly capturedSummary: string;
};

const cache = new WeakMap<Failure, DetailText>();

export function detailTextOf(failure: Failure): DetailText {
	let text = cache.get(failure);
	if (!text) {
		text = buildDetailText(failure);
		cache.set(failure, text);
	}

	return text;
}

function buildDetailText(failure: Failure): DetailText {
	const traceback =
		failure.traceback.trim() === ''
			? [noTracebackHeadline]
			: sanitizeLines(failure.traceback.replace(/\n+$/, ''));
	const crashLine = crashLineOf(traceback, failure.location);

	const captured: string[] = [];
	const summaries: string[] = [];
	for (const section of failure.captured) {
		const lines = sanitizeLines(section.text.replace(/\n+$/, ''));
		const name = sanitizeLine(section.name);
		captured.push(`─── ${name} ───`, ...lines);
		summaries.push(
			`${name.replace(/^captured /i, '')} (${lines.length} line${lines.length === 1 ? '' : 's'})`,
		);
	}

	return {
		traceback,
		crashLine,
		noise: failure.traceback.trim() === '' ? [false] : noiseLinesOf(traceback),
		captured,
		capturedSummary: summaries.join(', '),
	};
}

/** Lines the detail pane scrolls through: the traceback, or the captured output. */
export function scrollableLinesOf(
	failure: Failure,
	isCapturedShown: boolean,
): readonly string[] {
	const text = detailTextOf(failure);
	return isCapturedShown ? text.captured : text.traceback;
}

/** One line of the detail pane's screen: a whole line when cut, a piece of one when wrapped. */
export type ScreenLine = {
	readonly text: string;
	/** The traceback (or captured output) line it shows. */
	readonly index: number;
	/** A second or later piece of a wrapped line. */
	readonly isContinuation: boolean;
};

export type ScreenLinesOptions = {
	readonly isCapturedShown: boolean;
	readonly isWrapped: boolean;
	/** Columns for the text (the pane's width without its mark column). */
	readonly width: number;
};

const screenCache = new WeakMap<Failure, Map<string, readonly ScreenLine[]>>();

/**
The screen lines the detail pane scrolls through: each line whole (Ink cuts it with `…`), or wrapped to
`width` columns with a hanging indent. The reducer scrolls and pages over these, so the pane's height
counts screen lines and never grows.
*/
export function screenLinesOf(
	failure: Failure,
	options: ScreenLinesOptions,
): readonly ScreenLine[] {
	const key = `${options.isCapturedShown}:${options.isWrapped}:${options.width}`;
	let byOptions = screenCache.get(failure);
	if (!byOptions) {
		byOptions = new Map();
		screenCache.set(failure, byOptions);
	}

	let lines = byOptions.get(key);
	if (!lines) {
		lines = buildScreenLines(
			scrollableLinesOf(failure, options.isCapturedShown),
			options,
		);
		// A resize makes new widths; only the last few are worth keeping.
		if (byOptions.size >= 4) {
			byOptions.clear();
		}

		byOptions.set(key, lines);
	}

	return lines;
}

function buildScreenLines(
	source: readonly string[],
	{isWrapped, width}: ScreenLinesOptions,
): ScreenLine[] {
	const lines: ScreenLine[] = [];
	for (const [index, line] of source.entries()) {
		const pieces = isWrapped
			? wrapText(line, width, hangingIndentOf(line))
			: [line];
		for (const [piece, text] of pieces.entries()) {
			lines.push({text, index, isContinuation: piece > 0});
		}
	}

	return lines;
}

export type EditorTarget = {
	/** The test file as the log names it (relative to the run's rootdir). */
	readonly file: string;
	readonly line?: number;
	/** The run's rootdir, when the log printed it: where a relative `file` lives. */
	readonly rootdir?: string;
};

/** Where to open the editor: the deepest frame in the test file, else the crash location. */
export function editorTargetOf(
	failure: Failure,
	rootdir: string | undefined,
): EditorTarget {
	let line = framesOf(failure.traceback).findLast(
		frame => frame.path === failure.file,
	)?.line;

	if (line === undefined && failure.location?.path === failure.file) {
		line = failure.location.line;
	}

	return {
		file: failure.file,
		...(line === undefined ? {} : {line}),
		...(rootdir === undefined ? {} : {rootdir}),
	};
}
