/**
What the review command puts on the terminal: the loading screen until the review is ready, then the
review (`App`), switched through a small store; and the review's theme and first status line.
*/
import {useSyncExternalStore} from 'react';
import {useInput, useStdin} from 'ink';
import {logName} from '../shown-path.js';
import App, {type AppProps} from '../app.js';
import type {Prefs} from '../prefs.js';
import type {Session} from '../session.js';
import {isIncompleteAction} from '../triage/journal.js';
import {unmatchedDecisions, unmatchedLine} from '../triage/unmatched.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {Status} from '../review/state.js';
import {hyperlinksFromEnvironment} from '../review/hyperlinks.js';
import {themeFromEnvironment, type Theme} from '../review/theme.js';
import {Loading, type LoadingProps} from '../ui/loading.js';
import {useTerminalSize} from '../ui/use-terminal-size.js';

export type Phase =
	| ({
			readonly phase: 'loading';
			/** Nothing drawn yet: a small log is read without the loading screen (`quietStart`). */
			readonly isHidden?: boolean;
	  } & Omit<LoadingProps, 'width'>)
	| {readonly phase: 'ready'; readonly props: AppProps}
	| {readonly phase: 'closed'};

export type LoadingPhase = Extract<Phase, {readonly phase: 'loading'}>;

export type Store = {
	get(): Phase;
	set(phase: Phase): void;
	subscribe(listener: () => void): () => void;
};

export function createStore(initial: Phase): Store {
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
export const recentShown = 5;

export function Root({
	store,
	onQuitWhileLoading,
}: {
	readonly store: Store;
	/** `isInterrupt`: by Ctrl+C, not `q` (exit 130). */
	readonly onQuitWhileLoading: (isInterrupt: boolean) => void;
}) {
	const phase = useSyncExternalStore(store.subscribe, store.get);
	const {columns} = useTerminalSize();
	const {isRawModeSupported} = useStdin();
	// Active from the first frame to the last: raw mode is on while the logs load (nothing the person types
	// is echoed), and it never drops to off between the loading screen and the review. While loading, q and
	// Ctrl+C quit and every other key is dropped; once the review is up, `App` owns the keys.
	useInput(
		(input, key) => {
			const isInterrupt = key.ctrl && input === 'c';
			if (store.get().phase === 'loading' && (input === 'q' || isInterrupt)) {
				onQuitWhileLoading(isInterrupt);
			}
		},
		{isActive: Boolean(isRawModeSupported)},
	);
	switch (phase.phase) {
		case 'loading': {
			return phase.isHidden ? null : <Loading {...phase} width={columns} />;
		}

		case 'ready': {
			return <App {...phase.props} />;
		}

		case 'closed': {
			return null;
		}
	}
}

export function themeOf(prefs: Prefs): Theme {
	const {color} = prefs.getPreferences();
	return {
		...(color === 'auto'
			? themeFromEnvironment()
			: {isColor: color === 'always'}),
		hasHyperlinks: hyperlinksFromEnvironment(),
	};
}

/**
The one warning of the runs read, said whole: `1 parser warning (triage report lists them)` sent a newcomer to
another command to learn that pytest stopped the run (`np.log line 22: run was interrupted: Interrupted: 1 error
during collection`), and read as if triage had failed to read the log.
*/
function onlyWarningText(session: Session): string {
	const run = session.runs.find(each => each.warnings.length > 0)!;
	const warning = run.warnings[0]!;
	return `${logName(run.source)}${warning.line > 0 ? ` line ${warning.line}` : ''}: ${warning.message}`;
}

export function noticeOf(
	session: Session,
	conflicts: readonly string[],
): Status | undefined {
	const warnings = session.runs.reduce(
		(sum, run) => sum + run.warnings.length,
		0,
	);
	const parts: string[] = [...session.warnings];
	if (warnings === 1) {
		parts.push(onlyWarningText(session));
	} else if (warnings > 0) {
		parts.push(`${warnings} parser warnings (triage report lists them)`);
	}

	// An action the triage file holds in part is said as it is; other warnings are unreadable lines.
	const unreadable = session.journal.warnings.filter(
		warning => !isIncompleteAction(warning.message),
	);
	for (const warning of session.journal.warnings) {
		if (isIncompleteAction(warning.message)) {
			parts.push(`triage file line ${warning.line}: ${warning.message}`);
		}
	}

	if (unreadable.length > 0) {
		parts.push(
			`${unreadable.length} unreadable line(s) in the triage file skipped`,
		);
	}

	// Only decisions on tests this run does not name (renamed or moved): a decided test that passes now is no
	// warning, and would repeat on every later day; `triage report` lists both.
	const unmatched = unmatchedLine(
		unmatchedDecisions(session.analysis.run, session.journal.state()).filter(
			({outcome}) => outcome === undefined,
		),
	);
	if (unmatched !== undefined) {
		parts.push(unmatched);
	}

	parts.push(...conflicts);

	// Decisions that found no failure alone are news, not an error (QA 44): the ✗ mark is for what went wrong.
	return parts.length === 0
		? undefined
		: {
				text: sanitizeLine(parts.join('; ')),
				tone: parts.length === 1 && unmatched !== undefined ? 'info' : 'error',
			};
}

/**
The review in the terminal: renders at once (a loading bar while the logs are read), then the review.
Resolves with the exit code once the person quits. Throws `UsageError` (exit 2) when there is no terminal
or no log to open, and `LogError` / `JournalError` for unreadable input.
*/

/** Whether a live read ended as a followed log truncated under its reader (live/follow.ts's FollowError). */
export function isFollowCut(error: unknown): error is Error & {cause: Error} {
	const cause = error instanceof Error ? error.cause : undefined;
	return cause instanceof Error && cause.name === 'FollowError';
}

/** The line a live review shows when its log could not be read to the end. */
export function errorLine(error: unknown): string {
	// A followed log truncated under its reader was read as far as it was, and the header names it: the note says what
	// happened, whole before the counts, where `the log could not be read: run.log: cannot read (it shrank while it w…`
	// was cut at 120 columns (QA 51).
	if (isFollowCut(error)) {
		return sanitizeLine(error.cause.message);
	}

	return `the log could not be read: ${sanitizeLine(error instanceof Error ? error.message : String(error))}`;
}

/** The notice of a session, as the live review shows it once its run ends. */
export function noticeText(session: Session): string | undefined {
	return noticeOf(session, [])?.text;
}
