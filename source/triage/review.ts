/**
The join of a classified run with the person's decisions: one row per failure of the newest run, each saying what it is now (a decision, or only a suggestion) and whether that decision went stale. The review screen, the report and every export read this.
*/

import type {Analysis, AnalyzedFailure} from '../classify/analyze.js';
import {isUnreadHeadline} from '../classify/cluster-summaries.js';
import type {Failure} from '../log/model.js';
import {
	type Decision,
	decisionFor,
	type DecisionState,
	isStale,
	reportKey,
} from './journal.js';

/** Where a row's category and priority come from. */
export type RowSource = 'manual' | `rule:${string}` | 'default';

export type ReviewRow = {
	/** Unique per row: the node id, plus the phase for a second report of the same test (and a number for a third of that phase). */
	readonly key: string;
	readonly analyzed: AnalyzedFailure;
	/** The person's decision on this failure report, if any (a test's call failure and teardown error are decided separately). */
	readonly decision: Decision | undefined;
	/** The decision was made on another error than the one this report shows. */
	readonly isStale: boolean;
	/** The category in effect: the decision's, else the suggestion's. */
	readonly category: string;
	readonly priority: string;
	readonly source: RowSource;
};

export type Progress = {
	readonly total: number;
	/** Rows with a decision that is not stale. */
	readonly decided: number;
	readonly stale: number;
	/** Rows with only a suggestion. */
	readonly undecided: number;
	/** Rows whose failure is new since the previous run given. */
	readonly fresh: number;
};

export type Review = {
	readonly analysis: Analysis;
	readonly rows: readonly ReviewRow[];
	readonly progress: Progress;
};

/** The fallback rule's name (rules/built-in.ts): a suggestion from it is a `default`, not a rule's judgment. */
const fallbackRule = 'default';

function sourceOf(
	analyzed: AnalyzedFailure,
	decision: Decision | undefined,
): RowSource {
	if (decision) {
		return 'manual';
	}

	const {rule} = analyzed.suggestion;
	if (rule === fallbackRule) {
		return 'default';
	}

	// One string per rule, not one per row: a run can have a hundred thousand rows.
	let source = ruleSources.get(rule);
	if (source === undefined) {
		source = `rule:${rule}`;
		ruleSources.set(rule, source);
	}

	return source;
}

const ruleSources = new Map<string, RowSource>();

/** The row with another analysis of its failure (a confirmation): the suggestion counts where nothing is decided. */
export function rowWith(row: ReviewRow, analyzed: AnalyzedFailure): ReviewRow {
	return {
		...row,
		analyzed,
		category: row.decision?.category ?? analyzed.suggestion.category,
		priority: row.decision?.priority ?? analyzed.suggestion.priority,
		source: sourceOf(analyzed, row.decision),
	};
}

/** One row per failure of the analysed run, with the decisions folded in. */
export function buildReview(
	analysis: Analysis,
	decisions: DecisionState,
): Review {
	const seen = new Set<string>();
	const rows = analysis.failures.map((analyzed): ReviewRow => {
		const {id, phase} = analyzed.failure;
		let key = seen.has(id) ? reportKey(id, phase) : id;
		// A third report of one test and phase (a collection error from each of three xdist workers): numbered.
		for (let report = 3; seen.has(key); report++) {
			key = `${reportKey(id, phase)}\u0000${report}`;
		}

		seen.add(key);
		return rowOf(analyzed, key, decisionFor(decisions, id, phase));
	});
	return {analysis, rows, progress: progressOf(rows)};
}

/**
Whether the log said anything of the failure's error: its exception, a headline of its own (a segfault's
`Fatal Python error: …` has neither exception nor traceback), or at least a traceback. It agrees with
`isUnread`: the failures it denies (`isUnreadHeadline`) are those the cluster list, the report and Markdown
put in no cluster. The traceback is asked last: a stored failure reads it from the run's store each time, and
the join asks this of every decided row.
*/
export function isErrorKnown(
	failure: Pick<Failure, 'traceback' | 'exceptionType' | 'headline'>,
): boolean {
	return (
		failure.exceptionType !== undefined ||
		!isUnreadHeadline(failure.headline) ||
		failure.traceback.trim() !== ''
	);
}

/** A failure's row with the decision on it (or none). */
export function rowOf(
	analyzed: AnalyzedFailure,
	key: string,
	decision: Decision | undefined,
): ReviewRow {
	// Decisions store the failure's signature hash (its cluster id): short, and stable across runs. A failure
	// whose error the log does not show (yet: a live run prints tracebacks at its end) has nothing to compare
	// with, so it does not make yesterday's decision stale.
	const stale =
		decision && isErrorKnown(analyzed.failure)
			? isStale(decision, analyzed.cluster)
			: false;
	return {
		key,
		analyzed,
		decision,
		isStale: stale,
		category: decision?.category ?? analyzed.suggestion.category,
		priority: decision?.priority ?? analyzed.suggestion.priority,
		source: sourceOf(analyzed, decision),
	};
}

export function progressOf(rows: readonly ReviewRow[]): Progress {
	let decided = 0;
	let stale = 0;
	let fresh = 0;
	for (const row of rows) {
		if (row.decision) {
			if (row.isStale) {
				stale++;
			} else {
				decided++;
			}
		}

		if (row.analyzed.status === 'new') {
			fresh++;
		}
	}

	return {
		total: rows.length,
		decided,
		stale,
		undecided: rows.length - decided - stale,
		fresh,
	};
}

/** For a stale decision: the error it was decided on, as the run history remembers it. */
export function decidedOnOf(
	row: ReviewRow,
	analysis: Pick<Analysis, 'earlierErrors'>,
): string | undefined {
	const signature = row.decision?.signature;
	if (!row.isStale || signature === undefined) {
		return undefined;
	}

	const {id} = row.analyzed.failure;
	return analysis.earlierErrors?.find(
		error => error.id === id && error.signature === signature,
	)?.headline;
}
