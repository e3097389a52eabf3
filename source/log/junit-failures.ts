/**
A JUnit report's failing results as a run's failures: the headline from the `message` attribute when it
says one (else from the traceback), the crash location from the traceback, the texts into the run's
BodyStore. 57,000 failures of a report have ~11,000 messages: what a message says is worked out once.
*/
import type {CapturedSection, Failure, FailureOutcome, Phase} from './model.js';
import {
	crashLocationOf,
	describeMessage,
	describeTraceback,
} from './traceback.js';
import {BodyStore, type BodyHandle} from './bodies.js';
import {isTaskGroupLine} from './exception-group.js';
import {typeNameWithin} from './exception-line.js';
import {holdsNativeNote} from './headline.js';
import {SharedTexts, storedFailure} from './stored-failure.js';

type Headline = {readonly headline: string; readonly exceptionType?: string};

/**
A doctest's whole report as pytest 9 writes it in the `message` (numbered source lines, `Expected:`/`Got:` or
`UNEXPECTED EXCEPTION`, then `path:line: DocTestFailure`; `path:None:` and `EXAMPLE LOCATION UNKNOWN` first where
doctest found no line): its first line is a line of the docstring.
*/
const doctestReport =
	/:(?:\d+|None): (?:DocTestFailure|UnexpectedException)\s*$/;

/**
Where a fixture that cannot be found was asked for (`file tests/conftest.py, line 12`); `file , line 0: source code not
available` where the asking item has no source (a doctest file's item asking for an autouse fixture).
*/
const fixtureLookupStart =
	/^file .*, line \d+(?:: source code not available)?$/;

/**
pytest 8.4+ gives an exception group of one sub-exception that exception's repr as its message (`DeadlineExceeded('Test
took …') [single exception in FlakyFailure]`, as Hypothesis's FlakyFailure is); the report, as the log's, is headed by the
group's own line, which the traceback gives.
*/
const singleException = / \[single exception in [\w.]+]$/;

/**
pytest's XML strips the report's leading blanks: Python's print of an exception group then starts `+ Exception Group
Traceback …` while its `|` lines keep theirs. The banner gets the indent of the bar below it back.
*/
function groupIndented(lines: string[]): string[] {
	if (lines[0]?.startsWith('+ Exception Group Traceback')) {
		const bar = /^( +)\| /.exec(lines[1] ?? '');
		if (bar) {
			lines[0] = bar[1] + lines[0];
		}
	}

	return lines;
}

/** What a `message` attribute's first line says as a headline; undefined when it says none (the traceback does). */
function headlineOfMessage(
	message: string | undefined,
	type: string | undefined,
): Headline | undefined {
	if (
		message !== undefined &&
		(doctestReport.test(message) ||
			holdsNativeNote(message) ||
			singleException.test(message.trimEnd()))
	) {
		return undefined;
	}

	let first = message
		?.split('\n')
		.find(line => line.trim().length > 0)
		?.trim();
	const wrapped = first
		? /^failed on (?:setup|teardown|call) with "(.*)"?$/.exec(first)
		: null;
	if (wrapped) {
		first = wrapped[1]!.replace(/"$/, '');
	}

	if (
		!first ||
		first === 'collection failure' ||
		// A fixture that cannot be found (`FixtureLookupError`): its report starts with where it was asked for, its
		// error is the `E` line below (`fixture 'db' not found`), which the traceback gives as the log does.
		fixtureLookupStart.test(first) ||
		// A task group's own line says nothing: the log's headline is its first leaf, and so is the report's.
		isTaskGroupLine(first)
	) {
		return undefined;
	}

	const described = describeMessage(first);
	type = typeNameWithin(type);
	if (!described.exceptionType && type && !first.startsWith(type)) {
		return {headline: `${type}: ${first}`, exceptionType: type};
	}

	return {
		headline: described.headline,
		...(described.exceptionType && {exceptionType: described.exceptionType}),
	};
}

/** A failing result as read: its test's id and file, what the element said, and the test's captured output. */
export type FailingResult = {
	readonly id: string;
	readonly file: string;
	readonly outcome: FailureOutcome;
	readonly phase: Phase;
	readonly message?: string;
	readonly type?: string;
	readonly text: string;
	readonly logLine: number;
};

/** Text without its leading blank lines and trailing white space. */
export function trimmed(text: string): string {
	let start = 0;
	while (text.charCodeAt(start) === 0x0a) {
		start++;
	}

	return text.slice(start).trimEnd();
}

/** A text's lines (as `split('\n')` has them), each sliced when it is asked for. Reused: `of` takes the next text. */
class TextLines {
	length = 0;
	#text = '';
	/** Where each line starts; line `index` ends before the newline before line `index + 1`. */
	#starts = new Int32Array(256);

	of(text: string): this {
		this.#text = text;
		let count = 1;
		let at = text.indexOf('\n');
		while (at !== -1) {
			if (count === this.#starts.length) {
				const grown = new Int32Array(count * 2);
				grown.set(this.#starts);
				this.#starts = grown;
			}

			this.#starts[count++] = at + 1;
			at = text.indexOf('\n', at + 1);
		}

		this.#starts[0] = 0;
		this.length = count;
		return this;
	}

	at(index: number): string | undefined {
		if (index < 0 || index >= this.length) {
			return undefined;
		}

		const end =
			index + 1 < this.length
				? this.#starts[index + 1]! - 1
				: this.#text.length;
		return this.#text.slice(this.#starts[index], end);
	}
}

/** Builds a report's failures; their texts go to `bodies`, the strings they share to `shared`. */
export class JunitFailures {
	readonly bodies = new BodyStore();
	readonly shared = new SharedTexts();
	/** Headlines by type ('' for none) and message (null: the message says none). */
	readonly #headlines = new Map<string, Map<string, Headline | null>>();
	#headlineCount = 0;
	readonly #lines = new TextLines();

	/** Stores a test's captured sections (once for all its failures). */
	captured(
		sections: readonly CapturedSection[],
	): Array<{name: string; text: BodyHandle}> {
		return sections.map(section => ({
			name: this.shared.text(section.name),
			text: this.bodies.add(section.text),
		}));
	}

	failure(
		result: FailingResult,
		captured: ReadonlyArray<{name: string; text: BodyHandle}>,
	): Failure {
		const fromMessage = this.#headlineOf(result.message, result.type);
		let headline: Headline;
		let location: Failure['location'];
		if (fromMessage === undefined) {
			const described = describeTraceback(
				groupIndented(result.text.split('\n')),
			);
			const exceptionType =
				described.exceptionType ?? typeNameWithin(result.type);
			headline = this.#shared({
				headline: described.headline || (result.type ?? '(no message)'),
				...(exceptionType && {exceptionType}),
			});
			location = described.location;
		} else {
			headline = fromMessage;
			// Looked for from the last line up: the lines are sliced as far as it is found, not split all.
			location = crashLocationOf(this.#lines.of(result.text));
		}

		// The fields as SharedTexts `fields` gives them (the headline's texts are shared already); one shape
		// for every failure, an absent field undefined (storedFailure leaves it out).
		return storedFailure(
			{
				id: result.id,
				file: result.file,
				outcome: result.outcome,
				phase: result.phase,
				headline: headline.headline,
				exceptionType: headline.exceptionType,
				location: location && this.shared.location(location),
				logLine: result.logLine,
			},
			{
				store: this.bodies,
				traceback: this.bodies.add(trimmed(result.text)),
				captured,
			},
		);
	}

	/** The headline with its texts shared. */
	#shared(headline: Headline): Headline {
		return {
			headline: this.shared.text(headline.headline),
			...(headline.exceptionType !== undefined && {
				exceptionType: this.shared.text(headline.exceptionType),
			}),
		};
	}

	#headlineOf(
		message: string | undefined,
		type: string | undefined,
	): Headline | undefined {
		if (message === undefined) {
			return undefined;
		}

		// By type, then message: no key is built (and hashed) from the two.
		let byMessage = this.#headlines.get(type ?? '');
		if (byMessage === undefined) {
			byMessage = new Map();
			this.#headlines.set(type ?? '', byMessage);
		}

		let headline = byMessage.get(message);
		if (headline === undefined) {
			const fromMessage = headlineOfMessage(message, type);
			headline = fromMessage === undefined ? null : this.#shared(fromMessage);
			if (this.#headlineCount >= 50_000) {
				this.#headlines.clear();
				this.#headlineCount = 0;
			}

			this.#headlineCount++;
			byMessage.set(message, headline);
		}

		return headline ?? undefined;
	}
}
