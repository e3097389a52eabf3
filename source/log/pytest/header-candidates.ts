/**
Which tests a FAILURES/ERRORS entry's header can name: the tests of that name (`TestA.test_b[x]` is the tail of
their ids), and among them the one whose slot for that kind of entry is still open, picked by what the caller
accepts and by the paths in the entry's traceback.
*/
import {fileOfId, type Outcome} from '../model.js';
import {framePathOf} from '../traceback.js';
import type {Entry} from './failure-entry.js';
import {headerKey, tailKey} from './ids.js';
import type {EntrySlot, TestState} from './test-state.js';
import type {TestTable} from './tests.js';

/** A test with no outcome yet, a failure or an error (a teardown one too) can own an entry. */
function canOwnEntry(
	outcome: Outcome | undefined,
	teardownError: boolean,
): boolean {
	return (
		outcome === undefined ||
		outcome === 'failed' ||
		outcome === 'error' ||
		teardownError
	);
}

export class HeaderCandidates {
	// Only tests that can own an entry are indexed: a million passed tests cost nothing here.
	readonly #byKey = new Map<string, TestState[]>();
	readonly #tests: TestTable;
	#isFullyIndexed = false;
	// `repeatOf` and then `pick` ask for one entry's candidates: looked up once (the list is the index's own, so
	// a test indexed in between is in it).
	#candidatesEntry: Entry | undefined;
	#entryList: TestState[] = [];
	// Many files can hold a test of the same name: the traceback's own paths pick the file, by map lookups, not by scanning every candidate.
	readonly #byFile = new Map<string, Map<string, TestState[]>>();

	constructor(tests: TestTable) {
		this.#tests = tests;
		for (const state of tests.select(canOwnEntry)) {
			this.index(state);
		}
	}

	index(state: TestState): void {
		const key = tailKey(state.id);
		const list = this.#byKey.get(key);
		if (list) {
			list.push(state);
		} else {
			this.#byKey.set(key, [state]);
		}
	}

	/** Whether `state` is among the tests indexed under its name. */
	isIndexed(state: TestState): boolean {
		return this.#byKey.get(tailKey(state.id))?.includes(state) ?? false;
	}

	/** The tests a header's key (`headerKey`) can name. */
	candidatesOf(key: string): TestState[] {
		const found = this.#byKey.get(key);
		if (found || this.#isFullyIndexed) {
			return found ?? [];
		}

		// An entry for a test the progress lines called passed (a teardown error in -q mode): index the rest once.
		this.#isFullyIndexed = true;
		for (const state of this.#tests.select(
			(outcome, teardownError) => !canOwnEntry(outcome, teardownError),
		)) {
			this.index(state);
		}

		return this.#byKey.get(key) ?? [];
	}

	/** The test an entry is of, among those of its name whose `slot` is open: one `accept` takes, else by the traceback's paths. */
	pick(
		entry: Entry,
		slot: EntrySlot,
		accept: (state: TestState) => boolean,
	): TestState | undefined {
		const all = this.#entryCandidates(entry);
		if (all.length === 1) {
			// The common case, as the filters below decide it: the one test, unless its slot is taken.
			const only = all[0]!;
			return only[slot] === undefined ? only : undefined;
		}

		if (all.length <= 8) {
			const open = all.filter(state => state[slot] === undefined);
			const fitting = open.filter(accept);
			const pool = fitting.length > 0 ? fitting : open;
			if (pool.length <= 1) {
				return pool[0];
			}

			const text = entry.tracebackText;
			return (
				pool.find(state => text.includes(fileOfId(state.id))) ??
				pool.find(state =>
					text.includes(fileOfId(state.id).split('/').pop()!),
				) ??
				pool[0]
			);
		}

		const files = this.#filesOf(headerKey(entry.name));
		let byPath: TestState | undefined;
		for (const line of entry.traceback) {
			const framePath = framePathOf(line);
			if (framePath === undefined) {
				continue;
			}

			// `tests/a/test_x.py`, or an absolute path ending in it.
			let path = framePath;
			while (true) {
				const open = (files.get(path) ?? []).filter(
					state => state[slot] === undefined,
				);
				const fitting = open.find(accept);
				if (fitting) {
					return fitting;
				}

				byPath ??= open[0];
				const slash = path.indexOf('/');
				if (slash === -1) {
					break;
				}

				path = path.slice(slash + 1);
			}
		}

		// A setup error's traceback runs through fixtures, not the test file: any test of that name that fits.
		const open = all.filter(state => state[slot] === undefined);
		return open.find(accept) ?? byPath ?? open[0];
	}

	// Another entry of the one test of that name whose entry of that kind is in already: the same test reported
	// again (xdist's `--dist each` runs every test on every worker; flaky reruns a test), not a test to rebuild an
	// id for from its traceback. The reports are counted from the progress lines.
	repeatOf(entry: Entry, slot: EntrySlot): TestState | undefined {
		const all = this.#entryCandidates(entry);
		return all.length === 1 && all[0]![slot] !== undefined ? all[0] : undefined;
	}

	#entryCandidates(entry: Entry): TestState[] {
		if (entry !== this.#candidatesEntry) {
			this.#entryList = this.candidatesOf(headerKey(entry.name));
			this.#candidatesEntry = entry;
		}

		return this.#entryList;
	}

	#filesOf(key: string): Map<string, TestState[]> {
		let files = this.#byFile.get(key);
		if (!files) {
			files = new Map();
			for (const state of this.candidatesOf(key)) {
				const file = fileOfId(state.id);
				const list = files.get(file);
				if (list) {
					list.push(state);
				} else {
					files.set(file, [state]);
				}
			}

			this.#byFile.set(key, files);
		}

		return files;
	}
}
