/**
The default command, the review (started by `review-start.ts`): put the screen up at once with a loading bar,
read the logs, then hand over to the review (`App`). Terminal plumbing lives here and in `review-terminal.ts`: keys from /dev/tty
when stdin carries the log, the editor, the clipboard, the resume state.
*/
import process from 'node:process';
import {render, type Instance} from 'ink';
import {type Prefs, sayPrefsWarning} from '../prefs.js';
import type {DecisionJournal} from '../triage/journal.js';
import type {LiveRun} from '../live/live-run.js';
import {signWhileWritten} from '../live/signed-later.js';
import type {Review} from '../triage/review.js';
import {collectLargeGarbage} from '../heap.js';
import {openSession, type Session} from '../session.js';
import {logsToOpen} from '../session-flags.js';
import {loadRules} from '../rules-file.js';
import {storeOf, triagePathOf, whoOf} from '../open-decisions.js';
import {sanitizeLine} from '../log/sanitize.js';
import {keyConflicts, withOverrides} from '../review/keymap/compile.js';
import {createKeymap} from '../review/keymap/default-keymap.js';
import {
	enterAlternateScreen,
	wantsAlternateScreen,
	type AlternateScreen,
} from '../review/alternate-screen.js';
import type {AppProps} from '../app.js';
import {catchEndSignals, signalExitCodes} from '../end-signals.js';
import type {UnsavedNote} from '../review/state.js';
import type {StartOptions} from './review-start.js';
import {
	commandFailure,
	exitNow,
	quitWhileStoreLine,
	recordCutRun,
	startLive,
	sayKept,
	sayNotRecorded,
	stopLive,
} from './review-live.js';
import {openKeyboard, opensQuietly} from './review-terminal.js';
import {notSavedLine, unsavedNoteLine} from './review-not-saved.js';
import {LoadingScreen} from './review-loading.js';
import {reviewProps, savedLogsOf} from './review-props.js';
import {
	errorLine,
	isFollowCut,
	noticeOf,
	noticeText,
	Root,
} from './review-screen.js';

/**
Frames per second Ink may draw. A decision draws twice in a row ("saving", then "saved" once it is on
disk); Ink's throttle holds the second frame back for the rest of a 1/maxFps window.
*/
export const maxFps = 60;

/**
Used heap from which the review collects garbage before its first frame (heap.ts), between the session's phases
too: a full collection delays the frame, worth it for a run of hundreds of megabytes, not for the 100 MB log.
*/
const reviewCollectAbove = 256 * 1024 * 1024;

export async function review(
	options: StartOptions,
	prefs: Prefs,
	endedBy: {signal?: NodeJS.Signals},
): Promise<number> {
	const triagePath = triagePathOf(
		options.triage === undefined ? {} : {triage: options.triage},
	);
	const logs =
		options.live?.kind === 'command'
			? []
			: logsToOpen(
					options.logs,
					prefs,
					triagePath,
					options.history !== false,
					() => storeOf(options),
				);
	const keyboard = openKeyboard(logs.includes('-'));
	// Small logs: the review is drawn first, unless they take longer to read than a flicker of the bar.
	const loading = new LoadingScreen(
		logs,
		options.live?.kind === 'command' ? options.live.argv.join(' ') : undefined,
		options.live === undefined && opensQuietly(logs),
	);
	const {store} = loading;

	const screen: AlternateScreen | undefined = wantsAlternateScreen(
		process.stdout.isTTY,
		process.env,
	)
		? enterAlternateScreen(process.stdout)
		: undefined;
	let onQuit: (isInterrupt: boolean) => void = () => undefined;
	let hasQuit = false;
	// Ctrl+C, not q: the review exits 130, as a shell expects of an interrupted command (report and export, which
	// take SIGINT as a signal, do too); `triage run` exits with its command's code all the same.
	let isInterrupted = false;
	// Decisions that failed to save and were not made again: the exit is 1 (`review-not-saved.ts`).
	let notSavedCode = 0;
	const interruptedCode = () =>
		isInterrupted ? signalExitCodes['SIGINT']! : notSavedCode;
	const quitWhileLoading = new Promise<'quit'>(resolve => {
		onQuit = isInterrupt => {
			hasQuit = true;
			isInterrupted = isInterrupt;
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
		loading.stopTimer();
		store.set({phase: 'closed'});
		instance.unmount();
		await instance.waitUntilExit().catch(() => undefined);
		keyboard.close();
		screen?.leave();
	};

	// A run still being written: decisions are saved while it is read, so the journal opens first.
	let live: LiveRun | undefined;
	let journal: DecisionJournal | undefined;
	// Decisions made since then on the live run's `-` are named and signed if it is left before it ends.
	const liveSince = new Date().toISOString();
	// A team's store is waited for (before the logs are read, or a live run's command is started): q quits at once, and
	// says what was not done.
	let isStoreWait = false;
	const sayQuitWhileStore = () => {
		if (isStoreWait) {
			process.stderr.write(
				`triage: ${sanitizeLine(quitWhileStoreLine(options, logs))}\n`,
			);
		}
	};

	let isStarted = false;
	try {
		const starting = startLive(
			options,
			triagePath,
			isWaiting => {
				const current = store.get();
				if (current.phase === 'loading') {
					store.set({...current, isWaiting});
				}
			},
			async () => {
				isStoreWait = true;
				await loading.step('store', 0, Math.ceil(1000 / maxFps) + 4);
			},
			() => hasQuit,
			() => {
				isStarted = true;
				isStoreWait = false;
			},
		);
		// Raced: a store that does not answer (a slow network, a server gone silent) held q for as long (team tour 63).
		// Once the command started, q interrupts it as in the review (below), when the store's decisions have come.
		starting.catch(() => undefined);
		const started = await Promise.race([
			starting,
			quitWhileLoading.then(async quit => (isStarted ? starting : quit)),
		]);
		if (started === 'quit') {
			await close();
			sayQuitWhileStore();
			// Nothing was started or decided; a store still connecting is let go with the process.
			return await exitNow(
				endedBy.signal,
				options.live?.kind === 'command' && !isInterrupted
					? 1
					: interruptedCode(),
			);
		}

		({live, journal} = started);
		isStoreWait = false;
	} catch (error) {
		await close();
		throw error;
	}

	// Killed or hung up on, the review ends as `q` ends it: a live run's command interrupted and its run recorded, and
	// what was not saved said on leaving (decisions a full disk refused, the note typed), where a kill ended the review
	// at once and said nothing of them (QA 51). The exit still says the signal (143, 129).
	let endReview: (() => void) | undefined;
	const stopCatching = catchEndSignals(screen, signal => {
		endedBy.signal = signal;
		if (store.get().phase === 'loading') {
			onQuit(false);
		} else if (endReview) {
			endReview();
		} else {
			instance.unmount();
		}
	});
	const opening = openSession({
		logs: live ? live.logs : logs,
		...(options.triage === undefined ? {} : {triage: options.triage}),
		...(options.rules === undefined ? {} : {rules: options.rules}),
		...(live?.stdin
			? {stdin: live.stdin}
			: options.stdin === undefined
				? {}
				: {stdin: options.stdin}),
		...(live?.streams && {streams: live.streams}),
		...(options.live?.kind === 'command' && {keptAs: 'run' as const}),
		...(journal && {journal}),
		...(options.store === undefined ? {} : {store: options.store}),
		...(options.who === undefined ? {} : {who: options.who}),
		listen: true,
		// The logs opened are remembered after the first frame (below): a commit, with its fsyncs. A live run's frame comes
		// before its session.
		rememberLater: !live,
		...(options.grouping === undefined ? {} : {grouping: options.grouping}),
		...(options.history === undefined ? {} : {history: options.history}),
		collectAbove: reviewCollectAbove,
		onProgress(log, bytesRead, totalBytes) {
			isStoreWait = false;
			loading.progress(log, bytesRead, totalBytes);
		},
		onFailure(_log, id) {
			loading.failure(id);
		},
		async onStep(step, failures) {
			isStoreWait = step === 'store';
			await loading.step(step, failures, Math.ceil(1000 / maxFps) + 4);
		},
	});
	// Awaited below, or only raced: a rejection is handled where it is awaited.
	opening.catch(() => undefined);
	// A live run's first review (the run's header has been read) opens the screen before the run ends.
	const firstLiveReview = new Promise<Review>(resolve => {
		if (!live) {
			return;
		}

		const unsubscribe = live.review.subscribe(() => {
			const {review} = live.review.get();
			if (review) {
				unsubscribe();
				resolve(review);
			}
		});
	});
	let first: Session | Review | 'quit';
	try {
		first = await Promise.race([opening, firstLiveReview, quitWhileLoading]);
		loading.stopTimer();
		if (first !== 'quit') {
			// Keys typed while the last chunk was parsed wait in the terminal: let Ink read them now, while
			// the loading screen's handler still drops them, so that none reaches the review.
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}
	} catch (error) {
		live?.review.stop();
		await stopLive(live);
		stopCatching();
		await close();
		const code = await commandFailure(live, options.live, error);
		if (code !== undefined) {
			return code;
		}

		throw error;
	}

	// q typed while the last chunk was read, or just before the review took over the keys.
	if (hasQuit) {
		first = 'quit';
	}

	if (first === 'quit') {
		live?.review.stop();
		let cut: Session | undefined;
		const isCut = await stopLive(live);
		stopCatching();
		if (isCut) {
			// triage started the command (interrupted), or read a pipe (read no further): its run is recorded as
			// far as it went.
			cut = await opening.catch(() => undefined);
		}

		await close();
		sayQuitWhileStore();
		if (options.live?.kind === 'pipe') {
			sayKept(cut);
		}

		sayNotRecorded(cut);

		if (live?.exited) {
			const exit = await live.exited;
			return exit.code;
		}

		// The logs are still being read (a pipe may stay open for minutes): nothing was decided or saved.
		sayPrefsWarning(prefs);
		return exitNow(endedBy.signal, interruptedCode());
	}

	const session = 'journal' in first ? first : undefined;
	// What the analysis of a large run left behind goes before the review builds its rows and screen (heap.ts),
	// as export does: 1 GB bench log, peak RSS 1.61× the log → 1.48-1.53×. Not for a run of a few thousand
	// tests, whose heap holds ~50 MB and whose first frame it would delay by ~25 ms.
	if (session) {
		collectLargeGarbage(reviewCollectAbove);
	}

	// Decisions a live run's review could not sign (the store away as it ended) are signed by this review of its log.
	const signProblem =
		session && !live
			? await signWhileWritten(session, whoOf(options.who))
			: undefined;
	const review = session ? session.review() : (first as Review);
	const categories = review.analysis;
	const keymap = withOverrides(
		createKeymap({
			categories: categories.categories,
			priorities: categories.priorities,
		}),
		prefs.getPreferences().keymap,
	);
	const resume = prefs.getResume(triagePath);
	const notice = session ? noticeOf(session, keyConflicts(keymap)) : undefined;
	let notSavedCount = 0;
	let notSavedTests: readonly string[] = [];
	let unsavedNote: UnsavedNote | undefined;
	const props: AppProps = {
		...reviewProps({
			options,
			review,
			session,
			live,
			ruleSet: session?.ruleSet ?? loadRules(options),
			journal: session?.journal ?? journal!,
			triagePath,
			prefs,
			keymap,
			resume,
			notice,
			keyboard: keyboard.stream,
			screen,
			ink: instance,
		}),
		onQuit(isInterrupt, notSaved, note, tests = []) {
			isInterrupted = isInterrupt;
			notSavedCount = notSaved;
			notSavedTests = tests;
			unsavedNote = note;
		},
		onEndRequest(end) {
			endReview = end;
		},
	};
	if (loading.isQuiet) {
		// Nothing drawn yet: a key typed before raw mode was on (as node starts) was echoed where the cursor
		// was, and the review, drawn from the cursor, would start after it; the loading screen's redraw
		// used to go back to the line's start.
		process.stdout.write('\r');
	}

	store.set({phase: 'ready', props});
	// The frame is drawn once React has rendered it, before any immediate: the logs are remembered after it.
	if (session && !live) {
		setImmediate(() => {
			void session.saveOpened();
		});
	}

	// The run ends while the person triages: the complete review (with the history) replaces the live one.
	let ended = session !== undefined;
	let failure: Error | undefined;
	// The live run's session once read: what it could not record is said on leaving.
	let finished: Session | undefined;
	if (live) {
		if (session) {
			live.review.end(review, session.runs.at(-1));
		} else {
			opening.then(
				done => {
					ended = true;
					finished = done;
					const final = done.review();
					live.review.end(final, done.runs.at(-1), noticeText(done));
					const savedLogs = savedLogsOf(done);
					if (store.get().phase === 'ready' && savedLogs.length > 0) {
						store.set({phase: 'ready', props: {...props, logs: savedLogs}});
					}
				},
				(error: unknown) => {
					ended = true;
					failure = error instanceof Error ? error : new Error(String(error));
					live.review.end(undefined, undefined, errorLine(error));
				},
			);
		}
	}

	try {
		await instance.waitUntilExit();
	} finally {
		keyboard.close();
		screen?.leave();
	}

	if (unsavedNote !== undefined) {
		process.stderr.write(
			`triage: ${unsavedNoteLine(unsavedNote, endedBy.signal)}\n`,
		);
	}

	// Decisions a file replaced by another program lost, and not saved again since (a read-only disk) count too.
	const decisions = session?.journal ?? journal!;
	const notSaved = notSavedLine(
		notSavedCount + (decisions.unsavedLost?.() ?? 0),
		decisions.path,
		notSavedTests,
	);
	if (notSaved !== undefined) {
		process.stderr.write(`triage: ${sanitizeLine(notSaved)}\n`);
		notSavedCode = 1;
	}

	if (signProblem !== undefined) {
		process.stderr.write(`triage: warning: ${signProblem}\n`);
	}

	if (live && !ended) {
		live.review.stop();
		const isCut = await stopLive(live, true);
		stopCatching();
		if (!isCut) {
			// A followed file that has not ended: every decision is on disk (a store's once it committed what it
			// was saving), the partial run is not recorded (the whole log will be), and the writer may go on for
			// minutes.
			sayPrefsWarning(prefs);
			return exitNow(endedBy.signal, interruptedCode());
		}

		// triage started the command (interrupted), or read a pipe (read no further): its run is recorded as far
		// as it went.
		const cut = await recordCutRun(opening, journal, liveSince, options.live);
		finished = cut;
		if (options.live?.kind === 'pipe') {
			// The writer may go on for minutes: the pipe is not waited for.
			sayKept(cut);
			sayNotRecorded(cut);
			sayPrefsWarning(prefs);
			return exitNow(endedBy.signal, interruptedCode());
		}
	}

	stopCatching();
	sayNotRecorded(finished);
	if (live?.exited) {
		const exit = await live.exited;
		if (exit.failure !== undefined) {
			process.stderr.write(`triage: ${sanitizeLine(exit.failure)}\n`);
		}

		return exit.code || notSavedCode;
	}

	if (failure !== undefined) {
		// A followed log truncated under its reader by another program was good input, read as far as it went: a
		// runtime failure (exit 1), where the LogError's exit 2 said bad input (QA 51, still open; QA 52).
		if (isFollowCut(failure)) {
			process.stderr.write(`triage: ${sanitizeLine(failure.message)}\n`);
			return 1;
		}

		throw failure;
	}

	return interruptedCode();
}
