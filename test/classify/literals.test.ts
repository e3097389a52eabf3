/**
The words a pattern cannot match without, and the one-pass index over them: a text a pattern matches must
never be counted out.
*/
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {
	requiredWords,
	WordIndex,
	WordList,
} from '../../source/classify/literals.js';
import {builtInRules} from '../../source/classify/rules/built-in.js';

test('the words of a pattern: the most telling run of characters, or each alternative’s', () => {
	expect(requiredWords(/connection refused|econnrefused/i)).toEqual([
		'connection refused',
		'econnrefused',
	]);
	expect(requiredWords(/(?:^|\n)(?:[\w.]+\.)?(?:Auth|Login)Failed\b/)).toEqual([
		'failed',
	]);
	expect(requiredWords(/(?:Auth|Login)Error/)).toEqual(['error']);
	expect(requiredWords(/[Cc]onnection\s+reset/)).toEqual(['connection']);
	expect(requiredWords(/time(?:d out|out)/)).toEqual(['time']);
	expect(requiredWords(/port (\d+) is taken/)).toEqual([' is taken']);
	expect(requiredWords(/(?:pool){2,}!/)).toEqual(['pool']);
});

test('a pattern without words worth a search has none', () => {
	expect(requiredWords(/\d+/)).toBeUndefined();
	expect(requiredWords(/ab|abcdef/)).toBeUndefined();
	expect(requiredWords(/(?:timeout)?/)).toBeUndefined();
	expect(requiredWords(/[^x]+/)).toBeUndefined();
	// Case-blind in Unicode mode: /k/iu matches the Kelvin sign, which no ASCII word finds.
	expect(requiredWords(/kelvin/iu)).toBeUndefined();
	expect(/kelvin/iu.test('\u212Aelvin')).toBe(true);
});

test('the index and the plain searches find exactly the words a text holds, in either case', () => {
	const alphabet = fc.constantFrom('a', 'b', 'A', 'B', ' ', '.', 'é');
	fc.assert(
		fc.property(
			fc.array(
				fc.option(
					fc.array(
						fc.string({
							unit: fc.constantFrom('a', 'b', ' ', '.'),
							minLength: 1,
							maxLength: 4,
						}),
						{
							minLength: 1,
							maxLength: 3,
						},
					),
					{nil: undefined},
				),
				{minLength: 1, maxLength: 6},
			),
			fc.string({unit: alphabet, maxLength: 30}),
			(words, text) => {
				const found = new WordIndex(words).scan(text);
				const searched = new WordList(words).scan(text);
				const lower = text.toLowerCase();
				for (const [pattern, list] of words.entries()) {
					const expected =
						list === undefined || list.some(word => lower.includes(word));
					const what = `${JSON.stringify(list)} in ${JSON.stringify(text)}`;
					expect(found[pattern], what).toBe(expected ? 1 : 0);
					expect(searched[pattern], what).toBe(expected ? 1 : 0);
				}
			},
		),
		{numRuns: 2000},
	);
});

test('every text a built-in pattern matches holds one of its words', () => {
	const patterns = builtInRules.flatMap(({match}) =>
		[
			match.message,
			match.traceback,
			match.name,
			match.file,
			match.exception,
		].filter((pattern): pattern is RegExp => pattern instanceof RegExp),
	);
	let checked = 0;
	for (const pattern of patterns) {
		const words = requiredWords(pattern);
		if (words === undefined) {
			continue;
		}

		let matching: fc.Arbitrary<string>;
		try {
			matching = fc.stringMatching(pattern);
		} catch {
			// A construct fast-check cannot generate from (a look-behind): the other patterns still count.
			continue;
		}

		checked++;
		const index = new WordIndex([words]);
		fc.assert(
			fc.property(fc.string(), matching, fc.string(), (before, text, after) => {
				const whole = before + text + after;
				if (pattern.test(whole)) {
					expect(
						index.scan(whole)[0],
						`${pattern} on ${JSON.stringify(whole)}`,
					).toBe(1);
				}
			}),
			{numRuns: 50},
		);
	}

	// 86 of the built-in patterns when this was written; the rest use look-behinds.
	expect(checked).toBeGreaterThan(80);
});
