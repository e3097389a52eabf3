/**
Absolute paths read against the directory the log's relative paths start from, when the header does not say it (`-q`
prints none): an id rebuilt from a traceback must not name an absolute file (a node id never does).
*/
import type {Entry} from './failure-entry.js';
import {headerKey} from './ids.js';

/** What the log shows of paths: its relative ones (progress files, `-rs`'s skipped files) and its entries. */
export type PathSources = {
	readonly entries: readonly Entry[];
	readonly relativeFiles: readonly string[];
	/** Absolute files the log names outside its entries (the warnings summary's locations). */
	readonly absoluteFiles?: readonly string[];
};

/**
`file` relative to the directory the log's other paths are relative to, or `file` itself. That directory shows where
one path is printed both ways: an absolute frame or warning (an exception group's `File "/src/app/tests/test_a.py"`,
any `--tb=native` frame, a doctest's `/src/app/pkg/mod.py:13: DocTestFailure`, the warnings summary's
`/src/app/tests/test_a.py:44: UserWarning`) ending in a relative one (a progress line's file, a long traceback's
`tests/test_a.py:21: AssertionError`, `-rs`'s `SKIPPED [1] tests/test_a.py:9: reason`). Failing that, a doctest's name
says its module's path below the directory its package is in (`[doctest] pkg.mod.add` is in `…/pkg/mod.py`), as it is
when pytest runs from there. The directory most paths agree on wins.
*/
export function relativeFile(file: string, sources: PathSources): string {
	if (!file.startsWith('/')) {
		return file;
	}

	let roots = rootsBySources.get(sources.entries);
	if (!roots) {
		roots = rootsOf(sources);
		rootsBySources.set(sources.entries, roots);
	}

	const root =
		bestRoot(file, roots.fromPaths) ?? bestRoot(file, roots.fromDoctests);
	return root === undefined ? file : file.slice(root.length + 1);
}

type Votes = ReadonlyMap<string, number>;

/** The paths of a report's frames: Python's `File "path", line N` (native, exception groups) and pytest's `path:N:`. */
const framePaths =
	/^[\t |]*File "([^"\n]+)", line \d+|^([^\s"|:][^\n:]*\.py):\d+:(?: |$)/gm;

/** Worked out once per log: every rebuilt id of a `-q --tb=native` run asks. */
const rootsBySources = new WeakMap<
	readonly Entry[],
	{fromPaths: Votes; fromDoctests: Votes}
>();

function rootsOf(sources: PathSources): {
	fromPaths: Votes;
	fromDoctests: Votes;
} {
	const absolute: string[] = [...(sources.absoluteFiles ?? [])];
	const relative = new Set<string>();
	for (const path of sources.relativeFiles) {
		addRelative(relative, path);
	}

	for (const entry of sources.entries) {
		// One pass over each report's text: a big `-q --tb=native` log has thousands.
		for (const match of entry.tracebackText.matchAll(framePaths)) {
			const path = match[1] ?? match[2]!;
			if (path.startsWith('/')) {
				absolute.push(path);
			} else {
				addRelative(relative, path);
			}
		}
	}

	return {
		fromPaths: votesOf(absolute, relative),
		fromDoctests: votesOf(absolute, doctestModules(sources.entries)),
	};
}

function addRelative(paths: Set<string>, path: string): void {
	if (!path.startsWith('/') && !path.startsWith('../') && path.includes('.')) {
		paths.add(path);
	}
}

/** For each directory, how many absolute paths are one of the relative paths below it. */
function votesOf(
	absolute: readonly string[],
	relative: ReadonlySet<string>,
): Votes {
	const votes = new Map<string, number>();
	if (relative.size === 0) {
		return votes;
	}

	for (const path of new Set(absolute)) {
		for (
			let slash = path.indexOf('/', 1);
			slash !== -1;
			slash = path.indexOf('/', slash + 1)
		) {
			if (relative.has(path.slice(slash + 1))) {
				const root = path.slice(0, slash);
				votes.set(root, (votes.get(root) ?? 0) + 1);
			}
		}
	}

	return votes;
}

/** The directory with the most votes that `file` is below. */
function bestRoot(file: string, votes: Votes): string | undefined {
	let best: string | undefined;
	for (const [root, count] of votes) {
		if (
			file.startsWith(`${root}/`) &&
			(best === undefined || count > votes.get(best)!)
		) {
			best = root;
		}
	}

	return best;
}

/** The files a doctest's dotted name can be in: `pkg/mod.py` or `pkg/mod/__init__.py` for `pkg.mod.add`, and so on. */
function doctestModules(entries: readonly Entry[]): Set<string> {
	const paths = new Set<string>();
	for (const entry of entries) {
		const name = headerKey(entry.name);
		if (name === entry.name) {
			continue;
		}

		const parts = name.split('.');
		for (let length = 1; length <= parts.length; length++) {
			const module = parts.slice(0, length).join('/');
			paths.add(`${module}.py`);
			paths.add(`${module}/__init__.py`);
		}
	}

	return paths;
}
