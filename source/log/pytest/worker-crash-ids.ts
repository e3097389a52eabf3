/**
xdist's report of a crashed worker, headed by the test's file, says which test it ran by its node id, as it is
(rootdir-relative; `worker 'gw0' crashed while running 'test_x.py::test_y'`), where the progress and the short summary
print ids relative to where pytest ran (`pkg/tests/test_x.py::test_y`): such an id shows the way between the two as the
`--durations` lines do (`invocation-above.ts`, `invocation-prefix.ts`), and names the test its entry belongs to (`headers.ts`).
*/
import type {Entry} from './failure-entry.js';
import {fromPythonRepr} from './python-repr.js';

// xdist prints the test's node id with repr(): in single quotes, or double ones when the id holds a single quote.
const workerCrash = /^worker '[^']+' crashed while running ('.+'|".+")$/;

/** The node id a crashed worker's report names; undefined for any other line. */
export function crashedNodeId(line: string): string | undefined {
	const quoted = workerCrash.exec(line)?.[1];
	return quoted === undefined ? undefined : fromPythonRepr(quoted);
}

/** The node id a FAILURES entry names when it is a crashed worker's report (headed by its file), else undefined. */
export function crashedIdOf(entry: Entry): string | undefined {
	if (entry.kind !== 'failure' || !entry.name.endsWith('.py')) {
		return undefined;
	}

	for (const line of entry.traceback) {
		const id = crashedNodeId(line);
		if (id !== undefined) {
			return id;
		}
	}

	return undefined;
}

/** The node ids the crashed workers' reports name, in log order. */
export function crashedNodeIds(entries: readonly Entry[]): string[] {
	const ids: string[] = [];
	for (const entry of entries) {
		const id = crashedIdOf(entry);
		if (id !== undefined) {
			ids.push(id);
		}
	}

	return ids;
}
