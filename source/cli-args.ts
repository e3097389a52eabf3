/**
What meow lets through silently: a flag it does not know (`--bogus`), a flag that needs a value given
none (`--outage-threshold` last), a number flag given something else (meow makes `abc` NaN, and
the value typed is lost), and stdin (`-`) named twice. Plain data in, the one-line complaint out.
*/

import {typedFlags} from './cli-flags.js';
import {didYouMean} from './did-you-mean.js';
import {sanitizeLine} from './log/sanitize.js';

/** What meow reads as a number (`0.5`, `.5`, `1e-1`, `Infinity`: the command checks the range); `''`, `abc` and `0.5x` are not. */
function isNumber(text: string): boolean {
	return text.trim() !== '' && !Number.isNaN(Number(text));
}

/**
The first problem with the flags of `argv`, or undefined. `flags` are meow's definitions; a flag of
`valueTypes` `string` or `number` needs a value, glued (`--note=x`) or next.
*/
export function flagProblem(
	argv: readonly string[],
	flags: Readonly<Record<string, {readonly type: string}>>,
): string | undefined {
	const known = typedFlags(flags);

	// The argument after a flag that takes a value is that value, even when it starts with `-` (`-0.5`).
	let isValue = false;
	for (const [index, argument] of argv.entries()) {
		if (argument === '--') {
			return undefined;
		}

		if (isValue) {
			isValue = false;
			continue;
		}

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
			const hint =
				meant === undefined
					? "triage's flags start with --"
					: `did you mean --${meant}?`;
			return `unknown flag ${sanitizeLine(argument)}: ${hint} (see triage --help)`;
		}

		if (!argument.startsWith('--')) {
			continue;
		}

		const [name = '', value] = argument.slice(2).split(/=(.*)/s);
		const type = known.get(name);
		if (type === undefined) {
			const meant = didYouMean(name, known.keys());
			return `unknown flag --${sanitizeLine(name)}${meant === undefined ? '' : `: did you mean --${meant}?`} (see triage --help)`;
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

		isValue = type !== 'boolean' && value === undefined;
		const given = value ?? next ?? '';
		if (type === 'number' && !isNumber(given)) {
			return `--${name} takes a number; got '${sanitizeLine(given)}' (see triage --help)`;
		}
	}

	return undefined;
}

/**
The problem with the positional arguments (meow's `input`), or undefined: `-` more than once. stdin can
be read only once, so a second `-` would read as an empty log ('stdin: empty file'), whichever command
takes the logs.
*/
export function inputProblem(input: readonly string[]): string | undefined {
	const stdin = input.filter(argument => argument === '-').length;
	return stdin > 1
		? `stdin (-) is named ${stdin} times: it can be read only once`
		: undefined;
}
