/**
The default command, the review: put the screen up at once with a loading bar, read the logs, then hand
over to the review (`App`). Terminal plumbing lives here and in `review-terminal.ts`: keys from /dev/tty
when stdin carries the log, the editor, the clipboard, the resume state.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {useSyncExternalStore} from 'react';
import {render, useInput, useStdin, type Instance} from 'ink';
import App, {type AppProps} from '../app.js';
import {createPrefs, type Prefs} from '../prefs.js';
import {
	openSession,
	triagePathOf,
	logsToOpen,
	UsageError,
	type Session,
	type SessionOptions,
} from '../session.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {EditorTarget} from '../review/detail-text.js';
import {keyConflicts, withOverrides} from '../review/keymap/compile.js';
import {createKeymap} from '../review/keymap/default-keymap.js';
import {
	enterAlternateScreen,
	wantsAlternateScreen,
	type AlternateScreen,
} from '../review/alternate-screen.js';
import type {Status} from '../review/state.js';
import {hyperlinksFromEnvironment} from '../review/hyperlinks.js';
import {themeFromEnvironment, type Theme} from '../review/theme.js';
import {Loading, type LoadingProps} from '../ui/loading.js';
import {useTerminalSize} from '../ui/use-terminal-size.js';
import {
	editorCommand,
	openKeyboard,
	resolveTestFile,
} from './review-terminal.js';

/**
Frames per second Ink may draw. A decision draws twice in a row ("saving", then "saved" once it is on
disk); Ink's throttle holds the second frame back for the rest of a 1/maxFps window.
*/
export const maxFps = 60;

export type StartOptions = {
	/** Logs, oldest run first; `-` reads stdin. Empty: the logs last opened with this triage file. */
	readonly logs: readonly string[];
	/** `--triage FILE` (default `triage.jsonl`). */
	readonly triage?: string;
	/** `--rules FILE`. */
	readonly rules?: string;
	/** Where `-` reads the log from (default: process.stdin). */
	readonly stdin?: NodeJS.ReadableStream;
	/** The preferences' directory (tests); by default the user's config directory. */
	readonly prefsCwd?: string;
	readonly grouping?: SessionOptions['grouping'];
	/** False: neither read nor record the run history. */
	readonly history?: boolean;
};

type Phase =
	| ({readonly phase: 'loading'} & Omit<LoadingProps, 'width'>)
	| {readonly phase: 'ready'; readonly props: AppProps}
	| {readonly phase: 'closed'};

type Store = {
	get(): Phase;
	set(phase: Phase): void;
	subscribe(listener: () => void): () => void;
};

function createStore(initial: Phase): Store {
	let current = initial;
	const listeners = new Set<() => void>();
	return {
		get: () => current,
		set(phase) {
			current = phase;
			for (const listener of listeners) {
				listener();
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}

/** Failing ids shown on the loading screen as they are read. */
const recentShown = 5;

function Root({
	store,
	onQuitWhileLoading,
}: {
	readonly store: Store;
	readonly onQuitWhileLoading: () => void;
}) {
	const phase = useSyncExternalStore(store.subscribe, store.get);
	const {columns} = useTerminalSize();
	const {isRawModeSupported} = useStdin();
	// Active from the first frame to the last: raw mode is on while the logs load (nothing the person types
	// is echoed), and it never drops to off between the loading screen and the review. While loading, q and
	// Ctrl+C quit and every other key is dropped; once the review is up, `App` owns the keys.
	useInput(
		(input, key) => {
			if (
				store.get().phase === 'loading' &&
				(input === 'q' || (key.ctrl && input === 'c'))
			) {
				onQuitWhileLoading();
			}
		},
		{isActive: Boolean(isRawModeSupported)},
	);
	switch (phase.phase) {
		case 'loading': {
			return <Loading {...phase} width={columns} />;
		}

		case 'ready': {
			return <App {...phase.props} />;
		}

		case 'closed': {
			return null;
		}
	}
}

function themeOf(prefs: Prefs): Theme {
	const {color} = prefs.getPreferences();
	return {
		...(color === 'auto'
			? themeFromEnvironment()
			: {isColor: color === 'always'}),
		hasHyperlinks: hyperlinksFromEnvironment(),
	};
}

function noticeOf(
	session: Session,
	conflicts: readonly string[],
): Status | undefined {
	const warnings = session.runs.reduce(
		(sum, run) => sum + run.warnings.length,
		0,
	);
	const parts: string[] = [...session.warnings];
	if (warnings > 0) {
		parts.push(
			`${warnings} parser warning${warnings === 1 ? '' : 's'} (triage report lists them)`,
		);
	}

	if (session.journal.warnings.length > 0) {
		parts.push(
			`${session.journal.warnings.length} unreadable line(s) in the triage file skipped`,
		);
	}

	parts.push(...conflicts);
	return parts.length === 0
		? undefined
		: {text: sanitizeLine(parts.join('; ')), tone: 'error'};
}

/**
The review in the terminal: renders at once (a loading bar while the logs are read), then the review.
Resolves with the exit code once the person quits. Throws `UsageError` (exit 2) when there is no terminal
or no log to open, and `LogError` / `JournalError` for unreadable input.
*/
export async function startReview(options: StartOptions): Promise<number> {
	if (!process.stdout.isTTY) {
		throw new UsageError(
			'the review needs a terminal; use `triage report` or `triage export`',
		);
	}

	const prefs = createPrefs(
		options.prefsCwd === undefined ? {} : {cwd: options.prefsCwd},
	);
	const triagePath = triagePathOf(
		options.triage === undefined ? {} : {triage: options.triage},
	);
	const logs = logsToOpen(
		options.logs,
		prefs,
		triagePath,
		options.history !== false,
	);
	const keyboard = openKeyboard(logs.includes('-'));
	const store = createStore({
		phase: 'loading',
		log: logs[0]!,
		index: 1,
		count: logs.length,
		bytesRead: 0,
		totalBytes: undefined,
	});

	const screen: AlternateScreen | undefined = wantsAlternateScreen(
		process.stdout.isTTY,
		process.env,
	)
		? enterAlternateScreen(process.stdout)
		: undefined;
	let onQuit: () => void = () => undefined;
	const quitWhileLoading = new Promise<'quit'>(resolve => {
		onQuit = () => {
			resolve('quit');
		};
	});
	let instance: Instance;
	try {
		instance = render(<Root store={store} onQuitWhileLoading={onQuit} />, {
			stdin: keyboard.stream,
			// Ctrl+C is a key like q: it saves the resume state before leaving.
			exitOnCtrlC: false,
			maxFps,
		});
	} catch (error) {
		keyboard.close();
		screen?.leave();
		throw error;
	}

	screen?.beforeLeave(() => {
		instance.unmount();
	});
	const close = async () => {
		store.set({phase: 'closed'});
		instance.unmount();
		await instance.waitUntilExit().catch(() => undefined);
		keyboard.close();
		screen?.leave();
	};

	let failuresFound = 0;
	const recentFailures: string[] = [];
	let session: Session | 'quit';
	try {
		const opening = openSession({
			logs,
			...(options.triage === undefined ? {} : {triage: options.triage}),
			...(options.rules === undefined ? {} : {rules: options.rules}),
			...(options.stdin === undefined ? {} : {stdin: options.stdin}),
			...(options.grouping === undefined ? {} : {grouping: options.grouping}),
			...(options.history === undefined ? {} : {history: options.history}),
			onProgress(log, bytesRead, totalBytes) {
				// Once per chunk read: the failures met since the last one show with it.
				store.set({
					phase: 'loading',
					log,
					index: logs.indexOf(log) + 1,
					count: logs.length,
					bytesRead,
					totalBytes,
					failuresFound,
					recentFailures: [...recentFailures],
				});
			},
			onFailure(_log, id) {
				failuresFound++;
				recentFailures.push(id);
				if (recentFailures.length > recentShown) {
					recentFailures.shift();
				}
			},
		});
		session = await Promise.race([opening, quitWhileLoading]);
		if (session !== 'quit') {
			// Keys typed while the last chunk was parsed wait in the terminal: let Ink read them now, while
			// the loading screen's handler still drops them, so that none reaches the review.
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}
	} catch (error) {
		await close();
		throw error;
	}

	if (session === 'quit') {
		await close();
		// The logs are still being read (a pipe may stay open for minutes): nothing was decided or saved.
		process.exit(0);
	}

	const keymap = withOverrides(
		createKeymap({
			categories: session.analysis.categories,
			priorities: session.analysis.priorities,
		}),
		prefs.getPreferences().keymap,
	);
	const resume = prefs.getResume(session.triagePath);
	const notice = noticeOf(session, keyConflicts(keymap));
	// A log from stdin is reopened from its kept copy.
	const savedLogs = session.logs
		.filter(log => log !== '-')
		.map(log => path.resolve(log));

	const openEditor = (target: EditorTarget) => {
		const file = resolveTestFile(target);
		const {command, args} = editorCommand(target, file);
		const terminal = fs.openSync('/dev/tty', 'r+');
		keyboard.stream.setRawMode?.(false);
		try {
			const result = spawnSync(command, args, {
				stdio: [terminal, terminal, terminal],
			});
			if (result.error) {
				throw new Error(`${command}: ${result.error.message}`);
			}
		} finally {
			fs.closeSync(terminal);
			keyboard.stream.setRawMode?.(true);
			// Editors that use the alternate screen leave it when they quit: go back to it.
			screen?.reenter();
			// The editor drew over the screen: start the next frame from a clean one.
			process.stdout.write('\u001B[2J\u001B[H');
			instance.clear();
		}
	};

	store.set({
		phase: 'ready',
		props: {
			review: session.review(),
			journal: session.journal,
			triagePath: session.triagePath,
			...(savedLogs.length > 0 && {logs: savedLogs}),
			prefs,
			...(resume === undefined ? {} : {resume}),
			keymap,
			...(notice === undefined ? {} : {notice}),
			theme: themeOf(prefs),
			onOpenEditor: openEditor,
			onCopy(text) {
				// OSC 52: the terminal (or tmux with set-clipboard) puts it on the clipboard.
				process.stdout.write(
					`\u001B]52;c;${Buffer.from(text).toString('base64')}\u0007`,
				);
			},
		},
	});

	try {
		await instance.waitUntilExit();
	} finally {
		keyboard.close();
		screen?.leave();
	}

	return 0;
}
