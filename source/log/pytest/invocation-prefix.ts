/**
The subdirectory pytest ran from, when it ran below its rootdir: found in the reports' absolute paths or in the node ids
pytest printed as they are, and put in front of every id so node ids are rootdir-relative.
*/
import {fileOfId} from '../model.js';
import type {Entry} from './failure-entry.js';
import type {IdNormalizer} from './ids.js';
import {filesOf} from './invocation-above.js';
import type {SummaryItem} from './short-summary.js';
import type {TestTable} from './tests.js';

/**
pytest run from a subdirectory of its rootdir prints every id relative to that subdirectory
(`sub/test_x.py::t`), while node ids are relative to the rootdir (`tests/sub/test_x.py::t`). The
subdirectory shows where a report prints an absolute path under the rootdir (`ImportError while
importing test module '/repo/tests/sub/test_x.py'`) that ends with a file the log names: then every
id gets that prefix. It shows too where pytest printed a node id as it is (`nodeIdPrefix`). One consistent prefix is
required; anything else leaves the ids as printed.
*/
export function applyInvocationPrefix(inputs: {
	/** The session header's rootdir. */
	readonly rootdir: string | undefined;
	readonly tests: TestTable;
	readonly summaryItems: readonly SummaryItem[];
	readonly entries: readonly Entry[];
	/** Node ids printed as they are, rootdir-relative: the `--durations` lines, the warnings summary's, crashed xdist workers' reports. */
	readonly nodeIds?: readonly string[];
	/** The files the lines of progress letters named (the default verbosity), as printed. */
	readonly progressFiles?: ReadonlySet<string>;
	/** Told the prefix, so that ids normalized from now on get it too. */
	readonly ids: IdNormalizer;
}): void {
	const {tests, ids} = inputs;
	const rootdir = inputs.rootdir?.replace(/\/+$/, '');
	// No header (`-q`): only node ids printed as they are can show it.
	const prefix =
		(rootdir?.startsWith('/')
			? prefixOfAbsolutePaths(rootdir, inputs)
			: undefined) ?? nodeIdPrefix(inputs);
	if (prefix) {
		tests.prefixIds(prefix);
		ids.invocationPrefix = prefix;
	}
}

/** The prefix the reports' absolute paths under the rootdir show, if any. */
function prefixOfAbsolutePaths(
	rootdir: string,
	inputs: Parameters<typeof applyInvocationPrefix>[0],
): string | undefined {
	const {tests, summaryItems, entries} = inputs;

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
		return undefined;
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
				return undefined;
			}

			prefix = found;
		}
	}

	return prefix;
}

/**
The subdirectory shown by node ids pytest printed as they are, rootdir-relative, where the `-v` lines and the short
summary print ids relative to where it ran: the `--durations` lines, the warnings summary's node ids (a test that warns,
common in CI) and the `ERROR collecting` headers. A node id's file (`pkg/tests/test_x.py`) that the other lines print
only without directories in front (`tests/test_x.py`), the same directories for every such id; undefined when any node
id's file is printed as it is (pytest ran from its rootdir), or a printed file starts with those directories.
*/
function nodeIdPrefix(
	inputs: Parameters<typeof applyInvocationPrefix>[0],
): string | undefined {
	const nodeIds = [
		...(inputs.nodeIds ?? []),
		...inputs.entries
			.filter(entry => entry.kind === 'collect')
			.map(entry => entry.name),
	];
	if (nodeIds.length === 0) {
		return undefined;
	}

	const files = filesOf(inputs);
	// `-q`: only the short summary names tests, so a file it does not print may well be where pytest ran (a
	// `pkg/tests/test_x.py` beside the failing `tests/test_x.py`): a node id then shows the way only as a test it names.
	const summaryIds =
		inputs.tests.size === 0 && (inputs.progressFiles?.size ?? 0) === 0
			? new Set(inputs.summaryItems.map(item => item.rawId))
			: undefined;
	let prefix: string | undefined;
	for (const id of nodeIds) {
		const file = fileOfId(id);
		if (file === '') {
			continue;
		}

		if (files.has(file) || file.startsWith('/') || file.startsWith('../')) {
			// Printed as it is (pytest ran from its rootdir), or a file outside the rootdir: no subdirectory shows.
			return undefined;
		}

		for (
			let slash = file.indexOf('/');
			slash !== -1;
			slash = file.indexOf('/', slash + 1)
		) {
			const isShown = summaryIds
				? summaryIds.has(id.slice(slash + 1))
				: files.has(file.slice(slash + 1));
			if (isShown) {
				const found = file.slice(0, slash + 1);
				if (prefix !== undefined && prefix !== found) {
					return undefined;
				}

				prefix = found;
				break;
			}
		}
	}

	if (prefix === undefined) {
		return undefined;
	}

	for (const file of files) {
		if (file.startsWith(prefix)) {
			return undefined;
		}
	}

	return prefix;
}
