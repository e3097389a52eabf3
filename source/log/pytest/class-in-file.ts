/**
A class that failed to collect (`-W error` on `cannot collect test class 'TestX' because it has a __init__
constructor`) is headed by its file, `ERROR collecting pkg/test_x.py`, while the short summary and the XML name the
class, `ERROR pkg/test_x.py::TestX`: the summary's error in that file is the entry's, the one its report names first
(another in that file can be a test's setup error). Under xdist each worker reports it: an entry with the message of
the class's, when no test still waiting for its entry has that message, is another worker's (a test's teardown error
says its own).

A log can hold thousands of such entries for one file (a generated module of classes): the summary's errors are grouped
by file once, and the search for a test still waiting starts after those whose entry is in (an entry once matched
stays), so that an entry reads the few errors it needs, not every error of the summary again.
*/
import type {Entry} from './failure-entry.js';
import type {IdNormalizer} from './ids.js';
import type {TestState} from './test-state.js';

/**
The short summary's errors of one file, in its order (a class once per xdist worker that reported it: each collects);
which of its reports each line is (1 for the first); how many at its start have their entry; how many entries each test
was given here; where the last entry found to be another worker's report was (the workers report the file's classes in
the same order).
*/
type FileErrors = {
	readonly states: TestState[];
	readonly occurrences: number[];
	readonly given: Map<TestState, number>;
	matched: number;
	again: number;
};

/** The file's errors, each line's report numbered (a test the summary names again is another worker's report). */
function fileErrors(states: TestState[]): FileErrors {
	const seen = new Map<TestState, number>();
	const occurrences = states.map(state => {
		const occurrence = (seen.get(state) ?? 0) + 1;
		seen.set(state, occurrence);
		return occurrence;
	});
	return {states, occurrences, given: new Map(), matched: 0, again: -1};
}

/** Finds the test of each `ERROR collecting file` entry among the short summary's errors in that file. */
export class ClassErrors {
	readonly #summaryErrors: readonly TestState[];
	readonly #ids: IdNormalizer;
	#byFile: Map<string, FileErrors> | undefined;
	/** Files whose name holds `::`, each scanned once: its errors keep what earlier entries matched. */
	readonly #byScannedFile = new Map<string, FileErrors>();

	constructor(summaryErrors: readonly TestState[], ids: IdNormalizer) {
		this.#summaryErrors = summaryErrors;
		this.#ids = ids;
	}

	/** The summary's error in the entry's file the entry reports, or undefined when the summary names none there. */
	stateOf(entry: Entry): TestState | undefined {
		const file = this.#ids.normalize(entry.name);
		const errors = file.includes('::')
			? this.#scanned(`${file}::`)
			: this.#indexed().get(file);
		if (!errors || errors.states.length === 0) {
			return undefined;
		}

		const {states, occurrences, given} = errors;
		const givenTo = (state: TestState) => given.get(state) ?? 0;
		// A class's report again (another worker's) takes the entry after those of its earlier reports: the ERRORS entries
		// and the summary's lines are printed from one list, in its order.
		const isDone = (index: number) =>
			occurrences[index] === 1
				? states[index]!.errorEntry !== undefined
				: givenTo(states[index]!) >= occurrences[index]!;
		while (errors.matched < states.length && isDone(errors.matched)) {
			errors.matched++;
		}

		const prefixLength = file.length + 2;
		const text = entry.tracebackText;
		const says = (state: TestState) =>
			isMessageOf(text, state.summaryErrorMessage);
		// A test that ran (its progress or summary line said so) failed no collection. None before `matched` waits.
		const open = function* () {
			for (let index = errors.matched; index < states.length; index++) {
				const state = states[index]!;
				const isOpen =
					occurrences[index] === 1
						? state.errorEntry === undefined &&
							(state.outcome === undefined || state.outcome === 'error')
						: state.errorEntry?.kind === 'collect' &&
							givenTo(state) === occurrences[index]! - 1;
				if (isOpen) {
					yield state;
				}
			}
		};

		const give = (state: TestState | undefined) => {
			if (state) {
				given.set(state, givenTo(state) + 1);
			}

			return state;
		};

		if (!some(open(), says)) {
			const again = reportedAgain(errors, says);
			if (again) {
				return give(again);
			}
		}

		const [firstOpen, secondOpen] = take(open(), 2);
		if (secondOpen) {
			const named = first(open(), state =>
				text.includes(`'${state.id.slice(prefixLength)}'`),
			);
			if (named) {
				return give(named);
			}
		}

		return give(firstOpen ?? states.find(isCollected));
	}

	/** The summary's errors by the file their ids start with (`file::…`), read once. */
	#indexed(): Map<string, FileErrors> {
		if (this.#byFile) {
			return this.#byFile;
		}

		const byFile = new Map<string, TestState[]>();
		for (const state of this.#summaryErrors) {
			const {id} = state;
			const separator = id.indexOf('::');
			if (separator === -1) {
				continue;
			}

			const file = id.slice(0, separator);
			const states = byFile.get(file);
			if (states) {
				states.push(state);
			} else {
				byFile.set(file, [state]);
			}
		}

		this.#byFile = new Map(
			[...byFile].map(([file, states]) => [file, fileErrors(states)]),
		);
		return this.#byFile;
	}

	/** A file whose name holds `::` (no index: ids are grouped by their first `::`), scanned once. */
	#scanned(prefix: string): FileErrors {
		let errors = this.#byScannedFile.get(prefix);
		if (!errors) {
			errors = fileErrors(
				this.#summaryErrors.filter(state => state.id.startsWith(prefix)),
			);
			this.#byScannedFile.set(prefix, errors);
		}

		return errors;
	}
}

const isCollected = (state: TestState) => state.errorEntry?.kind === 'collect';

/**
An error of the file already matched with a collection error's entry whose message the entry's text holds: another
worker's report of that class. The search starts after the last one found, and goes round.
*/
function reportedAgain(
	errors: FileErrors,
	says: (state: TestState) => boolean,
): TestState | undefined {
	const {states} = errors;
	for (let step = 1; step <= states.length; step++) {
		const index = (errors.again + step) % states.length;
		const state = states[index]!;
		if (isCollected(state) && says(state)) {
			errors.again = index;
			return state;
		}
	}

	return undefined;
}

/** Whether an entry's traceback holds a short summary line's message (cut to the terminal's width: `…...`). */
function isMessageOf(text: string, message: string | undefined): boolean {
	const own = message?.endsWith('...') ? message.slice(0, -3) : message;
	return own !== undefined && own !== '' && text.includes(own);
}

function some<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
	return first(items, test) !== undefined;
}

function first<T>(
	items: Iterable<T>,
	test: (item: T) => boolean,
): T | undefined {
	for (const item of items) {
		if (test(item)) {
			return item;
		}
	}

	return undefined;
}

function take<T>(items: Iterable<T>, count: number): T[] {
	const taken: T[] = [];
	for (const item of items) {
		if (taken.length === count) {
			break;
		}

		taken.push(item);
	}

	return taken;
}
