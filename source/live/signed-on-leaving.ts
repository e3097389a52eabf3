/**
A live review left before its run ended (`q` while `triage run`'s pytest still runs, a pipe cut short) made its
decisions on run `-` (the log is kept and named only once read to its end) and, before pytest printed the
tracebacks, without a signature. The open review names the run and signs them as they become known
(`review/late-signatures.ts`), but it is gone by the time the run is read as far as it went: without this the
triage file never said which run they were made on, and they could never go stale on a later day.
*/
import process from 'node:process';
import type {Analysis} from '../classify/analyze.js';
import type {AddedSignature, DecisionJournal} from '../triage/journal/api.js';
import {decisionFor, type DecisionState} from '../triage/journal/fold.js';
import {isErrorKnown} from '../triage/review.js';
import {sanitizeLine} from '../log/sanitize.js';
import {lastWithError, lateSignature} from '../review/late-signatures.js';
import type {Failure} from '../log/model.js';

/**
What to add to the decisions made since `since` (ISO time: this review's start) on the failures of the run read to
where it stopped: its name to a decision on `-`, the failure's signature to one without where the error is known
(a report whose traceback never came, as a pipe left before pytest printed them, gets the run's name alone). A
decision made on `-` by an earlier review, or changed since, is left alone.
*/
export function signaturesOnLeaving(
	analysis: Pick<Analysis, 'run' | 'failures'>,
	state: DecisionState,
	since: string,
): AddedSignature[] {
	const run = analysis.run.source;
	const cut = lastEntryCut(analysis);
	const signed: AddedSignature[] = [];
	// A decision on every report of a test is one decision, signed once (with its first failing report's).
	const seen = new Set<unknown>();
	for (const item of analysis.failures) {
		const {failure} = item;
		const decision = decisionFor(state, failure.id, failure.phase);
		if (decision === undefined || seen.has(decision) || decision.at < since) {
			continue;
		}

		seen.add(decision);
		const added = lateSignature(
			decision,
			isErrorKnown(failure) && failure !== cut ? item.cluster : undefined,
			run,
		);
		if (added !== undefined) {
			signed.push(added);
		}
	}

	return signed;
}

/**
The failure whose FAILURES entry the run was cut inside, perhaps: the last one in the log with an error, when the
run was not read to its end (the review was left while pytest printed its tracebacks). Signed with the first lines
of its traceback alone, its decision would say "the error changed since" on every later day (QA 42); left
unsigned, a later review signs it once its whole error is read.
*/
function lastEntryCut(
	analysis: Pick<Analysis, 'run' | 'failures'>,
): Failure | undefined {
	return analysis.run.complete
		? undefined
		: lastWithError(analysis.failures, item => item.failure)?.failure;
}

/**
Name and sign, in the journal, the decisions a live review left before its run ended made on it (see above), once
`cut`, the session of the run read as far as it went, is recorded. A failure to save is said on stderr: the
decisions themselves are saved already.
*/
export async function signOnLeaving(
	cut: {readonly analysis: Analysis} | undefined,
	journal: DecisionJournal | undefined,
	since: string,
): Promise<void> {
	if (!cut || !journal) {
		return;
	}

	const signed = signaturesOnLeaving(cut.analysis, journal.state(), since);
	if (signed.length === 0) {
		return;
	}

	try {
		await journal.addSignatures(signed);
	} catch (error) {
		process.stderr.write(
			`triage: the run of ${signed.length === 1 ? 'a decision' : `${signed.length} decisions`} made while it ran is not recorded with ${signed.length === 1 ? 'it' : 'them'}: ${sanitizeLine((error as Error).message.split('\n')[0]!)}\n`,
		);
	}
}
