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
		return this.#failure.captured;
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

/** Past this many distinct failures the verdicts start again: one per failure is a copy of every traceback. */
const limit = 50_000;

/**
Everything of a failure the classifier always reads (and whether it is flaky), hashed: a key that held the
traceback would keep a second copy of each.
*/
function keyOf(failure: WatchedFailure, isFlaky: boolean): string {
	const {location} = failure;
	const text = [
		failure.file,
		failure.outcome,
		failure.phase,
		failure.headline,
		failure.exceptionType ?? '',
		location === undefined ? '' : `${location.path}:${location.line}`,
		isFlaky ? 'flaky' : '',
		failure.traceback,
	].join('\u0000');
	return hash('sha1', text, 'base64');
}

/** The verdicts of one analysis, shared across its failures. */
export class SharedVerdicts {
	readonly #verdicts = new Map<string, Shared>();

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
		const key = keyOf(failure, isFlaky);
		const shared = this.#verdicts.get(key);
		if (
			shared !== undefined &&
			(shared.id === undefined || shared.id === original.id) &&
			(shared.captured === undefined ||
				shared.captured === capturedKey(original))
		) {
			return shared.verdict;
		}

		failure.unwatch();
		const verdict = classify();
		if (this.#verdicts.size >= limit) {
			this.#verdicts.clear();
		}

		this.#verdicts.set(key, {
			verdict,
			id: failure.readsId ? original.id : undefined,
			captured: failure.readsCaptured ? capturedKey(original) : undefined,
		});
		return verdict;
	}
}
