/**
Decisions made on a log that was renamed once read to its end: a `.partial` in `.triage/logs/` that another
triage was writing (its copy of `triage run`'s command or of a pipe), decided on from a second terminal with
`triage --follow` on it. The triage that kept the log renames it by its hash when the run ends, and a decision
naming the `.partial` named a file that was gone (QA 34): on day 2, in an export, in the history. Whichever
session reads the log to its end (the one that kept it, or the follower) names them again by the kept log.
*/
import path from 'node:path';
import {signatureOf} from '../classify/signature.js';
import type {Run} from '../log/model.js';
import {isErrorKnown} from './review.js';
import type {AddedSignature, DecisionJournal} from './journal/api.js';

/** A log read, and the `.partial` it was read from before it was renamed (absolute). */
export type RenamedLog = {
	readonly log: string;
	readonly renamedFrom?: string;
};

/**
What to add to the decisions in `journal` made on a renamed log's `.partial` (their `run` named from `folder`, the
triage file's): the kept log's name.
*/
export function renamedRuns(
	decisions: Iterable<AddedSignature['decision'] | undefined>,
	logs: readonly RenamedLog[],
	folder: string,
	/** The signature of a decision's failure where the run read shows its error (undefined: none known). */
	signatureFor: (
		decision: AddedSignature['decision'],
	) => string | undefined = () => undefined,
): AddedSignature[] {
	const renamed = new Map(
		logs.flatMap(({log, renamedFrom}) =>
			renamedFrom === undefined ? [] : [[renamedFrom, log] as const],
		),
	);
	if (renamed.size === 0) {
		return [];
	}

	const byName = new Map(
		[...renamed].map(([from, log]) => [path.basename(from), log] as const),
	);

	const added: AddedSignature[] = [];
	const seen = new Set<unknown>();
	for (const decision of decisions) {
		if (decision?.run === undefined || seen.has(decision)) {
			continue;
		}

		seen.add(decision);
		const log =
			renamed.get(path.resolve(folder, decision.run)) ??
			// A store names a log outside the triage file's folder by its file name alone (a follower in another folder).
			(decision.run === path.basename(decision.run)
				? byName.get(decision.run)
				: undefined);
		if (log !== undefined) {
			// Signed in the same event where its error is known: the review signed it again after, and the store held
			// two events for one decision (team tour 63).
			const signature =
				decision.signature === undefined ? signatureFor(decision) : undefined;
			added.push({
				decision,
				run: path.resolve(log),
				...(signature !== undefined && {signature}),
			});
		}
	}

	return added;
}

/** Name again, in the journal, the decisions made on a renamed log's `.partial`; a failure to save is a warning. */
export async function nameRenamedLogs(
	journal: DecisionJournal,
	logs: readonly RenamedLog[],
	triagePath: string,
	/** The runs read from them: a decision whose failure's error they show is signed with the same event. */
	runs: readonly Run[] = [],
): Promise<string | undefined> {
	if (!logs.some(log => log.renamedFrom !== undefined)) {
		return undefined;
	}

	journal.refresh();
	const added = renamedRuns(
		journal.state().values(),
		logs,
		path.dirname(path.resolve(triagePath)),
		decision => {
			const failure = runs
				.at(-1)
				?.failures.find(
					each =>
						each.id === decision.id &&
						(decision.phase === undefined || each.phase === decision.phase),
				);
			return failure !== undefined && isErrorKnown(failure)
				? signatureOf(failure).hash
				: undefined;
		},
	);
	if (added.length === 0) {
		return undefined;
	}

	try {
		await journal.addSignatures(added);
		return undefined;
	} catch (error) {
		return `${added.length === 1 ? 'a decision' : `${added.length} decisions`} made while the run was written still name its .partial, not the log kept: ${(error as Error).message.split('\n')[0]!}`;
	}
}
