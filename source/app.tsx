/**
The review screen's root: the one component that owns input and effects. Keys become normalized names and go
to the reducer, which looks them up in the current mode's keymap table; the I/O the reducer asks for (saving
decisions, undo, the resume state, the editor, the clipboard) runs here after the commit, through props, so
that tests pass fakes.
*/
import {
	useCallback,
	useEffect,
	useLayoutEffect,
	useReducer,
	useRef,
	useMemo,
} from 'react';
import {useApp, useInput, useStdin} from 'ink';
import type {Prefs, ResumeState} from './prefs.js';
import {sameAction, type UndoOutcome} from './triage/journal.js';
import type {Review} from './triage/review.js';
import type {EditorTarget} from './review/detail-text.js';
import {defaultKeymap} from './review/keymap/default-keymap.js';
import {keyNames} from './review/keymap/key-names.js';
import type {Keymap} from './review/keymap/types.js';
import {
	createReviewState,
	reviewReducer,
	type ReviewAction,
} from './review/review-reducer.js';
import type {Effect, ReviewState, Status, UnsavedNote} from './review/state.js';
import {sanitizeLine} from './log/sanitize.js';
import {resumedOptions, resumeOfQuit} from './review/resume.js';
import {themeFromEnvironment, type Theme} from './review/theme.js';
import {ReviewView} from './ui/review-view.js';
import type {RerunHandler, RerunWhere} from './review/rerun.js';
import type {Rule} from './classify/rules/types.js';
import {useTerminalSize} from './ui/use-terminal-size.js';
import {useJournalRefresh} from './ui/use-journal-refresh.js';
import {keptDecisions, onDecidedNow} from './review/field-edit.js';
import {type LiveSource, useLiveSnapshot} from './ui/use-live-snapshot.js';
import {shareInkOutputCaches} from './ui/ink-output-cache.js';
import {
	errorText,
	journalState,
	type ReviewJournal,
	undoneAction,
	withOthers,
} from './review/journal-outcomes.js';

// A key press redraws a few lines: Ink's frames keep what they know of the others (see the module).
shareInkOutputCaches();

export type {ReviewJournal} from './review/journal-outcomes.js';

export type AppProps = {
	readonly review: Review;
	readonly journal: ReviewJournal;
	/** The triage file, for the resume state. */
	readonly triagePath?: string;
	/** The logs opened, kept in the resume state so that `triage` alone reopens them. */
	readonly logs?: readonly string[];
	readonly prefs?: Pick<Prefs, 'setResume'>;
	/** Where the person stopped last time. */
	readonly resume?: ResumeState;
	readonly keymap?: Keymap;
	/** A first status line (warnings about the log or the journal). */
	readonly notice?: Status;
	readonly theme?: Theme;
	/** Milliseconds between checks for other sessions' decisions; 0 never checks. */
	readonly refreshInterval?: number;
	readonly onOpenEditor?: (target: EditorTarget) => Promise<void> | void;
	/** Put text on the clipboard (OSC 52). */
	readonly onCopy?: (text: string) => void;
	/** Stop the process to the shell (Ctrl+Z); resolves once it is continued (`fg`) and the screen is back. */
	readonly onSuspend?: () => Promise<void> | void;
	/**
	Called once the resume state is saved, before the app exits; `isInterrupt` when by Ctrl+C, not `q`; `notSaved`:
	how many decisions failed to save and were not made again, `notSavedTests` their tests; `unsavedNote`: a note typed
	and not saved.
	*/
	readonly onQuit?: (
		isInterrupt: boolean,
		notSaved: number,
		unsavedNote?: UnsavedNote,
		notSavedTests?: readonly string[],
	) => void;
	/**
	Given the function that ends the review from outside (a kill, the terminal closed) as `q` does: `onQuit` then says
	what was not saved.
	*/
	readonly onEndRequest?: (end: () => void) => void;
	/** A run still being read: newer reviews of it as they come, and its progress for the header. */
	readonly live?: LiveSource;
	/** Runs failures again (`R`); without it, `R` says it cannot here. */
	readonly onRerun?: RerunHandler;
	/** What `R` runs for these ids, and where (shown before it runs), or why it cannot run here. */
	readonly onRerunWhere?: (ids: readonly string[]) => RerunWhere;
	/** The rules in effect: a confirmation suggests from them again (default: the built-in rules). */
	readonly rules?: readonly Rule[];
};

export default function App({
	review,
	journal,
	triagePath,
	logs,
	prefs,
	resume,
	keymap = defaultKeymap,
	notice,
	theme: givenTheme,
	refreshInterval = 2000,
	onOpenEditor,
	onCopy,
	onSuspend,
	onQuit,
	onEndRequest,
	live,
	onRerun,
	onRerunWhere,
	rules,
}: AppProps) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const viewport = useTerminalSize();
	const theme = useMemo(
		() => givenTheme ?? themeFromEnvironment(),
		[givenTheme],
	);
	const [state, dispatch] = useReducer(
		reviewReducer,
		undefined,
		(): ReviewState => {
			// A run still being read is shown running from the first frame, not once an effect has passed its progress.
			const progress = live?.get().progress;
			return createReviewState({
				review,
				keymap,
				viewport,
				...resumedOptions(resume),
				...(notice === undefined ? {} : {status: notice}),
				...(rules && {rules}),
				...(progress && {live: progress}),
			});
		},
	);

	// Which keys of a read are a field's text, and whether a paste is text or dropped, is the reducer's to say,
	// against the newest mode (`terminal-read.ts`): this handler knows only the last frame's.
	useInput(
		(input, key) => {
			const names = keyNames(input, key);
			if (names[0] === 'paste-start' || names[0] === 'paste-end') {
				dispatch({
					type: names[0] === 'paste-start' ? 'pasteStart' : 'pasteEnd',
				});
				return;
			}

			dispatch({type: 'read', names, at: Date.now()});
		},
		{isActive: Boolean(isRawModeSupported)},
	);

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport]);

	useEffect(() => {
		onEndRequest?.(() => {
			dispatch({type: 'end'});
		});
	}, [onEndRequest]);

	// The reducer only records intents; they run here, once each, after the frame that shows them.
	const handled = useRef(0);
	// The failures being run again: stopped by esc, Ctrl+C, or leaving the screen.
	const rerunning = useRef<AbortController | undefined>(undefined);
	useEffect(
		() => () => {
			rerunning.current?.abort();
		},
		[],
	);
	const run = useCallback(
		(effect: Effect): ReviewAction | Promise<ReviewAction> | undefined => {
			switch (effect.type) {
				case 'save': {
					const kept = keptDecisions(effect, journal);
					// What the key did not change comes from the decisions the journal holds as it writes (a store's, under
					// its lock): the same rule as `keptDecisions`, on what others committed since this screen read.
					const saved = journal.decideMany(
						kept?.decisions ?? effect.decisions,
						state =>
							onDecidedNow(effect.decisions, effect.edit, state)?.decisions ??
							effect.decisions,
					);
					const done = (): ReviewAction => {
						const message = withOthers(
							kept?.message ?? effect.message,
							journal,
							// A note or an issue keeps the decision it is typed on: it replaces none.
							effect.edit === undefined ? effect.decisions : undefined,
						);
						return {
							type: 'decisions',
							decisions: journal.state(),
							message,
							saved: effect.id,
						};
					};

					return saved instanceof Promise ? saved.then(done) : done();
				}

				case 'addSignatures': {
					// Quietly: the decisions did not change, only what they will be compared with.
					const added = journal.addSignatures(effect.signed);
					const done = (): ReviewAction => ({
						type: 'decisions',
						decisions: journal.state(),
					});
					return added instanceof Promise ? added.then(done) : done();
				}

				case 'undo': {
					// `z` undoes this session's own action; `y` the one it asked about, and nothing else.
					const {expected} = effect;
					const undone = journal.undoIf(
						expected === undefined
							? target => target.isOwn
							: sameAction(expected),
					);
					const done = (outcome: UndoOutcome): ReviewAction => ({
						...undoneAction(outcome, journal, expected),
						undone: effect.id,
					});
					return undone instanceof Promise ? undone.then(done) : done(undone);
				}

				case 'quit': {
					if (prefs && triagePath !== undefined) {
						prefs.setResume(triagePath, resumeOfQuit(effect, logs));
					}

					onQuit?.(
						effect.isInterrupt,
						effect.notSaved,
						effect.unsavedNote,
						effect.notSavedTests,
					);
					exit();
					return undefined;
				}

				case 'openEditor': {
					if (!onOpenEditor) {
						return {type: 'failed', message: 'no editor available here'};
					}

					const message = `back from the editor (${sanitizeLine(effect.target.file)})`;
					return Promise.resolve(onOpenEditor(effect.target)).then(
						(): ReviewAction => ({type: 'info', message}),
					);
				}

				case 'copy': {
					onCopy?.(effect.text);
					return undefined;
				}

				case 'suspend': {
					if (!onSuspend) {
						return {
							type: 'failed',
							message: 'no shell to suspend to here (q quits)',
						};
					}

					return Promise.resolve(onSuspend()).then((): ReviewAction => ({
						type: 'info',
						message: 'back from the shell',
					}));
				}

				case 'rerun': {
					if (!onRerun) {
						return {
							type: 'rerunDone',
							outcome: {
								kind: 'unavailable',
								message: 'cannot run tests again from this screen',
							},
						};
					}

					const controller = new AbortController();
					rerunning.current = controller;
					return onRerun(
						{tests: effect.tests, repetitions: effect.repetitions},
						{
							signal: controller.signal,
							onProgress(done, total) {
								dispatch({type: 'rerunProgress', done, total});
							},
						},
					).then(
						(outcome): ReviewAction => {
							rerunning.current = undefined;
							return {type: 'rerunDone', outcome};
						},
						(error: unknown): ReviewAction => {
							rerunning.current = undefined;
							return {
								type: 'rerunDone',
								outcome: {kind: 'unavailable', message: errorText(error)},
							};
						},
					);
				}

				case 'rerunWhere': {
					let where: RerunWhere | undefined;
					try {
						where = onRerunWhere?.(effect.ids);
					} catch (error: unknown) {
						where = {
							problem: `cannot run the tests again here: ${errorText(error)}`,
						};
					}

					return {type: 'rerunWhere', where};
				}

				case 'stopRerun': {
					rerunning.current?.abort();
					return undefined;
				}
			}
		},
		[
			journal,
			prefs,
			triagePath,
			logs,
			onOpenEditor,
			onCopy,
			onSuspend,
			onQuit,
			exit,
			onRerun,
			onRerunWhere,
		],
	);

	// A layout effect: the save is on disk and the frame says "saved" before the next key is read.
	useLayoutEffect(() => {
		const pending = state.effects.filter(effect => effect.id > handled.current);
		if (pending.length === 0) {
			return;
		}

		handled.current = pending.at(-1)!.id;
		dispatch({type: 'effectsDone', through: handled.current});
		for (const effect of pending) {
			const onError = (error: unknown) => {
				dispatch({
					type: 'failed',
					message:
						effect.type === 'save'
							? `NOT saved: ${errorText(error)}`
							: effect.type === 'addSignatures'
								? `decisions saved, but not the errors they were made on: ${errorText(error)}`
								: effect.type === 'undo'
									? // What failed, said: a store away said only `could not connect to …` (QA 52).
										`NOT undone: ${errorText(error)}`
									: errorText(error),
					...(effect.type === 'undo' && {undone: effect.id}),
					...(effect.type === 'addSignatures' && {
						unsigned: effect.keys,
						storeBack: effect.storeBack,
					}),
					...(effect.type === 'save' && {
						saved: effect.id,
						...(effect.restore && {restore: effect.restore}),
						...journalState(journal),
					}),
				});
			};

			try {
				const result = run(effect);
				if (result instanceof Promise) {
					result.then(dispatch, onError);
				} else if (result) {
					dispatch(result);
				}
			} catch (error) {
				onError(error);
			}
		}
	}, [state.effects, run, journal]);

	useJournalRefresh(journal, refreshInterval, dispatch);
	const now = useLiveSnapshot(live, review, dispatch);

	return (
		<ReviewView state={state} viewport={viewport} theme={theme} now={now} />
	);
}
