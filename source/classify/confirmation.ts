/**
A failure confirmed by running it again (`R` in the review, issue 13): what each repetition gave, the
verdict drawn from them (stable, flaky, or passed on every retry), how it reads (`reproduced 2/5`), and
what it changes in the suggestion. Plain data: the runs themselves are `confirm/run.ts`, their storage
`runs/history/confirmations.ts`.
*/

import type {Failure, Outcome, Phase} from '../log/model.js';
import {
	defaultCategories,
	unknownCategory,
	type Category,
} from './categories.js';
import {fallbackRule} from './rules/built-in.js';
import {suggest} from './rules/match.js';
import type {Rule, Suggestion} from './rules/types.js';
import {analysisWith, type AnalyzedFailure} from './analyze.js';

/** How one repetition ended for the test: its outcome, or `missing` when the run did not report it. */
export type RepetitionResult = {
	readonly outcome: Outcome | 'missing';
	/** The error's signature hash (a cluster id) when it failed again. */
	readonly signature?: string;
};

export const confirmationVerdicts = ['stable', 'flaky', 'passed'] as const;
/** `stable`: failed every time with the same error; `flaky`: sometimes, or with errors that vary; `passed`: never again. */
export type ConfirmationVerdict = (typeof confirmationVerdicts)[number];

/** A failure report run again N times. */
export type Confirmation = {
	readonly id: string;
	readonly phase: Phase;
	/**
	The signature hash (cluster id) of the failure it confirms: it applies to that error only. A failure whose
	error was not known yet (a live run prints tracebacks at its end) is confirmed on the error the runs show;
	empty when none failed, and then it applies to the report whatever its error.
	*/
	readonly signature: string;
	/** Repetitions run. */
	readonly runs: number;
	/** Repetitions in which the test failed again. */
	readonly reproduced: number;
	/** Every repetition that failed did so with the error confirmed. */
	readonly isSameError: boolean;
	readonly verdict: ConfirmationVerdict;
	/** ISO 8601 time it ended. */
	readonly at: string;
	/** The command line it ran, as shown to a person. */
	readonly command: string;
};

function isFailing(outcome: RepetitionResult['outcome']): boolean {
	return outcome === 'failed' || outcome === 'error';
}

/** The verdict of N repetitions of one failure report; undefined when a repetition did not report the test. */
export function confirmationOf(
	failure: {
		readonly id: string;
		readonly phase: Phase;
		readonly signature: string;
	},
	results: readonly RepetitionResult[],
	about: {readonly at: string; readonly command: string},
): Confirmation | undefined {
	if (
		results.length === 0 ||
		results.some(result => result.outcome === 'missing')
	) {
		return undefined;
	}

	const failing = results.filter(result => isFailing(result.outcome));
	const reproduced = failing.length;
	const signature =
		failure.signature === ''
			? (failing[0]?.signature ?? '')
			: failure.signature;
	const isSameError = failing.every(result => result.signature === signature);
	const verdict: ConfirmationVerdict =
		reproduced === 0
			? 'passed'
			: reproduced === results.length && isSameError
				? 'stable'
				: 'flaky';
	return {
		id: failure.id,
		phase: failure.phase,
		signature,
		runs: results.length,
		reproduced,
		isSameError,
		verdict,
		at: about.at,
		command: about.command,
	};
}

/** `2/5`: what a decision's journal event records (`confirmed`). */
export function confirmedCount(confirmation: Confirmation): string {
	return `${confirmation.reproduced}/${confirmation.runs}`;
}

/** `reproduced 5/5, same error`, `reproduced 2/5`, `reproduced 5/5, errors vary`, `reproduced 0/5, passed on every retry`. */
export function describeConfirmation(confirmation: Confirmation): string {
	const count = `reproduced ${confirmedCount(confirmation)}`;
	if (confirmation.reproduced === 0) {
		return `${count}, passed on every retry`;
	}

	if (!confirmation.isSameError) {
		return `${count}, errors vary`;
	}

	return confirmation.reproduced === confirmation.runs
		? `${count}, same error`
		: count;
}

/** What the verdict means, in a word a reader of an export understands: `stable`, `flaky`, `passed on retry`. */
export function verdictWord(confirmation: Confirmation): string {
	return confirmation.verdict === 'passed'
		? 'passed on retry'
		: confirmation.verdict;
}

/** The evidence and its verdict, as exports and the detail pane show them: `reproduced 2/5 (flaky)`. */
export function confirmationLabel(confirmation: Confirmation): string {
	return `${describeConfirmation(confirmation)} (${verdictWord(confirmation)})`;
}

/** A default category's name in the categories in effect (a team may have renamed it, keeping its key). */
function defaultNamed(categories: readonly Category[], name: string): string {
	const index = defaultCategories.findIndex(category => category.name === name);
	return categories[index]?.name ?? name;
}

export type ConfirmContext = {
	readonly rules: readonly Rule[];
	readonly categories: readonly Category[];
	readonly area: string;
};

/**
The suggestion once a failure is confirmed. Stable: the rule's category when a rule explains the error, else
BUG (it fails every time with one error: the code is wrong until shown otherwise). Flaky or passed on every
retry: the rules again as for a flaky test, whose verdict is ENVIRONMENT or TEST_DESIGN; any other verdict
becomes TEST_DESIGN. The reason starts with the evidence.
*/
export function confirmedSuggestion(
	failure: Failure,
	confirmation: Confirmation,
	context: ConfirmContext,
): Suggestion {
	const evidence = describeConfirmation(confirmation);
	if (confirmation.verdict === 'stable') {
		const base = suggest(failure, {
			rules: context.rules,
			area: context.area,
			isFlaky: false,
		});
		const isUnexplained =
			base.rule === fallbackRule.name ||
			base.category === defaultNamed(context.categories, unknownCategory);
		if (isUnexplained) {
			const bug = defaultNamed(context.categories, 'BUG');
			return {
				category: bug,
				priority: base.priority,
				reason: `${evidence}: a stable failure, so ${bug} — ${base.reason}`,
				rule: 'confirmation',
			};
		}

		return {
			...base,
			reason: `${evidence}: a stable failure, and rule ${base.rule} says ${base.category} — ${base.reason}`,
		};
	}

	const flaky = suggest(failure, {
		rules: context.rules,
		area: context.area,
		isFlaky: true,
	});
	const why =
		confirmation.verdict === 'passed'
			? 'it failed in the run and passed every retry'
			: confirmation.isSameError
				? 'it fails only some of the time'
				: 'its error varies from run to run';
	const allowed = ['ENVIRONMENT', 'TEST_DESIGN'].map(name =>
		defaultNamed(context.categories, name),
	);
	if (allowed.includes(flaky.category)) {
		return {
			...flaky,
			reason: `${evidence}: flaky (${why}), and rule ${flaky.rule} says ${flaky.category} — ${flaky.reason}`,
		};
	}

	const testDesign = defaultNamed(context.categories, 'TEST_DESIGN');
	return {
		category: testDesign,
		priority: flaky.priority,
		reason: `${evidence}: flaky (${why}), so ${testDesign} rather than ${flaky.category} (rule ${flaky.rule}) — ${flaky.reason}`,
		rule: 'confirmation',
	};
}

/** Confirmations by failure report (`reportKey`); the newest one of each report is the one in effect. */
export function latestConfirmations(
	confirmations: Iterable<Confirmation>,
	keyOf: (id: string, phase: Phase) => string,
): Map<string, Confirmation> {
	const latest = new Map<string, Confirmation>();
	for (const confirmation of confirmations) {
		const key = keyOf(confirmation.id, confirmation.phase);
		const previous = latest.get(key);
		if (!previous || previous.at <= confirmation.at) {
			latest.set(key, confirmation);
		}
	}

	return latest;
}

/**
The analysis with each failure's confirmation and the suggestion it gives. A confirmation applies to the
failure report it was made on while its error is the one confirmed (same signature); failures it does not
apply to are the same objects as before.
*/
export function withConfirmations<
	A extends {
		readonly failures: readonly AnalyzedFailure[];
		readonly categories: readonly Category[];
	},
>(
	analysis: A,
	confirmations: ReadonlyMap<string, Confirmation>,
	rules: readonly Rule[],
	keyOf: (id: string, phase: Phase) => string,
): A {
	if (confirmations.size === 0) {
		return analysis;
	}

	let isChanged = false;
	const failures = analysis.failures.map(analyzed => {
		const confirmation = confirmations.get(
			keyOf(analyzed.failure.id, analyzed.failure.phase),
		);
		if (
			!confirmation ||
			(confirmation.signature !== analyzed.cluster &&
				confirmation.signature !== '') ||
			confirmation === analyzed.confirmation
		) {
			return analyzed;
		}

		isChanged = true;
		return {
			...analyzed,
			confirmation,
			suggestion: confirmedSuggestion(analyzed.failure, confirmation, {
				rules,
				categories: analysis.categories,
				area: analyzed.area,
			}),
		};
	});
	return isChanged ? analysisWith(analysis, {failures}) : analysis;
}
