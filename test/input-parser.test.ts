/**
The bundle's input parser (source/bundle-stubs/input-parser.ts) and parseKeypress together, as Ink 6.8's App and
useInput run them on each read: an OSC whole in one read presses no key and types nothing; Ink 6.8 alone split
it into Alt+] and typed text.
*/
import {expect, test} from 'vitest';
import {createInputParser as inkInputParser} from '../node_modules/ink/build/input-parser.js';
import inkParseKeypress, {
	nonAlphanumericKeys,
} from '../node_modules/ink/build/parse-keypress.js';
import {
	createInputParser,
	oscPieces,
} from '../source/bundle-stubs/input-parser.js';
import parseKeypress from '../source/bundle-stubs/parse-keypress.js';
import {keyNames} from '../source/review/keymap/key-names.js';

type Parse = typeof parseKeypress;

/** The key names the review gets for `reads`, each one read of the terminal, as Ink 6.8's useInput hands them on. */
function namesOf(
	reads: readonly string[],
	parser: ReturnType<typeof inkInputParser>,
	parse: Parse,
): string[] {
	const names: string[] = [];
	for (const read of reads) {
		for (const event of parser.push(read)) {
			const keypress = parse(event);
			let input = (keypress.ctrl ? keypress.name : keypress.sequence) ?? '';
			if (nonAlphanumericKeys.includes(keypress.name)) {
				input = '';
			}

			if (input.startsWith('\u001B')) {
				input = input.slice(1);
			}

			names.push(...keyNames(input, keypress));
		}
	}

	return names;
}

const bundle = (...reads: string[]) =>
	namesOf(reads, createInputParser(), parseKeypress);
const inkAlone = (...reads: string[]) =>
	namesOf(reads, inkInputParser(), inkParseKeypress);

test.each([
	['\u001B]11;rgb:ffff/ffff/ffff\u0007', 'a colour query answered late'],
	['\u001B]0;build 12\u001B\\', 'a title ended by ST'],
	['\u001B]8;;https://example.com/x\u0007', 'a link'],
	['\u001B]52;c;YmV0YQ==\u0007', 'a clipboard write'],
])('%j (%s): no key, where Ink 6.8 alone pressed its characters', osc => {
	expect(inkAlone(osc).length).toBeGreaterThan(3);
	expect(inkAlone(osc)[0]).toBe(']');
	expect(bundle(osc)).toEqual([]);
});

test('the text around an OSC in the same read is typed as before, in order', () => {
	expect(
		bundle('a \u001B]0;T\u0007b\u001B]8;;x\u001B\\link\u001B]8;;\u001B\\ c'),
	).toEqual(['a', 'space', 'b', 'l', 'i', 'n', 'k', 'space', 'c']);
	// A CSI after an OSC is Ink's, as before (an arrow: one event).
	expect(createInputParser().push('\u001B]0;T\u0007\u001B[A')).toEqual([
		'\u001B]0;T\u0007',
		'\u001B[A',
	]);
	expect(oscPieces('x\u001B]0;T\u0007y')).toEqual([
		{text: 'x'},
		{osc: '\u001B]0;T\u0007'},
		{text: 'y'},
	]);
});

test('what is not a whole OSC in one read is left to Ink: Alt+], and an OSC cut across two reads', () => {
	// Alt+] then keys: nothing says an OSC comes, and no key waits for a terminator.
	expect(bundle('\u001B]', 'j')).toEqual(inkAlone('\u001B]', 'j'));
	expect(bundle('\u001B]0;ti', 'tle\u0007')).toEqual(
		inkAlone('\u001B]0;ti', 'tle\u0007'),
	);
	// No number, or a control character inside: not an OSC this reads.
	expect(bundle('\u001B];x\u0007')).toEqual(inkAlone('\u001B];x\u0007'));
});

test('an escape held back at the end of one read goes before the OSC of the next', () => {
	const parser = createInputParser();
	expect(parser.push('\u001B')).toEqual([]);
	expect(parser.hasPendingEscape()).toBe(true);
	expect(parser.push('\u001B]0;T\u0007q')).toEqual([
		'\u001B',
		'\u001B]0;T\u0007',
		'q',
	]);
});
