/**
The words, letters and colours pytest prints for outcomes and counts, its duration and trimming
rules, and the buffer the log is written into.
*/
import type {Counts} from './options.js';
import {colors} from './paint.js';
import type {ReportOutcome} from './plan.js';
import {hashNumbers, pickBy, unit} from './random.js';
import {nonAsciiWords} from './suite.js';

export function formatSeconds(seconds: number): string {
	if (seconds < 60) {
		return `${seconds.toFixed(2)}s`;
	}

	const whole = Math.floor(seconds);
	const days = Math.floor(whole / 86_400);
	const hours = Math.floor((whole % 86_400) / 3600);
	const minutes = String(Math.floor((whole % 3600) / 60)).padStart(2, '0');
	const secs = String(whole % 60).padStart(2, '0');
	const clock = `${hours}:${minutes}:${secs}`;
	const span =
		days > 0 ? `${days} day${days === 1 ? '' : 's'}, ${clock}` : clock;
	return `${seconds.toFixed(2)}s (${span})`;
}

/** pytest's `_format_trimmed`: `format` holds `{}`; undefined when even `...` does not fit. */
export function formatTrimmed(
	format: string,
	message: string,
	available: number,
): string | undefined {
	const firstLine = message.split('\n', 1)[0] ?? '';
	const formatWidth = format.length - 2;
	if (formatWidth + 3 > available) {
		return undefined;
	}

	let text = firstLine;
	if (formatWidth + text.length > available) {
		text = `${text.slice(0, Math.max(available - 3 - formatWidth, 0))}...`;
	}

	return format.replace('{}', text);
}

export const words: Record<ReportOutcome, string> = {
	passed: 'PASSED',
	failed: 'FAILED',
	error: 'ERROR',
	skipped: 'SKIPPED',
	xfailed: 'XFAIL',
	xpassed: 'XPASS',
};

export const letters: Record<ReportOutcome, string> = {
	passed: '.',
	failed: 'F',
	error: 'E',
	skipped: 's',
	xfailed: 'x',
	xpassed: 'X',
};

export const wordColor: Record<ReportOutcome, number> = {
	passed: colors.green,
	failed: colors.red,
	error: colors.red,
	skipped: colors.yellow,
	xfailed: colors.yellow,
	xpassed: colors.yellow,
};

export const countKeys: ReadonlyArray<[keyof Counts, string, string]> = [
	['failed', 'failed', 'failed'],
	['passed', 'passed', 'passed'],
	['skipped', 'skipped', 'skipped'],
	['xfailed', 'xfailed', 'xfailed'],
	['xpassed', 'xpassed', 'xpassed'],
	['warnings', 'warning', 'warnings'],
	['errors', 'error', 'errors'],
];

export function mainColor(counts: Counts, isLast: boolean): number {
	if (counts.failed > 0 || counts.errors > 0) {
		return colors.red;
	}

	if (counts.warnings > 0 || counts.xpassed > 0) {
		return colors.yellow;
	}

	return counts.passed > 0 || !isLast ? colors.green : colors.yellow;
}

export function percent(done: number, total: number): string {
	return ` [${String(Math.floor((done * 100) / total)).padStart(3)}%]`;
}

/** Collects output and hands it over in chunks; tracks the width of the open line. */
export class Output {
	column = 0;
	#parts: string[] = [];
	#size = 0;
	#lines = 0;
	readonly #color: boolean;
	readonly #nonAscii: number;

	constructor(color: boolean, nonAscii = 0) {
		this.#color = color;
		this.#nonAscii = nonAscii;
	}

	/** Write text; `visible` is its width on screen when it holds escape codes. */
	write(text: string, visible?: string): void {
		this.#parts.push(text);
		this.#size += text.length;
		const shown = visible ?? (this.#color ? stripAnsi(text) : text);
		const newline = shown.lastIndexOf('\n');
		this.column =
			newline === -1 ? this.column + shown.length : shown.length - newline - 1;
	}

	line(text = ''): void {
		const line = this.#withNonAscii(text);
		this.#parts.push(line, '\n');
		this.#size += line.length + 1;
		this.column = 0;
	}

	/** The buffered text once it is over `threshold` characters (or always with 0). */
	take(threshold = 0): string | undefined {
		if (this.#size < threshold || this.#size === 0) {
			return undefined;
		}

		const text = this.#parts.join('');
		this.#parts = [];
		this.#size = 0;
		return text;
	}

	/** An exception, source or captured-log line, with words beyond ASCII for `nonAscii` of them. */
	#withNonAscii(text: string): string {
		this.#lines++;
		if (
			this.#nonAscii === 0 ||
			!/^(?:E {3}|\s{4}|INFO {5}|WARNING {2}|ERROR {4}|DEBUG {4})/.test(text)
		) {
			return text;
		}

		const hash = hashNumbers(this.#lines, 11);
		// Content lines are about half of a log's: twice the share of them gives the share of all lines.
		return unit(hash) < this.#nonAscii * 2
			? `${text} ${pickBy(nonAsciiWords, hash >>> 3)}`
			: text;
	}
}

export function stripAnsi(text: string): string {
	return text.replaceAll(/\u001B\[[\d;]*m/g, '');
}
