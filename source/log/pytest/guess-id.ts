/**
An id for a FAILURES/ERRORS entry no progress or summary line names (`-rN`, a truncated log, `-rP` without `f`): the
header's name, in the file its traceback or the progress letters show.
*/
import {isOutsideProject} from '../outside-project.js';
import {framesOf} from '../traceback.js';
import type {Entry} from './failure-entry.js';
import type {HeaderInputs} from './headers.js';
import {headerKey} from './ids.js';
import type {TestState} from './test-state.js';

/** Each FAILURES/ERRORS entry's place among those of its kind, and how many there are (`headers.ts`). */
export type EntryOrdinals = {
	readonly index: ReadonlyMap<Entry, number>;
	readonly failures: number;
	readonly errors: number;
};

/** An entry whose test no other line names (`-rN`, or a truncated log): the id comes from the traceback. */
export function guessState(
	entry: Entry,
	inputs: HeaderInputs,
	ordinals: EntryOrdinals,
): TestState {
	const summarized = summaryReportAt(entry, inputs, ordinals);
	if (summarized) {
		return summarized;
	}

	const {tests, ids, warnings} = inputs;
	const name = headerKey(entry.name);
	const bracket = name.indexOf('[');
	const head = bracket === -1 ? name : name.slice(0, bracket);
	const tail =
		head.replaceAll('.', '::') + (bracket === -1 ? '' : name.slice(bracket));
	const testName = head.split('.').pop()!;
	// The test's own frame names its file; else the first Python file of the project the traceback names
	// (`--tb=native` starts a unittest failure in unittest/case.py, a teardown error in _pytest/runner.py).
	const frames = framesOf(entry.traceback).filter(frame =>
		frame.path.endsWith('.py'),
	);
	const file =
		frames.find(frame => frame.function === testName)?.path ??
		progressFileOf(entry, frames, inputs, ordinals) ??
		(frames.find(frame => !isOutsideProject(frame.path)) ?? frames[0])?.path;

	const id = file ? `${ids.normalize(file)}::${tail}` : tail;
	warnings.push({
		line: entry.startLine,
		message: `no progress or summary line names "${entry.name}"; its node id was rebuilt as ${id}`,
	});
	return tests.getOrAdd(ids.normalize(id));
}

/**
A traceback that never reaches its test's own frame (a plugin's hook raised in the call, a fixture in its setup):
the progress letters say the test's file. pytest prints its FAILURES (and ERRORS) entries in the order of the `F`
(`E`) letters: when there are as many letters as entries, the entry's letter's file; else the file of those letters
that the traceback names or, when it names none, the only one.
*/
function progressFileOf(
	entry: Entry,
	frames: ReadonlyArray<{path: string}>,
	inputs: HeaderInputs,
	ordinals: EntryOrdinals,
): string | undefined {
	const isFailure = entry.kind === 'failure';
	const letters = isFailure
		? inputs.progressFiles?.failed
		: inputs.progressFiles?.errored;
	if (!letters || letters.length === 0) {
		return undefined;
	}

	const ordinal = ordinals.index.get(entry);
	if (
		ordinal !== undefined &&
		letters.length === (isFailure ? ordinals.failures : ordinals.errors)
	) {
		return letters[ordinal];
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
