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
import {SharedTexts, storedFailure} from './stored-failure.js';

type Headline = {readonly headline: string; readonly exceptionType?: string};

/** What a `message` attribute's first line says as a headline; undefined when it says none (the traceback does). */
function headlineOfMessage(
	message: string | undefined,
	type: string | undefined,
): Headline | undefined {
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

	if (!first || first === 'collection failure') {
		return undefined;
	}

	const described = describeMessage(first);
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

/** Builds a report's failures; their texts go to `bodies`, the strings they share to `shared`. */
export class JunitFailures {
	readonly bodies = new BodyStore();
	readonly shared = new SharedTexts();
	/** Headlines by type ('' for none) and message (null: the message says none). */
	readonly #headlines = new Map<string, Map<string, Headline | null>>();
	#headlineCount = 0;

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
		const lines = result.text.split('\n');
		const fromMessage = this.#headlineOf(result.message, result.type);
		let headline: Headline;
		let location: Failure['location'];
		if (fromMessage === undefined) {
			const described = describeTraceback(lines);
			const exceptionType = described.exceptionType ?? result.type;
			headline = this.#shared({
				headline: described.headline || (result.type ?? '(no message)'),
				...(exceptionType && {exceptionType}),
			});
			location = described.location;
		} else {
			headline = fromMessage;
			location = crashLocationOf(lines);
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
