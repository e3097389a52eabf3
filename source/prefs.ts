/**
Per-user preferences and per-triage-file resume state, kept by conf in the user's config
directory. Never decisions: conf rewrites its whole file on every `set` and reads it on every
`get`; decisions live in the triage journal.

What is read is checked here, field by field (a field of the wrong shape is dropped), not by a conf
schema: conf compiles a schema with ajv when it opens, which cost the review's first frame a tenth of its
time.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import Conf from 'conf';
import {fileSystemReason} from './files.js';
import {sanitizeLine} from './log/sanitize.js';

export const colorModes = ['auto', 'always', 'never'] as const;

export type ColorMode = (typeof colorModes)[number];

export type Preferences = {
	/** Keys per keymap action, replacing the defaults (`{"category.bug": ["b", "B"]}`). */
	readonly keymap: Readonly<Record<string, readonly string[]>>;
	/** `auto` follows the terminal and NO_COLOR. */
	readonly color: ColorMode;
	/** Triage files opened recently, most recent first. */
	readonly recentFiles: readonly string[];
};

/** Where a person stopped in one triage file. */
export type ResumeState = {
	/** The test id that was selected. */
	readonly selectedId?: string;
	/** Its report, when not its call (`setup`, `teardown`, `collect`): a test can have two rows. */
	readonly selectedPhase?: string;
	/**
	The tests of the rows below it, nearest first (ten at most, `review/effects.ts`): where the review opens when
	the selected test no longer fails (it passed in the next run), rather than at the top.
	*/
	readonly nextIds?: readonly string[];
	/** The filter that was active (under a cluster filter: the filter before it, which esc brings back). */
	readonly filter?: string;
	/** The cluster chosen in the cluster list (Enter), when its failures were the list. */
	readonly cluster?: string;
	/** The order of the list (`log`, `cluster`, `priority`, `area`, `file`). */
	readonly sort?: string;
	/** The logs last opened with this triage file, oldest run first. */
	readonly logs?: readonly string[];
};

export type Prefs = {
	/** The config file, or undefined when it could not be used (then nothing persists). */
	readonly path: string | undefined;
	/** Why the config file is not used, when it is not. */
	readonly warning: string | undefined;
	/** The resume state of a triage file (any path to it: it is resolved). */
	getResume(triageFile: string): ResumeState | undefined;
	setResume(triageFile: string, state: ResumeState): void;
	getPreferences(): Preferences;
	setPreferences(preferences: Partial<Preferences>): void;
};

export type PrefsOptions = {
	/** The config directory (tests); by default the user's, per conf. */
	readonly cwd?: string;
	/** What relative triage file paths resolve against; `process.cwd()` by default. */
	readonly workingDirectory?: string;
};

/** Resume states kept: the least recently set go first. */
export const maxResumeStates = 100;
const maxRecentFiles = 20;

export const defaultPreferences: Preferences = {
	keymap: {},
	color: 'auto',
	recentFiles: [],
};

type Store = {
	preferences: Preferences;
	/** By absolute triage file path; insertion order is recency. */
	resume: Record<string, ResumeState>;
};

type Backend = {
	get<Key extends keyof Store>(key: Key): Store[Key];
	set<Key extends keyof Store>(key: Key, value: Store[Key]): void;
};

export function createPrefs(options: PrefsOptions = {}): Prefs {
	const resolve = (file: string) =>
		path.resolve(options.workingDirectory ?? process.cwd(), file);
	let backend: Backend;
	let configPath: string | undefined;
	let warning: string | undefined;
	try {
		const conf = new Conf<Store>({
			projectName: 'pytest-triage',
			...(options.cwd === undefined ? {} : {cwd: options.cwd}),
			// Node ids and file paths are full of dots.
			accessPropertiesByDotNotation: false,
			// Preferences are cheap to lose; a corrupt file must not stop a review (a hand-broken field is
			// dropped when read).
			clearInvalidConfig: true,
			// No schema and no migrations: the bundle leaves out ajv and semver, which conf needs only for
			// those (source/bundle-stubs/, package.json's build; the tmux test's reopen reads what conf wrote).
		});
		backend = conf;
		configPath = conf.path;
	} catch (error) {
		backend = memoryBackend();
		warning = notSavedWarning(error);
	}

	/** A failing disk must not end a review over a preference: keep going in memory. */
	function write<Key extends keyof Store>(key: Key, value: Store[Key]): void {
		try {
			backend.set(key, value);
		} catch (error) {
			const fallback = memoryBackend();
			fallback.set('preferences', readPreferences());
			fallback.set('resume', readResume());
			fallback.set(key, value);
			backend = fallback;
			configPath = undefined;
			warning = notSavedWarning(error);
		}
	}

	function readPreferences(): Preferences {
		try {
			return {
				...defaultPreferences,
				...checkedPreferences(backend.get('preferences')),
			};
		} catch {
			return defaultPreferences;
		}
	}

	function readResume(): Store['resume'] {
		try {
			return checkedResume(backend.get('resume'));
		} catch {
			return {};
		}
	}

	return {
		get path() {
			return configPath;
		},
		get warning() {
			return warning;
		},
		getResume(triageFile) {
			const states = readResume();
			const key = resolve(triageFile);
			return Object.hasOwn(states, key) ? states[key] : undefined;
		},
		setResume(triageFile, state) {
			const key = resolve(triageFile);
			// Re-inserted last: insertion order is recency, and the oldest go first.
			const entries = Object.entries(readResume()).filter(
				([file]) => file !== key,
			);
			entries.push([key, cleanResume(state)]);
			write('resume', Object.fromEntries(entries.slice(-maxResumeStates)));
		},
		getPreferences() {
			return readPreferences();
		},
		setPreferences(preferences) {
			const next: Preferences = {
				...readPreferences(),
				...cleanPreferences(preferences),
			};
			write('preferences', next);
		},
	};
}

/** Only the known fields, so that a caller's extra data never trips the schema. */
function cleanResume(state: ResumeState): ResumeState {
	return {
		...(typeof state.selectedId === 'string'
			? {selectedId: state.selectedId}
			: {}),
		...(typeof state.selectedPhase === 'string'
			? {selectedPhase: state.selectedPhase}
			: {}),
		...(Array.isArray(state.nextIds)
			? {
					nextIds: state.nextIds.filter(id => typeof id === 'string'),
				}
			: {}),
		...(typeof state.filter === 'string' ? {filter: state.filter} : {}),
		...(typeof state.cluster === 'string' ? {cluster: state.cluster} : {}),
		...(typeof state.sort === 'string' ? {sort: state.sort} : {}),
		...(Array.isArray(state.logs)
			? {logs: state.logs.filter(log => typeof log === 'string')}
			: {}),
	};
}

function cleanPreferences(
	preferences: Partial<Preferences>,
): Partial<Preferences> {
	const {keymap, color, recentFiles} = preferences;
	return {
		...(keymap === undefined ? {} : {keymap: {...keymap}}),
		...(color !== undefined && colorModes.includes(color) ? {color} : {}),
		...(recentFiles === undefined
			? {}
			: {recentFiles: [...new Set(recentFiles)].slice(0, maxRecentFiles)}),
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every(item => typeof item === 'string');
}

/** The preferences as stored, without a field of the wrong shape. */
function checkedPreferences(stored: unknown): Partial<Preferences> {
	if (!isRecord(stored)) {
		return {};
	}

	const {keymap, color, recentFiles} = stored;
	return {
		...(isRecord(keymap) &&
			Object.values(keymap).every(keys => isStringList(keys)) && {
				keymap: keymap as Record<string, string[]>,
			}),
		...(colorModes.includes(color as ColorMode) && {color: color as ColorMode}),
		...(isStringList(recentFiles) && {recentFiles}),
	};
}

/** The resume states as stored: a state of the wrong shape is dropped, as is a field of one. */
function checkedResume(stored: unknown): Store['resume'] {
	if (!isRecord(stored)) {
		return {};
	}

	const states: Store['resume'] = {};
	for (const [file, state] of Object.entries(stored)) {
		if (isRecord(state)) {
			// Each field is checked by cleanResume.
			states[file] = cleanResume(state);
		}
	}

	return states;
}

function memoryBackend(): Backend {
	const store: Store = {preferences: {...defaultPreferences}, resume: {}};
	return {
		get: key => store[key],
		set(key, value) {
			store[key] = value;
		},
	};
}

/**
Why the preferences could not be written, on one line in triage's words: the file as the user would name it
(`~/.config/…` below the home folder; below `$XDG_CONFIG_HOME`, as given) and the reason without the system's
code. Before, the system's message: `ENOENT: no such file or directory, open '/home/ada/.config/…'`.
*/
export function notSavedWarning(error: unknown): string {
	const {code, path: file} = (error ?? {}) as NodeJS.ErrnoException;
	const reason =
		fileSystemReason(error) ??
		(code === 'ENOENT' && typeof file === 'string'
			? whyNoFolder(file)
			: undefined) ??
		(code === 'ENOENT'
			? 'its folder is not there and cannot be made'
			: code === 'ENOTDIR'
				? 'a folder of its path is a file'
				: code === 'EISDIR'
					? 'is a directory, not a file'
					: (code ?? (error instanceof Error ? error.message : String(error))));
	const where =
		typeof file === 'string' ? shownConfigPath(file) : 'the config file';
	return `preferences are not saved: ${where} cannot be written (${reason})`;
}

/**
Why the folders of `file` could not be made, when the nearest one there says (Node 20's recursive mkdir says
ENOENT on a read-only disk, QA 45: a read-only home said 'its folder is not there and cannot be made').
*/
function whyNoFolder(file: string): string | undefined {
	let folder = path.dirname(file);
	while (!fs.existsSync(folder) && path.dirname(folder) !== folder) {
		folder = path.dirname(folder);
	}

	try {
		fs.accessSync(folder, fs.constants.W_OK);
		return undefined;
	} catch (error) {
		return fileSystemReason(error);
	}
}

/**
A path as the user would name it: below `$XDG_CONFIG_HOME` from it as given, below the current folder from
there, below the home folder from `~`; any other path as it is.
*/
function shownConfigPath(file: string): string {
	const given = process.env['XDG_CONFIG_HOME'];
	const bases: Array<[string, string]> = [
		...(given
			? ([[path.resolve(given), given]] as Array<[string, string]>)
			: []),
		[process.cwd(), ''],
		[os.homedir(), '~'],
	];
	for (const [base, name] of bases) {
		const relative = path.relative(base, file);
		if (
			relative !== '' &&
			!relative.startsWith('..') &&
			!path.isAbsolute(relative)
		) {
			return name === '' ? relative : `${name}${path.sep}${relative}`;
		}
	}

	return file;
}

/**
Where the place, the filter and the order could not be kept (a config folder not writable, a full disk): said
once on leaving, as a warning, for the next review would open at the top without a word of why.
*/
export function sayPrefsWarning(prefs: Prefs): void {
	if (prefs.warning !== undefined) {
		process.stderr.write(
			`triage: warning: ${sanitizeLine(prefs.warning)}; the place, the filter and the order are not kept for next time\n`,
		);
	}
}
