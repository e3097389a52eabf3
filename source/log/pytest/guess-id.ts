/**
An id for a FAILURES/ERRORS entry no progress or summary line names (`-rN`, a truncated log, `-rP` without `f`): the
header's name, in the file its traceback or the progress letters show.
*/
import {isOutsideProject} from '../outside-project.js';
import {framesOf} from '../traceback.js';
import type {Entry} from './failure-entry.js';
import {
	classFilesOfEntries,
	classFilesOfTests,
	filesNamingTest,
	neighbourFiles,
} from './entry-files.js';
import {doctestLocation} from './failure-shapes.js';
import type {HeaderInputs} from './headers.js';
import {headerKey} from './ids.js';
import {relativeFile} from './relative-paths.js';
import type {TestState} from './test-state.js';

/** Each FAILURES/ERRORS entry's place among those of its kind, and how many there are (`headers.ts`). */
export type EntryOrdinals = {
	readonly index: ReadonlyMap<Entry, number>;
	/** The same among the entries of a progress letter (`F`, `E`): a failed subtest's has none. */
	readonly letterIndex: ReadonlyMap<Entry, number>;
	readonly failures: number;
	readonly letteredFailures: number;
	readonly errors: number;
};

/**
An entry whose test no other line names (`-rN`, or a truncated log): the id comes from the traceback. `headerName`: the
test's part of the header when the rest names a subtest (`TestA.test_b` of `TestA.test_b (i=2)`).
*/
export function guessState(
	entry: Entry,
	inputs: HeaderInputs,
	ordinals: EntryOrdinals,
	headerName?: string,
): TestState {
	const summarized =
		headerName === undefined
			? summaryReportAt(entry, inputs, ordinals)
			: undefined;
	if (summarized) {
		return summarized;
	}

	const {tests, ids, warnings} = inputs;
	const name = headerKey(headerName ?? entry.name);
	const bracket = name.indexOf('[');
	const head = bracket === -1 ? name : name.slice(0, bracket);
	// A doctest's item is named by its dotted name (`shop/cart.py::shop.cart.Cart.count`), a test by its classes.
	const isDoctest = name !== (headerName ?? entry.name);
	const tail = isDoctest
		? name
		: head.replaceAll('.', '::') + (bracket === -1 ? '' : name.slice(bracket));
	const testName = head.split('.').pop()!;
	// The file of the entry's own progress letter; else the test's own frame names its file (not when the test is a
	// function another module imported: pony's `testutils.test_exception_msg`, collected in every module that
	// imports it); else the first Python file of the project the traceback names (`--tb=native` starts a unittest
	// failure in unittest/case.py, a teardown error in _pytest/runner.py).
	const frames = framesOf(entry.traceback).filter(frame =>
		frame.path.endsWith('.py'),
	);
	// A hook's frame (a conftest's or a plugin's `pytest_runtest_call` raising) or a conftest's fixture names no test's file.
	const testFrames = frames.filter(frame => !isHookFrame(frame));
	const shownFile =
		letterFileOf(entry, inputs, ordinals) ??
		(isDoctest ? doctestFileOf(entry) : undefined) ??
		frames.find(frame => frame.function === testName)?.path ??
		progressFileOf(entry, frames, inputs) ??
		// A test module's frame over the project's other files (a class setup's chained error starts in the library,
		// `cherrypy/lib/reprconf.py`, and reaches `test_config.py` in `setup_server`).
		testFrames.find(
			frame => !isOutsideProject(frame.path) && isTestModule(frame.path),
		)?.path;
	// No test module shown: the id as pytest printed it elsewhere, before a file the project's other frames or the
	// neighbouring entries suggest.
	const named =
		shownFile === undefined && !isDoctest
			? nodeIdNaming(tail, entry, inputs)
			: undefined;
	if (named !== undefined) {
		warnings.push({
			line: entry.startLine,
			message: `no progress or summary line names "${entry.name}"; its node id is ${named}, the one the warnings summary or --durations prints with its names`,
		});
		return tests.getOrAdd(named);
	}

	const file =
		shownFile ??
		testFrames.find(frame => !isOutsideProject(frame.path))?.path ??
		classFileOf(entry, head, inputs) ??
		neighboursFileOf(entry, inputs) ??
		// Every frame outside the project (`mock.patch` failing before the test's own frame): the first names a
		// library's file, no test's, unless nothing else names one.
		testFrames[0]?.path;

	const id = file ? `${idFileOf(file, inputs)}::${tail}` : tail;
	warnings.push({
		line: entry.startLine,
		message: `no progress or summary line names "${entry.name}"; its node id was rebuilt as ${id}`,
	});
	return tests.getOrAdd(ids.normalize(id));
}

/** `file` as a rebuilt id names it: relative to where the log's relative paths start, when it shows that (`relative-paths.ts`). */
function idFileOf(file: string, inputs: HeaderInputs): string {
	return relativeFile(inputs.ids.normalize(file), {
		entries: inputs.entries,
		// Read once per log, when the first absolute file asks (`rootsOf`).
		get relativeFiles() {
			return [
				...(inputs.progressFiles?.failed ?? []),
				...(inputs.progressFiles?.errored ?? []),
				...(inputs.skipFiles ?? []),
				// A node id's file, rootdir-relative, as a rebuilt id's is (under `-q -n 2 --tb=native` the only
				// relative paths a log may print).
				...nodeIdFiles(inputs.nodeIds),
				// The files of the ids `-v` lines and the short summary named (`XFAIL tests/test_a.py::TestA::test_b`).
				...inputs.tests
					.files()
					.filter(file => file.endsWith('.py') && !file.startsWith('/')),
			];
		},
		absoluteFiles: inputs.warningFiles ?? [],
	});
}

/** The files of node ids the warnings summary or `--durations` printed (`tests/test_x.py` of `tests/test_x.py::test_y`). */
function nodeIdFiles(nodeIds: readonly string[] | undefined): string[] {
	const files: string[] = [];
	for (const id of nodeIds ?? []) {
		const end = id.indexOf('::');
		if (end > 0 && id.startsWith('.py', end - 3)) {
			files.push(id.slice(0, end));
		}
	}

	return files;
}

/**
A test the warnings summary or `--durations` names by its node id, printed as it is (`tests/test_x.py::TestA::test_b[1]`,
rootdir-relative: no prefix to add or take off), where no line the entry can be matched by names it (an `[XPASS(strict)]`
or unittest `Unexpected success` entry, no frame, under `-q` or xdist): the one such id of the header's names, when only
one is and no other entry of its kind has it. Asked only when no letters' file and no test module's frame show a file.
*/
function nodeIdNaming(
	tail: string,
	entry: Entry,
	inputs: HeaderInputs,
): string | undefined {
	const suffix = `::${tail}`;
	let found: string | undefined;
	for (const id of inputs.nodeIds ?? []) {
		const file = id.slice(0, -suffix.length);
		if (
			id.length > suffix.length &&
			id.endsWith(suffix) &&
			file.endsWith('.py') &&
			!file.includes('::')
		) {
			if (found !== undefined && found !== id) {
				return undefined;
			}

			found = id;
		}
	}

	const state = found === undefined ? undefined : inputs.tests.get(found);
	const slot =
		entry.kind === 'failure'
			? 'failedEntry'
			: entry.kind === 'setup'
				? 'errorEntry'
				: 'teardownEntry';
	return state?.[slot] === undefined ? found : undefined;
}

/**
The file a doctest's report names in its location line (`/src/docs/README.rst:93: DocTestFailure`): a text file's
(`--doctest-glob`) is no Python frame, and an unexpected exception's frames are the library's (`httplib2/__init__.py`).
*/
function doctestFileOf(entry: Entry): string | undefined {
	const {traceback} = entry;
	for (let index = traceback.length - 1; index >= 0; index--) {
		const at = doctestLocation.exec(traceback[index]!)?.index;
		if (at !== undefined && at > 0) {
			return traceback[index]!.slice(0, at);
		}
	}

	return undefined;
}

/**
A frame of a hook's implementation (`pytest_runtest_call`, `pytest_runtest_setup`), a plugin's or a conftest's, or any
frame in a `conftest.py` (a fixture's), from which pytest collects no test.
*/
function isHookFrame(frame: {path: string; function?: string}): boolean {
	return (
		frame.function?.startsWith('pytest_') === true ||
		frame.path === 'conftest.py' ||
		frame.path.endsWith('/conftest.py') ||
		frame.path.endsWith('\\conftest.py')
	);
}

/** A file pytest collects tests from by default (`python_files = test_*.py *_test.py`). */
function isTestModule(path: string): boolean {
	return /(?:^|[/\\])(?:test_[^/\\]*|[^/\\]*_test)\.py$/.test(path);
}

/**
A report with no traceback at all (a unittest test's `Unexpected success`, pytest's `[XPASS(strict)]`) in a class: the
file the other entries of that class name in their test's own frame, when they name one file only.
*/
function classFileOf(
	entry: Entry,
	head: string,
	inputs: HeaderInputs,
): string | undefined {
	const dot = head.lastIndexOf('.');
	if (dot === -1) {
		return undefined;
	}

	const prefix = head.slice(0, dot + 1);
	// The class's other tests the log names (`-v` lines, `-rp`'s `PASSED` lines), where its file shows; and the file
	// its other entries name in their test's own frame.
	// An entry's frame may name the file absolute (an exception group's, `--tb=native`) where a line names the class's
	// test relative: one file, as an id names it.
	const files = new Set(
		[
			...classFilesOfTests(
				inputs.entries,
				inputs.tests,
				`::${prefix.replaceAll('.', '::')}`,
			),
			...classFilesOfEntries(inputs.entries, entry, prefix),
		].map(file => idFileOf(file, inputs)),
	);
	if (files.size <= 1) {
		return [...files][0];
	}

	// A class of one name in several files (python-etcd's `TestClientRequest`, in test_request.py and
	// test_old_request.py): the one file where the log names a test of this name in another class, a base class's test
	// the class inherits and is reported under both.
	const naming = filesNamingTest(
		inputs.entries,
		inputs.tests,
		files,
		head.slice(dot + 1),
	);
	return naming.length === 1 ? naming[0] : undefined;
}

/**
A report with no traceback and no class (a module's `[XPASS(strict)]`, under `-q`): pytest runs a module's tests one
after another and prints a section's entries in the order its reports came, so an entry between two of one file (their
test's own frame) is of that file too. Under xdist only a worker's own reports are in order: its neighbours are those of
its worker (the `[gw0] linux -- Python …` line that starts each report). Before the first such entry of a file, or
after its last, it may be of the file before or after, or of one with no other failure: no file then. Two orders a team
opts into break a module's run in two, and say so only in the header `-q` leaves out: pytest-random-order's `global`
bucket, and `--ff` (the last run's failures first, then the rest: an entry at that seam may be misplaced).
*/
function neighboursFileOf(
	entry: Entry,
	inputs: HeaderInputs,
): string | undefined {
	const {before, after} = neighbourFiles(inputs.entries, entry);
	return before !== undefined && before === after ? before : undefined;
}

/**
pytest prints its FAILURES (and ERRORS) entries in the order of the `F` (`E`) letters: when there are as many letters
as entries, the entry's letter's file.
*/
function letterFileOf(
	entry: Entry,
	inputs: HeaderInputs,
	ordinals: EntryOrdinals,
): string | undefined {
	const isFailure = entry.kind === 'failure';
	const letters = lettersOf(entry, inputs);
	const ordinal = ordinals.letterIndex.get(entry);
	return letters &&
		ordinal !== undefined &&
		letters.length === (isFailure ? ordinals.letteredFailures : ordinals.errors)
		? letters[ordinal]
		: undefined;
}

/** The files of the progress letters of an entry's kind (`F` for a failure, `E` for an error). */
function lettersOf(
	entry: Entry,
	inputs: HeaderInputs,
): readonly string[] | undefined {
	const letters =
		entry.kind === 'failure'
			? inputs.progressFiles?.failed
			: inputs.progressFiles?.errored;
	return letters && letters.length > 0 ? letters : undefined;
}

/**
A traceback that never reaches its test's own frame (a plugin's hook raised in the call, a fixture in its setup),
and letters that are not one an entry: the file of those letters that the traceback names or, when it names none,
the only one.
*/
function progressFileOf(
	entry: Entry,
	frames: ReadonlyArray<{path: string}>,
	inputs: HeaderInputs,
): string | undefined {
	const letters = lettersOf(entry, inputs);
	if (!letters) {
		return undefined;
	}

	const files = new Set(letters);
	for (const frame of frames) {
		for (const file of files) {
			if (frame.path === file || frame.path.endsWith(`/${file}`)) {
				return file;
			}
		}
	}

	return files.size === 1 ? letters[0] : undefined;
}

/**
A header that is not its test's name (a non-Python item's report, headed by its `reportinfo`: `usecase: spec: case 1 ok`):
pytest prints the FAILURES (ERRORS) entries and the short summary's FAILED (ERROR) lines in the same order, that of its
reports. When the summary names as many as there are entries, the entry's line names its test, if that test has no
entry of that kind yet.
*/
function summaryReportAt(
	entry: Entry,
	inputs: HeaderInputs,
	ordinals: EntryOrdinals,
): TestState | undefined {
	const ordinal = ordinals.index.get(entry);
	if (ordinal === undefined) {
		return undefined;
	}

	if (entry.kind === 'failure') {
		const failed = inputs.summaryFailed;
		const report =
			failed?.length === ordinals.failures ? failed[ordinal] : undefined;
		return report && !report.subtest && report.state.failedEntry === undefined
			? report.state
			: undefined;
	}

	if (entry.kind !== 'setup' && entry.kind !== 'teardown') {
		return undefined;
	}

	const {summaryErrors} = inputs;
	const state =
		summaryErrors.length === ordinals.errors
			? summaryErrors[ordinal]
			: undefined;
	const slot = entry.kind === 'setup' ? 'errorEntry' : 'teardownEntry';
	return state && state[slot] === undefined ? state : undefined;
}
