/**
One entry point for classification: runs in (oldest first), plain data out, for the report, the JSON
export and the review screen alike.
*/

import type {Failure, Run} from '../log/model.js';
import {ownCopy} from '../text.js';
import type {Category, Priority} from './categories.js';
import {type AnalysisMemo, verdictKey} from './analysis-memo.js';
import {areaOf} from './area.js';
import {clusterSummaries, type ClusterSummary} from './cluster-summaries.js';
import type {Confirmation} from './confirmation.js';
import {
	diffRuns,
	type FailureStatus,
	type FlakyInfo,
	type HistoryEntry,
	type RunHealth,
	type TestHistory,
} from './flaky.js';
import {builtInRuleSet} from './rules/built-in.js';
import {suggest} from './rules/match.js';
import type {Rule, RuleSet, Suggestion} from './rules/types.js';
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
};

/**
A suggestion the analysis keeps: its reason is what the rule found in this failure, then the rule's own
reason (`matched "…" in the headline — The test expected success…`). Only the first part is the failure's:
the second, two thirds of the text, is the rule's, kept once for all its failures, and the reason is joined
when asked for (tens of thousands of distinct reasons took 10 MB of the 100 MB bench log's analysis, 100 MB
of a 1 GB log's). `toJSON` gives the plain suggestion.
*/
class KeptSuggestion implements Suggestion {
	readonly category: string;
	readonly priority: string;
	readonly rule: string;
	readonly #evidence: string;
	readonly #ruleReason: string;

	constructor(suggestion: Suggestion, evidence: string, ruleReason: string) {
		this.category = suggestion.category;
		this.priority = suggestion.priority;
		this.rule = suggestion.rule;
		this.#evidence = evidence;
		this.#ruleReason = ruleReason;
	}

	get reason(): string {
		return `${this.#evidence}${reasonSeparator}${this.#ruleReason}`;
	}

	toJSON(): Suggestion {
		return {
			category: this.category,
			priority: this.priority,
			reason: this.reason,
			rule: this.rule,
		};
	}
}

/** Between what a rule found and its own reason (`reasonWith` in rules/match.ts). */
const reasonSeparator = ' — ';

/**
The suggestions the analysis keeps of a hundred thousand failures, kept small: one suggestion object for
every failure that got the same one, the part of its reason that is the failure's a string of its own (not
the tree of pieces V8 makes of it), the rule's part shared (`KeptSuggestion`). Signatures come shared
already (`signature.ts`); crash sites are not kept (a cluster works out its own, cluster-summaries.ts).
*/
class KeptTexts {
	readonly #suggestions = new Map<string, Map<string, Suggestion>>();
	/** Each rule's own reason, by its name. */
	readonly #ruleReasons: ReadonlyMap<string, string>;

	constructor(rules: readonly Rule[]) {
		this.#ruleReasons = new Map(rules.map(rule => [rule.name, rule.reason]));
	}

	suggestion(suggestion: Suggestion): Suggestion {
		// The rules give suggestions of these four fields; one that says more is kept as it is.
		let count = 0;
		for (const key in suggestion) {
			if (Object.hasOwn(suggestion, key)) {
				count++;
			}
		}

		if (count !== 4) {
			return suggestion;
		}

		// By rule (a few dozen), then by what the rule found (or the whole reason, when it is not the rule's).
		const {reason} = suggestion;
		const ruleReason = this.#ruleReasons.get(suggestion.rule);
		const evidenceLength =
			ruleReason === undefined
				? -1
				: reason.length - ruleReason.length - reasonSeparator.length;
		const isSplit =
			evidenceLength > 0 &&
			reason.endsWith(ruleReason!) &&
			reason.endsWith(reasonSeparator, evidenceLength + reasonSeparator.length);
		const key = `${isSplit ? 'e' : 'r'}${suggestion.rule}`;
		let byText = this.#suggestions.get(key);
		if (byText === undefined) {
			byText = new Map();
			this.#suggestions.set(key, byText);
		}

		const text = isSplit ? reason.slice(0, evidenceLength) : reason;
		let kept = byText.get(text);
		if (kept !== undefined) {
			// A rule's category and priority are its own: a rules file naming two rules alike is kept apart.
			return kept.category === suggestion.category &&
				kept.priority === suggestion.priority
				? kept
				: suggestion;
		}

		const own = ownCopy(text);
		kept = isSplit
			? new KeptSuggestion(suggestion, own, ruleReason!)
			: {
					category: suggestion.category,
					priority: suggestion.priority,
					reason: own,
					rule: suggestion.rule,
				};
		byText.set(own, kept);
		return kept;
	}
}

/** Classify the failures of the newest run against the history of all runs given (oldest first). */
export function analyze(
	runs: readonly Run[],
	options: AnalyzeOptions = {},
): Analysis {
	const run = runs.at(-1);
	if (!run) {
		throw new TypeError('analyze needs at least one run');
	}

	const ruleSet = options.rules ?? builtInRuleSet();
	const {owners, memo} = options;
	const reruns = rerunsOf(run);
	const diff = diffRuns(runs, {outageThreshold: options.outageThreshold});
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
	const failures = run.failures.map((failure): AnalyzedFailure => {
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
	});

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
	};
	// Built when first asked for: an export to CSV or JSON never asks, and the review asks once the analysis's
	// garbage is collected (575k clusters for the 1 GB bench log).
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
