/**
The subdirectory pytest ran from, when it ran below its rootdir: found in the reports' absolute paths, and put in front of every id so node ids are rootdir-relative.
*/
import {fileOfId} from '../model.js';
import type {Entry} from './failures.js';
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

	const files = new Set<string>();
	for (const state of tests.order) {
		files.add(fileOfId(state.id));
	}

	for (const item of summaryItems) {
		files.add(fileOfId(item.rawId));
	}

	for (const entry of entries) {
		if (entry.kind === 'collect') {
			files.add(entry.name);
		}
	}

	const underRoot = `${rootdir}/`;
	let prefix: string | undefined;
	for (const entry of entries.slice(0, 200)) {
		for (const line of entry.traceback.slice(0, 30)) {
			let start = line.indexOf(underRoot);
			while (start !== -1) {
				const match = /^[^\s'":]+\.py/.exec(
					line.slice(start + underRoot.length),
				);
				if (match) {
					const relative = match[0];
					for (const file of files) {
						if (
							file.startsWith('../') ||
							file.startsWith('/') ||
							!relative.endsWith(`/${file}`)
						) {
							continue;
						}

						const found = relative.slice(0, relative.length - file.length);
						if (prefix !== undefined && prefix !== found) {
							return;
						}

						prefix = found;
					}
				}

				start = line.indexOf(underRoot, start + 1);
			}
		}
	}

	if (!prefix) {
		return;
	}

	for (const state of tests.order) {
		if (!state.id.startsWith('../') && !state.id.startsWith('/')) {
			state.id = prefix + state.id;
		}
	}

	tests.reindex();
	ids.invocationPrefix = prefix;
}
