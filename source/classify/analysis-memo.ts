/**
What classifying one failure gave (its signature and suggestion), kept across analyses of a run
that grows: the live review reads the log again every so often, and nearly every failure it finds is one it
classified the time before. A failure is the same when everything the classifier reads of it is.
*/
import type {Failure} from '../log/model.js';
import type {RuleSet, Suggestion} from './rules/types.js';
import type {Signature} from './signature.js';

export type FailureVerdict = {
	readonly signature: Signature;
	readonly suggestion: Suggestion;
};

/** Past this many failures the memo starts again: a live run of a million failures keeps no second copy. */
const limit = 200_000;

export class AnalysisMemo {
	#rules: RuleSet | undefined;
	readonly #verdicts = new Map<string, FailureVerdict>();

	/** The verdict kept for a failure with this key under these rules. */
	get(rules: RuleSet, key: string): FailureVerdict | undefined {
		if (rules !== this.#rules) {
			this.#rules = rules;
			this.#verdicts.clear();
			return undefined;
		}

		return this.#verdicts.get(key);
	}

	set(key: string, verdict: FailureVerdict): void {
		if (this.#verdicts.size >= limit) {
			this.#verdicts.clear();
		}

		this.#verdicts.set(key, verdict);
	}
}

/** A failure's captured output, sections and their names, as one string to compare. */
export function capturedKey(failure: Pick<Failure, 'captured'>): string {
	return failure.captured
		.map(section => `${section.name}\u0001${section.text}`)
		.join('\u0001');
}

/**
Everything the signature and the rules read of a failure (and whether it is flaky); its traceback given as read
once (a stored failure decodes it each time it is asked).
*/
export function verdictKey(
	failure: Failure,
	traceback: string,
	isFlaky: boolean,
): string {
	const captured = capturedKey(failure);
	return [
		failure.id,
		failure.file,
		failure.outcome,
		failure.phase,
		failure.headline,
		failure.exceptionType ?? '',
		failure.location === undefined ? '' : JSON.stringify(failure.location),
		isFlaky ? 'flaky' : '',
		traceback,
		captured,
	].join('\u0000');
}
