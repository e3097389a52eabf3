/**
The command that runs failures again (`R`): by default `python -m pytest -v -p no:randomly -p no:cacheprovider
--rootdir=ROOTDIR --junitxml=FILE ID…` in the rootdir the run recorded, with the python the run used when the
log says which (else `python3`); or the rules file's `rerun` template (`"tox -e py311 -- {ids}"`). Plain data:
what to start and where, or why it cannot be started here.
*/

import fs from 'node:fs';
import path from 'node:path';
import {sanitizeLine} from '../log/sanitize.js';

/** The placeholders a `rerun` template may use; `{ids}` is required. */
export const rerunPlaceholders = [
	'ids',
	'junitxml',
	'rootdir',
	'python',
] as const;

export type RerunPlan = {
	readonly argv: readonly string[];
	readonly cwd: string;
	/** Whether the command writes the JUnit XML file it was given (a template may not ask for it). */
	readonly writesJunit: boolean;
	/** The command line as shown to a person (ids counted, not listed). */
	readonly display: string;
};

export type PlanInput = {
	readonly ids: readonly string[];
	/** The rootdir the run recorded. */
	readonly rootdir: string | undefined;
	/** The python the run used, when the log says (`platform … -- /path/to/python` with `-v`). */
	readonly python?: string;
	/** The rules file's `rerun` template. */
	readonly template?: string;
	/** Where this repetition's JUnit XML goes. */
	readonly junitxml: string;
};

/**
A template's words: split on spaces outside quotes, quotes removed (no shell runs it, so nothing in it
is expanded). Undefined when a quote is not closed.
*/
export function templateWords(template: string): string[] | undefined {
	const words: string[] = [];
	let word: string | undefined;
	let quote: string | undefined;
	for (const character of template) {
		if (quote !== undefined) {
			if (character === quote) {
				quote = undefined;
			} else {
				word = (word ?? '') + character;
			}
		} else if (character === '"' || character === "'") {
			quote = character;
			word ??= '';
		} else if (/\s/.test(character)) {
			if (word !== undefined) {
				words.push(word);
				word = undefined;
			}
		} else {
			word = (word ?? '') + character;
		}
	}

	if (quote !== undefined) {
		return undefined;
	}

	if (word !== undefined) {
		words.push(word);
	}

	return words;
}

/** What is wrong with a `rerun` template, for the rules file's error; undefined when it is usable. */
export function templateProblem(template: string): string | undefined {
	const words = templateWords(template);
	if (words === undefined) {
		return 'a quote is not closed';
	}

	if (words.length === 0) {
		return 'it is empty';
	}

	if (!words.includes('{ids}')) {
		return 'it needs {ids} as a word of its own, where the node ids go';
	}

	for (const word of words) {
		for (const match of word.matchAll(/{(\w*)}/g)) {
			if (!(rerunPlaceholders as readonly string[]).includes(match[1]!)) {
				return `unknown placeholder {${match[1]!}}; expected ${rerunPlaceholders.map(name => `{${name}}`).join(', ')}`;
			}
		}
	}

	return undefined;
}

/**
A node id as a word of the command line. An id that starts with `-` or `@` is read as an option or (pytest 8.2 on)
a file of arguments: `-2/test_minus.py::test_x` never ran, and a log's `ERROR --basetemp=DIR` (a collection error's
id is its path) had pytest run the whole suite with DIR as its temporary folder, which pytest empties first. `./`
before it keeps it a path, and pytest reports the test under its own id.
*/
export function idArgument(id: string): string {
	return /^[-@]/.test(id) ? `./${id}` : id;
}

/** The command line as shown: the ids where they go (a template may put words after them), counted when several. */
function displayOf(argv: readonly string[], ids: readonly string[]): string {
	const what = ids.length === 1 ? ids[0]! : `${ids.length} tests`;
	const at = argv.findIndex(word => ids.includes(word));
	const shown = argv.filter(word => !ids.includes(word));
	return at === -1
		? `${shown.join(' ')} ${what}`
		: [...shown.slice(0, at), what, ...shown.slice(at)].join(' ');
}

/** The command to start, or one line saying why the tests cannot be run here. */
export function planRerun(input: PlanInput): RerunPlan | {problem: string} {
	const {rootdir} = input;
	const ids = input.ids.map(id => idArgument(id));
	if (rootdir === undefined) {
		return {
			problem:
				'cannot run the tests again here: the log does not say where they ran (no rootdir line)',
		};
	}

	const stat = fs.statSync(rootdir, {throwIfNoEntry: false});
	if (!stat?.isDirectory()) {
		return {
			// The rootdir is the log's: its control characters (a C1 CSI, a BEL) reached the terminal as they were.
			problem: `cannot run the tests again here: their rootdir ${sanitizeLine(rootdir)} is not on this machine`,
		};
	}

	const python = input.python ?? 'python3';
	if (input.template === undefined) {
		const argv = [
			python,
			'-m',
			'pytest',
			'-v',
			'-p',
			'no:randomly',
			'-p',
			'no:cacheprovider',
			`--rootdir=${rootdir}`,
			`--junitxml=${input.junitxml}`,
			...ids,
		];
		return {
			argv,
			cwd: rootdir,
			writesJunit: true,
			display: displayOf(
				argv.filter(word => !word.startsWith('--junitxml=')),
				ids,
			),
		};
	}

	const words = templateWords(input.template);
	const problem = templateProblem(input.template);
	if (words === undefined || problem !== undefined) {
		return {problem: `the rules file's rerun template: ${problem ?? ''}`};
	}

	const values: Record<string, string> = {
		junitxml: input.junitxml,
		rootdir,
		python,
	};
	const argv = words.flatMap(word =>
		word === '{ids}'
			? [...ids]
			: [word.replaceAll(/{(\w+)}/g, (_, name: string) => values[name] ?? '')],
	);
	return {
		argv,
		cwd: rootdir,
		writesJunit: words.some(word => word.includes('{junitxml}')),
		display: displayOf(
			argv.map(word =>
				word.includes(input.junitxml)
					? word.replace(input.junitxml, 'FILE')
					: word,
			),
			ids,
		),
	};
}

/**
The file names of a Python interpreter: `python`, `python3`, `python3.11`, `python3.13t` (free-threaded),
`python3.7m`, `python3-dbg`, `pypy`, `pypy3.10`, `python.exe`. A log is untrusted: the interpreter it names is
run by `R` only when its name is one of these, so a crafted header (`-- /srv/ci/payload`) runs nothing of its own.
*/
const pythonName =
	/^(?:python|pypy)(?:\d+(?:\.\d+)?)?(?:[dmt]|-dbg)?(?:\.exe)?$/i;

/** Whether a path names a Python interpreter by its file name (`/venv/bin/python3.11`). */
export function isPythonName(file: string): boolean {
	return pythonName.test(path.basename(file.replaceAll('\\', '/')));
}

export type RunPython = {
	/** The python to run, when the command line or the log names one; else `R` uses `python3`. */
	readonly python?: string;
	/** One line, when the log names an interpreter that is not a python: it is not run. */
	readonly refused?: string;
};

/**
The python a run used, when its command line (`triage run -- /venv/bin/python -m pytest`) or its header
(`platform linux -- Python 3.11.2, … -- /venv/bin/python3`) names one. A header's interpreter whose file name is
not a python's is refused, with a line saying so.
*/
export function pythonOf(
	executable: string | undefined,
	argv?: readonly string[],
): RunPython {
	const first = argv?.[0];
	if (first !== undefined && isPythonName(first)) {
		return {python: first};
	}

	if (executable === undefined) {
		return {};
	}

	if (isPythonName(executable)) {
		return {python: executable};
	}

	return {
		refused: `the log names ${sanitizeLine(executable).slice(0, 120)} as its python, which is not a Python interpreter's name: python3 ran instead`,
	};
}
