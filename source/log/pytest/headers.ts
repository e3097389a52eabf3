/**
Which test each FAILURES/ERRORS entry belongs to: a header names `TestA.test_b[x]`, not the node id, so it is matched to the tests the progress lines and the short summary named, by name, by the kind of report each test still lacks, and by the paths in its traceback. An entry no line names gets an id rebuilt from its traceback.
*/
import {fineStepMask, type Steps} from '../../in-turns.js';
import type {Warning} from '../model.js';
import {crashLocationOf} from '../traceback.js';
import type {Entry} from './failure-entry.js';
import {guessState, type EntryOrdinals} from './guess-id.js';
import {ClassErrors} from './class-in-file.js';
import {CollectPaths} from './collect-paths.js';
import type {IdNormalizer} from './ids.js';
import {HeaderCandidates} from './header-candidates.js';
import {
	addWorkerEntry,
	claimOpenReportEntry,
	claimWorkerEntry,
} from './each-workers.js';
import {claimSubtestEntry, subtestEnd, type FailedReport} from './subtests.js';
import {assignLineEntries} from './line-entries.js';
import {applySummaryErrors} from './summary-errors.js';
import type {EntrySlot, TestState} from './test-state.js';
import type {TestTable} from './tests.js';
import {crashedIdOf} from './worker-crash-ids.js';

export type HeaderInputs = {
	/** Every entry of the FAILURES and ERRORS sections, in log order. */
	readonly entries: readonly Entry[];
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	/** The tests the short summary names as ERROR. */
	readonly summaryErrors: readonly TestState[];
	/** The reports the short summary names as FAILED and SUBFAILED, in its order (that of pytest's reports and FAILURES entries). */
	readonly summaryFailed?: readonly FailedReport[];
	/** The file of each progress letter `F` (`failed`) and `E` (`errored`), as printed, in order. */
	readonly progressFiles?: {
		readonly failed: readonly string[];
		readonly errored: readonly string[];
		/** Every file a line of letters named. */
		readonly named?: ReadonlySet<string>;
	};
	/** How many `E` progress letters were counted, when the log has letters (collection errors print none). */
	readonly letterErrors?: number;
	/** How many teardown errors the letters show beyond one letter per test run (`teardownsByLetters`). */
	readonly letterTeardowns?: number;
	/** `-v` lines named the tests; the failed reports pytest's final line counts. */
	readonly isVerbose?: boolean;
	readonly reportedFailed?: number;
	/** The files the short summary's `SKIPPED [1] path:line: reason` lines name, relative to where pytest ran. */
	readonly skipFiles?: ReadonlySet<string>;
	/** The absolute files the warnings summary says warnings were raised in (`durations.ts`). */
	readonly warningFiles?: readonly string[];
	/** Node ids the warnings summary and the `--durations` section printed as they are, rootdir-relative (`durations.ts`). */
	readonly nodeIds?: readonly string[];
	/** Where a rebuilt id or an unmatched `--tb=line` entry is reported. */
	readonly warnings: Warning[];
};

/** Matches every FAILURES/ERRORS entry with the test report it describes (the `…Entry` fields), in steps (in-turns.ts). */
export function* assignEntries(inputs: HeaderInputs): Steps<void> {
	const {entries, tests, ids, summaryErrors} = inputs;
	const stateOf = (rawId: string) => tests.getOrAdd(ids.normalize(rawId));
	const candidates = new HeaderCandidates(tests);
	const candidatesOf = (key: string) => candidates.candidatesOf(key);
	const errorsWithEntry = new Set<TestState>();
	// Only an entry no line names asks for the entries' places (`guessState`): most logs never do.
	let ordinals: EntryOrdinals | undefined;
	const ordinalsNow = () => {
		ordinals ??= ordinalsOf(entries);
		return ordinals;
	};

	// A test rebuilt from its subtest's header has its own entry next (pytest 9: `contains 1 failed subtest`): that entry
	// is its. Other rebuilt tests stay out of the index: another entry of their name is another file's test.
	const guessedForSubtest = (entry: Entry, name: string): TestState => {
		const state = guessState(entry, inputs, ordinalsNow(), name);
		if (!candidates.isIndexed(state)) {
			candidates.index(state);
		}

		return state;
	};

	// Another entry of a test whose entry of that kind is in: another xdist worker's report (`--dist each`), kept for
	// it, or the same report again (flaky reruns a test), dropped. Not a test to rebuild an id for.
	const isRepeat = (entry: Entry, slot: EntrySlot): boolean => {
		const state = candidates.repeatOf(entry, slot);
		if (state) {
			addWorkerEntry(state, entry, state[slot]!);
		}

		return state !== undefined;
	};

	const summaryErrorSet = new Set(summaryErrors);
	const classErrors = new ClassErrors(summaryErrors, ids);
	const collectPaths = new CollectPaths(tests, ids);
	const lineEntries: Entry[] = [];
	const pdbEntries: Entry[] = [];
	let index = 0;
	for (const entry of entries) {
		if ((++index & fineStepMask) === 0) {
			yield;
		}

		switch (entry.kind) {
			case 'pdb': {
				pdbEntries.push(entry);
				break;
			}

			case 'line': {
				// A draft that never reached its `path:line:` line is not an entry (text before the first header).
				if (entry.lineText !== undefined) {
					lineEntries.push(entry);
				}

				break;
			}

			case 'collect': {
				const state =
					classErrors.stateOf(entry) ??
					stateOf(collectPaths.resolve(entry.name));
				if (!state.outcome || state.outcome === 'error') {
					state.outcome = 'error';
					state.phase = 'collect';
				}

				if (state.errorEntry?.kind === 'collect') {
					// Every xdist worker collects, and reports the same collection error: pytest counts each. Each
					// worker's report keeps its own entry (`build-run.ts`), whose traceback may differ.
					(state.repeatedReports ??= []).push('error');
					(state.workerEntries ??= []).push(entry);
				} else {
					state.errorEntry = entry;
				}

				errorsWithEntry.add(state);
				break;
			}

			case 'setup': {
				const slot = 'errorEntry';
				if (isRepeat(entry, slot)) {
					break;
				}

				const state =
					candidates.pick(
						entry,
						slot,
						candidate =>
							candidate.outcome === 'error' || candidate.outcome === undefined,
					) ?? guessState(entry, inputs, ordinalsNow());
				if (claimWorkerEntry(state, entry)) {
					errorsWithEntry.add(state);
					break;
				}

				if (!state.outcome || state.outcome === 'error') {
					state.outcome = 'error';
					state.phase = 'setup';
				} else {
					// An error entry for a test whose main outcome is known: pytest's "setup" error on an already-reported test is a teardown one.
					state.teardownError = true;
					state.teardownEntry = entry;
					errorsWithEntry.add(state);
					break;
				}

				state[slot] = entry;
				errorsWithEntry.add(state);
				break;
			}

			case 'teardown': {
				const slot = 'teardownEntry';
				if (isRepeat(entry, slot)) {
					break;
				}

				const state =
					candidates.pick(
						entry,
						slot,
						// Known from a -v ERROR line, or a short-summary ERROR line of a test that did not error at setup.
						candidate =>
							candidate.teardownError ||
							(summaryErrorSet.has(candidate) && candidate.outcome !== 'error'),
					) ?? guessState(entry, inputs, ordinalsNow());
				if (claimWorkerEntry(state, entry)) {
					errorsWithEntry.add(state);
					break;
				}

				if (state.outcome === undefined) {
					// Only the teardown is known; its main outcome comes from progress counts.
					state.outcome = 'passed';
				}

				state.teardownError = true;
				state[slot] = entry;
				errorsWithEntry.add(state);
				break;
			}

			case 'failure': {
				if (
					claimSubtestEntry(entry, candidatesOf, name =>
						guessedForSubtest(entry, name),
					)
				) {
					break;
				}

				const slot = 'failedEntry';
				// xdist: a crashed worker's report is headed by the file and names the test in its text.
				const crashed = crashedIdOf(entry);
				const crashedState =
					crashed === undefined ? undefined : stateOf(crashed);
				if (
					crashedState?.failedEntry &&
					claimOpenReportEntry(crashedState, entry)
				) {
					// Its second FAILED report (a second worker crashed running it), waiting for its entry.
					break;
				}

				if (crashedState?.failedEntry && !crashedState.crashEntry) {
					// The worker crashed after the test's call had failed (pytest-timeout's thread method in its
					// teardown): its own report keeps the test's entry, the crash is a report of its own.
					crashedState.crashEntry = entry;
					break;
				}

				if (!crashedState && isRepeat(entry, slot)) {
					break;
				}

				const picked =
					crashedState ??
					candidates.pick(
						entry,
						slot,
						candidate => candidate.outcome === 'failed',
					);
				if (!crashedState && picked && claimWorkerEntry(picked, entry)) {
					break;
				}

				if (
					!picked &&
					entry.isAfterCaptured &&
					namesEveryFailure(inputs, ordinalsNow, entry)
				) {
					// A header as wide as pytest's in the test before's captured output (a pytest log it echoed), naming
					// no test the short summary or the `-v` lines name: that test's output, not a failure.
					break;
				}

				const state = picked ?? guessState(entry, inputs, ordinalsNow());
				if (state.outcome !== 'failed') {
					state.outcome = 'failed';
				}

				state[slot] = entry;
				break;
			}
		}
	}

	applySummaryErrors(summaryErrors, errorsWithEntry, inputs.letterErrors, {
		tests,
		letterTeardowns: inputs.letterTeardowns,
	});
	assignPdbEntries(pdbEntries, tests);
	assignLineEntries(lineEntries, inputs);
}

/**
Whether the log names every failed test (the short summary, `-v` lines), so that an entry naming none is a test's output;
or, with neither (`-rN`, hunt 36), the entries outnumber the failed reports pytest counts and this one has no crash site.
*/
function namesEveryFailure(
	inputs: HeaderInputs,
	ordinalsNow: () => EntryOrdinals,
	entry: Entry,
): boolean {
	return (
		Boolean(inputs.summaryFailed?.length) ||
		inputs.isVerbose === true ||
		(inputs.reportedFailed !== undefined &&
			ordinalsNow().failures > inputs.reportedFailed &&
			crashLocationOf(entry.traceback) === undefined)
	);
}

/**
Each failure entry's place among the failure entries, each error entry's among the error entries (setup and teardown),
and how many of each: pytest prints them in the order of its reports, that of the `F` and `E` progress letters.
*/
function ordinalsOf(entries: readonly Entry[]): EntryOrdinals {
	const index = new Map<Entry, number>();
	const letterIndex = new Map<Entry, number>();
	let failures = 0;
	let letteredFailures = 0;
	let errors = 0;
	for (const entry of entries) {
		if (entry.kind === 'failure') {
			index.set(entry, failures++);
			// A failed subtest prints no `F` (pytest 9: none; pytest-subtests: `u`).
			if (subtestEnd(entry.name) === -1) {
				letterIndex.set(entry, letteredFailures++);
			}
		} else if (entry.kind === 'setup' || entry.kind === 'teardown') {
			index.set(entry, errors++);
			letterIndex.set(entry, errors - 1);
		}
	}

	return {index, letterIndex, failures, letteredFailures, errors};
}

/** `--pdb`: each report printed before entering the debugger names no test; they follow the order of the failing reports. */
function assignPdbEntries(entries: readonly Entry[], tests: TestTable): void {
	if (entries.length === 0) {
		return;
	}

	const failing = tests
		.select(outcome => outcome === 'failed' || outcome === 'error')
		.filter(
			state =>
				state.failedEntry === undefined && state.errorEntry === undefined,
		);
	for (const [index, entry] of entries.entries()) {
		const state = failing[index];
		if (state?.outcome === 'error') {
			state.errorEntry = entry;
		} else if (state) {
			state.failedEntry = entry;
		}
	}
}
