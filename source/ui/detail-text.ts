/**
The detail pane's text for one failure, sanitized once and cached: a 10,000-failure run is paged through
key by key, and only the failure on screen is ever split and cleaned.
*/
import type {Failure} from '../log/model.js';
import {sanitizeLine, sanitizeLines} from '../log/sanitize.js';

export type DetailText = {
	/** Traceback lines, safe to print. */
	readonly traceback: readonly string[];
	/** Index of the traceback line that names the crash location, or -1. */
	readonly crashLine: number;
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
			? ['(no traceback in the log)']
			: sanitizeLines(failure.traceback.replace(/\n+$/, ''));
	let crashLine = -1;
	if (failure.location) {
		const needle = `${failure.location.path}:${failure.location.line}`;
		for (let index = traceback.length - 1; index >= 0; index--) {
			if (traceback[index]!.includes(needle)) {
				crashLine = index;
				break;
			}
		}
	}

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

function escapeRegExp(text: string): string {
	return text.replaceAll(/[$()*+.?[\\\]^{|}]/g, '\\$&');
}

export type EditorTarget = {
	/** The test file as the log names it (relative to the run's rootdir). */
	readonly file: string;
	readonly line?: number;
	/** The run's rootdir, when the log printed it: where a relative `file` lives. */
	readonly rootdir?: string;
};

/** Where to open the editor: the deepest traceback line in the test file, else the crash location. */
export function editorTargetOf(
	failure: Failure,
	rootdir: string | undefined,
): EditorTarget {
	const pattern = new RegExp(
		`(?:^|[\\s"'(])${escapeRegExp(failure.file)}:(\\d+)`,
	);
	let line: number | undefined;
	for (const text of failure.traceback.split('\n')) {
		const match = pattern.exec(text);
		if (match) {
			line = Number(match[1]);
		}
	}

	if (line === undefined && failure.location?.path === failure.file) {
		line = failure.location.line;
	}

	return {
		file: failure.file,
		...(line === undefined ? {} : {line}),
		...(rootdir === undefined ? {} : {rootdir}),
	};
}
