/**
What meow lets through silently: a flag it does not know (`--bogus`), a flag that needs a value given
none (`--outage-threshold` last), a number flag given something else (meow makes `abc` NaN, and
the value typed is lost), and stdin (`-`) named twice. Plain data in, the one-line complaint out.
*/

import {sanitizeLine} from './log/sanitize.js';

/** `outageThreshold` → `outage-threshold`. */
function kebab(name: string): string {
	return name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
}

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
	const known = new Map<string, string>([
		['help', 'boolean'],
		['version', 'boolean'],
	]);
	for (const [name, {type}] of Object.entries(flags)) {
		known.set(name, type);
		known.set(kebab(name), type);
		if (type === 'boolean') {
			known.set(`no-${kebab(name)}`, type);
		}
	}

	for (const [index, argument] of argv.entries()) {
		if (argument === '--') {
			return undefined;
		}

		if (!argument.startsWith('--')) {
			continue;
		}

		const [name = '', value] = argument.slice(2).split(/=(.*)/s);
		const type = known.get(name);
		if (type === undefined) {
			return `unknown flag --${name} (see triage --help)`;
		}

		const next = argv[index + 1];
		if (
			type !== 'boolean' &&
			value === undefined &&
			(next === undefined || next.startsWith('--'))
		) {
			return `--${name} needs a value (see triage --help)`;
		}

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
