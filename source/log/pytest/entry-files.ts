/**
What the other FAILURES/ERRORS entries and the named tests say of files, for an entry whose traceback names none
(`guess-id.ts`: a unittest `Unexpected success`, a `[XPASS(strict)]`). Each entry's own file is read once, and the files
by class and by place are gathered once for the log (the tests' as they are added), so that thousands of such entries
do not each read every other entry and every test again.
*/
import {framesOf} from '../traceback.js';
import {type Entry, workerOfEntry} from './failure-entry.js';
import {headerKey} from './ids.js';
import type {TestTable} from './tests.js';

/** An entry's own file, `null` when its traceback shows none. */
const ownFiles = new WeakMap<Entry, string | null>();

/** The file of the entry's test's own frame, if its traceback shows it. */
export function ownFileOf(entry: Entry): string | undefined {
	let file = ownFiles.get(entry);
	if (file === undefined) {
		file = readOwnFile(entry) ?? null;
		ownFiles.set(entry, file);
	}

	return file ?? undefined;
}

function readOwnFile(entry: Entry): string | undefined {
	const name = headerKey(entry.name);
	const bracket = name.indexOf('[');
	const testName = (bracket === -1 ? name : name.slice(0, bracket))
		.split(' ')[0]!
		.split('.')
		.pop();
	return framesOf(entry.traceback).find(
		frame => frame.function === testName && frame.path.endsWith('.py'),
	)?.path;
}

type EntryIndex = {
	readonly place: Map<Entry, number>;
	/** For each class prefix of the entries' names (`TestA.`, `TestA.Inner.`), the own files of its entries, counted. */
	readonly byClass: Map<string, Map<string, number>>;
	/** For each entry, the own file of the nearest entry before (after) it of its kind and worker that shows one. */
	readonly before: Array<string | undefined>;
	readonly after: Array<string | undefined>;
};

const entryIndexes = new WeakMap<readonly Entry[], EntryIndex>();

function entryIndexOf(entries: readonly Entry[]): EntryIndex {
	let index = entryIndexes.get(entries);
	if (index) {
		return index;
	}

	index = {place: new Map(), byClass: new Map(), before: [], after: []};
	const groupOf = (entry: Entry) =>
		`${entry.kind === 'failure'} ${workerOfEntry(entry) ?? ''}`;
	const groups = entries.map(entry => groupOf(entry));
	let last = new Map<string, string>();
	for (const [at, entry] of entries.entries()) {
		index.place.set(entry, at);
		index.before.push(last.get(groups[at]!));
		const own = ownFileOf(entry);
		if (own === undefined) {
			continue;
		}

		last.set(groups[at]!, own);
		const name = headerKey(entry.name);
		const bracket = name.indexOf('[');
		const end = bracket === -1 ? name.length : bracket;
		for (let dot = name.indexOf('.'); dot !== -1 && dot < end;) {
			const prefix = name.slice(0, dot + 1);
			const files = index.byClass.get(prefix) ?? new Map<string, number>();
			files.set(own, (files.get(own) ?? 0) + 1);
			index.byClass.set(prefix, files);
			dot = name.indexOf('.', dot + 1);
		}
	}

	last = new Map();
	for (let at = entries.length - 1; at >= 0; at--) {
		index.after[at] = last.get(groups[at]!);
		const own = ownFileOf(entries[at]!);
		if (own !== undefined) {
			last.set(groups[at]!, own);
		}
	}

	entryIndexes.set(entries, index);
	return index;
}

/** The own files of the entries other than `entry` whose names start with `prefix` (`TestA.`). */
export function classFilesOfEntries(
	entries: readonly Entry[],
	entry: Entry,
	prefix: string,
): string[] {
	const counts = entryIndexOf(entries).byClass.get(prefix);
	if (!counts) {
		return [];
	}

	const own = headerKey(entry.name).startsWith(prefix)
		? ownFileOf(entry)
		: undefined;
	return [...counts]
		.filter(([file, count]) => file !== own || count > 1)
		.map(([file]) => file);
}

/** The own files of the nearest entries before and after `entry` of its kind (failure or error) and xdist worker. */
export function neighbourFiles(
	entries: readonly Entry[],
	entry: Entry,
): {before: string | undefined; after: string | undefined} {
	const index = entryIndexOf(entries);
	const at = index.place.get(entry);
	return at === undefined
		? {before: undefined, after: undefined}
		: {before: index.before[at], after: index.after[at]};
}

/** Ids with more `::` than this are read for each lookup rather than indexed by each run of their parts. */
const indexedSeparators = 12;

type TestIndex = {
	/** For each `::A::B::` the tests' ids hold, the files before its first place in them. */
	readonly byClassPart: Map<string, Set<string>>;
	/**
	For each test's name (its id's last part, without parameters), every part of its ids before a `::` (`tests/a.py`,
	`tests/a.py::TestA`): where the log names a test of that name.
	*/
	readonly byTestName: Map<string, Set<string>>;
	/** Ids with many `::`, looked through at each lookup. */
	readonly long: number[];
	read: number;
};

/** By the entries being matched: the table's ids are not renamed while they are. */
const testIndexes = new WeakMap<readonly Entry[], TestIndex>();

/**
The files of the tests' ids that hold `classPart` (`::TestA::Inner::`): what comes before its first place in each, while
`entries` are matched with the tests of `tests`.
*/
export function classFilesOfTests(
	entries: readonly Entry[],
	tests: TestTable,
	classPart: string,
): string[] {
	const index = testIndexOf(entries, tests);
	const files = new Set(index.byClassPart.get(classPart));
	for (const row of index.long) {
		const id = tests.ids.idAt(row);
		const at = id.indexOf(classPart);
		if (at > 0) {
			files.add(id.slice(0, at));
		}
	}

	return [...files];
}

/**
Of `files`, those in which the tests' ids name a test called `testName` (`test_b`, any parameters): by the index, read
once for all the entries being matched.
*/
export function filesNamingTest(
	entries: readonly Entry[],
	tests: TestTable,
	files: Iterable<string>,
	testName: string,
): string[] {
	const naming = testIndexOf(entries, tests).byTestName.get(testName);
	return naming ? [...files].filter(file => naming.has(file)) : [];
}

function testIndexOf(entries: readonly Entry[], tests: TestTable): TestIndex {
	let index = testIndexes.get(entries);
	if (!index) {
		index = {byClassPart: new Map(), byTestName: new Map(), long: [], read: 0};
		testIndexes.set(entries, index);
	}

	// Rows added since the last lookup (ids rebuilt for the entries before) are read now; none is removed meanwhile.
	for (; index.read < tests.size; index.read++) {
		if (!tests.isMergedAt(index.read)) {
			const id = tests.ids.idAt(index.read);
			addTest(index, index.read, id);
			addTestName(index, id);
		}
	}

	return index;
}

function addTestName(index: TestIndex, id: string): void {
	const bracket = id.indexOf('[');
	const head = bracket === -1 ? id : id.slice(0, bracket);
	const last = head.lastIndexOf('::');
	if (last === -1) {
		return;
	}

	const name = head.slice(last + 2);
	const parts = index.byTestName.get(name) ?? new Set<string>();
	for (
		let at = head.indexOf('::');
		at !== -1 && at <= last;
		at = head.indexOf('::', at + 1)
	) {
		parts.add(head.slice(0, at));
	}

	index.byTestName.set(name, parts);
}

function addTest(index: TestIndex, row: number, id: string): void {
	const separators: number[] = [];
	for (
		let at = id.indexOf('::');
		at !== -1 && separators.length <= indexedSeparators;
		at = id.indexOf('::', at + 1)
	) {
		separators.push(at);
	}

	if (separators.length > indexedSeparators) {
		index.long.push(row);
		return;
	}

	for (const [first, start] of separators.entries()) {
		for (const end of separators.slice(first + 1)) {
			if (end < start + 3) {
				continue;
			}

			const part = id.slice(start, end + 2);
			const at = id.indexOf(part);
			if (at > 0) {
				const files = index.byClassPart.get(part) ?? new Set<string>();
				files.add(id.slice(0, at));
				index.byClassPart.set(part, files);
			}
		}
	}
}
