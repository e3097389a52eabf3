/**
Ink's input parser for the bundle (see scripts/build.js), which splits what the terminal sends into keypresses.
Ink 6.8 knows CSI and SS3 sequences, not an operating system command (OSC: `ESC ]`, a number, `;`, text, then
BEL or `ESC \`): it hands on `ESC ]` as Alt+] and the rest as typed text. A terminal's answer to a colour query
(`ESC ]11;rgb:ffff/ffff/ffff BEL`, late from the program run before), a title or a link pasted from a log, then
typed `]0;title` into a note, or, in the list, pressed its characters as keys (`1` a priority, `b` BUG).

Here an OSC whole in one read is one keypress, which the bundle's parseKeypress (parse-keypress.ts) takes as no
key; the rest of the read is Ink's as before. An OSC cut across two reads is left to Ink (nothing says yet that
it is one: Alt+] then digits and `;` can be typed), so a key is never held back waiting for a terminator.
*/
import {createInputParser as inkInputParser} from '../../node_modules/ink/build/input-parser.js';

type InputParser = ReturnType<typeof inkInputParser>;

/** An OSC: its number, `;`, text without a control character, and its terminator (BEL or ST). */
const osc = /\u001B]\d+;[^\u0000-\u001F\u007F]*(?:\u0007|\u001B\\)/g;

/** The pieces of a read: text for Ink's parser, and the OSCs in it, in order. */
export function oscPieces(
	chunk: string,
): Array<{text: string} | {osc: string}> {
	const pieces: Array<{text: string} | {osc: string}> = [];
	let index = 0;
	for (const match of chunk.matchAll(osc)) {
		if (match.index > index) {
			pieces.push({text: chunk.slice(index, match.index)});
		}

		pieces.push({osc: match[0]});
		index = match.index + match[0].length;
	}

	if (index < chunk.length) {
		pieces.push({text: chunk.slice(index)});
	}

	return pieces;
}

export function createInputParser(): InputParser {
	const ink = inkInputParser();
	return {
		...ink,
		push(chunk) {
			if (!chunk.includes('\u001B]')) {
				return ink.push(chunk);
			}

			const events: string[] = [];
			for (const piece of oscPieces(chunk)) {
				if ('osc' in piece) {
					// An escape Ink holds back (the read before ended in ESC) goes before it, as it came.
					const pending = ink.flushPendingEscape();
					if (pending !== undefined) {
						events.push(pending);
					}

					events.push(piece.osc);
				} else {
					events.push(...ink.push(piece.text));
				}
			}

			return events;
		},
	};
}
