/**
What the rules found before, so that a pattern runs once on each distinct text of a run: fifty thousand
failures share a few thousand messages, test names and files.
*/
import type {PatternMatch} from '../pattern.js';
import type {Rule} from './types.js';

/** What each rule's pattern found in one text (by the rule's place in its list): `false` for nothing. */
export type Found = Array<PatternMatch | false | undefined>;

// A longer text is rarely shared, and comparing it on each lookup would cost what the patterns do.
const maximumRememberedText = 4096;
const maximumRememberedTexts = 8192;

/** What the rules found in the texts of one kind (messages, names, files) they were tried on. */
class FoundByText {
	readonly #found = new Map<string, Found>();

	of(text: string): Found {
		if (text.length > maximumRememberedText) {
			return [];
		}

		let found = this.#found.get(text);
		if (found === undefined) {
			if (this.#found.size >= maximumRememberedTexts) {
				this.#found.clear();
			}

			found = [];
			this.#found.set(text, found);
		}

		return found;
	}
}

/**
What a list of rules found before. Fifty thousand failures of a run share a few thousand messages and
test names: each rule's pattern runs once on each distinct one, and a failure looks its texts up once.
*/
export class RulesMemo {
	readonly message = new FoundByText();
	readonly name = new FoundByText();
	readonly file = new FoundByText();
}

const memos = new WeakMap<readonly Rule[], RulesMemo>();

export function memoOf(rules: readonly Rule[]): RulesMemo {
	let memo = memos.get(rules);
	if (memo === undefined) {
		memo = new RulesMemo();
		memos.set(rules, memo);
	}

	return memo;
}
