/**
The keys as a person reads them, all from the keymap: the footer's hints, the help overlay (with the
legend of the rows' marks), and the README's key table.
*/
import {wrapText} from '../../text-width.js';
import {defaultKeymap} from './default-keymap.js';
import {displayKey} from './key-names.js';
import {
	modes,
	modeTitles,
	type KeyBinding,
	type Keymap,
	type Mode,
} from './types.js';

export type Hint = {
	readonly keys: string;
	readonly label: string;
	/** Help, quit and back: the footer keeps these when space runs out. */
	readonly isEssential: boolean;
	/** The category keys: next after the essential ones, so that a narrow footer still says how to decide. */
	readonly isDecision: boolean;
};

const essentialIds = new Set(['help', 'quit', 'back']);

/**
The footer's hints for a mode: bindings with a hint, with their first key; grouped ones merged
(`b/c/e/t/u category`).
*/
export function hintsFor(keymap: Keymap, mode: Mode): Hint[] {
	const entries: Array<{
		keys: string[];
		label: string;
		isEssential: boolean;
		isDecision: boolean;
		isPriority: boolean;
	}> = [];
	const groups = new Map<string, string[]>();
	for (const binding of keymap[mode]) {
		const [first] = binding.keys;
		if (binding.hint === undefined || first === undefined) {
			continue;
		}

		if (binding.group === undefined) {
			entries.push({
				keys: [displayKey(first)],
				label: binding.hint,
				isEssential: essentialIds.has(binding.id),
				isDecision: binding.action.type === 'category',
				isPriority: binding.action.type === 'priority',
			});
			continue;
		}

		// Grouped bindings show one key each, a letter when they have one: `j/k move`.
		let keys = groups.get(binding.group);
		if (!keys) {
			keys = [];
			groups.set(binding.group, keys);
			entries.push({
				keys,
				label: binding.hint,
				isEssential: false,
				isDecision: binding.action.type === 'category',
				isPriority: binding.action.type === 'priority',
			});
		}

		keys.push(
			displayKey(binding.keys.find(name => name.length === 1) ?? first),
		);
	}

	return leadWithPriority(entries).map(entry => ({
		keys: entry.keys.join('/'),
		label: entry.label,
		isEssential: entry.isEssential,
		isDecision: entry.isDecision,
	}));
}

/**
The priority keys' hint before the category keys': a category key decides and moves to the next undecided failure,
so a person who read `b/c/e/t/u category  1/2/3 priority` and pressed them in that order set the priority on the
next row. Read as `1/2/3 priority  b/c/e/t/u category`, the keys are pressed in the order that works (the
help and the README keep the keymap's order, where each line says what the key does).
*/
function leadWithPriority<
	Entry extends {readonly isDecision: boolean; readonly isPriority: boolean},
>(entries: readonly Entry[]): Entry[] {
	const category = entries.findIndex(entry => entry.isDecision);
	const priority = entries.findIndex(entry => entry.isPriority);
	if (category === -1 || priority === -1 || priority < category) {
		return [...entries];
	}

	const rest = entries.filter((_, index) => index !== priority);
	rest.splice(category, 0, entries[priority]!);
	return rest;
}

/** Escape a table cell: pipes and backticks inside code spans. */
function markdownKey(name: string): string {
	const label = displayKey(name);
	return label === '`' ? '`` ` ``' : label === '|' ? '`\\|`' : `\`${label}\``;
}

/**
The README's key table: one section per mode, one row per binding. Other modes leave out the bindings
they share with the list (same id, same keys) and name them in one line instead. The README holds exactly
this text between `<!-- keys -->` and `<!-- /keys -->` (a test checks it).
*/
export function renderKeyTable(keymap: Keymap = defaultKeymap): string {
	const signature = (binding: KeyBinding) =>
		`${binding.keys.join(' ')}\n${binding.help}`;
	const listKeys = new Map(
		keymap.list.map(binding => [binding.id, signature(binding)]),
	);
	const sections: string[] = [];
	for (const mode of modes) {
		const lines = [`**${modeTitles[mode]}**`, ''];
		const shared: string[] = [];
		const rows: string[] = [];
		for (const binding of keymap[mode]) {
			if (mode !== 'list' && listKeys.get(binding.id) === signature(binding)) {
				shared.push(...binding.keys.map(key => markdownKey(key)));
				continue;
			}

			const keys = binding.keys.map(key => markdownKey(key)).join(' ');
			rows.push(`| ${keys} | ${binding.help.replaceAll('|', '\\|')} |`);
		}

		lines.push('| Keys | Action |', '| --- | --- |', ...rows);
		if (shared.length > 0) {
			lines.push('', `As in the list: ${shared.join(' ')}.`);
		}

		sections.push(lines.join('\n'));
	}

	return sections.join('\n\n') + '\n';
}

export type HelpLine = {
	readonly text: string;
	readonly isHeading?: boolean;
	/** A second or later piece of a wrapped line (a resize finds the line again by its first piece). */
	readonly isContinuation?: boolean;
};

/** What the marks on a row mean; the help overlay shows it above the keys, one mark's sentence never split over two entries (each wraps on its own at the help's width). */
export const legend: readonly string[] = [
	'› selected   * marked   BUG HIGH decided (bold)   bug high suggested (dim)',
	'~ flaky   ! stale: the error changed since it was decided   + new since the previous run',
	'» crash line: where the error was raised   w: wrap or cut long lines',
	'dim: frames outside the project (site-packages, stdlib, _pytest, pluggy) in a traceback',
];

/** Where a key's help text starts: after two spaces and the keys' column. */
const helpIndent = 2 + 16 + 1;

/**
The help overlay's lines: the legend, then every mode's keys, wrapped to `width` columns with the help text
of a key continuing under itself.
*/
export function helpLines(
	keymap: Keymap,
	width = Number.POSITIVE_INFINITY,
): HelpLine[] {
	const wrapped = (text: string, indent: number): HelpLine[] =>
		wrapText(text, width, indent).map((piece, index) =>
			index === 0 ? {text: piece} : {text: piece, isContinuation: true},
		);
	const lines: HelpLine[] = [
		{text: 'Rows', isHeading: true},
		...legend.flatMap(text => wrapped(`  ${text}`, 4)),
	];
	for (const mode of modes) {
		lines.push({text: ''}, {text: modeTitles[mode], isHeading: true});
		for (const binding of keymap[mode]) {
			const keys = binding.keys.map(key => displayKey(key)).join(' ');
			lines.push(
				...wrapped(
					`  ${keys.padEnd(helpIndent - 3)} ${binding.help}`,
					helpIndent,
				),
			);
		}
	}

	return lines;
}

export const keyTableStart = '<!-- keys -->';
export const keyTableEnd = '<!-- /keys -->';

/** The README's key block: the markers with the key table between them. */
export function keyTableBlock(keymap: Keymap = defaultKeymap): string {
	return `${keyTableStart}\n${renderKeyTable(keymap)}${keyTableEnd}\n`;
}
