/**
Acceptance of suggestions: how many of them an engineer would keep as they are, against decisions
written down by hand (test/classify/acceptance/*.json).
*/

import fs from 'node:fs';
import type {Analysis} from '../../source/classify/analyze.js';

/** One failure as a careful engineer decided it, and why. */
export type Decision = {
	readonly id: string;
	readonly phase: string;
	readonly category: string;
	readonly priority: string;
	readonly why: string;
};

export type Miss = {
	readonly id: string;
	readonly phase: string;
	readonly expected: string;
	readonly suggested: string;
	readonly rule: string;
	readonly reason: string;
};

export type Acceptance = {
	readonly total: number;
	/** Suggestions whose category is the engineer's. */
	readonly category: number;
	/** Suggestions whose category and priority are both the engineer's: accepted with one key. */
	readonly exact: number;
	readonly misses: readonly Miss[];
	/** Decisions with no failure of that id and phase in the run. */
	readonly unmatched: readonly string[];
};

export function readDecisions(file: string): Decision[] {
	return JSON.parse(fs.readFileSync(file, 'utf8')) as Decision[];
}

export function acceptanceOf(
	analysis: Analysis,
	decisions: readonly Decision[],
): Acceptance {
	let category = 0;
	let exact = 0;
	const misses: Miss[] = [];
	const unmatched: string[] = [];
	for (const decision of decisions) {
		const analyzed = analysis.failures.find(
			({failure}) =>
				failure.id === decision.id && failure.phase === decision.phase,
		);
		if (!analyzed) {
			unmatched.push(`${decision.id} (${decision.phase})`);
			continue;
		}

		const {suggestion} = analyzed;
		const isCategory = suggestion.category === decision.category;
		if (isCategory) {
			category++;
		}

		if (isCategory && suggestion.priority === decision.priority) {
			exact++;
		} else {
			misses.push({
				id: decision.id,
				phase: decision.phase,
				expected: `${decision.category} ${decision.priority}`,
				suggested: `${suggestion.category} ${suggestion.priority}`,
				rule: suggestion.rule,
				reason: suggestion.reason,
			});
		}
	}

	return {total: decisions.length, category, exact, misses, unmatched};
}
