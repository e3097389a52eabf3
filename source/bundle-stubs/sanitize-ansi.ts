/**
Ink's `sanitizeAnsi` for the bundle (see scripts/build.js): Ink runs it on the text of every `<Text>` each
time it measures or draws one, to drop escape sequences that would move the cursor. It walks the text
character by character with `codePointAt` to look for control characters, and a text with a colour in it
is then tokenized whole, one character at a time: cold, on the review's first frame, tens of milliseconds.

A text whose only escape sequences are SGR (`ESC [` parameters `m`: colours, bold, …), which Ink keeps as
they are, comes back unchanged from Ink's function: that is looked for with two regular expressions, and
any other text goes to Ink's own function. test/sanitize-ansi.test.ts compares the two on random texts.
*/
import inkSanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';

/** The characters Ink's tokenizer treats as control: ESC and the C1 controls. */
const controls = /[\u001B\u0080-\u009F]/;

/** SGR as Ink keeps it: a CSI with parameters of digits, `:` and `;` only, no intermediates, final `m`. */
const sgr = /\u001B\[[\d:;]*m/g;

export default function sanitizeAnsi(text: string): string {
	if (!controls.test(text)) {
		return text;
	}

	return controls.test(text.replaceAll(sgr, '')) ? inkSanitizeAnsi(text) : text;
}
