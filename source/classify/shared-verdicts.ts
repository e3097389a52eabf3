/**
Verdicts shared by failures that differ only in what the classifier did not read. Thousands of failures of
one outage have the same traceback (every test whose fixture could not bind the port) and differ in their
ids and captured output (the port in the log line): when classifying one of them read neither, its
signature and suggestion hold for all of them, and each is classified once, not once per failure.
*/
import {hash} from 'node:crypto';
import type {Failure} from '../log/model.js';
import {capturedKey, type FailureVerdict} from './analysis-memo.js';

/**
A failure as the classifier sees it, with its traceback read once (a stored failure decodes it from the
run's store each time it is asked), that notes whether the classifier asked for its id or its captured
output. One class, so that fifty thousand of them share a shape.
*/
export class WatchedFailure implements Failure {
	readonly file: string;
	readonly outcome: Failure['outcome'];
	readonly phase: Failure['phase'];
	readonly headline: string;
	readonly exceptionType?: string;
	readonly location?: Failure['location'];
	readonly logLine?: number;
	readonly traceback: string;
	readsId = false;
	readsCaptured = false;
	readonly #failure: Failure;
	#captured: Failure['captured'] | undefined;

	constructor(failure: Failure) {
		this.#failure = failure;
		this.file = failure.file;
		this.outcome = failure.outcome;
		this.phase = failure.phase;
		this.headline = failure.headline;
		if (failure.exceptionType !== undefined) {
			this.exceptionType = failure.exceptionType;
		}

		if (failure.location !== undefined) {
			this.location = failure.location;
		}

		if (failure.logLine !== undefined) {
			this.logLine = failure.logLine;
		}

		this.traceback = failure.traceback;
	}

	get id(): string {
		this.readsId = true;
		return this.#failure.id;
	}

	get captured(): Failure['captured'] {
		this.readsCaptured = true;
		// A stored failure decodes its sections each time it is asked: read once, for the rules and the key alike.
		this.#captured ??= this.#failure.captured;
		return this.#captured;
	}

	/** Forgets what was read so far (a memo key read everything). */
	unwatch(): void {
		this.readsId = false;
		this.readsCaptured = false;
	}
}

type Shared = {
	readonly verdict: FailureVerdict;
	/** The id the verdict was found for, when finding it read the id: it holds only for that id. */
	readonly id: string | undefined;
	/** The captured output it was found with, when finding it read that. */
	readonly captured: string | undefined;
};

/**
The failures classified so far whose fields other than their traceback are alike (`sameFields`): the first one
and its verdict, and, once a second one came, each traceback's verdicts by its hash. A failure alone in its
group is never hashed: on the 100 MB bench log, 52,000 of 57,000 failures, whose tracebacks were hashed (1 KB of
text joined and SHA-1'd each) only to find no other.
*/
type Group = {
	/** The failure itself, not as watched: a watched failure holds its traceback's text, the run's does not. */
	readonly first: Failure;
	readonly firstShared: Shared;
	readonly isFlaky: boolean;
	byTraceback?: Map<string, Shared>;
};

/** Past this many distinct failures the verdicts start again: one per failure is a copy of every traceback. */
const limit = 50_000;

/** A 32-bit FNV-1a hash of a text's UTF-16 code units, continued from `hash`. */
function mix(hash: number, text: string): number {
	let mixed = hash;
	for (let index = 0; index < text.length; index++) {
		mixed = Math.imul(mixed ^ text.charCodeAt(index), 0x01_00_01_93);
	}

	return Math.imul(mixed ^ 0xff_ff, 0x01_00_01_93);
}

/** A hash of everything of a failure the classifier always reads except its traceback (and whether it is flaky). */
function fieldsKey(failure: WatchedFailure, isFlaky: boolean): number {
	const {location} = failure;
	let hash = mix(0x81_1c_9d_c5, failure.file);
	hash = mix(hash, failure.outcome);
	hash = mix(hash, failure.phase);
	hash = mix(hash, failure.headline);
	hash = mix(hash, failure.exceptionType ?? '');
	if (location !== undefined) {
		hash = mix(hash, location.path);
		hash = Math.imul(hash ^ location.line, 0x01_00_01_93);
	}

	return isFlaky ? ~hash : hash;
}

function sameFields(
	a: Failure,
	aFlaky: boolean,
	b: Failure,
	bFlaky: boolean,
): boolean {
	return (
		aFlaky === bFlaky &&
		a.file === b.file &&
		a.outcome === b.outcome &&
		a.phase === b.phase &&
		a.headline === b.headline &&
		a.exceptionType === b.exceptionType &&
		a.location?.path === b.location?.path &&
		a.location?.line === b.location?.line
	);
}

/** A traceback's hash: a key that held the traceback would keep a second copy of each. */
function tracebackKey(traceback: string): string {
	return hash('sha1', traceback, 'base64');
}

function holdsFor(
	shared: Shared,
	original: Failure,
	watched: WatchedFailure,
): boolean {
	return (
		(shared.id === undefined || shared.id === original.id) &&
		(shared.captured === undefined || shared.captured === capturedKey(watched))
	);
}

/** The verdicts of one analysis, shared across its failures. */
export class SharedVerdicts {
	readonly #groups = new Map<number, Group[]>();
	#count = 0;

	/**
	The verdict of a failure: one found for an earlier failure whose classifying read nothing this one
	differs in, or `classify`'s, kept for the failures after it.
	*/
	verdictOf(
		failure: WatchedFailure,
		original: Failure,
		isFlaky: boolean,
		classify: () => FailureVerdict,
	): FailureVerdict {
		const key = fieldsKey(failure, isFlaky);
		const groups = this.#groups.get(key);
		const group = groups?.find(candidate =>
			sameFields(candidate.first, candidate.isFlaky, failure, isFlaky),
		);
		let traceback: string | undefined;
		if (group) {
			traceback = tracebackKey(failure.traceback);
			group.byTraceback ||= new Map([
				[tracebackKey(group.first.traceback), group.firstShared],
			]);

			const shared = group.byTraceback.get(traceback);
			if (shared !== undefined && holdsFor(shared, original, failure)) {
				return shared.verdict;
			}
		}

		failure.unwatch();
		const verdict = classify();
		if (this.#count >= limit) {
			this.#groups.clear();
			this.#count = 0;
		}

		const shared: Shared = {
			verdict,
			id: failure.readsId ? original.id : undefined,
			captured: failure.readsCaptured ? capturedKey(failure) : undefined,
		};
		this.#count++;
		if (group && this.#groups.get(key) === groups) {
			group.byTraceback!.set(traceback!, shared);
		} else if (groups && this.#groups.get(key) === groups) {
			groups.push({first: original, firstShared: shared, isFlaky});
		} else {
			this.#groups.set(key, [{first: original, firstShared: shared, isFlaky}]);
		}

		return verdict;
	}
}
