/**
CSI sequences (colours, cursor moves); strings ended by BEL or ST: OSC (`ESC ]`, titles, links), and APC, DCS, PM and SOS
(`ESC _`, `ESC P`, `ESC ^`, `ESC X`: Buildkite's `ESC _bk;t=1700000000000 BEL` time before a line); other escapes.
*/
const ansiPattern =
	/\u001B\[[\d;?]*[ -/]*[@-~]|\u001B[\]_P^X][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]/g;

/** Removes ANSI escape sequences (colours, cursor moves, OSC strings) from text a log printed. */
export function stripAnsi(text: string): string {
	return text.includes('\u001B') ? text.replaceAll(ansiPattern, '') : text;
}

const openCode = 0x5b; // [
const closeCode = 0x5d; // ]

/** What may come before the parameters of a test's name: letters, digits, `_`, `.` (`TestC.test_x[`). */
const nameCharacter = /[\p{L}\p{N}_.]/u;

/**
Whether the `[` at `open` in `text` opens a test's parameters: it ends a name that follows `::` (a node id:
`tests/t.py::test_x[`) or that comes first after a report header's underscores (`___ TestC.test_x[`).
Scans back over the name only, which ends at the `[` before: every `[` of a line is scanned past once.
*/
function isParameterOpen(text: string, open: number): boolean {
	let start = open;
	while (start > 0 && nameCharacter.test(text[start - 1]!)) {
		start--;
	}

	return (
		start < open &&
		((text[start - 1] === ':' && text[start - 2] === ':') ||
			(text[start - 1] === ' ' && text[start - 2] === '_'))
	);
}

/** Whether a sequence the pattern matched is a string (OSC, APC, DCS, PM, SOS) that no BEL or ST ends. */
function isUnterminatedString(sequence: string): boolean {
	const kind = sequence.charCodeAt(1);
	return (
		(kind === closeCode ||
			kind === 0x5f || // _
			kind === 0x50 || // P
			kind === 0x5e || // ^
			kind === 0x58) && // X
		!sequence.endsWith('\u0007') &&
		!sequence.endsWith('\u001B\\')
	);
}

/**
The last `[` not yet closed in a text that only grows (the stripped line as it is built), or -1: each character is
scanned once, whatever the number of calls.
*/
function openBrackets(): (text: string) => number {
	const stack: number[] = [];
	let scanned = 0;
	return text => {
		for (; scanned < text.length; scanned++) {
			const code = text.charCodeAt(scanned);
			if (code === openCode) {
				stack.push(scanned);
			} else if (code === closeCode) {
				stack.pop();
			}
		}

		return stack.at(-1) ?? -1;
	};
}

const csiFinal = /[@-~]/;

/**
Where, in `text`, the `]` that closes a test's parameters is, inside a string sequence from `start` to `end` that no
BEL or ST ended (`test_x[ESC]0;title] PASSED`): a terminal reads such a string to the next ESC or the line's end, the
id's `]` and its outcome with it. The first `]` after which, past spaces and CSI sequences (colour), the line ends or
goes on as pytest's lines go on after an id: an upper-case word (`PASSED`, `FAILED (reason)`), a summary's ` - `
message, a header's underscores, ` <- ` a file. -1 when none is: the string is kept whole. Linear: each `]`'s look
ahead stops at the first character that is neither a space nor in a CSI sequence, and the string holds no ESC.
*/
function idCloseIn(text: string, start: number, end: number): number {
	for (let index = start + 2; index < end; index++) {
		if (text.charCodeAt(index) === closeCode && endsAnId(text, index + 1)) {
			return index;
		}
	}

	return -1;
}

/** Whether `text` from `from` is what follows an id on one of pytest's lines (`idCloseIn`). */
function endsAnId(text: string, from: number): boolean {
	let index = from;
	for (;;) {
		if (text.charCodeAt(index) === 0x20) {
			index++;
		} else if (text.startsWith('\u001B[', index)) {
			index += 2;
			while (index < text.length && !csiFinal.test(text[index]!)) {
				index++;
			}

			index++;
		} else {
			break;
		}
	}

	if (index >= text.length || text[index] === '\r' || text[index] === '\n') {
		return true;
	}

	if (index === from) {
		return false;
	}

	if (
		text.startsWith('- ', index) ||
		(text[index] === '-' && index + 1 === text.length) ||
		text.startsWith('<- ', index) ||
		text.startsWith('__', index)
	) {
		return true;
	}

	let letters = index;
	while (isUpperCase(text.charCodeAt(letters))) {
		letters++;
	}

	const after = text[letters] ?? '';
	return (
		letters - index >= 4 && ['', ' ', '(', '\u001B', '\r', '\n'].includes(after)
	);
}

function isUpperCase(code: number): boolean {
	return code >= 0x41 && code <= 0x5a;
}

/**
A console line with its escape sequences removed, but for those inside a test's parameters (`test_x[…]`,
`isParameterOpen`, up to the `]` that closes it): pytest colours whole words and lines (SGR before `FAILED`,
around a header, on a traceback's source), never the bytes between a test name's brackets, so a sequence there is
the id's own, written raw under `disable_test_id_escaping_and_forfeit_all_rights_to_community_support`
(`test_p[ESC]0;title BEL]`), as pytest's XML keeps it. Stripped, two such tests were one id (`test_p[]`). A `[` with
no `]` after it in the line keeps nothing (`test_x[str-[] FAILED` in colour). Linear: one pass for the sequences,
one over its brackets.
*/
export function stripAnsiOutsideIds(text: string): string {
	if (!text.includes('\u001B')) {
		return text;
	}

	let stripped = '';
	/** Where each sequence was, in `stripped`, and the sequence. */
	const at: number[] = [];
	const sequences: string[] = [];
	let end = 0;
	const opens = openBrackets();
	let askedOpen = -1;
	let isOpenParameters = false;
	for (const match of text.matchAll(ansiPattern)) {
		stripped += text.slice(end, match.index);
		at.push(stripped.length);
		end = match.index + match[0].length;
		const open = isUnterminatedString(match[0]) ? opens(stripped) : -1;
		if (open >= 0 && open !== askedOpen) {
			// Asked once for each `[`: strings after one long name would each scan back over it.
			askedOpen = open;
			isOpenParameters = isParameterOpen(stripped, open);
		}

		const cut =
			open >= 0 && isOpenParameters ? idCloseIn(text, match.index, end) : -1;
		if (cut < 0) {
			sequences.push(match[0]);
		} else {
			// The id's own string, cut where its `]` is: the rest of the line is text again.
			sequences.push(text.slice(match.index, cut));
			stripped += text.slice(cut, end);
		}
	}

	stripped += text.slice(end);
	if (sequences.length === 0 || !stripped.includes('[')) {
		return stripped;
	}

	// The line's brackets, and which `[` are closed in it: a `]` closes the last `[` opened.
	const brackets: number[] = [];
	for (let index = 0; index < stripped.length; index++) {
		const code = stripped.charCodeAt(index);
		if (code === openCode || code === closeCode) {
			brackets.push(index);
		}
	}

	const isClosed = new Uint8Array(brackets.length);
	const open: number[] = [];
	for (const [ordinal, index] of brackets.entries()) {
		if (stripped.charCodeAt(index) === openCode) {
			open.push(ordinal);
		} else if (open.length > 0) {
			isClosed[open.pop()!] = 1;
		}
	}

	// Again, counting the open `[` that begin a test's closed parameters: a sequence met while one is open is kept.
	const isKept = new Uint8Array(sequences.length);
	let kept = 0;
	let isAnyKept = false;
	const stack: boolean[] = [];
	let ordinal = 0;
	for (const [sequence, position] of at.entries()) {
		for (
			;
			ordinal < brackets.length && brackets[ordinal]! < position;
			ordinal++
		) {
			const index = brackets[ordinal]!;
			if (stripped.charCodeAt(index) === openCode) {
				const isParameters =
					isClosed[ordinal] === 1 && isParameterOpen(stripped, index);
				stack.push(isParameters);
				kept += isParameters ? 1 : 0;
			} else if (stack.length > 0) {
				kept -= stack.pop() ? 1 : 0;
			}
		}

		if (kept > 0) {
			isKept[sequence] = 1;
			isAnyKept = true;
		}
	}

	if (!isAnyKept) {
		return stripped;
	}

	const parts: string[] = [];
	let from = 0;
	for (const [sequence, position] of at.entries()) {
		if (isKept[sequence] === 1) {
			parts.push(stripped.slice(from, position), sequences[sequence]!);
			from = position;
		}
	}

	parts.push(stripped.slice(from));
	return parts.join('');
}
