import type {Location} from './model.js';

/**
What a traceback as pytest prints it says: its headline, exception type and crash location.
*/

const xdistWorkerLine = /^\[gw\d+] /;
const locationWithType = /^(\S.*?):(\d+): ([A-Za-z_][\w.]*)$/;
const locationInFrame = /^(\S.*?):(\d+): in /;
const exceptionLike = /^([A-Za-z_][\w.]*)(?::(?:\s|$)|$)/;

/** `Name: message` or `pkg.Name` where the last dotted part is capitalized: `psycopg2.OperationalError: …`, `Failed: Timeout`. */
function isExceptionLine(line: string): boolean {
	const typed = exceptionLike.exec(line);
	return typed !== null && /^_*[A-Z]/.test(typed[1]!.split('.').pop()!);
}

/** A doctest's `Expected:` / `Got:` (or `UNEXPECTED EXCEPTION`) report as one line. */
function doctestHeadline(lines: readonly string[]): string | undefined {
	const unexpected = lines.find(line =>
		line.startsWith('UNEXPECTED EXCEPTION: '),
	);
	if (unexpected) {
		return `DocTestFailure: ${unexpected}`;
	}

	const expected = lines.indexOf('Expected:');
	const got = lines.indexOf('Got:');
	if (expected === -1 || got === -1) {
		return undefined;
	}

	const first = (index: number) => lines[index + 1]?.trim() ?? '';
	return `DocTestFailure: expected ${first(expected)}, got ${first(got)}`;
}

/** The headline, exception type and crash location of a traceback as pytest printed it. */
export function describeTraceback(lines: readonly string[]): {
	headline: string;
	exceptionType?: string;
	location?: Location;
} {
	let blockStart = -1;
	let lastBlock: string[] = [];
	for (const [index, line_] of lines.entries()) {
		const line = line_;
		if (line === 'E' || line.startsWith('E ') || line.startsWith('E\t')) {
			if (blockStart === -1) {
				blockStart = index;
				lastBlock = [];
			}

			lastBlock.push(line.slice(1).trim());
		} else {
			blockStart = -1;
		}
	}

	let location: Location | undefined;
	let typeFromLocation: string | undefined;
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index]!;
		const typed = locationWithType.exec(line);
		if (typed) {
			location = {path: typed[1]!, line: Number(typed[2])};
			typeFromLocation = typed[3];
			break;
		}

		const frame = locationInFrame.exec(line);
		if (frame) {
			location = {path: frame[1]!, line: Number(frame[2])};
			break;
		}
	}

	// The exception line of the last `E` block (a SyntaxError's block starts with its `File "…"` line).
	if (!location) {
		// --tb=native: Python's own `File "path", line N, in name` frames.
		for (let index = lines.length - 1; index >= 0; index--) {
			const frame = /^\s*File "(.+)", line (\d+)/.exec(lines[index]!);
			if (frame) {
				location = {path: frame[1]!, line: Number(frame[2])};
				break;
			}
		}
	}

	let headline =
		lastBlock.find(line => isExceptionLine(line)) ??
		lastBlock.find(line => line.length > 0);
	if (headline === undefined && typeFromLocation === 'DocTestFailure') {
		headline = doctestHeadline(lines);
	}

	if (headline === undefined) {
		// --tb=native and friends: the last line that looks like `Type: message`.
		for (let index = lines.length - 1; index >= 0; index--) {
			const line = lines[index]!.trim();
			if (exceptionLike.test(line) && !line.startsWith('File ')) {
				headline = line;
				break;
			}
		}
	}

	// Nothing that looks like an exception (`[XPASS(strict)] reason`, a fixture error): the first line says most.
	headline ??=
		typeFromLocation ??
		lines
			.find(line => line.trim().length > 0 && !xdistWorkerLine.test(line))
			?.trim() ??
		'';
	let exceptionType: string | undefined;
	const typed = exceptionLike.exec(headline);
	if (typed && isExceptionLine(headline)) {
		exceptionType = typed[1];
	} else if (headline.startsWith('assert ') || headline === 'assert') {
		exceptionType = 'AssertionError';
		headline = `AssertionError: ${headline}`;
	} else if (typeFromLocation) {
		exceptionType = typeFromLocation;
		if (!headline.startsWith(typeFromLocation)) {
			headline = headline
				? `${typeFromLocation}: ${headline}`
				: typeFromLocation;
		}
	}

	return {headline, exceptionType, location};
}
