/**
The suggestions an analysis keeps of a hundred thousand failures: one object for the failures that got the
same one, the rule's own part of the reason shared (see `KeptTexts`).
*/
import {ownCopy} from '../text.js';
import type {Rule, Suggestion} from './rules/types.js';

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
export class KeptTexts {
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
