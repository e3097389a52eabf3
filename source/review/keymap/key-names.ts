/**
Key names: what Ink reports for one input event, as the names the keymap uses (`j`, `down`, `space`,
`ctrl-c`), and how a name is shown to a person (`pagedown` → `PgDn`).
*/

/** The subset of Ink's `Key` that names a key; plain data so that tests need no Ink. */
export type KeyFlags = {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly ctrl?: boolean;
	readonly shift?: boolean;
	readonly meta?: boolean;
};

/**
Normalized key names for one input event. Several printable characters in one event (typed faster than
a read, or pasted) are several keys. Returns no names for what the screen ignores.
*/
export function keyNames(input: string, key: KeyFlags): string[] {
	const mark = pasteMarks.get(input);
	if (mark !== undefined) {
		return [mark];
	}

	const named = specialKeyName(key);
	if (named !== undefined) {
		return [named];
	}

	if (key.ctrl && input.length === 1) {
		return [`ctrl-${input.toLowerCase()}`];
	}

	if (input === '\u0003') {
		return ['ctrl-c'];
	}

	const names: string[] = [];
	for (const character of input) {
		switch (character) {
			case ' ': {
				names.push('space');

				break;
			}

			case '\r':
			case '\n': {
				names.push('return');

				break;
			}

			case '\t': {
				names.push('tab');

				break;
			}

			// Ctrl+C or Ctrl+Z pressed right after another key (`b` then Ctrl+C, faster than a read) comes in one
			// event with it: alone, Ink names it; here it was dropped as a control character, and the review went on.
			case '\u0003': {
				names.push('ctrl-c');

				break;
			}

			case '\u001A': {
				names.push('ctrl-z');

				break;
			}

			// Backspaces pressed faster than a read (held down, a loaded machine) arrive together: DEL, or BS
			// from terminals that send ^H. Alone, Ink names them itself.
			case '\u007F':
			case '\b': {
				names.push('backspace');

				break;
			}

			default: {
				if (character >= ' ') {
					names.push(character);
				}
			}
		}
	}

	return names;
}

/**
Bracketed paste's marks around pasted text, as `useInput` hands them on (ESC taken off). Between them no key is
pressed: pasted where a key is asked for (a note's text pasted before `#`), `beta test` decided six failures.
*/
const pasteMarks: ReadonlyMap<string, string> = new Map([
	['[200~', 'paste-start'],
	['[201~', 'paste-end'],
]);

/** What a paste has given a field so far: nothing yet, text ending in a space, or text ending otherwise. */
export type PastedSoFar = 'nothing' | 'space' | 'text';

/**
What a typing mode takes of text pasted into it: its characters, each line break or tab one space (a paste
ending in a line break saves nothing until Enter is pressed), and no other key (an arrow's sequence in it).
A paste comes in several events where it holds an escape sequence (Ink splits it there): `soFar` says what the
events before gave, so that a space after the sequence is kept (`a\e[0m b` gave `ab`).
*/
export function pastedNames(
	names: readonly string[],
	soFar: PastedSoFar = 'nothing',
): string[] {
	const text: string[] = [];
	let last = soFar;
	for (const name of names) {
		if (name === 'return' || name === 'tab' || name === 'space') {
			if (last === 'text') {
				text.push('space');
				last = 'space';
			}
		} else if ([...name].length === 1) {
			text.push(name);
			last = 'text';
		}
	}

	return text;
}

/** What a paste has given so far, once `names` (`pastedNames`'s) are added to what it had given (`soFar`). */
export function pastedSoFar(
	names: readonly string[],
	soFar: PastedSoFar,
): PastedSoFar {
	const last = names.at(-1);
	return last === undefined ? soFar : last === 'space' ? 'space' : 'text';
}

/**
What a typing mode (a note, a filter, a search) takes of the keys one read brought. A line typed or
pasted in one piece ("flaky on CI\r") ends at its Enter, and what follows that Enter is dropped rather
than taken as keys of the list (a stray `b` would decide a failure). Text pasted over several lines is
one line of the field: its line breaks become spaces and it is not submitted, so that all of it stays
in the field for Enter to save (a note pasted from a traceback kept only its first line).
*/
export function typedNames(names: readonly string[]): readonly string[] {
	const end = names.indexOf('return');
	if (end === -1) {
		return names;
	}

	// Ctrl+C or Ctrl+Z right after the Enter is pressed, not pasted: kept, after the line it ends.
	const isControl = (name: string) => name === 'ctrl-c' || name === 'ctrl-z';
	const isPastedLines =
		end > 0 &&
		names.slice(end).some(name => name !== 'return' && !isControl(name));
	if (!isPastedLines) {
		return [
			...names.slice(0, end + 1),
			...names.slice(end + 1).filter(name => isControl(name)),
		];
	}

	const joined: string[] = [];
	let isBreak = false;
	for (const name of names) {
		if (name === 'return') {
			isBreak = joined.length > 0;
			continue;
		}

		if (isBreak && joined.at(-1) !== 'space' && name !== 'space') {
			joined.push('space');
		}

		isBreak = false;
		joined.push(name);
	}

	return joined;
}

function specialKeyName(key: KeyFlags): string | undefined {
	if (key.upArrow) {
		return 'up';
	}

	if (key.downArrow) {
		return 'down';
	}

	if (key.leftArrow) {
		return 'left';
	}

	if (key.rightArrow) {
		return 'right';
	}

	if (key.pageUp) {
		return 'pageup';
	}

	if (key.pageDown) {
		return 'pagedown';
	}

	if (key.home) {
		return 'home';
	}

	if (key.end) {
		return 'end';
	}

	if (key.return) {
		return 'return';
	}

	if (key.escape) {
		return 'escape';
	}

	if (key.tab) {
		return key.shift ? 'shift-tab' : 'tab';
	}

	if (key.backspace || key.delete) {
		// Most terminals send DEL for Backspace, which Ink reports as `delete`.
		return 'backspace';
	}

	return undefined;
}

const keyLabels: Readonly<Record<string, string>> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift-tab': 'Shift+Tab',
	backspace: 'Backspace',
	space: 'Space',
	'ctrl-c': 'Ctrl+C',
	'ctrl-z': 'Ctrl+Z',
};

/** How a key name is shown to a person (`pagedown` → `PgDn`). */
export function displayKey(name: string): string {
	return keyLabels[name] ?? name;
}
