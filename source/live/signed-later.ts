/**
Decisions made on a live run (`triage run`, a pipe) before its tracebacks came, that no review could sign: the open
review signs them as their errors arrive, and the review left before the run ended signs them on leaving
(`signed-on-leaving.ts`), but a team's store away at both moments took neither (QA 52). They stay on run `-`
without a signature, and could never go stale on a later day. The next review of that run's log signs them: a
decision made on `-` while this very log was being written (its file made before the decision, last written after)
was made on this run, on the error the log now holds. A decision signed, named or changed since is left alone, and
so is one that another person made (a store says who): two people may run one suite at once.
*/
import fs from 'node:fs';
import type {Analysis} from '../classify/analyze.js';
import type {Failure} from '../log/model.js';
import {lastWithError, lateSignature} from '../review/late-signatures.js';
import type {AddedSignature, DecisionJournal} from '../triage/journal/api.js';
import {unnamedRun} from '../triage/journal/events.js';
import {decisionFor, type DecisionState} from '../triage/journal/fold.js';
import {isErrorKnown} from '../triage/review.js';
import {sanitizeLine} from '../log/sanitize.js';

/** When a log was being written: its file's birth and its last write (milliseconds since the epoch). */
export type WrittenDuring = {readonly from: number; readonly to: number};

/**
What to add to the decisions on `-` made while the run's log was written (`during`) by `who` (a decision that names
no one is taken: a triage file does not record who): the run's name, and the failure's signature where its error is
known. Empty when the run has no name to give.
*/
export function signaturesWhileWritten(
	analysis: Pick<Analysis, 'run' | 'failures'>,
	state: DecisionState,
	during: WrittenDuring,
	who: string | undefined,
): AddedSignature[] {
	const run = analysis.run.source;
	if (run === unnamedRun) {
		return [];
	}

	const cut = analysis.run.complete
		? undefined
		: lastWithError(analysis.failures, item => item.failure)?.failure;
	const signed: AddedSignature[] = [];
	const seen = new Set<unknown>();
	for (const item of analysis.failures) {
		const {failure} = item;
		const decision = decisionFor(state, failure.id, failure.phase);
		if (
			decision === undefined ||
			seen.has(decision) ||
			decision.run !== unnamedRun ||
			(decision.by !== undefined && who !== undefined && decision.by !== who)
		) {
			continue;
		}

		seen.add(decision);
		const at = Date.parse(decision.at);
		if (!(at >= during.from && at <= during.to)) {
			continue;
		}

		const added = lateSignature(
			decision,
			isKnownWhole(failure, cut) ? item.cluster : undefined,
			run,
		);
		if (added !== undefined) {
			signed.push(added);
		}
	}

	return signed;
}

function isKnownWhole(failure: Failure, cut: Failure | undefined): boolean {
	return isErrorKnown(failure) && failure !== cut;
}

/**
When `log` was being written, as its file says: undefined where the file system keeps no birth time (it reads as 0,
or after the last write), or the log is not a file.
*/
export function writtenDuring(log: string): WrittenDuring | undefined {
	try {
		const stat = fs.statSync(log);
		return stat.isFile() &&
			stat.birthtimeMs > 0 &&
			stat.birthtimeMs <= stat.mtimeMs
			? {from: stat.birthtimeMs, to: stat.mtimeMs}
			: undefined;
	} catch {
		return undefined;
	}
}

/**
Sign, in the journal, the decisions made on `-` while the one log of this review was written (see above). What the
journal cannot save now (the store away again) is left as it is, for the next review: the line to say, if any.
*/
export async function signWhileWritten(
	session: {
		readonly analysis: Analysis;
		readonly logs: readonly string[];
		readonly journal: DecisionJournal;
	},
	who: string | undefined,
): Promise<string | undefined> {
	const [log, ...others] = session.logs;
	const during =
		log === undefined || others.length > 0 ? undefined : writtenDuring(log);
	if (during === undefined) {
		return undefined;
	}

	const signed = signaturesWhileWritten(
		session.analysis,
		session.journal.state(),
		during,
		who,
	);
	if (signed.length === 0) {
		return undefined;
	}

	try {
		await session.journal.addSignatures(signed);
		return undefined;
	} catch (error) {
		return `the run of ${signed.length === 1 ? 'a decision' : `${signed.length} decisions`} made while it ran is not recorded with ${signed.length === 1 ? 'it' : 'them'} yet (the next review tries again): ${sanitizeLine((error as Error).message.split('\n')[0]!)}`;
	}
}
