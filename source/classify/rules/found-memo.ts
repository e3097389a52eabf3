/**
What the rules found before, so that a pattern runs once on each distinct text of a run: fifty thousand
failures share a few thousand messages, test names and files.
*/
import {requiredWords, WordIndex, WordList} from '../literals.js';
import type {PatternMatch} from '../pattern.js';
import {remembered} from '../remembered.js';
import {tabledWords} from './known-words.js';
import type {NegatedMatch, Rule, RuleMatch, Suggestion} from './types.js';

/** What each rule's pattern found in one text (by the rule's place in its list): `false` for nothing. */
export type Found = Array<PatternMatch | false | undefined>;

// A longer text is rarely shared, and comparing it on each lookup would cost what the patterns do.
const maximumRememberedText = 4096;
const maximumRememberedTexts = 8192;
/**
What is known of a message and its traits is small (a few rule places and one shared suggestion), and a
run of fifty thousand failures has tens of thousands of messages (an id, a uuid, a count in each): more
are kept than texts' `Found`, which hold a result for each rule.
*/
const maximumKnownMessages = 65_536;
/**
After this many messages a run is a large one, and a message is checked for the words a pattern cannot
match without (`literals.ts`) by an automaton (`WordIndex`), which takes 50–80 ms to build. Before, plain
searches for the words do (`WordList`), when every pattern's words come from the built-in table
(`known-words.ts`): a rules file's pattern would have to be parsed (100–150 ms with the parser's loading),
what running every pattern on ~2,000 messages costs, so its patterns are all run. Skipping a pattern also
skips compiling it: the first run of each of the 200 built-in patterns costs 50–75 ms in all, which a
review of a 6,000-test run (600 failures) would otherwise pay before its first frame.
*/
const messagesBeforeWords = 2048;

/**
What the rules say of every failure with one message and the same traits (see `RulesMemo.known`).
*/
export type Known = {
	/**
	The rules that read more than the message and the traits (the test's name or file, the traceback,
	the crash site), whose conditions on the message and the traits hold, placed before `slot`: only
	these are tried on each failure, in order.
	*/
	readonly others: readonly number[];
	/** The place of the first rule that reads only the message and the traits and matches; -1 when none does. */
	readonly slot: number;
	/**
	That rule's suggestion, one object for every such failure; undefined when it is the fallback, whose
	reason says what was seen in each failure.
	*/
	readonly suggestion: Suggestion | undefined;
};

const noOthers: readonly number[] = [];

/**
What is known of one message, by its traits: a short list, not a map (a message nearly always comes with
one set of traits, and tens of thousands of maps of one entry took 10 MB on the 100 MB bench log).
*/
type KnownByTraits = {
	readonly traits: string;
	readonly known: Known;
	readonly next: KnownByTraits | undefined;
};

function knownFor(
	list: KnownByTraits | undefined,
	traits: string,
): Known | undefined {
	for (let entry = list; entry !== undefined; entry = entry.next) {
		if (entry.traits === traits) {
			return entry.known;
		}
	}

	return undefined;
}

/** What the rules found in the texts of one kind (messages, names, files) they were tried on. */
class FoundByText {
	readonly #found = new Map<string, Found>();

	of(text: string): Found {
		if (text.length > maximumRememberedText) {
			return [];
		}

		return remembered(this.#found, text, maximumRememberedTexts, () => []);
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
	/**
	Whether each rule reads only what failures with the same message share (the message, the exception
	type, the outcome, the phase, the area, flakiness), by its place in the list.
	*/
	readonly isTextOnly: readonly boolean[];
	/**
	Where each rule's result goes in a text's `Found`, by its place in the list: only the rules with a
	condition of that kind have a place, so that a text keeps a slot for each of those and no more.
	*/
	readonly slots: {
		readonly message: Int32Array;
		readonly name: Int32Array;
		readonly file: Int32Array;
		/** The same for the conditions of each rule's `not`, placed after every rule's own. */
		readonly not: {
			readonly message: Int32Array;
			readonly name: Int32Array;
			readonly file: Int32Array;
		};
	};

	/**
	Whether each rule's `not` reads only what failures with the same message share (false without one): such
	a negative condition is settled once for each message and its traits, as a message pattern is.
	*/
	readonly isNegationTextOnly: readonly boolean[];

	/** How many rules: where the places of the `not`s' message patterns start in `messageMayMatch`. */
	readonly size: number;
	readonly #known = new Map<string, KnownByTraits>();
	readonly #slotsByTraits = new Map<string, Int32Array>();
	readonly #rules: readonly Rule[];
	#messagesKnown = 0;
	#words: WordIndex | undefined;
	#list: WordList | null | undefined;
	readonly #others = new Map<string, readonly number[]>();

	constructor(rules: readonly Rule[]) {
		this.#rules = rules;
		this.size = rules.length;
		const [message, notMessage] = slotsOf(rules, 'message');
		const [name, notName] = slotsOf(rules, 'name');
		const [file, notFile] = slotsOf(rules, 'file');
		this.slots = {
			message,
			name,
			file,
			not: {message: notMessage, name: notName, file: notFile},
		};
		this.isTextOnly = rules.map(({match}) => isTextOnly(match));
		this.isNegationTextOnly = rules.map(
			({match}) => match.not !== undefined && isTextOnly(match.not),
		);
	}

	/** The places of the rules whose conditions on these traits hold (`compute` works them out once). */
	slotsForTraits(traits: string, compute: () => Int32Array): Int32Array {
		return remembered(
			this.#slotsByTraits,
			traits,
			maximumRememberedTexts,
			compute,
		);
	}

	/** What the rules say of a failure with this message and these traits, once `remember` was told. */
	known(message: string, traits: string): Known | undefined {
		return message.length > maximumRememberedText
			? undefined
			: knownFor(this.#known.get(message), traits);
	}

	/**
	By rule place, 0 when a message cannot match the rule's message pattern (it lacks every word the pattern
	needs), once the run has shown many messages; undefined before (every pattern is simply run). The
	message patterns of the rules' `not` follow, from the place `rules.length` on: a message without their
	words cannot match them, so that the negative condition does not exclude the rule. Only ever a reason to
	skip running a pattern, never to skip a rule because a negative condition's words are absent.
	*/
	messageMayMatch(message: string): Uint8Array | undefined {
		if (this.#messagesKnown < messagesBeforeWords) {
			this.#list ??= this.#tabledOnly();
			return this.#list === null ? undefined : this.#list.scan(message);
		}

		this.#words ??= new WordIndex(this.#patternWords(wordsOf));
		return this.#words.scan(message);
	}

	/**
	One array for every `Known` with the same other rules: tens of thousands of messages share a few hundred
	such lists (5 MiB of arrays on the 100 MB bench log otherwise).
	*/
	sharedOthers(others: readonly number[]): readonly number[] {
		if (others.length === 0) {
			return noOthers;
		}

		return remembered(
			this.#others,
			others.join(','),
			maximumRememberedTexts,
			() => others.slice(),
		);
	}

	remember(message: string, traits: string, known: Known): void {
		this.#messagesKnown++;
		if (message.length > maximumRememberedText) {
			return;
		}

		const before = this.#known.get(message);
		if (before === undefined && this.#known.size >= maximumKnownMessages) {
			this.#known.clear();
		}

		this.#known.set(message, {traits, known, next: before});
	}

	/** The words of every message pattern by place (see `messageMayMatch`), as `wordsOf` gives them. */
	#patternWords(
		words: (pattern: RuleMatch['message']) => readonly string[] | undefined,
	): Array<readonly string[] | undefined> {
		return [
			...this.#rules.map(({match}) => words(match.message)),
			...this.#rules.map(({match}) => words(match.not?.message)),
		];
	}

	/**
	Searches for the words when every built-in pattern's are in the table (a user's pattern, RE2, is always
	run); null when a pattern's words would have to be parsed.
	*/
	#tabledOnly(): WordList | null {
		let isTabled = true;
		const words = this.#patternWords(pattern => {
			if (!(pattern instanceof RegExp)) {
				return undefined;
			}

			const tabled = tabledWords(pattern);
			if (tabled === undefined) {
				isTabled = false;
			}

			return tabled ?? undefined;
		});
		return isTabled ? new WordList(words) : null;
	}
}

/** The words a built-in pattern cannot match without; a user's pattern (RE2) is always run. */
function wordsOf(pattern: RuleMatch['message']): readonly string[] | undefined {
	if (!(pattern instanceof RegExp)) {
		return undefined;
	}

	const tabled = tabledWords(pattern);
	return tabled === undefined ? requiredWords(pattern) : (tabled ?? undefined);
}

/**
For each rule, where what its pattern of this kind found goes in a text's `Found` (-1 without one), for its
own condition and its `not`'s. One pattern object has one place, whichever rules and conditions hold it
(a rule and its twin at setup, two rules' `not`): what it finds in a text is found once.
*/
function slotsOf(
	rules: readonly Rule[],
	condition: 'message' | 'name' | 'file',
): [own: Int32Array, negated: Int32Array] {
	const own = new Int32Array(rules.length).fill(-1);
	const negated = new Int32Array(rules.length).fill(-1);
	const places = new Map<object, number>();
	const placeOf = (pattern: object): number => {
		let place = places.get(pattern);
		if (place === undefined) {
			place = places.size;
			places.set(pattern, place);
		}

		return place;
	};

	for (const [index, {match}] of rules.entries()) {
		const pattern = match[condition];
		if (pattern !== undefined) {
			own[index] = placeOf(pattern);
		}

		const negatedPattern = match.not?.[condition];
		if (negatedPattern !== undefined) {
			negated[index] = placeOf(negatedPattern);
		}
	}

	return [own, negated];
}

/** The conditions that read only what failures with the same message and traits share. */
const textOnlyConditions = new Set([
	'message',
	'exception',
	'outcome',
	'phase',
	'area',
	'flaky',
]);

/** Whether a match reads only what failures with the same message and traits share, its `not` included. */
function isTextOnly(match: RuleMatch | NegatedMatch): boolean {
	for (const key of Object.keys(match)) {
		if (key === 'not') {
			if (!isTextOnly((match as RuleMatch).not!)) {
				return false;
			}
		} else if (!textOnlyConditions.has(key)) {
			return false;
		}
	}

	return true;
}

const memos = new WeakMap<readonly Rule[], RulesMemo>();

export function memoOf(rules: readonly Rule[]): RulesMemo {
	let memo = memos.get(rules);
	if (memo === undefined) {
		memo = new RulesMemo(rules);
		memos.set(rules, memo);
	}

	return memo;
}
