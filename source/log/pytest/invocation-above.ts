/**
The directory pytest ran from, when it lies above the rootdir: every printed id starts with the way down to the
rootdir, which is taken off so that ids are node ids (rootdir-relative), as in pytest's XML.
*/
import {fileOfId} from '../model.js';
import type {Entry} from './failure-entry.js';
import type {IdNormalizer} from './ids.js';
import type {SummaryItem} from './short-summary.js';
import type {TestTable} from './tests.js';

/** A path a report prints: absolute, ending with `.py`. */
const absolutePython = /\/[^\s'":]+\.py/g;

/**
pytest run from a directory above its rootdir (`--rootdir=sub`, or `pytest pkg/tests` with pytest's config in
`pkg/`) prints ids relative to where it ran (`pkg/tests/test_x.py::t`), while node ids and the XML are relative
to the rootdir (`tests/test_x.py::t`). The log never says where pytest ran; the rootdir's last two directories or more
(`repo/pkg/` of `rootdir: /src/repo/pkg`) starting every id printed is what shows it, unless the header says where pytest
ran (Hypothesis's example database, `.hypothesis/` in that directory, which pytest 7 prints; xdist's workers' `cwd:` under `-v`). A repository named like the package
it holds (`rootdir: /src/numpy`, ids `numpy/core/tests/…`) looks the same when pytest ran from the rootdir, so
anything that says so keeps the ids as printed: a `testpaths:` header (pytest uses testpaths only when run from
the rootdir), or a report's absolute path under the rootdir that goes on with the prefix (`/src/numpy/numpy/…`). One directory is taken off when the log also prints node ids as they are, without
it: the `--durations` lines, the warnings summary's node ids and the `ERROR collecting …` headers (`tests/test_x.py` of `pkg/tests/test_x.py`),
or when the rootdir is a package installed in `site-packages`.
*/
export function removeInvocationAbove(inputs: {
	/** The session header's rootdir. */
	readonly rootdir: string | undefined;
	/** The header named testpaths: pytest ran from its rootdir. */
	readonly hasTestpaths: boolean;
	/** Where pytest ran, when the header shows it. */
	readonly invocationDir: string | undefined;
	readonly tests: TestTable;
	readonly summaryItems: readonly SummaryItem[];
	readonly entries: readonly Entry[];
	/** Node ids printed as they are, rootdir-relative: the `--durations` lines, the warnings summary's, crashed xdist workers' reports. */
	readonly nodeIds: readonly string[];
	/** The files the lines of progress letters named (the default verbosity), as printed. */
	readonly progressFiles?: ReadonlySet<string>;
	/** Told the prefix, so that ids normalized from now on lose it too. */
	readonly ids: IdNormalizer;
}): void {
	const {tests, ids} = inputs;
	if (inputs.hasTestpaths || ids.invocationPrefix !== undefined) {
		return;
	}

	const rootdir = inputs.rootdir?.replace(/\/+$/, '');
	const prefix = rootdir?.startsWith('/')
		? prefixBelow(rootdir, inputs)
		: // No header (`-q`): only node ids printed as they are can show it.
			isShowingNodeIds(inputs)
			? prefixShownByNodeIds(filesOf(inputs), inputs)
			: undefined;
	if (prefix) {
		tests.unprefixIds(prefix);
		tests.reindex();
		ids.invocationAbove = prefix;
	}
}

function prefixBelow(
	rootdir: string,
	inputs: Parameters<typeof removeInvocationAbove>[0],
): string | undefined {
	const invocationDir = inputs.invocationDir?.replace(/\/+$/, '');
	const prefixOf = (files: ReadonlySet<string>) =>
		invocationDir === undefined
			? (sharedRootdirTail(rootdir, files) ?? lastDirectory(rootdir, files))
			: wayDown(invocationDir, rootdir, files);
	// A prefix must start every file: the first test's alone rules out most logs, before every file is listed.
	const first = firstFile(inputs.tests, inputs.summaryItems);
	if (first === undefined || prefixOf(new Set([first])) === undefined) {
		return undefined;
	}

	const files = filesOf(inputs);
	const prefix = prefixOf(files);
	if (
		!prefix ||
		isSaidOtherwise(rootdir, prefix, inputs.entries) ||
		(invocationDir === undefined &&
			!prefix.slice(0, -1).includes('/') &&
			!isInstalledPackage(rootdir) &&
			prefixShownByNodeIds(files, inputs) !== prefix)
	) {
		return undefined;
	}

	return prefix;
}

/**
A rootdir that is a package installed in `site-packages` (or Debian's `dist-packages`) because its wheel holds its
`pyproject.toml` (pandas, statsmodels): ids starting with its name (`statsmodels/stats/tests/…`) are printed from
`site-packages`, where such suites run; an installed package holding a directory named like itself is not what they
show.
*/
function isInstalledPackage(rootdir: string): boolean {
	return /\/(?:site|dist)-packages\/[^/]+$/.test(rootdir);
}

/** Every file the tests, the lines of progress letters and the short summary name, as printed. */
export function filesOf(inputs: {
	readonly tests: TestTable;
	readonly summaryItems: readonly SummaryItem[];
	readonly progressFiles?: ReadonlySet<string>;
}): Set<string> {
	const files = new Set<string>([
		...inputs.tests.files(),
		...(inputs.progressFiles ?? []),
	]);
	for (const item of inputs.summaryItems) {
		files.add(fileOfId(item.rawId));
	}

	return files;
}

/** The file of the first test, or of the first summary line when no test was named before it; undefined: neither. */
function firstFile(
	tests: TestTable,
	summaryItems: readonly SummaryItem[],
): string | undefined {
	if (tests.size > 0) {
		return fileOfId(tests.ids.idAt(0));
	}

	const item = summaryItems[0];
	return item === undefined ? undefined : fileOfId(item.rawId);
}

/** The way down from where pytest ran to the rootdir (`pkg/`), when every file starts with it. */
function wayDown(
	invocationDir: string,
	rootdir: string,
	files: ReadonlySet<string>,
): string | undefined {
	if (!rootdir.startsWith(`${invocationDir}/`)) {
		return undefined;
	}

	const prefix = `${rootdir.slice(invocationDir.length + 1)}/`;
	for (const file of files) {
		if (!file.startsWith(prefix) || file.length === prefix.length) {
			return undefined;
		}
	}

	return prefix;
}

/**
The longest tail of the rootdir's directories (`repo/pkg/`) that starts every file, if any, of two directories
at least. One directory alone (`numpy/` of `rootdir: /src/numpy`) is what a repository named like the
package it holds shows when pytest ran from its rootdir, the common case (numpy, sympy, networkx, …): without
the header saying where pytest ran, such ids are kept as printed.
*/
function sharedRootdirTail(
	rootdir: string,
	files: ReadonlySet<string>,
): string | undefined {
	const parts = rootdir.split('/').filter(Boolean);
	for (let start = 0; start < parts.length - 1; start++) {
		const prefix = `${parts.slice(start).join('/')}/`;
		let isShared = true;
		for (const file of files) {
			if (!file.startsWith(prefix) || file.length === prefix.length) {
				isShared = false;
				break;
			}
		}

		if (isShared) {
			return prefix;
		}
	}

	return undefined;
}

/** Whether a report prints an absolute path under the rootdir that goes on with the prefix: the ids are node ids. */
function isSaidOtherwise(
	rootdir: string,
	prefix: string,
	entries: readonly Entry[],
): boolean {
	const below = `${rootdir}/${prefix}`;
	for (const entry of entries.slice(0, 200)) {
		for (const line of entry.traceback.slice(0, 400)) {
			if (!line.includes(rootdir)) {
				continue;
			}

			for (const match of line.matchAll(absolutePython)) {
				if (match[0].startsWith(below)) {
					return true;
				}
			}
		}
	}

	return false;
}

/** The rootdir's last directory (`pkg/` of `rootdir: /src/pkg`), when it starts every file. */
function lastDirectory(
	rootdir: string,
	files: ReadonlySet<string>,
): string | undefined {
	const last = rootdir.split('/').findLast(Boolean);
	if (last === undefined) {
		return undefined;
	}

	const prefix = `${last}/`;
	for (const file of files) {
		if (!file.startsWith(prefix) || file.length === prefix.length) {
			return undefined;
		}
	}

	return prefix;
}

/** Node ids pytest printed as they are (rootdir-relative): the `--durations` lines, the `ERROR collecting` headers. */
function nodeIdsOf(inputs: {
	readonly entries: readonly Entry[];
	readonly nodeIds: readonly string[];
}): string[] {
	return [
		...inputs.nodeIds,
		...inputs.entries
			.filter(entry => entry.kind === 'collect')
			.map(entry => entry.name),
	];
}

function isShowingNodeIds(inputs: {
	readonly entries: readonly Entry[];
	readonly nodeIds: readonly string[];
}): boolean {
	return (
		inputs.nodeIds.length > 0 ||
		inputs.entries.some(entry => entry.kind === 'collect')
	);
}

/**
The directories pytest ran above its rootdir, as node ids that it printed as they are show them: a node id's file
(`tests/test_x.py`) that the other lines print only with directories in front (`pkg/tests/test_x.py`), the same
directories for every such id, and starting every file. Run from the rootdir, the two are the same: undefined.
*/
function prefixShownByNodeIds(
	files: ReadonlySet<string>,
	inputs: {
		readonly entries: readonly Entry[];
		readonly nodeIds: readonly string[];
	},
): string | undefined {
	let prefix: string | undefined;
	for (const id of nodeIdsOf(inputs)) {
		const file = fileOfId(id);
		if (file === '' || files.has(file)) {
			// Printed as it is somewhere: no directory above the rootdir (or a node id of a session, `''`).
			if (file !== '') {
				return undefined;
			}

			continue;
		}

		for (const printed of files) {
			if (printed.length > file.length && printed.endsWith(`/${file}`)) {
				const candidate = printed.slice(0, -file.length);
				if (prefix !== undefined && prefix !== candidate) {
					return undefined;
				}

				prefix = candidate;
				break;
			}
		}
	}

	if (prefix === undefined) {
		return undefined;
	}

	for (const file of files) {
		if (!file.startsWith(prefix)) {
			return undefined;
		}
	}

	return prefix;
}
