/**
The words a regular expression cannot match without: `/connection (?:refused|reset)/i` never matches a text
that holds neither "connection refused" nor "connection reset". A text checked for those words first (a
substring search) skips most patterns of a rule list without running them: a run of fifty thousand
failures has tens of thousands of messages, and each would otherwise run every rule's pattern.
*/

import {createRequire} from 'node:module';
import type {AST, RegExpParser} from '@eslint-community/regexpp';

// Loaded on first use, as re2js is (kept out of the bundle): only a run with many messages reads words.
const require = createRequire(import.meta.url);
let parser: RegExpParser | undefined;

function regExpParser(): RegExpParser {
	parser ??= new (
		require('@eslint-community/regexpp') as {
			RegExpParser: new () => RegExpParser;
		}
	).RegExpParser();
	return parser;
}

/** Shorter words say too little to be worth a search before the pattern. */
const minimumWordLength = 3;

/**
Lower-case words at least one of which is in every text the pattern matches (in either case, as
`WordIndex` looks for them); undefined when the pattern has none worth a search.

Only ASCII words are taken: lower-casing a text and the pattern's characters agrees with a case-blind
match on those. A case-blind pattern in Unicode mode is left alone (`/k/iu` matches the Kelvin sign,
which does not lower-case to `k`).
*/
export function requiredWords(pattern: RegExp): readonly string[] | undefined {
	const {flags} = pattern;
	if (flags.includes('i') && (flags.includes('u') || flags.includes('v'))) {
		return undefined;
	}

	let tree: AST.Pattern;
	try {
		tree = regExpParser().parsePattern(
			pattern.source,
			0,
			pattern.source.length,
			{unicode: flags.includes('u'), unicodeSets: flags.includes('v')},
		);
	} catch {
		return undefined;
	}

	const words = wordsOfAlternatives(tree.alternatives);
	return words === undefined ? undefined : [...words];
}

/**
Which of many patterns a text may match, by their words, in one pass over the text (an Aho–Corasick
automaton): a message is read once, not once for each word of each pattern. Letters match either case;
a character outside ASCII is in no word.
*/
export class WordIndex {
	/** By character code below 128: its column in the automaton, 0 for a character in no word. */
	readonly #columnOf = new Uint8Array(128);
	readonly #columns: number;
	/** By state and column: the next state. */
	readonly #next: Int32Array;
	/** By state: the patterns one of whose words ends there. */
	readonly #found: Array<readonly number[] | undefined>;
	/** 1 for each pattern without words: every text may match it. */
	readonly #always: Uint8Array;

	/** `words[i]`: the words pattern i cannot match without (lower case), or undefined for none. */
	constructor(words: ReadonlyArray<readonly string[] | undefined>) {
		this.#always = new Uint8Array(words.length);
		let columns = 1;
		let characters = 1;
		for (const [pattern, list] of words.entries()) {
			if (list === undefined) {
				this.#always[pattern] = 1;
				continue;
			}

			for (const word of list) {
				characters += word.length;
				for (const character of word) {
					const code = character.codePointAt(0)!;
					if (this.#columnOf[code] === 0) {
						this.#columnOf[code] = columns;
						const upper = character.toUpperCase().codePointAt(0)!;
						if (upper !== code && upper < 128) {
							this.#columnOf[upper] = columns;
						}

						columns++;
					}
				}
			}
		}

		this.#columns = columns;
		this.#next = new Int32Array(characters * columns).fill(-1);
		const found: Array<Set<number> | undefined> = [];
		let states = 1;
		for (const [pattern, list] of words.entries()) {
			for (const word of list ?? []) {
				let state = 0;
				for (const character of word) {
					const at =
						state * columns + this.#columnOf[character.codePointAt(0)!]!;
					if (this.#next[at] === -1) {
						this.#next[at] = states++;
					}

					state = this.#next[at]!;
				}

				(found[state] ??= new Set()).add(pattern);
			}
		}

		this.#found = this.#linkFailures(states, found);
	}

	/** For each pattern, 1 when the text holds one of its words (or it has none): 0 means it cannot match. */
	scan(text: string): Uint8Array {
		const mayMatch = this.#always.slice();
		const columns = this.#columns;
		const next = this.#next;
		const columnOf = this.#columnOf;
		let state = 0;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			state = next[state * columns + (code < 128 ? columnOf[code]! : 0)]!;
			const patterns = this.#found[state];
			if (patterns !== undefined) {
				for (const pattern of patterns) {
					mayMatch[pattern] = 1;
				}
			}
		}

		return mayMatch;
	}

	/**
	Fill in the transitions a word does not spell (each goes where the longest suffix read so far leads), and
	give each state the patterns of every word that ends there, the shorter suffixes' included.
	*/
	#linkFailures(
		states: number,
		found: Array<Set<number> | undefined>,
	): Array<readonly number[] | undefined> {
		const columns = this.#columns;
		const next = this.#next;
		const failure = new Int32Array(states);
		const queue: number[] = [];
		for (let column = 0; column < columns; column++) {
			const child = next[column]!;
			if (child === -1) {
				next[column] = 0;
			} else {
				queue.push(child);
			}
		}

		// The queue grows as it is read: breadth first, a state's failure is linked before its children's.
		for (const state of queue) {
			const fallback = found[failure[state]!];
			if (fallback) {
				found[state] ??= new Set();
				const own = found[state];
				for (const pattern of fallback) {
					own.add(pattern);
				}
			}

			for (let column = 0; column < columns; column++) {
				const at = state * columns + column;
				const child = next[at]!;
				const viaFailure = next[failure[state]! * columns + column]!;
				if (child === -1) {
					next[at] = viaFailure;
				} else {
					failure[child] = viaFailure;
					queue.push(child);
				}
			}
		}

		return found.map(patterns => (patterns ? [...patterns] : undefined));
	}
}

/** Any of the alternatives may match: the words are those of all of them, if each has some. */
function wordsOfAlternatives(
	alternatives: readonly AST.Alternative[],
): Set<string> | undefined {
	const words = new Set<string>();
	for (const alternative of alternatives) {
		const found = wordsOfSequence(alternative.elements);
		if (found === undefined) {
			return undefined;
		}

		for (const word of found) {
			words.add(word);
		}
	}

	return words;
}

/**
Every element of a sequence matches: any one element's words are required. Consecutive characters make
one word; the most telling choice is kept (the one whose shortest word is longest).
*/
function wordsOfSequence(
	elements: readonly AST.Element[],
): Set<string> | undefined {
	let best: Set<string> | undefined;
	let run = '';
	const consider = (words: Set<string> | undefined): void => {
		if (words !== undefined && score(words) > score(best)) {
			best = words;
		}
	};

	const endRun = (): void => {
		if (run !== '') {
			consider(new Set([run]));
			run = '';
		}
	};

	for (const element of elements) {
		const character = characterOf(element);
		if (character === undefined) {
			endRun();
			consider(wordsOfElement(element));
		} else {
			run += character;
		}
	}

	endRun();
	return best;
}

/** The length of the shortest word; 0 for none or too short to be worth a search. */
function score(words: Set<string> | undefined): number {
	if (words === undefined || words.size === 0) {
		return 0;
	}

	let shortest = Number.POSITIVE_INFINITY;
	for (const word of words) {
		shortest = Math.min(shortest, word.length);
	}

	return shortest < minimumWordLength ? 0 : shortest;
}

/** The single ASCII character an element always matches, lower-cased (`a`, `\.`, `[Cc]`); else undefined. */
function characterOf(element: AST.Element): string | undefined {
	if (element.type === 'Character') {
		return asciiLower(element.value);
	}

	if (
		element.type === 'CharacterClass' &&
		!element.negate &&
		element.elements.length > 0
	) {
		let only: string | undefined;
		for (const member of element.elements) {
			if (member.type !== 'Character') {
				return undefined;
			}

			const character = asciiLower(member.value);
			if (
				character === undefined ||
				(only !== undefined && only !== character)
			) {
				return undefined;
			}

			only = character;
		}

		return only;
	}

	return undefined;
}

function asciiLower(codePoint: number): string | undefined {
	return codePoint < 0x80
		? String.fromCodePoint(codePoint).toLowerCase()
		: undefined;
}

/** The words of an element that is not a single character. */
function wordsOfElement(element: AST.Element): Set<string> | undefined {
	switch (element.type) {
		case 'Group': {
			// A group with modifiers (`(?i:…)`) may change how its characters match.
			return element.modifiers
				? undefined
				: wordsOfAlternatives(element.alternatives);
		}

		case 'CapturingGroup': {
			return wordsOfAlternatives(element.alternatives);
		}

		case 'Quantifier': {
			return element.min >= 1 ? wordsOfSequence([element.element]) : undefined;
		}

		default: {
			// An assertion matches no text of its own; a class or a set is not one character; a back-reference
			// repeats what its group matched.
			return undefined;
		}
	}
}

/**
`WordIndex`'s answer with nothing costly to build first: for a run of a few hundred messages, where building
the automaton would cost more than it saves. Each distinct word is filed under its first three characters;
a text's every three characters look their words up, and only those are compared (a few hundred messages
checked for 900 words each by plain searches took a third of a 6,000-test review's analysis). It may say a
pattern may match where the index would not (a character outside ASCII that lower-cases to a letter), never
the reverse.
*/
export class WordList {
	/** By pattern: 1 when it has no words (every text may match it). */
	readonly #always: Uint8Array;
	/** By distinct word: the patterns that need it. */
	readonly #patternsOf: number[][] = [];
	readonly #words: string[] = [];
	/** By the key of a word's first three characters (`keyAt`): the words starting with them. */
	readonly #byStart = new Map<number, number[]>();
	/** The words shorter than three characters, searched for as they are. */
	readonly #short: number[] = [];

	/** As `WordIndex`'s: `words[i]`, the words pattern i cannot match without (lower case), or undefined. */
	constructor(words: ReadonlyArray<readonly string[] | undefined>) {
		this.#always = new Uint8Array(words.length);
		const numbers = new Map<string, number>();
		for (const [pattern, list] of words.entries()) {
			if (list === undefined) {
				this.#always[pattern] = 1;
				continue;
			}

			for (const word of list) {
				let number = numbers.get(word);
				if (number === undefined) {
					number = this.#words.length;
					numbers.set(word, number);
					this.#words.push(word);
					this.#patternsOf.push([]);
					if (word.length < 3) {
						this.#short.push(number);
					} else {
						const key = keyAt(word, 0);
						const starting = this.#byStart.get(key);
						if (starting === undefined) {
							this.#byStart.set(key, [number]);
						} else {
							starting.push(number);
						}
					}
				}

				this.#patternsOf[number]!.push(pattern);
			}
		}
	}

	/** For each pattern, 1 when the text holds one of its words (or it has none): 0 means it cannot match. */
	scan(text: string): Uint8Array {
		const lower = text.toLowerCase();
		const mayMatch = this.#always.slice();
		const words = this.#words;
		const patternsOf = this.#patternsOf;
		const seen = new Uint8Array(words.length);
		for (const word of this.#short) {
			if (lower.includes(words[word]!)) {
				for (const pattern of patternsOf[word]!) {
					mayMatch[pattern] = 1;
				}
			}
		}

		const byStart = this.#byStart;
		for (let index = 0; index + 3 <= lower.length; index++) {
			const starting = byStart.get(keyAt(lower, index));
			if (starting === undefined) {
				continue;
			}

			for (const word of starting) {
				if (seen[word] === 0 && lower.startsWith(words[word]!, index)) {
					seen[word] = 1;
					for (const pattern of patternsOf[word]!) {
						mayMatch[pattern] = 1;
					}
				}
			}
		}

		return mayMatch;
	}
}

/**
Three UTF-16 code units from `index` as one small integer (a map's fastest key): distinct for characters below
256; others may share a key, which costs only a comparison more (every word found is compared).
*/
function keyAt(text: string, index: number): number {
	return (
		((text.charCodeAt(index) << 16) ^
			(text.charCodeAt(index + 1) << 8) ^
			text.charCodeAt(index + 2)) &
		0x3f_ff_ff_ff
	);
}
