/**
Node ids as pytest prints them: where an id ends on a line, the keys that match a report's header or a short summary's path to an id, and the rootdir-relative form every id is kept in.
*/
import {fileOfId} from '../model.js';

export type IdAndMessage = {id: string; message?: string};

/**
Splits `id - message` at the first ` - ` outside brackets. When the brackets do not balance and every ` - ` is
inside one (`test_check[[1, 2] - AssertionError…`), at the first one of the least depth.
*/
export function splitIdAndMessage(text: string): IdAndMessage {
	return idAndMessageSplits(text)[0]!;
}

/**
Every way to read `id - message`, the likeliest first (see `splitIdAndMessage`), the whole text as an id last.
More than one only when no ` - ` is outside brackets: then which is right shows in the ids the log names elsewhere.
*/
export function idAndMessageSplits(text: string): IdAndMessage[] {
	let depth = 0;
	const candidates: Array<{index: number; depth: number}> = [];
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '[') {
			depth++;
		} else if (char === ']') {
			depth = Math.max(0, depth - 1);
		} else if (char === ' ' && text.startsWith(' - ', index)) {
			if (depth === 0) {
				return [{id: text.slice(0, index), message: text.slice(index + 3)}];
			}

			candidates.push({index, depth});
		}
	}

	if (depth === 0) {
		// Balanced, and every ` - ` inside brackets: an id alone (`test_p[x**5 - 5*x]`).
		return [{id: text}];
	}

	const splits = candidates
		.toSorted((a, b) => a.depth - b.depth || a.index - b.index)
		.map(({index}) => ({
			id: text.slice(0, index),
			message: text.slice(index + 3),
		}));
	return [...splits, {id: text}];
}

export function isBalanced(text: string): boolean {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 91 /* [ */) {
			depth++;
		} else if (code === 93 /* ] */) {
			depth--;
		}
	}

	return depth === 0;
}

/**
Where the id at the start of a line's `text` ends, other text (a worker's output) maybe after it: the first space
outside brackets after `::` for an item of a Python module (`findIdEnd`); -1 (all of it) for an item a plugin
collects from another kind of file (`test_users.tavern.yaml::Create a user`), named as its file says, spaces and all.
*/
export function lineIdEnd(text: string): number {
	const separator = text.indexOf('::');
	if (separator === -1) {
		return findIdEnd(text);
	}

	if (!isPythonModule(text.slice(0, separator))) {
		return -1;
	}

	// The path before `::` may hold spaces (`My Project/tests/test_a.py`); the name cannot.
	const end = findIdEnd(text.slice(separator));
	return end === -1 ? -1 : separator + end;
}

/** Whether an id's file part is a Python module (`.py`), whose items are functions and classes, named without spaces. */
export function isPythonModule(file: string): boolean {
	return file.endsWith('.py');
}

/**
In `XPASS id reason` (no ` - `), where the id ends. A bracket right after ESC begins an escape sequence an id holds
(`test_x[ESC]0;a title]`, `ESC[31m`), not a parameter.
*/
export function findIdEnd(text: string): number {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (text[index - 1] === '\u001B') {
			continue;
		}

		if (char === '[') {
			depth++;
		} else if (char === ']') {
			depth--;
		} else if (char === ' ' && depth === 0) {
			return index;
		}
	}

	return -1;
}

/** The part of an id a FAILURES header names: `TestA.test_b[x]` for `tests/t.py::TestA::test_b[x]`. */
export function tailKey(id: string): string {
	const separator = id.indexOf('::');
	if (separator === -1) {
		return id;
	}

	const tail = withoutGroup(id.slice(separator + 2));
	const bracket = tail.indexOf('[');
	const head = bracket === -1 ? tail : tail.slice(0, bracket);
	return (
		head.replaceAll('::', '.') + (bracket === -1 ? '' : tail.slice(bracket))
	);
}

/**
xdist's `--dist loadgroup` puts the test's `xdist_group` after its node id (`test_b[x]@serial`), and the -v lines, the
short summary and the XML say so; a FAILURES header does not. A name holds no `@`, and parameters end with `]`.
*/
function withoutGroup(tail: string): string {
	if (!tail.includes('[')) {
		const at = tail.indexOf('@');
		return at === -1 ? tail : tail.slice(0, at);
	}

	if (tail.endsWith(']')) {
		return tail;
	}

	const at = tail.lastIndexOf(']@');
	return at === -1 ? tail : tail.slice(0, at + 1);
}

/** A header's title as a `tailKey`. */
export function headerKey(name: string): string {
	return name.startsWith('[doctest] ') ? name.slice('[doctest] '.length) : name;
}

/** An id without its directories: the same test printed relative to two directories has one key. */
export function suffixKey(id: string): string {
	const separator = id.indexOf('::');
	const file = separator === -1 ? id : id.slice(0, separator);
	const base = file.slice(file.lastIndexOf('/') + 1);
	return base + (separator === -1 ? '' : id.slice(separator));
}

/** Whether two ids' file paths can be the same file seen from two directories. */
export function pathsAgree(a: string, b: string): boolean {
	const fileA = fileOfId(a).replace(/^(?:\.\.\/)+/, '');
	const fileB = fileOfId(b).replace(/^(?:\.\.\/)+/, '');
	return (
		fileA === fileB ||
		fileA.endsWith(`/${fileB}`) ||
		fileB.endsWith(`/${fileA}`)
	);
}

/**
Where the rootdir's path ends in an id printed for a test file given outside the rootdir (`--rootdir` or `-c`
elsewhere): its node id has an empty path (`::test_b`, as `--pyargs` gives; the XML's classname is ""), printed
after the rootdir's path from where pytest ran: `other/::test_b` by pytest 7.2, `other::test_b` by pytest 9, which
no file part holds but for a file with no extension (pytest-cpp's test binaries): only when the rootdir (`rootdir`,
the header's) ends with that path, or the path is only `..`. -1 for any other id.
*/
export function emptyPathEnd(id: string, rootdir: string | undefined): number {
	const separator = id.indexOf('::');
	if (separator <= 0) {
		return -1;
	}

	if (id.charCodeAt(separator - 1) === 47 /* / */) {
		// No file part ends with a slash.
		return id.slice(0, separator).includes(' ') ? -1 : separator;
	}

	const path = id.slice(0, separator);
	const last = path.slice(path.lastIndexOf('/') + 1);
	if (last.includes('.') && last !== '..') {
		return -1;
	}

	const below = path.replace(/^(?:\.\.\/)*(?:\.\.$)?/, '');
	if (below === '') {
		return separator;
	}

	const root = rootdir?.replace(/\/+$/, '');
	return !/\s/.test(below) && root?.endsWith(`/${below}`) ? separator : -1;
}

/** Makes node ids relative to the rootdir, whatever base a line printed them against. */
export class IdNormalizer {
	/** The subdirectory pytest ran from, relative to the rootdir (`tests/`), once known. */
	invocationPrefix: string | undefined;
	/** The way down from the directory pytest ran from to the rootdir (`pkg/`), once known. */
	invocationAbove: string | undefined;

	private readonly rootdirOf: () => string | undefined;

	/** The session header's rootdir as read so far. */
	get rootdir(): string | undefined {
		return this.rootdirOf();
	}

	/** `rootdir`: the session header's rootdir as read so far. */
	constructor(rootdir: () => string | undefined) {
		this.rootdirOf = rootdir;
	}

	normalize(raw: string): string {
		const emptyPath = emptyPathEnd(raw, this.rootdirOf());
		if (emptyPath !== -1) {
			raw = raw.slice(emptyPath);
		}

		if (raw.startsWith('::') && !raw.includes('::', 2)) {
			// A module outside the rootdir named with --pyargs has the empty node id: its doctests and functions
			// print as `::pkg.mod.func`, which the XML writes as classname "" and name `pkg.mod.func`. A method
			// (`::TestA::test_b`) keeps it: the XML's classname is `.TestA`.
			return raw.slice(2);
		}

		if (
			this.invocationAbove &&
			raw.startsWith(this.invocationAbove) &&
			raw.length > this.invocationAbove.length
		) {
			return raw.slice(this.invocationAbove.length);
		}

		const separator = raw.indexOf('::');
		const file = separator === -1 ? raw : raw.slice(0, separator);
		const rest = separator === -1 ? '' : raw.slice(separator);
		if (!file.startsWith('../') && !file.startsWith('/')) {
			// Idempotent: ids already made rootdir-relative pass through.
			return this.invocationPrefix && !raw.startsWith(this.invocationPrefix)
				? this.invocationPrefix + raw
				: raw;
		}

		const rootdir = this.rootdirOf()?.replace(/^\/+/, '').replace(/\/+$/, '');
		if (!rootdir) {
			return raw;
		}

		const stripped = file.replace(/^(?:\.\.\/)+/, '').replace(/^\/+/, '');
		if (stripped.startsWith(`${rootdir}/`)) {
			return stripped.slice(rootdir.length + 1) + rest;
		}

		return file.startsWith('../')
			? belowRootdirTail(stripped, rootdir, rest, raw)
			: raw;
	}
}

/**
A file printed up from where pytest ran and down again (`../cfg/test_io.py`), whose way down starts with the rootdir's
last directories (`rootdir: /src/cfg`): pytest ran beside its rootdir (`-c cfg/pytest.ini`, `--rootdir=../cfg`), and the
rest is the node id (`test_io.py`). The longest such tail is taken; any other file stays as printed.
*/
function belowRootdirTail(
	stripped: string,
	rootdir: string,
	rest: string,
	raw: string,
): string {
	// The rootdir's last eight directories at most, longest first: a few checks an id, whatever the rootdir's depth.
	const parts = rootdir.split('/');
	for (let count = Math.min(parts.length - 1, 8); count >= 1; count--) {
		const tail = `${parts.slice(-count).join('/')}/`;
		if (stripped.startsWith(tail) && stripped.length > tail.length) {
			return stripped.slice(tail.length) + rest;
		}
	}

	return raw;
}
