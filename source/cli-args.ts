/**
What meow lets through silently: a flag it does not know (`--bogus`), a flag that needs a value given
none (`--outage-threshold` last), a number flag given something else (meow makes `abc` NaN, and
the value typed is lost), a flag of another command (`report --csv`), and stdin (`-`) named twice. Plain data in, the one-line complaint out.
*/

import {flagOfTyped, typedFlags} from './cli-flags.js';
import {commandHelps, type CommandHelp} from './commands/help-texts.js';
import {didYouMean} from './did-you-mean.js';
import {sanitizeLine} from './log/sanitize.js';

/** What meow reads as a number (`0.5`, `.5`, `1e-1`, `Infinity`: the command checks the range); `''`, `abc` and `0.5x` are not. */
function isNumber(text: string): boolean {
	return text.trim() !== '' && !Number.isNaN(Number(text));
}

/**
The flags of `argv` (`-x` and `--name`, `--name=value`) with their places, up to `--`: the argument after a
flag that takes a value (`known`: typed name to type) is that value, even when it starts with `-` (`-0.5`).
*/
function* flagArguments(
	argv: readonly string[],
	known: ReadonlyMap<string, string>,
): Generator<{readonly argument: string; readonly index: number}> {
	let isValue = false;
	for (const [index, argument] of argv.entries()) {
		if (argument === '--') {
			return;
		}

		if (isValue) {
			isValue = false;
			continue;
		}

		if (argument.startsWith('--')) {
			const type = known.get(argument.slice(2));
			isValue = type !== undefined && type !== 'boolean';
			yield {argument, index};
		} else if (/^-[^-]/.test(argument)) {
			yield {argument, index};
		}
	}
}

/** Short names people type for a flag, which no slip of the keyboard explains (`--md` read as `--id`). */
const abbreviations: ReadonlyMap<string, string> = new Map([
	['md', 'markdown'],
	['mdown', 'markdown'],
]);

/**
The first problem with the flags of `argv`, or undefined. `flags` are meow's definitions; a flag of
`valueTypes` `string` or `number` needs a value, glued (`--note=x`) or next.
*/
export function flagProblem(
	argv: readonly string[],
	flags: Readonly<Record<string, {readonly type: string}>>,
): string | undefined {
	const known = typedFlags(flags);
	const flagOf = flagOfTyped(flags);
	// A value flag given twice (`--csv a.csv --csv b.csv`): meow throws, and which one was meant is not ours to guess.
	const given = new Map<string, string>();
	for (const {argument, index} of flagArguments(argv, known)) {
		// `-h`, `-o FILE`: meow would drop them silently (the report then goes to stdout). `-` is stdin;
		// `triage run pytest -x` (no `--`) gets run's own message, which shows where `--` goes.
		if (
			/^-[^-]/.test(argument) &&
			!/^-\d/.test(argument) &&
			argv[0] !== 'run'
		) {
			const letters = argument.slice(1).split('=')[0]!;
			const meant =
				letters === 'h'
					? 'help'
					: letters === 'V' || letters === 'v'
						? 'version'
						: letters.length > 1 && known.has(letters)
							? letters
							: undefined;
			// A dot or a slash is in no flag: a file whose name starts with `-` (`-flaky.log`), which `--` cannot pass.
			const hint =
				meant === undefined
					? /[./]/.test(argument)
						? `a LOG whose name starts with - is given as ./${sanitizeLine(argument)}`
						: "triage's flags start with --"
					: `did you mean --${meant}?`;
			return `unknown flag ${sanitizeLine(argument)}: ${hint} (see triage --help)`;
		}

		if (!argument.startsWith('--')) {
			continue;
		}

		const [name = '', value] = argument.slice(2).split(/=(.*)/s);
		const type = known.get(name);
		if (type === undefined) {
			return unknownFlagText(argv, flags, name);
		}

		// `triage --version` alone is answered before any of this (cli-help.ts); beside anything else it
		// was ignored (`triage report --version` printed the report).
		if (name === 'version') {
			return '--version goes alone: triage --version';
		}

		const next = argv[index + 1];
		if (
			type !== 'boolean' &&
			value === undefined &&
			(next === undefined || next.startsWith('--'))
		) {
			return `--${name} needs a value (see triage --help)`;
		}

		const text = value ?? next ?? '';
		if (type === 'number' && !isNumber(text)) {
			return `--${name} takes a number; got '${sanitizeLine(text)}' (see triage --help)`;
		}

		const flag = flagOf.get(name)!;
		const earlier = given.get(flag);
		if (type !== 'boolean' && earlier !== undefined) {
			return `--${name} is given twice ('${sanitizeLine(earlier)}', then '${sanitizeLine(text)}'): give it once (see triage --help)`;
		}

		given.set(flag, text);
	}

	return undefined;
}

/**
`unknown flag --cvs: …` for a flag of no command. After a command word (`triage report --cvs`) the nearest of that
command's flags is meant, and its help is named; a flag only another command takes (`--csv`) is named with that
(new-user tour 63: `report --cvs` said `did you mean --csv?`, and `report --csv` then `report does not take --csv`).
*/
function unknownFlagText(
	argv: readonly string[],
	flags: Readonly<Record<string, {readonly type: string}>>,
	name: string,
): string {
	const known = typedFlags(flags);
	const flagOf = flagOfTyped(flags);
	const command = commandHelps.find(
		help => help.name !== undefined && help.name === argv[0],
	);
	const help =
		command === undefined ? 'triage --help' : `triage ${command.name!} --help`;
	const own = [...known.keys()].filter(typed => {
		const flag = flagOf.get(typed) ?? typed;
		return (
			command === undefined ||
			everyCommands.has(flag) ||
			isTakenBy(command, flag)
		);
	});
	const abbreviation = abbreviations.get(name.toLowerCase());
	const meant =
		abbreviation !== undefined && own.includes(abbreviation)
			? abbreviation
			: didYouMean(name, own);
	const unknown = `unknown flag --${sanitizeLine(name)}`;
	if (meant !== undefined) {
		return `${unknown}: did you mean --${meant}? (see ${help})`;
	}

	const elsewhere = abbreviation ?? didYouMean(name, known.keys());
	if (elsewhere === undefined) {
		return `${unknown} (see ${help})`;
	}

	const other =
		command === undefined
			? undefined
			: commandFlagProblem([`--${elsewhere}`], flags, [command.name!]);
	return other === undefined
		? `${unknown}: did you mean --${elsewhere}? (see ${help})`
		: `${unknown}: did you mean --${elsewhere}? ${other}`;
}

/**
The flags every command takes (DESIGN.md's common flags): where the decisions, the rules and the store are, and
who works on them (`--who` goes with `--store`: a team's alias sets both, and a command that records nothing
ignores it).
*/
const everyCommands: ReadonlySet<string> = new Set([
	'triage',
	'rules',
	'store',
	'who',
	'help',
	'version',
]);

function isTakenBy(help: CommandHelp, flag: string): boolean {
	return (help.flags as readonly string[]).includes(flag);
}

/** `a`, `a and b`, `a, b and c`. */
function listed(words: readonly string[]): string {
	return words.length < 2
		? (words[0] ?? '')
		: `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

/**
A flag of `argv` that the command `input` names does not take (`triage report --csv out.csv`: the report went
to stdout and no CSV was written, silently), or undefined. What a command takes is what its `--help` lists
(`help-texts.ts`), and the common flags everywhere; the review is `triage LOG…` and `triage --follow LOG`.
*/
export function commandFlagProblem(
	argv: readonly string[],
	flags: Readonly<Record<string, {readonly type: string}>>,
	input: readonly string[],
): string | undefined {
	// The review's helps have no name: with no word at all (`triage --priority HIGH`), the command is the review.
	const named = commandHelps.find(
		help => help.name !== undefined && help.name === input[0],
	);
	const reviews = commandHelps.filter(help => help.name === undefined);
	const flagOf = flagOfTyped(flags);
	for (const {argument} of flagArguments(argv, typedFlags(flags))) {
		const typed = argument.slice(2).split('=')[0]!;
		const flag = flagOf.get(typed);
		if (
			!argument.startsWith('--') ||
			flag === undefined ||
			everyCommands.has(flag) ||
			(named ? [named] : reviews).some(help => isTakenBy(help, flag))
		) {
			continue;
		}

		const takers = [
			...(named && reviews.some(help => isTakenBy(help, flag))
				? ['the review']
				: []),
			...commandHelps.flatMap(help =>
				help.name !== undefined && isTakenBy(help, flag) ? [help.name] : [],
			),
		];
		const where =
			takers.length === 0
				? ''
				: `${listed(takers)} ${takers.length === 1 ? 'takes' : 'take'} it; `;
		return named
			? `triage ${named.name!} does not take --${typed} (${where}see triage ${named.name!} --help)`
			: `the review (triage LOG…) does not take --${typed} (${where}see triage --help)`;
	}

	return undefined;
}

/**
The problem with the positional arguments (meow's `input`), or undefined: `-` more than once (stdin can
be read only once, so a second `-` would read as an empty log, 'stdin: empty file', whichever command
takes the logs), or an empty one.
*/
export function inputProblem(input: readonly string[]): string | undefined {
	const stdin = input.filter(argument => argument === '-').length;
	if (stdin > 1) {
		return `stdin (-) is named ${stdin} times: it can be read only once`;
	}

	// `triage "$LOG"` with LOG unset: the empty name was ': no such file', or for `import ''` ': is a directory'.
	// `run`'s are its command's (`triage run -- ''` says that command is not found).
	return input[0] !== 'run' && input.includes('')
		? "an empty argument ('') names no file (a variable that is not set?)"
		: undefined;
}

/**
`-` when stdin is the terminal: the log would be waited for from the keyboard (the review showed `loading
stdin…` for ever, with its keys on the same terminal). Undefined when stdin is a pipe or a file, or no `-`.
*/
export function terminalStdinProblem(
	input: readonly string[],
	isStdinTerminal: boolean,
): string | undefined {
	return isStdinTerminal && input.includes('-')
		? '- reads a log from stdin, and stdin is this terminal: pipe a log in (pytest -v | triage -)'
		: undefined;
}
