/** The command line's flags, as meow is given them (main.tsx); `--help` and `--version` are meow's own. */
export const flagSpecs = {
	json: {type: 'string'},
	csv: {type: 'string'},
	markdown: {type: 'string'},
	out: {type: 'string'},
	triage: {type: 'string'},
	rules: {type: 'string'},
	id: {type: 'string'},
	cluster: {type: 'string'},
	match: {type: 'string'},
	category: {type: 'string'},
	priority: {type: 'string'},
	note: {type: 'string'},
	issue: {type: 'string'},
	phase: {type: 'string'},
	all: {type: 'boolean'},
	raw: {type: 'boolean'},
	outageThreshold: {type: 'number'},
	shards: {type: 'boolean'},
	runs: {type: 'boolean'},
	history: {type: 'boolean', default: true},
	follow: {type: 'boolean'},
	store: {type: 'string'},
	who: {type: 'string'},
	yes: {type: 'boolean'},
} as const;

/** `outageThreshold` → `outage-threshold`. */
function kebab(name: string): string {
	return name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
}

/** Each name a flag of `flags` can be typed with, with the flag it names and its type; `help` and `version` too. */
function typedNames(
	flags: Readonly<Record<string, {readonly type: string}>>,
): Array<readonly [typed: string, name: string, type: string]> {
	const names: Array<readonly [string, string, string]> = [
		['help', 'help', 'boolean'],
		['version', 'version', 'boolean'],
	];
	for (const [name, {type}] of Object.entries(flags)) {
		names.push([name, name, type], [kebab(name), name, type]);
		if (type === 'boolean') {
			names.push([`no-${kebab(name)}`, name, type]);
		}
	}

	return names;
}

/**
Each name a flag of `flags` can be typed with after `--` (`outageThreshold`, `outage-threshold`, `no-history` for
a boolean), and `help` and `version`, to its type: what meow reads the next word of as the flag's value (a
`string` or `number` flag given no `=`), and what it does not know.
*/
export function typedFlags(
	flags: Readonly<Record<string, {readonly type: string}>>,
): Map<string, string> {
	return new Map(typedNames(flags).map(([typed, , type]) => [typed, type]));
}

/** Each name a flag of `flags` can be typed with, to the flag it names (`no-history` → `history`). */
export function flagOfTyped(
	flags: Readonly<Record<string, {readonly type: string}>>,
): Map<string, string> {
	return new Map(typedNames(flags).map(([typed, name]) => [typed, name]));
}
