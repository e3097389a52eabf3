/**
The subdirectory pytest ran from, when it ran below its rootdir: found in the reports' absolute paths, and put in front of every id so node ids are rootdir-relative.
*/
import {fileOfId} from '../model.js';
import type {Entry} from './failure-entry.js';
import type {IdNormalizer} from './ids.js';
import type {SummaryItem} from './short-summary.js';
import type {TestTable} from './tests.js';

/**
pytest run from a subdirectory of its rootdir prints every id relative to that subdirectory
(`sub/test_x.py::t`), while node ids are relative to the rootdir (`tests/sub/test_x.py::t`). The
subdirectory shows where a report prints an absolute path under the rootdir (`ImportError while
importing test module '/repo/tests/sub/test_x.py'`) that ends with a file the log names: then every
id gets that prefix. One consistent prefix is required; anything else leaves the ids as printed.
*/
export function applyInvocationPrefix(inputs: {
	/** The session header's rootdir. */
	readonly rootdir: string | undefined;
	readonly tests: TestTable;
	readonly summaryItems: readonly SummaryItem[];
	readonly entries: readonly Entry[];
	/** Told the prefix, so that ids normalized from now on get it too. */
	readonly ids: IdNormalizer;
}): void {
	const {tests, summaryItems, entries, ids} = inputs;
	const rootdir = inputs.rootdir?.replace(/\/+$/, '');
	if (!rootdir?.startsWith('/')) {
		return;
	}

	const underRoot = `${rootdir}/`;
	const reports = entries
		.slice(0, 200)
		.map(entry => entry.traceback.slice(0, 30));
	// The `…/file.py` each path under the rootdir in the reports names, in order.
	const relatives: string[] = [];
	for (const lines of reports) {
		for (const line of lines) {
			let start = line.indexOf(underRoot);
			while (start !== -1) {
				const match = /^[^\s'":]+\.py/.exec(
					line.slice(start + underRoot.length),
				);
				if (match) {
					relatives.push(match[0]);
				}

				start = line.indexOf(underRoot, start + 1);
			}
		}
	}

	// Most logs print no such path (or only a virtualenv's `python`): then the files need not be gathered.
	if (relatives.length === 0) {
		return;
	}

	const files = new Set<string>(tests.files());

	for (const item of summaryItems) {
		files.add(fileOfId(item.rawId));
	}

	for (const entry of entries) {
		if (entry.kind === 'collect') {
			files.add(entry.name);
		}
	}

	let prefix: string | undefined;
	for (const relative of relatives) {
		// Each file the path ends with (`/file`): the path's tails after a slash, looked up.
		for (
			let slash = relative.indexOf('/');
			slash !== -1;
			slash = relative.indexOf('/', slash + 1)
		) {
			const file = relative.slice(slash + 1);
			if (!files.has(file) || file.startsWith('../') || file.startsWith('/')) {
				continue;
			}

			const found = relative.slice(0, slash + 1);
			if (prefix !== undefined && prefix !== found) {
				return;
			}

			prefix = found;
		}
	}

	if (!prefix) {
		return;
	}

	tests.prefixIds(prefix);
	ids.invocationPrefix = prefix;
}
