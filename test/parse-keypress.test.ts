/**
The bundle's parseKeypress (source/bundle-stubs/parse-keypress.ts): an escape sequence Ink 6.8 does not name
presses no key, and what Ink names is Ink's. What `useInput` makes of a keypress is worked out here as Ink
6.8's use-input.js does, so that the crash (Ctrl+F1) and the typed text (Shift+F1) are checked, not only
the fields.
*/
import {expect, test} from 'vitest';
import inkParseKeypress from '../node_modules/ink/build/parse-keypress.js';
import parseKeypress, {
	nonAlphanumericKeys,
} from '../source/bundle-stubs/parse-keypress.js';
import {keyNames} from '../source/review/keymap/key-names.js';

/** The input Ink's useInput gives the handler for `sequence` (Ink 6.8, no kitty protocol): it throws where Ink does. */
function inputOf(parse: typeof parseKeypress, sequence: string): string {
	const keypress = parse(sequence);
	let input = (keypress.ctrl ? keypress.name : keypress.sequence) as
		string | undefined;
	if (nonAlphanumericKeys.includes(keypress.name)) {
		input = '';
	}

	if (input!.startsWith('\u001B')) {
		input = input!.slice(1);
	}

	return input!;
}

test.each([
	['\u001B[1;5P', 'Ctrl+F1'],
	['\u001B[1;5S', 'Ctrl+F4'],
	['\u001B[1;5I', 'a focus event with Ctrl bits'],
	['\u001B[31m', 'a colour pasted into a note'],
])('%j (%s): Ink 6.8 alone throws; the stub presses no key', sequence => {
	expect(() => inputOf(inkParseKeypress, sequence)).toThrow(TypeError);
	const input = inputOf(parseKeypress, sequence);
	expect(input).toBe('');
	expect(keyNames(input, parseKeypress(sequence))).toEqual([]);
});

test.each([
	['\u001B[1;2P', 'Shift+F1', ['[', '1', ';', '2', 'P']],
	['\u001B[1;3Q', 'Alt+F2', ['[', '1', ';', '3', 'Q']],
	['\u001B[2J', 'a screen clear pasted', ['[', '2', 'J']],
	[
		'\u001B[<0;3;4M',
		'an SGR mouse report',
		['[', '<', '0', ';', '3', ';', '4', 'M'],
	],
	[
		'\u001B]0;title\u0007',
		'an OSC title',
		[']', '0', ';', 't', 'i', 't', 'l', 'e'],
	],
])(
	'%j (%s): Ink 6.8 alone types keys; the stub none',
	(sequence, _what, typed) => {
		const ink = inkParseKeypress(sequence);
		expect(keyNames(inputOf(inkParseKeypress, sequence), ink)).toEqual(typed);
		const input = inputOf(parseKeypress, sequence);
		expect(keyNames(input, parseKeypress(sequence))).toEqual([]);
	},
);

test.each([
	['\u001B[200~', 'paste-start'],
	['\u001B[201~', 'paste-end'],
])(
	"%j: bracketed paste's mark is handed on, and named %s (Ink 6.8 alone typed its characters)",
	(sequence, name) => {
		expect(
			keyNames(inputOf(parseKeypress, sequence), parseKeypress(sequence)),
		).toEqual([name]);
		expect(
			keyNames(inputOf(inkParseKeypress, sequence), inkParseKeypress(sequence)),
		).toEqual([name]);
	},
);

test.each([
	'a',
	'A',
	'1',
	'@',
	'é',
	'paste of text',
	'\r',
	'\t',
	'\u007F',
	'\u0003',
	'\u001B',
	'\u001Ba',
	'\u001BO',
	'\u001B[',
	'\u001B[A',
	'\u001B[1;5A',
	'\u001BOP',
	'\u001B[15;5~',
	'\u001B[3~',
	'\u001B[Z',
	'\u001B[5~',
	'\u001B[H',
])('%j: what Ink knows is as Ink parses it', sequence => {
	expect(parseKeypress(sequence)).toEqual(inkParseKeypress(sequence));
});
