/**
One entry point for classification: runs in (oldest first), plain data out, for the report, the JSON
export and the review screen alike.
*/

import type {Failure, Run} from '../log/model.js';
import {inTurns, type Steps, toEnd} from '../in-turns.js';
import type {Category, Priority} from './categories.js';
import {type AnalysisMemo, verdictKey} from './analysis-memo.js';
import {areaOf} from './area.js';
import {clusterSummaries, type ClusterSummary} from './cluster-summaries.js';
import type {Confirmation} from './confirmation.js';
import {
	diffSteps,
	type FailureStatus,
	type FlakyInfo,
	type HistoryEntry,
	type RunHealth,
	type TestHistory,
} from './flaky.js';
import {builtInRuleSet} from './rules/built-in.js';
import {suggest} from './rules/match.js';
import {builtInOrigin, type RuleSet, type Suggestion} from './rules/types.js';
import {KeptTexts} from './kept-suggestions.js';
import {rerunsOf, type RerunSummary} from './reruns.js';
import {SharedVerdicts, WatchedFailure} from './shared-verdicts.js';
import {signatureOf} from './signature.js';

export type {ClusterSummary} from './cluster-summaries.js';

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

export type AnalyzeOptions = {
	/** Defaults to the built-in rule set (see `loadRulesFile` for a team's). */
	readonly rules?: RuleSet;
	/** Share of failing tests above which a run counts as an outage (default 0.5). */
	readonly outageThreshold?: number;
	/** The repository's CODEOWNERS (`codeowners.ts`): each failure gets the owners of its test file. */
	readonly owners?: {
		/** The file, as shown to a person. */
		readonly file: string;
		readonly ownersOf: (testFile: string) => readonly string[];
	};
	/** Verdicts kept from an earlier analysis of the same run, read again as it grew (the live review). */
	readonly memo?: AnalysisMemo;
};

/** A failure of the newest run with everything the classifier knows about it. */
export type AnalyzedFailure = {
	readonly failure: Failure;
	readonly area: string;
	/** Signature text: `Type: masked message @ path:function`. */
	readonly signature: string;
	/** The cluster's id: the signature's short hash. */
	readonly cluster: string;
	readonly suggestion: Suggestion;
	readonly flaky: FlakyInfo;
	/** This test in each run, oldest first. */
	readonly history: readonly HistoryEntry[];
	readonly status: FailureStatus;
	/** How the test fared when re-run in this run (RERUN lines, a `--lf` session), when it was. */
	readonly rerun?: RerunSummary;
	/** The owners of its test file from CODEOWNERS (`[]`: none); absent when there is no CODEOWNERS. */
	readonly owners?: readonly string[];
	/** The failure run again N times (`R`), when it was: the suggestion above already uses it. */
	readonly confirmation?: Confirmation;
};

/**
Whether a failure reads as flaky (the list's `~`, the flaky quick filter, CSV's Flaky): its outcome flipped across
the runs or it passed on a rerun, or, run again with `R`, it did not fail every time with one error.
*/
export function isFlakyFailure(
	analyzed: Pick<AnalyzedFailure, 'flaky' | 'status' | 'confirmation'>,
): boolean {
	return (
		analyzed.flaky.isFlaky ||
		analyzed.status === 'flaky' ||
		(analyzed.confirmation !== undefined &&
			analyzed.confirmation.verdict !== 'stable')
	);
}

/** An error a test failed with before, as the history remembers it. */
export type EarlierError = {
	readonly id: string;
	/** Its signature hash (cluster id), as a decision stores it. */
	readonly signature: string;
	readonly headline: string;
};

export type Analysis = {
	/** The newest run: the one whose failures are analyzed. */
	readonly run: Run;
	/** Every run given, oldest first, with its outage verdict. */
	readonly runs: readonly RunHealth[];
	readonly failures: readonly AnalyzedFailure[];
	/** Largest first. */
	readonly clusters: readonly ClusterSummary[];
	/** Tests that failed before and pass in the newest run. */
	readonly fixed: readonly TestHistory[];
	/** Every flaky test across the runs. */
	readonly flaky: readonly TestHistory[];
	readonly categories: readonly Category[];
	readonly priorities: readonly Priority[];
	/** Tests of the newest run that were re-run (RERUN lines, `--lf` sessions), in log order. */
	readonly reruns: readonly RerunSummary[];
	/**
	The errors the failing tests failed with in runs of the history (one per test and signature): a stale
	decision's error, the one it was decided on, is found here.
	*/
	readonly earlierErrors?: readonly EarlierError[];
	/** The rules file's `issueUrl` template: decisions' issue references become links (`triage/issue-link.ts`). */
	readonly issueUrl?: string;
	/** The CODEOWNERS file the failures' owners come from; absent when the repository has none. */
	readonly codeowners?: string;
	/**
	The rules of a team's rules file that suggested nothing for any failure of the run (a pattern that matches
	nothing, or a rule an earlier one always wins over); absent when there are none, or no failure.
	*/
	readonly idleRules?: ReadonlyArray<{
		readonly name: string;
		readonly origin: string;
	}>;
};

/** Failures classified between two points where the event loop may run (`analyzeInTurns`). */
const batch = 256;

/** Classify the failures of the newest run against the history of all runs given (oldest first). */
export function analyze(
	runs: readonly Run[],
	options: AnalyzeOptions = {},
): Analysis {
	return toEnd(analysisSteps(runs, options));
}

/**
The same analysis, giving the event loop a turn between batches of failures once `turnMs` have passed since the
last (in-turns.ts): keys are read while a large run is classified.
*/
export async function analyzeInTurns(
	runs: readonly Run[],
	options: AnalyzeOptions = {},
	turnMs = 30,
): Promise<Analysis> {
	return inTurns(analysisSteps(runs, options), turnMs);
}

function* analysisSteps(
	runs: readonly Run[],
	options: AnalyzeOptions,
): Steps<Analysis> {
	const run = runs.at(-1);
	if (!run) {
		throw new TypeError('analyze needs at least one run');
	}

	const ruleSet = options.rules ?? builtInRuleSet();
	const {owners, memo} = options;
	const reruns = rerunsOf(run);
	const diff = yield* diffSteps(runs, {
		outageThreshold: options.outageThreshold,
	});
	// Thousands of failures share a handful of files.
	const areas = new Map<string, string>();
	const notFlaky: FlakyInfo = {
		isFlaky: false,
		flips: 0,
		possibleFlips: 0,
		passedOnRerun: false,
	};
	const kept = new KeptTexts(ruleSet.rules);
	const shared = new SharedVerdicts();
	const analyzedOf = (failure: Failure): AnalyzedFailure => {
		// A stored failure reads its traceback from the run's store each time: the signature and the rules
		// read it once.
		const text = new WatchedFailure(failure);
		const diffed = diff.tests.get(failure.id);
		const history = diffed?.history;
		const flaky = history?.flaky ?? notFlaky;
		let area = areas.get(failure.file);
		if (area === undefined) {
			area = areaOf(failure.file);
			areas.set(failure.file, area);
		}

		const key = memo && verdictKey(failure, text.traceback, flaky.isFlaky);
		let verdict = key === undefined ? undefined : memo!.get(ruleSet, key);
		if (!verdict) {
			verdict = shared.verdictOf(text, failure, flaky.isFlaky, () => ({
				signature: signatureOf(text),
				suggestion: kept.suggestion(
					suggest(text, {
						rules: ruleSet.rules,
						area,
						isFlaky: flaky.isFlaky,
					}),
				),
			}));
			if (key !== undefined) {
				memo!.set(key, verdict);
			}
		}

		const {signature} = verdict;
		const analyzed: Mutable<AnalyzedFailure> = {
			failure,
			area,
			signature: signature.text,
			cluster: signature.hash,
			suggestion: verdict.suggestion,
			flaky,
			history: history?.entries ?? [],
			status: diffed?.status ?? 'new',
		};
		const rerun = reruns.size > 0 ? reruns.get(failure.id) : undefined;
		if (rerun) {
			analyzed.rerun = rerun;
		}

		if (owners) {
			analyzed.owners = owners.ownersOf(failure.file);
		}

		return analyzed;
	};

	const failures: AnalyzedFailure[] = [];
	for (const failure of run.failures) {
		failures.push(analyzedOf(failure));
		if (failures.length % batch === 0) {
			yield;
		}
	}

	const idleRules = idleRulesOf(ruleSet, failures);
	const analysis: Omit<Analysis, 'clusters'> = {
		run,
		runs: diff.runs,
		failures,
		fixed: diff.fixed,
		flaky: diff.flaky,
		categories: ruleSet.categories,
		priorities: ruleSet.priorities,
		reruns: [...reruns.values()],
		...(ruleSet.issueUrl !== undefined && {issueUrl: ruleSet.issueUrl}),
		...(owners && {codeowners: owners.file}),
		...(idleRules.length > 0 && {idleRules}),
	};
	return withLazyClusters(analysis, failures);
}

/** A team's rules that suggested nothing for any of these failures (none when there is no failure). */
function idleRulesOf(
	ruleSet: RuleSet,
	failures: readonly AnalyzedFailure[],
): Array<{name: string; origin: string}> {
	const own = ruleSet.rules.filter(rule => rule.origin !== builtInOrigin);
	if (own.length === 0 || failures.length === 0) {
		return [];
	}

	const used = new Set(failures.map(analyzed => analyzed.suggestion.rule));
	return own
		.filter(rule => !used.has(rule.name))
		.map(rule => ({name: rule.name, origin: rule.origin}));
}

/**
The analysis with its clusters built when first asked for: an export to CSV or JSON never asks, and the review
asks once the analysis's garbage is collected (575k clusters for the 1 GB bench log). A function of its own:
the getter keeps only what it sees, where a getter made in `analyze` kept `analyze`'s scope, and with it the
runs' diff (a map, a history and an id per failing test: 13 MB of the 100 MB bench log's analysis) as long as
the analysis lived.
*/
function withLazyClusters(
	analysis: Omit<Analysis, 'clusters'>,
	failures: readonly AnalyzedFailure[],
): Analysis {
	let clusters: readonly ClusterSummary[] | undefined;
	return Object.defineProperty(analysis, 'clusters', {
		enumerable: true,
		configurable: true,
		get() {
			clusters ??= clusterSummaries(failures);
			return clusters;
		},
	}) as Analysis;
}

/**
The analysis with some of its parts replaced; its clusters stay unbuilt until asked for (a spread would build
them).
*/
export function analysisWith<A extends Partial<Analysis>>(
	analysis: A,
	changes: Partial<Omit<Analysis, 'clusters'>>,
): A {
	const copy = Object.defineProperties(
		{},
		Object.getOwnPropertyDescriptors(analysis),
	) as A;
	return Object.assign(copy, changes);
}
