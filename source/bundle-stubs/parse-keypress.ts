/**
Ink's `parseKeypress` for the bundle (see scripts/build.js), as Ink's `useInput` calls it on every input
event. Ink 6.8 names no key for an escape sequence it does not know, and two things go wrong with that:

- with the Ctrl bit in its modifier (Ctrl+F1 to F4 in xterm, `ESC [1;5P` to `S`), `useInput` takes the
  missing name as the input and throws on it, and the review ended on a stack trace (vadimdemedes/ink#901,
  fixed upstream after 6.8);
- without it (Shift+F1, `ESC [1;2P`; Alt+F2; a mouse report or a focus event from a terminal left in that
  mode), the sequence is handed on as typed text less its ESC, `[1;2P`: keys `1` and `2` set a priority, and
  in a note the text was typed in.

Such a sequence (ESC, then `[`, `O` or `]`, then more) comes back with no name and no text, so that no key
at all is pressed, as for a key the screen has no use for. What Ink names (arrows, F1 as `ESC O P`, Shift+Tab,
Delete) and Alt with a letter (`ESC a`) are Ink's as they were.
*/
import inkParseKeypress from '../../node_modules/ink/build/parse-keypress.js';

/** ESC (twice with Alt), then a CSI, SS3 or OSC introducer, then at least one character more. */
const escapeSequence = /^\u001B{1,2}[[O\]]./s;

/** Bracketed paste's marks around pasted text: handed on as Ink gives them (`[200~`, `[201~`), for `key-names.ts`. */
const pasteMarks: ReadonlySet<string> = new Set(['\u001B[200~', '\u001B[201~']);

type Keypress = ReturnType<typeof inkParseKeypress>;

export default function parseKeypress(
	input?: Parameters<typeof inkParseKeypress>[0],
): Keypress {
	const keypress = inkParseKeypress(input);
	// Ink's type says a name is always there; for these sequences it is not.
	const name = keypress.name as string | undefined;
	if (
		(name === undefined || name === '') &&
		escapeSequence.test(keypress.sequence) &&
		!pasteMarks.has(keypress.sequence)
	) {
		return {
			...keypress,
			name: '',
			sequence: '',
			raw: '',
			ctrl: false,
			meta: false,
			shift: false,
			option: false,
		};
	}

	return keypress;
}

export {nonAlphanumericKeys} from '../../node_modules/ink/build/parse-keypress.js';
