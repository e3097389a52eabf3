/**
The review screen's keys as data. The reducer looks actions up here, the footer and the help overlay
render from here, and so does the README's key table (`renderKeyTable`, printed by `print-keys.ts`).
Plain TypeScript: no Ink, no React.
*/
import {
	defaultCategories,
	defaultPriorities,
	type Category,
	type Priority,
} from '../classify/categories.js';

/** What the screen is doing; each mode has its own table. */
export const modes = [
	'list',
	'detail',
	'clusters',
	'preview',
	'summary',
	'help',
	'note',
	'filter',
] as const;

export type Mode = (typeof modes)[number];

/** Titles of the modes, for the help overlay and the README. */
export const modeTitles: Readonly<Record<Mode, string>> = {
	list: 'Failure list',
	detail: 'Detail (traceback full screen)',
	clusters: 'Cluster list (Tab)',
	preview: 'Cluster preview (x)',
	summary: 'Summary (s)',
	help: 'Help (?)',
	note: 'Editing a note (n)',
	filter: 'Typing a filter (/)',
};

/** What a key asks for. The reducer interprets these; they carry no behaviour. */
export type KeyAction =
	/** Move the selection by `delta` rows (negative: up). */
	| {readonly type: 'move'; readonly delta: number}
	/** Select the first or the last row. */
	| {readonly type: 'first'}
	| {readonly type: 'last'}
	/** Scroll the traceback (or the overlay) by `delta` lines. */
	| {readonly type: 'scroll'; readonly delta: number}
	/** Scroll the traceback (or the overlay) by `delta` pages. */
	| {readonly type: 'page'; readonly delta: number}
	/** Decide this category on the current or the marked rows, then move to the next undecided failure. */
	| {readonly type: 'category'; readonly category: string}
	/** Set the priority on the current row (no move); the next category key uses it. */
	| {readonly type: 'priority'; readonly priority: string}
	/** Decide the suggestion. */
	| {readonly type: 'accept'}
	/** Toggle the mark on the current row and move on. */
	| {readonly type: 'mark'}
	/** Mark every row from the last marked one to the current one. */
	| {readonly type: 'markRange'}
	/** Show which rows of the current row's cluster its decision would change. */
	| {readonly type: 'previewCluster'}
	/** Apply what the preview shows. */
	| {readonly type: 'confirm'}
	| {readonly type: 'undo'}
	| {readonly type: 'editNote'}
	| {readonly type: 'editFilter'}
	/** Next quick filter: all, undecided, stale, new, flaky, rerun, each category. */
	| {readonly type: 'cycleFilter'}
	/** Save the note or apply the filter being typed. */
	| {readonly type: 'submit'}
	/** Switch between the failure list and the cluster list. */
	| {readonly type: 'toggleClusters'}
	/** In the cluster list: show the failures of the selected cluster. */
	| {readonly type: 'selectCluster'}
	/** The detail pane full screen. */
	| {readonly type: 'openDetail'}
	/** Show the captured output instead of the traceback, or back. */
	| {readonly type: 'toggleCaptured'}
	/** Wrap long traceback lines (the default), or cut them with `…`. */
	| {readonly type: 'toggleWrap'}
	| {readonly type: 'summary'}
	| {readonly type: 'help'}
	/** Leave the current mode; in the list, drop marks, then filters. */
	| {readonly type: 'back'}
	| {readonly type: 'quit'}
	/** Open the failing test in $EDITOR at its line. */
	| {readonly type: 'openEditor'}
	/** Copy the node id to the clipboard (OSC 52). */
	| {readonly type: 'copyId'};

export type KeyBinding = {
	/** Stable name for user overrides in the preferences (`category.BUG`, `move.down`). */
	readonly id: string;
	/** Normalized key names (see `keyNames`): `j`, `down`, `pagedown`, `return`, `space`, `shift-tab`. */
	readonly keys: readonly string[];
	readonly action: KeyAction;
	/** One line for the help overlay and the README. */
	readonly help: string;
	/** Short label for the footer; bindings without one appear only in the help. */
	readonly hint?: string;
	/** Bindings with the same group share one footer hint (`b/c/e/t/u category`). */
	readonly group?: string;
};

export type Keymap = Readonly<Record<Mode, readonly KeyBinding[]>>;

export type KeymapOptions = {
	readonly categories?: readonly Category[];
	readonly priorities?: readonly Priority[];
};

function decisionBindings(
	categories: readonly Category[],
	priorities: readonly Priority[],
): KeyBinding[] {
	return [
		...categories.map((category): KeyBinding => ({
			id: `category.${category.name}`,
			keys: [category.key],
			action: {type: 'category', category: category.name},
			help: `decide ${category.name}, save, go to the next undecided failure`,
			hint: 'category',
			group: 'category',
		})),
		...priorities.map((priority): KeyBinding => ({
			id: `priority.${priority.name}`,
			keys: [priority.key],
			action: {type: 'priority', priority: priority.name},
			help: `priority ${priority.name} on this failure (then a category key decides both)`,
			hint: 'priority',
			group: 'priority',
		})),
		{
			id: 'accept',
			keys: ['a', 'return'],
			action: {type: 'accept'},
			help: 'accept the suggestion, save, go to the next undecided failure',
			hint: 'accept',
		},
		{
			id: 'note',
			keys: ['n'],
			action: {type: 'editNote'},
			help: 'edit the note of this failure',
			hint: 'note',
		},
		{
			id: 'undo',
			keys: ['z'],
			action: {type: 'undo'},
			help: 'undo the last decision (repeat to go further back)',
			hint: 'undo',
		},
	];
}

const quit: KeyBinding = {
	id: 'quit',
	keys: ['q', 'ctrl-c'],
	action: {type: 'quit'},
	help: 'quit (the place and the filter are kept for next time)',
	hint: 'quit',
};

/** While typing, letters are text: only Ctrl+C quits. */
const typingQuit: KeyBinding = {
	id: 'quit',
	keys: ['ctrl-c'],
	action: {type: 'quit'},
	help: 'quit (the text typed is dropped)',
};

const help: KeyBinding = {
	id: 'help',
	keys: ['?'],
	action: {type: 'help'},
	help: 'all keys',
	hint: 'help',
};

function scrollBindings(what: string): KeyBinding[] {
	return [
		{
			id: 'scroll.down',
			keys: ['down', 'j'],
			action: {type: 'scroll', delta: 1},
			help: `scroll the ${what} down`,
			hint: 'scroll',
			group: 'scroll',
		},
		{
			id: 'scroll.up',
			keys: ['up', 'k'],
			action: {type: 'scroll', delta: -1},
			help: `scroll the ${what} up`,
			hint: 'scroll',
			group: 'scroll',
		},
		{
			id: 'page.down',
			keys: ['pagedown', 'space'],
			action: {type: 'page', delta: 1},
			help: `next page of the ${what}`,
		},
		{
			id: 'page.up',
			keys: ['pageup'],
			action: {type: 'page', delta: -1},
			help: `previous page of the ${what}`,
		},
		{
			id: 'scroll.top',
			keys: ['g', 'home'],
			action: {type: 'first'},
			help: `top of the ${what}`,
		},
		{
			id: 'scroll.bottom',
			keys: ['G', 'end'],
			action: {type: 'last'},
			help: `bottom of the ${what}`,
		},
	];
}

/** The default keys, with the category and priority keys taken from the lists given. */
/** `j`/`k`/arrows, `g`/`G`: the same keys in every list, with help in its own words. */
function movement(
	next: string,
	previous: string,
	first: string,
	last: string,
): KeyBinding[] {
	return [
		{
			id: 'move.down',
			keys: ['down', 'j'],
			action: {type: 'move', delta: 1},
			help: next,
			hint: 'move',
			group: 'move',
		},
		{
			id: 'move.up',
			keys: ['up', 'k'],
			action: {type: 'move', delta: -1},
			help: previous,
			hint: 'move',
			group: 'move',
		},
		{
			id: 'move.first',
			keys: ['g', 'home'],
			action: {type: 'first'},
			help: first,
		},
		{id: 'move.last', keys: ['G', 'end'], action: {type: 'last'}, help: last},
	];
}

export function createKeymap(options: KeymapOptions = {}): Keymap {
	const categories = options.categories ?? defaultCategories;
	const priorities = options.priorities ?? defaultPriorities;
	const decisions = decisionBindings(categories, priorities);
	return {
		list: [
			...movement(
				'next failure',
				'previous failure',
				'first failure',
				'last failure',
			),
			{
				id: 'traceback.down',
				keys: ['pagedown'],
				action: {type: 'page', delta: 1},
				help: 'scroll the traceback down a page',
			},
			{
				id: 'traceback.up',
				keys: ['pageup'],
				action: {type: 'page', delta: -1},
				help: 'scroll the traceback up a page',
			},
			...decisions,
			{
				id: 'mark',
				keys: ['space'],
				action: {type: 'mark'},
				help: 'mark this failure and move on; a decision applies to every marked failure',
				hint: 'mark',
			},
			{
				id: 'mark.range',
				keys: ['V'],
				action: {type: 'markRange'},
				help: 'mark every failure from the last marked one to this one',
			},
			{
				id: 'cluster.apply',
				keys: ['x'],
				action: {type: 'previewCluster'},
				help: "apply this failure's decision to its whole cluster (shows what changes first)",
				hint: 'cluster',
			},
			{
				id: 'filter',
				keys: ['/'],
				action: {type: 'editFilter'},
				help: 'filter by a regular expression over id and headline (! inverts)',
				hint: 'filter',
			},
			{
				id: 'filter.quick',
				keys: ['f'],
				action: {type: 'cycleFilter'},
				help: 'cycle quick filters: undecided, stale, new, flaky, rerun, each category, all',
			},
			{
				id: 'clusters',
				keys: ['tab'],
				action: {type: 'toggleClusters'},
				help: 'switch to the cluster list',
				hint: 'clusters',
			},
			{
				id: 'detail',
				keys: ['l', 'right'],
				action: {type: 'openDetail'},
				help: 'show the traceback full screen',
			},
			{
				id: 'captured',
				keys: ['O'],
				action: {type: 'toggleCaptured'},
				help: 'show the captured output instead of the traceback, or back',
			},
			{
				id: 'wrap',
				keys: ['w'],
				action: {type: 'toggleWrap'},
				help: 'wrap long traceback lines (the default), or cut them with …',
			},
			{
				id: 'editor',
				keys: ['o'],
				action: {type: 'openEditor'},
				help: 'open the failing test in $EDITOR at its line',
			},
			{
				id: 'copy',
				keys: ['y'],
				action: {type: 'copyId'},
				help: 'copy the node id (OSC 52) and show it',
			},
			{
				id: 'summary',
				keys: ['s'],
				action: {type: 'summary'},
				help: 'summary: charts by category and area, priority matrix, clusters, progress',
				hint: 'summary',
			},
			help,
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'drop the marks, then the filters',
			},
			quit,
		],
		detail: [
			...scrollBindings('traceback'),
			...decisions,
			{
				id: 'captured',
				keys: ['O'],
				action: {type: 'toggleCaptured'},
				help: 'show the captured output instead of the traceback, or back',
				hint: 'output',
			},
			{
				id: 'wrap',
				keys: ['w'],
				action: {type: 'toggleWrap'},
				help: 'wrap long traceback lines (the default), or cut them with …',
			},
			{
				id: 'editor',
				keys: ['o'],
				action: {type: 'openEditor'},
				help: 'open the failing test in $EDITOR at its line',
			},
			{
				id: 'copy',
				keys: ['y'],
				action: {type: 'copyId'},
				help: 'copy the node id (OSC 52) and show it',
			},
			help,
			{
				id: 'back',
				keys: ['escape', 'h', 'left'],
				action: {type: 'back'},
				help: 'back to the list',
				hint: 'back',
			},
			quit,
		],
		clusters: [
			...movement(
				'next cluster',
				'previous cluster',
				'largest cluster',
				'smallest cluster',
			),
			{
				id: 'cluster.select',
				keys: ['return'],
				action: {type: 'selectCluster'},
				help: 'show the failures of this cluster',
				hint: 'show failures',
			},
			{
				id: 'summary',
				keys: ['s'],
				action: {type: 'summary'},
				help: 'summary',
			},
			help,
			{
				id: 'back',
				keys: ['tab', 'escape'],
				action: {type: 'back'},
				help: 'back to the failure list',
				hint: 'failures',
			},
			quit,
		],
		preview: [
			{
				id: 'confirm',
				keys: ['y', 'return'],
				action: {type: 'confirm'},
				help: 'apply the decision to the rows shown',
				hint: 'apply',
			},
			{
				id: 'back',
				keys: ['escape', 'n'],
				action: {type: 'back'},
				help: 'cancel',
				hint: 'cancel',
			},
			{
				id: 'scroll.down',
				keys: ['down', 'j'],
				action: {type: 'scroll', delta: 1},
				help: 'scroll the rows',
				hint: 'scroll',
				group: 'scroll',
			},
			{
				id: 'scroll.up',
				keys: ['up', 'k'],
				action: {type: 'scroll', delta: -1},
				help: 'scroll the rows',
				hint: 'scroll',
				group: 'scroll',
			},
			quit,
		],
		summary: [
			...scrollBindings('summary'),
			help,
			{
				id: 'back',
				keys: ['escape', 's'],
				action: {type: 'back'},
				help: 'back',
				hint: 'back',
			},
			quit,
		],
		help: [
			...scrollBindings('help'),
			{
				id: 'back',
				keys: ['escape', '?'],
				action: {type: 'back'},
				help: 'back',
				hint: 'back',
			},
			quit,
		],
		note: [
			{
				id: 'submit',
				keys: ['return'],
				action: {type: 'submit'},
				help: 'save the note (decides the failure if it was undecided)',
				hint: 'save',
			},
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'cancel',
				hint: 'cancel',
			},
			typingQuit,
		],
		filter: [
			{
				id: 'submit',
				keys: ['return'],
				action: {type: 'submit'},
				help: 'apply the filter (empty clears it; ! first inverts; lower case ignores case)',
				hint: 'apply',
			},
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'cancel',
				hint: 'cancel',
			},
			typingQuit,
		],
	};
}

/** The default keymap with the default categories and priorities. */
export const defaultKeymap: Keymap = createKeymap();

/**
Replace the keys of bindings by id, in every mode (the preferences' `keymap`: `{"category.BUG": ["b", "B"]}`).
Unknown ids are ignored.
*/
export function withOverrides(
	keymap: Keymap,
	overrides: Readonly<Record<string, readonly string[]>>,
): Keymap {
	const entries = Object.entries(keymap).map(([mode, bindings]) => [
		mode,
		bindings.map(binding =>
			Object.hasOwn(overrides, binding.id)
				? {...binding, keys: [...overrides[binding.id]!]}
				: binding,
		),
	]);
	return Object.fromEntries(entries) as Keymap;
}

/** Per mode, key name → action: what the reducer consults on every key press. */
export type CompiledKeymap = ReadonlyMap<Mode, ReadonlyMap<string, KeyAction>>;

export function compileKeymap(keymap: Keymap): CompiledKeymap {
	const compiled = new Map<Mode, Map<string, KeyAction>>();
	for (const mode of modes) {
		const table = new Map<string, KeyAction>();
		// Fixed keys first: a team's category or priority cannot shadow a built-in key.
		const bindings = keymap[mode].toSorted(
			(a, b) => Number(isDecisionKey(a)) - Number(isDecisionKey(b)),
		);
		for (const binding of bindings) {
			for (const key of binding.keys) {
				if (!table.has(key)) {
					table.set(key, binding.action);
				}
			}
		}

		compiled.set(mode, table);
	}

	return compiled;
}

function isDecisionKey(binding: KeyBinding): boolean {
	return (
		binding.action.type === 'category' || binding.action.type === 'priority'
	);
}

/** Keys bound twice in one mode (a team's category on a built-in key): the later binding never fires. */
export function keyConflicts(keymap: Keymap): string[] {
	const conflicts: string[] = [];
	for (const mode of modes) {
		const seen = new Map<string, string>();
		const bindings = keymap[mode].toSorted(
			(a, b) => Number(isDecisionKey(a)) - Number(isDecisionKey(b)),
		);
		for (const binding of bindings) {
			for (const key of binding.keys) {
				const previous = seen.get(key);
				if (previous === undefined) {
					seen.set(key, binding.id);
				} else if (previous !== binding.id) {
					conflicts.push(
						`key ${displayKey(key)} is taken by ${previous}; ${binding.id} cannot use it`,
					);
				}
			}
		}
	}

	return [...new Set(conflicts)];
}

/** Single-character keys the screen uses for fixed actions: a category must not take one. */
export function reservedKeysOf(keymap: Keymap = defaultKeymap): Set<string> {
	const reserved = new Set<string>();
	for (const mode of modes) {
		for (const binding of keymap[mode]) {
			if (isDecisionKey(binding)) {
				continue;
			}

			for (const key of binding.keys) {
				if (key.length === 1) {
					reserved.add(key);
				}
			}
		}
	}

	reserved.add(' ');
	return reserved;
}

/** The subset of Ink's `Key` that names a key; plain data so that tests need no Ink. */
export type KeyFlags = {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly ctrl?: boolean;
	readonly shift?: boolean;
	readonly meta?: boolean;
};

/**
Normalized key names for one input event. Several printable characters in one event (typed faster than
a read, or pasted) are several keys. Returns no names for what the screen ignores.
*/
export function keyNames(input: string, key: KeyFlags): string[] {
	const named = specialKeyName(key);
	if (named !== undefined) {
		return [named];
	}

	if (key.ctrl && input.length === 1) {
		return [`ctrl-${input.toLowerCase()}`];
	}

	if (input === '\u0003') {
		return ['ctrl-c'];
	}

	const names: string[] = [];
	for (const character of input) {
		switch (character) {
			case ' ': {
				names.push('space');

				break;
			}

			case '\r':
			case '\n': {
				names.push('return');

				break;
			}

			case '\t': {
				names.push('tab');

				break;
			}

			default: {
				if (character >= ' ' && character !== '\u007F') {
					names.push(character);
				}
			}
		}
	}

	return names;
}

function specialKeyName(key: KeyFlags): string | undefined {
	if (key.upArrow) {
		return 'up';
	}

	if (key.downArrow) {
		return 'down';
	}

	if (key.leftArrow) {
		return 'left';
	}

	if (key.rightArrow) {
		return 'right';
	}

	if (key.pageUp) {
		return 'pageup';
	}

	if (key.pageDown) {
		return 'pagedown';
	}

	if (key.home) {
		return 'home';
	}

	if (key.end) {
		return 'end';
	}

	if (key.return) {
		return 'return';
	}

	if (key.escape) {
		return 'escape';
	}

	if (key.tab) {
		return key.shift ? 'shift-tab' : 'tab';
	}

	if (key.backspace || key.delete) {
		// Most terminals send DEL for Backspace, which Ink reports as `delete`.
		return 'backspace';
	}

	return undefined;
}

const keyLabels: Readonly<Record<string, string>> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift-tab': 'Shift+Tab',
	backspace: 'Backspace',
	space: 'Space',
	'ctrl-c': 'Ctrl+C',
};

/** How a key name is shown to a person (`pagedown` → `PgDn`). */
export function displayKey(name: string): string {
	return keyLabels[name] ?? name;
}

export type Hint = {
	readonly keys: string;
	readonly label: string;
	/** Help, quit and back: the footer keeps these when space runs out. */
	readonly isEssential: boolean;
};

const essentialIds = new Set(['help', 'quit', 'back']);

/**
The footer's hints for a mode: bindings with a hint, with their first key; grouped ones merged
(`b/c/e/t/u category`).
*/
export function hintsFor(keymap: Keymap, mode: Mode): Hint[] {
	const entries: Array<{keys: string[]; label: string; isEssential: boolean}> =
		[];
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
			});
			continue;
		}

		// Grouped bindings show one key each, a letter when they have one: `j/k move`.
		let keys = groups.get(binding.group);
		if (!keys) {
			keys = [];
			groups.set(binding.group, keys);
			entries.push({keys, label: binding.hint, isEssential: false});
		}

		keys.push(
			displayKey(binding.keys.find(name => name.length === 1) ?? first),
		);
	}

	return entries.map(entry => ({
		keys: entry.keys.join('/'),
		label: entry.label,
		isEssential: entry.isEssential,
	}));
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
};

/** What the marks on a row mean; the help overlay shows it above the keys. */
export const legend: readonly string[] = [
	'› selected   * marked   BUG HIGH decided (bold)   bug high suggested (dim)',
	'~ flaky   ! stale: the error changed since it was decided   + new since the previous run',
	'» crash line: where the test failed   dim: frames outside the project',
	'  (site-packages, stdlib, _pytest, pluggy) in a traceback   w: wrap or cut long lines',
];

/** The help overlay's lines: the legend, then every mode's keys. */
export function helpLines(keymap: Keymap): HelpLine[] {
	const lines: HelpLine[] = [
		{text: 'Rows', isHeading: true},
		...legend.map(text => ({text: `  ${text}`})),
	];
	for (const mode of modes) {
		lines.push({text: ''}, {text: modeTitles[mode], isHeading: true});
		for (const binding of keymap[mode]) {
			const keys = binding.keys.map(key => displayKey(key)).join(' ');
			lines.push({text: `  ${keys.padEnd(16)} ${binding.help}`});
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
