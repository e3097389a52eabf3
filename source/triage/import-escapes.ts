/**
The export writes every cell with `escapeControls`: a control, bidi or zero-width character reaches the
CSV as `\x1b` or `\u202e` text, the way pytest itself writes such characters into ids; an id's cells also double a
backslash before such text (pytest's own text `\x1b` as `\\x1b`, `escapeIdControls`). Import compares
on that same escaping instead of unescaping, so that an id or a note holding such text literally is
never turned into the character.
*/

import {escapeControls, escapeIdControls} from '../log/sanitize.js';
import type {Phase} from '../log/model.js';
import {type Decision, type DecisionState, isPhase} from './journal.js';

/**
The node id a `Node ID` cell stands for: the known id whose escaped form it is; else the cell as written (an id
the journal or the run knows, or one neither knows).
*/
export function idResolver(input: {
	readonly decisions: DecisionState;
	readonly knownReports?: ReadonlyMap<string, readonly Phase[]>;
}): (cell: string) => string {
	const known = new Set<string>(input.knownReports?.keys());
	for (const key of input.decisions.keys()) {
		// Keys are an id, or `reportKey(id, phase)`: the id, NUL, the phase.
		const separator = key.lastIndexOf('\u0000');
		const phase = key.slice(separator + 1);
		known.add(
			separator !== -1 && isPhase(phase) ? key.slice(0, separator) : key,
		);
	}

	// The escaping is one-to-one (a backslash before an escape's text is doubled): a cell that is an id's escaped form
	// is that id, even when another id is that text itself (a cell `test_x[\x1b]` is the id holding ESC; the id holding
	// the text `\x1b`, as pytest escapes it, is written `test_x[\\x1b]`). Exports made before that wrote both alike:
	// such a cell names the id holding the control.
	const byEscaped = new Map<string, string>();
	for (const id of known) {
		const escaped = escapeIdControls(id);
		if (escaped !== id) {
			byEscaped.set(escaped, id);
		}
	}

	return cell => byEscaped.get(cell) ?? cell;
}

/** A `Note` cell that is the journal's note as exported (escaped) is that note: unchanged. */
export function noteOf(cell: string, current: Decision | undefined): string {
	return current && cell === escapeControls(current.note) ? current.note : cell;
}
