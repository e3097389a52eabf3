/**
The session header pytest prints before the first progress line: `platform … -- Python X, pytest-Y`, `rootdir:`, `plugins:`, `collected N items`, and the lines that say what kind of session it is.
*/
import type {RunHeader, Shard} from '../model.js';
import {readSessionKind} from '../session-header.js';

export type Preamble = {
	pytest?: string;
	python?: string;
	executable?: string;
	rootdir?: string;
	plugins?: string[];
	collected?: number;
	/** The tests that run: `collected 6 items / 1 deselected / 5 selected`'s 5, else the items collected. */
	selected?: number;
	lastFailed?: boolean;
	shard?: Shard;
	/** A `testpaths:` header: pytest took its arguments from the config's testpaths, so it ran from the rootdir. */
	hasTestpaths?: boolean;
	/**
	Where pytest ran, when the header shows it: Hypothesis's example database is `.hypothesis/` there, and xdist's workers
	start there (`[gw0] linux Python 3.11.7 cwd: /src/app`, under `-v`).
	*/
	invocationDir?: string;
	/** `--collect-only -qq`: the sum of the files' counts it prints (`tests/test_a.py: 3`) instead of ids and a final line. */
	collectedPerFile?: number;
	/**
	After the platform line and before `rootdir:`: where plugins' `pytest_report_header` lines go (`cachedir:`, Hypothesis's
	profile, `django: settings: …`, a conftest's own). None is a test's report, whatever it reads like.
	*/
	isInPluginLines?: boolean;
};

/** `hypothesis profile 'default' -> database=DirectoryBasedExampleDatabase('/src/x/.hypothesis/examples')`. */
const hypothesisDatabase =
	/^hypothesis profile .* -> database=DirectoryBasedExampleDatabase\('(\/[^']*)\/\.hypothesis\/examples'\)/;

/** xdist's `-v` line for a worker that started: `[gw0] linux Python 3.11.7 cwd: /src/app`. */
const workerCwd = /^\[gw\d+] \S+ Python [\w.+]+ cwd: (\/.*?)\/*$/;

const platformLine = /^platform \S+ -- Python ([\w.+]+), pytest-([\w.+]+)/;
/** `-v` ends the platform line with the interpreter: `… pluggy-1.6.0 -- /venv/bin/python3`. */
const executableEnd = / -- (\/\S+|[a-z]:\\\S+)$/i;
const collectedLine = /collected (\d+) items?/;
const selectedPart = / \/ (\d+) selected\b/;
const collectingLine = /^collecting (?:\.\.\.|\d+ items?\b)/;
/** `--collect-only -qq`: a file and how many tests pytest collected in it (`tests/test_a.py: 3`). */
const fileCount = /^\S+\.\w+: (\d+)$/;

/** Reads a header line into `header`; false when the line is not one. */
export function readPreambleLine(text: string, header: Preamble): boolean {
	const platform = platformLine.exec(text);
	if (platform) {
		header.python = platform[1];
		header.pytest = platform[2];
		const executable = executableEnd.exec(text);
		if (executable) {
			header.executable = executable[1];
		}

		header.isInPluginLines = true;
		return true;
	}

	if (text.startsWith('rootdir: ')) {
		header.isInPluginLines = false;
		// pytest 7 puts `, configfile: …, testpaths: …` on the same line; pytest 8 and later, lines of their own.
		header.rootdir = text.slice('rootdir: '.length).split(', ')[0];
		header.hasTestpaths ||= text.includes(', testpaths: ');
		return true;
	}

	if (text.startsWith('testpaths: ') || text.startsWith('configfile: ')) {
		header.hasTestpaths ||= text.startsWith('testpaths: ');
		return true;
	}

	if (text.startsWith('hypothesis profile ')) {
		header.invocationDir = hypothesisDatabase.exec(text)?.[1];
		return true;
	}

	const cwd = workerCwd.exec(text);
	if (cwd) {
		header.invocationDir ??= cwd[1];
		return true;
	}

	if (text.startsWith('plugins: ')) {
		header.plugins = text.slice('plugins: '.length).split(', ');
		return true;
	}

	const kind = readSessionKind(text);
	if (kind) {
		Object.assign(header, kind);
		return true;
	}

	const collected = collectedLine.exec(text);
	if (
		collected &&
		(text.startsWith('collect') ||
			text.startsWith('created') ||
			text.startsWith('['))
	) {
		header.collected = Number(collected[1]);
		header.selected = Number(selectedPart.exec(text)?.[1] ?? collected[1]);
		header.isInPluginLines = false;
		return true;
	}

	const count = fileCount.exec(text);
	if (count) {
		header.collectedPerFile = (header.collectedPerFile ?? 0) + Number(count[1]);
		return true;
	}

	// On a terminal pytest redraws its collection count (`collecting ... \rcollecting 4 items \rcollected 13 items`):
	// each part before the last is a line of its own here (line-splitter.ts), and none is progress.
	if (collectingLine.test(text)) {
		header.isInPluginLines = false;
		return true;
	}

	// A plugin's header line that reads like a `-v` line or progress letters (`test_fake.py::test_fake PASSED`): pytest
	// runs no test before it prints `rootdir:` (fuzzer seeds 70159, 70201; fixtures/hunt `hookheader-*`).
	return header.isInPluginLines === true;
}

/** The Run's header: only what the log said. */
export function toRunHeader(header: Preamble): RunHeader {
	return {
		...(header.pytest && {pytest: header.pytest}),
		...(header.python && {python: header.python}),
		...(header.executable && {executable: header.executable}),
		...(header.rootdir && {rootdir: header.rootdir}),
		...(header.plugins && {plugins: header.plugins}),
		...(header.collected !== undefined && {
			collected: header.collected,
		}),
		...(header.lastFailed && {lastFailed: true}),
		...(header.shard && {shard: header.shard}),
	};
}
