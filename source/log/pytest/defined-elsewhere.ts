/**
A short summary's id that no progress line named, whose test a progress line named by another file. pytest-sugar's `-v`
line names a test by where its function is defined (pytest's `report.location`): a test a class inherits from another
module by that module (` tests/base.py::TestBig.test_small ⨯`), where the summary prints its node id
(`FAILED tests/test_impl.py::TestBig::test_small`). Read apart, the one failure was two.
*/
import type {TestState} from './test-state.js';
import type {TestTable} from './tests.js';
import {outcomeWords} from './verbose-reports.js';

/** More tests of one name than a base class's module is inherited by. */
const maxSameName = 64;

/** Summary lines' claims (`claim`), their rows renamed at once (`apply`) once every line is read. */
export type ElsewhereClaims = {
	/**
	The one test with the same classes and name (what follows the file) under another file, of the line's outcome
	(failed or error), that no summary line names itself: the line's test, to take its id. Undefined when there is none
	or more than one.
	*/
	readonly claim: (id: string, word: string) => TestState | undefined;
	/** Gives the claimed tests the summary's ids (one rewrite of the ids: a rename for each would be quadratic). */
	readonly apply: () => void;
};

/**
Claims for one short summary's lines against `tests`. The index of the tests by what follows their file and the set of
ids the summary names (`summaryIds`) are built on the first claim, once.
*/
export function definedElsewhere(
	tests: TestTable,
	summaryIds: () => Iterable<string>,
): ElsewhereClaims {
	let byTail: Map<string, string[]> | undefined;
	let named: Set<string> | undefined;
	const claimed = new Map<string, TestState>();
	const renames = new Map<number, string>();
	const claim = (id: string, word: string): TestState | undefined => {
		const outcome = outcomeWords[word];
		const separator = id.indexOf('::');
		if ((outcome !== 'failed' && outcome !== 'error') || separator <= 0) {
			return undefined;
		}

		const already = claimed.get(id);
		if (already) {
			return already;
		}

		byTail ??= indexByTail(tests.keys());
		named ??= new Set(summaryIds());
		const same = byTail.get(id.slice(separator)) ?? [];
		if (same.length > maxSameName) {
			// A name many files share (`::test_init`): no one test is meant, and reading them all for each line of a
			// hostile summary would take time quadratic in its length.
			return undefined;
		}

		const candidates = same.filter(
			known =>
				known !== id &&
				!named!.has(known) &&
				!claimed.has(known) &&
				tests.get(known)?.outcome === outcome,
		);
		if (candidates.length !== 1) {
			return undefined;
		}

		const state = tests.get(candidates[0]!)!;
		claimed.set(id, state);
		claimed.set(candidates[0]!, state);
		renames.set(state.index, id);
		return state;
	};

	return {
		claim,
		apply() {
			tests.renameRows(renames);
		},
	};
}

/** The ids by what follows their file (`::TestBig::test_small`); ids without a file are left out. */
function indexByTail(ids: readonly string[]): Map<string, string[]> {
	const byTail = new Map<string, string[]>();
	for (const known of ids) {
		const separator = known.indexOf('::');
		if (separator > 0) {
			const tail = known.slice(separator);
			const list = byTail.get(tail);
			if (list) {
				list.push(known);
			} else {
				byTail.set(tail, [known]);
			}
		}
	}

	return byTail;
}
