/**
When and where a run ran, as far as its log says: the duration of pytest's final line (`… in 482.72s
(0:08:02)`), a JUnit XML's `<testsuite time="482.659" timestamp="…" hostname="…">`, a report log's last
`"stop"`, and the time a CI service wrote before pytest's final line. To tell a console log and the JUnit
XML pytest wrote in the same run from two runs (see same-run.ts), and to put a run in the history where it
ran (`endedAt`), not where it was recorded: the parsers keep none of it. Fed the log's content as it is
read; keeps a few KiB of its head and tail, never the log.
*/

import {stripAnsi} from '../log/ansi.js';
import {finalLinePattern} from '../log/summary.js';

export type RunClock = {
	/** How long the session took, in seconds, as its final line or its testsuite says. */
	readonly seconds?: number;
	/** The XML's testsuite timestamp (when the session started), as written. */
	readonly startedAt?: string;
	/** The XML's testsuite hostname. */
	readonly hostname?: string;
	/**
	When the session ended (ISO 8601, UTC), where the log says: the testsuite's timestamp plus its time (a
	timestamp without a zone, as pytest before 8 writes it, is this machine's local time), a report log's last
	`"stop"`, or the time a CI service put before pytest's final line.
	*/
	readonly endedAt?: string;
};

const headBytes = 4096;
const tailBytes = 16_384;

/**
Reads a run's clock from the first and last KiB of its content: copied into buffers of their own (a ring for
the tail), so that an update costs what its chunk holds, however small the chunks of a log followed live.
*/
export class ClockReader {
	readonly #head = Buffer.alloc(headBytes);
	#headLength = 0;
	readonly #tail = Buffer.alloc(tailBytes);
	/** Bytes written to the tail ring in all (the next write goes at this modulo its size). */
	#written = 0;

	update(chunk: Uint8Array): void {
		if (this.#headLength < headBytes) {
			const part = chunk.subarray(0, headBytes - this.#headLength);
			this.#head.set(part, this.#headLength);
			this.#headLength += part.length;
		}

		const kept = chunk.subarray(Math.max(0, chunk.length - tailBytes));
		this.#written += chunk.length - kept.length;
		let offset = 0;
		while (offset < kept.length) {
			const at = this.#written % tailBytes;
			const length = Math.min(kept.length - offset, tailBytes - at);
			this.#tail.set(kept.subarray(offset, offset + length), at);
			offset += length;
			this.#written += length;
		}
	}

	finish(): RunClock {
		const head = this.#head.subarray(0, this.#headLength).toString('utf8');
		const suite = /<testsuite\s[^>]*>/.exec(head)?.[0];
		if (suite) {
			return xmlClock(suite);
		}

		const at = this.#written % tailBytes;
		const tail =
			this.#written <= tailBytes
				? this.#tail.subarray(0, this.#written)
				: Buffer.concat([this.#tail.subarray(at), this.#tail.subarray(0, at)]);
		const text = tail.toString('utf8');
		return head.includes('"$report_type"')
			? reportLogClock(text)
			: consoleClock(text);
	}
}

function attribute(element: string, name: string): string | undefined {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

/** A testsuite element's time, timestamp and hostname. */
export function xmlClock(element: string): RunClock {
	const time = Number(attribute(element, 'time') ?? Number.NaN);
	const startedAt = attribute(element, 'timestamp');
	const hostname = attribute(element, 'hostname');
	const started = startedAt ? Date.parse(startedAt) : Number.NaN;
	const endedAt = isoOf(started + (Number.isFinite(time) ? time * 1000 : 0));
	return {
		...(Number.isFinite(time) && {seconds: time}),
		...(startedAt && {startedAt}),
		...(hostname && {hostname}),
		...(endedAt && {endedAt}),
	};
}

/** A time in milliseconds as ISO 8601 in UTC, when it is one (years 2000 to 9999: a log's, not a zero). */
function isoOf(milliseconds: number): string | undefined {
	return Number.isFinite(milliseconds) &&
		milliseconds >= Date.UTC(2000, 0, 1) &&
		milliseconds < Date.UTC(10_000, 0, 1)
		? new Date(milliseconds).toISOString()
		: undefined;
}

/**
The time a CI service or docker compose wrote before a line (GitHub Actions, Azure Pipelines, GitLab's runner,
Jenkins' timestamper; see log/line-prefix.ts), and the line after it.
*/
const timePrefix =
	/^(?:[\w.-]+ +\| )?\[?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)]?(?: [\da-f]{2}[OE]\+?)? ?/;

/** The duration on the last final line of a console log's tail. */
export function consoleClock(tail: string): RunClock {
	const lines = stripAnsi(tail).split(/\r?\n|\r/);
	for (let index = lines.length - 1; index >= 0; index--) {
		let line = lines[index]!.trim();
		const prefix = timePrefix.exec(line);
		if (prefix) {
			line = line.slice(prefix[0].length).trim();
		}

		if (finalLinePattern.test(line)) {
			const seconds = Number(/ in ([\d.]+) ?(?:s|seconds)\b/.exec(line)?.[1]);
			const endedAt = prefix ? isoOf(Date.parse(prefix[1]!)) : undefined;
			return {
				...(Number.isFinite(seconds) && {seconds}),
				...(endedAt && {endedAt}),
			};
		}
	}

	return {};
}

/** When a pytest-reportlog file's last report stopped (its `"stop"`, seconds since 1970; pytest 7.4 and later). */
export function reportLogClock(tail: string): RunClock {
	let last: string | undefined;
	for (const match of tail.matchAll(/"stop": ?(\d+(?:\.\d+)?)[,}]/g)) {
		last = match[1];
	}

	const endedAt = last === undefined ? undefined : isoOf(Number(last) * 1000);
	return endedAt ? {endedAt} : {};
}
