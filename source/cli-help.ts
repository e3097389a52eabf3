/**
The help and version, for `--help` (with any command) and `triage --version`: answered from package.json
without loading the commands (main.tsx, the rest of the bundle) or meow, whose reading of package.json
normalises it (the help as meow formats it; test/cli-help.test.ts compares them).
*/
import fs from 'node:fs';
import {flagSpecs, typedFlags} from './cli-flags.js';
import {commandUsage, globalUsage} from './commands/help-texts.js';

/** What `--help` says: meow is given the same text. Each command's part is beside the commands. */
export const usage = globalUsage();

/** meow's layout of a help text: the common indent replaced by two spaces, no blank lines around it. */
function indented(text: string): string {
	const indents = text.match(/^[ \t]*(?=\S)/gm) ?? [];
	const common = Math.min(...indents.map(indent => indent.length));
	const stripped =
		Number.isFinite(common) && common > 0
			? text.replaceAll(new RegExp(`^[ \\t]{${common}}`, 'gm'), '')
			: text;
	return stripped.replaceAll(/^(?!\s*$)/gm, '  ');
}

type PackageFacts = {readonly version: string; readonly description: string};

/**
The nearest package.json above this module (source/ or dist/) that names a package, parsed (undefined when
there is none): dist/package.json only says that dist/cli.js is CommonJS. main.tsx gives it to meow (`pkg`),
which then reads none itself.
*/
export function packageJson(): Record<string, unknown> | undefined {
	let folder = new URL('.', import.meta.url);
	for (let level = 0; level < 4; level++, folder = new URL('..', folder)) {
		let text: string | undefined;
		try {
			text = fs.readFileSync(new URL('package.json', folder), 'utf8');
		} catch {
			continue;
		}

		const parsed = JSON.parse(text) as Record<string, unknown>;
		if (typeof parsed['name'] === 'string') {
			return parsed;
		}
	}

	return undefined;
}

function packageFacts(): PackageFacts {
	const {version, description} = (packageJson() ?? {}) as Partial<PackageFacts>;
	return {version: version ?? '', description: description ?? ''};
}

/** A help text as meow prints it (`\n  description\n\n  Usage…\n`, then console.log's newline). */
function laidOut(text: string, description: string): string {
	const body = text.replace(/\t+\n*$/, '').replaceAll(/^[\r\n]+|[\r\n]+$/g, '');
	const help = `\n${indented(body)}`;
	return `${description ? indented(`\n${description}\n`) : ''}${help}\n`;
}

/** The help as meow prints it (`\n  description\n\n  Usage…\n`, then console.log's newline). */
export function helpText(description: string): string {
	return laidOut(usage, description);
}

/** Whether meow reads the word after `--name` as its value (a string or number flag, not glued with `=`). */
function takesValue(
	argument: string,
	known: ReadonlyMap<string, string>,
): boolean {
	if (!argument.startsWith('--') || argument.includes('=')) {
		return false;
	}

	const type = known.get(argument.slice(2));
	return type !== undefined && type !== 'boolean';
}

/** The first argument that is not a flag or a flag's value: the command, when it names one. */
function firstWord(argv: readonly string[]): string | undefined {
	const known = typedFlags(flagSpecs);
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (takesValue(argument, known)) {
			index++;
		} else if (!argument.startsWith('-') || argument === '-') {
			return argument;
		}
	}

	return undefined;
}

/**
What to print for `--help` anywhere among the arguments (meow answers `--help` only when it is the one
argument, or `help` first): the command's own help after a command (`triage export --help`, `triage help export`), else the whole help; else for
`--version` alone; undefined for anything else. What follows `--` is the command of `triage run`, whose own
`--help` is not ours.
*/
export function quickAnswer(
	argv: readonly string[],
	isFile: (name: string) => boolean = fs.existsSync,
): string | undefined {
	const dashes = argv.indexOf('--');
	let ours = dashes === -1 ? argv : argv.slice(0, dashes);
	// `triage help` and `triage help export`, as git and npm take them, said `help: no such file` (QA 34). A log
	// named `help` in the folder is still a log.
	if (ours[0] === 'help' && ours.length <= 2 && !isFile('help')) {
		ours = [...ours.slice(1), '--help'];
	}

	if (ours.includes('--help')) {
		const word = firstWord(ours.filter(argument => argument !== '--help'));
		const own = word === undefined ? undefined : commandUsage(word);
		return own === undefined
			? `${helpText(packageFacts().description)}\n`
			: `${laidOut(own, '')}\n`;
	}

	return argv.length === 1 && argv[0] === '--version'
		? `${packageFacts().version}\n`
		: undefined;
}

/** Where the wrapped part of a help line goes on: its explanation column (after a gap of 2+ spaces), else its indent. */
function hangingIndent(line: string): number {
	const indent = /^ */.exec(line)![0].length;
	const gap = /^ *\S.*?\S {2,}(?=\S)/.exec(line);
	if (gap) {
		return gap[0].length;
	}

	// A usage line too long for its column (`$ triage decide …`) goes on under its words, not as a new entry.
	return /^ *(?:\$ |--)/.test(line) ? indent + 2 : indent;
}

function fitLine(line: string, columns: number): string[] {
	if (line.length <= columns) {
		return [line];
	}

	let hang = hangingIndent(line);
	if (hang > columns - 20) {
		hang = Math.min(/^ */.exec(line)![0].length + 4, columns - 20);
	}

	const lines: string[] = [];
	let rest = line;
	let prefix = '';
	while (prefix.length + rest.length > columns) {
		const room = columns - prefix.length;
		let cut = rest.lastIndexOf(' ', room);
		// No space to break at past the part that must stay (a long path): cut the word.
		if (cut <= (prefix === '' ? hang : 0)) {
			cut = room;
		}

		lines.push(prefix + rest.slice(0, cut).trimEnd());
		rest = rest.slice(cut).trimStart();
		prefix = ' '.repeat(hang);
	}

	lines.push(prefix + rest);
	return lines;
}

/**
A help text re-wrapped for a terminal `columns` wide: a line wider goes on at its explanation column (or under its
words), broken at spaces. A terminal's own wrapping cut words in two at 80 columns (`review the` / `m as they
run`), the first thing a new user reads. Narrower than 40 columns, or not a terminal (undefined), it is left as it is.
*/
export function fitHelp(text: string, columns: number | undefined): string {
	if (columns === undefined || columns < 40) {
		return text;
	}

	return logicalLines(text.split('\n'), columns)
		.flatMap(line => fitLine(line, columns))
		.join('\n');
}

/**
The help's lines with the lines it wrapped for a wider screen joined again where they will be wrapped anew: a line
that goes on at the column its line before wraps to, and ends no sentence there. A line beginning with `(` (`--all`'s
part for each command) stands alone, as does every line of a text that fits as it is.
*/
function logicalLines(lines: readonly string[], columns: number): string[] {
	const result: string[] = [];
	let isJoining = false;
	for (const line of lines) {
		const previous = result.at(-1);
		const indent = /^ */.exec(line)![0].length;
		const isGoingOn =
			previous !== undefined &&
			line.trim() !== '' &&
			!/^ *\(/.test(line) &&
			hangingIndent(line) === indent &&
			!/[.:]$/.test(previous) &&
			(isJoining || previous.length > columns) &&
			(hangingIndent(previous) === indent ||
				(/^ *\S/.test(previous) && /^ */.exec(previous)![0].length === indent));
		if (isGoingOn) {
			result[result.length - 1] = `${previous} ${line.trim()}`;
			isJoining = true;
		} else {
			result.push(line);
			isJoining = line.length > columns;
		}
	}

	return result;
}
