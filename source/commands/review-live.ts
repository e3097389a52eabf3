/**
How a live review starts before its log and ends before its run: a followed log not written yet is waited
for; quitting stops what feeds the run, says where a pipe's log read so far is kept, and leaves at once though
a writer goes on.
*/
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {
	startLiveCommand,
	startLiveRun,
	type LiveInput,
	type LiveRun,
} from '../live/live-run.js';
import type {RunningCommand} from '../live/child.js';
import {signOnLeaving} from '../live/signed-on-leaving.js';
import {loadRules} from '../rules-file.js';
import {openDecisions, storeOf} from '../open-decisions.js';
import {historyFolderOf} from '../runs/history/use.js';
import type {DecisionJournal} from '../triage/journal.js';
import {LogError} from '../log/errors.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {Session} from '../session.js';
import {isNotRecordedOnStore} from '../store/not-recorded.js';
import {closeAllStores} from '../store/open-clients.js';
import {signalExitCodes} from '../end-signals.js';
import type {StartOptions} from './review-start.js';

/**
`--follow` on a log not there yet, in a folder that is: triage was started before pytest, and waits for it (a
folder that is not there is a typo, said at once).
*/
export function isWrittenLater(
	log: string,
	live: LiveInput | undefined,
	error: unknown,
): boolean {
	return (
		live?.kind === 'follow' &&
		live.file === log &&
		(error as NodeJS.ErrnoException).code === 'ENOENT' &&
		fs
			.statSync(path.dirname(path.resolve(log)), {throwIfNoEntry: false})
			?.isDirectory() === true
	);
}

/**
Why `--follow` cannot wait for a log: its folder is not there (a typo). Said
as the folder, not as `no such file`, which read as if `--follow` did not wait for a log still to come (QA 47).
Undefined for anything else: the reader's own words say it.
*/
export function followFolderProblem(
	log: string,
	live: LiveInput | undefined,
	error: unknown,
): string | undefined {
	const folder = path.dirname(log);
	if (
		live?.kind !== 'follow' ||
		live.file !== log ||
		(error as NodeJS.ErrnoException).code !== 'ENOENT' ||
		fs.existsSync(folder)
	) {
		return undefined;
	}

	return `${sanitizeLine(log)}: the folder ${sanitizeLine(folder)} does not exist (--follow waits for a log that is not there yet, in a folder that is: create it, or correct its name)`;
}

/**
A live run whose store went away before it ended is not recorded there: the line that says so and names the
command to record it, in full on leaving (the header shows its start only, after the counts).
*/
export function sayNotRecorded(done: Session | undefined): void {
	for (const warning of done?.warnings ?? []) {
		if (isNotRecordedOnStore(warning)) {
			process.stderr.write(`triage: ${sanitizeLine(warning)}\n`);
		}
	}
}

/**
A pipe cut short by quitting: where the log read so far is kept (`.triage/logs/`, as `triage run` keeps its
log), for the person to find it again. With the history off (`--no-history`, `TRIAGE_HISTORY=off`) nothing
is kept (no `.triage/` is made, as for a pipe read to its end): that it is gone is said, with how to keep a
copy next time. Nothing when it could not be kept (the session's warning said why).
*/
export function sayKept(cut: Session | undefined): void {
	const kept = cut?.logs.find(log => log !== '-');
	if (kept !== undefined) {
		process.stderr.write(
			`triage: quit before the pipe ended; the log read so far is kept in ${sanitizeLine(kept)} (\`triage\` with no LOG reopens it)\n`,
		);
	} else if (cut?.historyState === 'off') {
		process.stderr.write(
			'triage: quit before the pipe ended; the log read so far was not kept (the history is off; `… | tee run.log | triage -` keeps a copy)\n',
		);
	}
}

/**
A live run ended by the terminal closing (SIGHUP) ends, once its run is recorded, as the hangup would have ended
it: by that signal. An exit of its own would have Node restore the terminal's mode at exit, on a terminal that is
gone: Node 20 then aborts with an assertion (`node::ResetStdio`), a core dump where one is kept.
*/
export function endAsSignalled(signal: NodeJS.Signals | undefined): void {
	if (signal !== 'SIGHUP') {
		return;
	}

	process.once('exit', () => {
		process.removeAllListeners('SIGHUP');
		process.kill(process.pid, 'SIGHUP');
	});
}

/** Stops what feeds a live run; true when its session should still be awaited (a command was interrupted, a pipe read no further). */
export async function stopLive(
	live: LiveRun | undefined,
	/** Once the screen is left: a command slow to stop is said on stderr, with how to stop it at once. */
	isScreenLeft = false,
): Promise<boolean> {
	return live
		? live.stopEarly(
				isScreenLeft
					? line => {
							process.stderr.write(`triage: ${sanitizeLine(line)}\n`);
						}
					: undefined,
			)
		: false;
}

/**
End the process now, though a pipe it reads is still open, once a store has committed what it was still saving
(the review quit right after a decision): what it could not is said, exit 1, as at any command's end (main.tsx).
*/
export async function exitNow(
	/** The signal that ended the review from outside (kill, the terminal closed): the exit says so. */
	signal?: NodeJS.Signals,
	/** The exit code without a signal (130 after Ctrl+C). */
	quitCode = 0,
): Promise<never> {
	let code =
		signal === undefined ? quitCode : (signalExitCodes[signal] ?? quitCode);
	endAsSignalled(signal);
	for (const problem of await closeAllStores(line => {
		process.stderr.write(`triage: ${line}\n`);
	})) {
		process.stderr.write(`triage: ${problem}\n`);
		code = 1;
	}

	process.exit(code);
}

/**
A live run's command that failed before the review opened: said in its own words, and its exit code returned;
undefined when the error is not the command's (it is thrown as usual).
*/
export async function commandFailure(
	live: Pick<LiveRun, 'exited' | 'lastLine'> | undefined,
	input: LiveInput | undefined,
	error: unknown,
): Promise<number | undefined> {
	// A command that could not start (not found, not executable) printed nothing: that is the error to
	// say, with its exit code, not the empty log read from it ("stdin: empty file", exit 2).
	const exit = await live?.exited;
	if (exit?.failure !== undefined) {
		process.stderr.write(`triage: ${sanitizeLine(exit.failure)}\n`);
		return exit.code;
	}

	// A command that ran but printed no pytest output (`python -m pytest` without pytest): what it said,
	// and its exit code, not "stdin: not a test log" (the reader's name for its output), exit 2.
	if (exit && input?.kind === 'command' && error instanceof LogError) {
		const lastLine = live?.lastLine?.();
		process.stderr.write(
			`triage: ${sanitizeLine(`${input.argv[0]!} exited with code ${exit.code} and printed ${lastLine === undefined ? 'nothing' : `no test log; its last line: ${lastLine}`}`)}\n`,
		);
		// Nothing to review is bad input even when the command itself succeeded.
		return exit.code === 0 ? 2 : exit.code;
	}

	return undefined;
}

/**
What was not done when the person quit while a team's store was waited for (team tour 63: `q` waited for the store,
however long it took): one line for stderr.
*/
export function quitWhileStoreLine(
	options: StartOptions,
	logs: readonly string[],
): string {
	const what =
		options.live?.kind === 'command'
			? `${options.live.argv.join(' ')} was not started`
			: options.live?.kind === 'follow'
				? `${options.live.file} was not followed`
				: options.live?.kind === 'pipe'
					? 'the pipe was not read'
					: `${logs.length === 0 ? 'the review' : logs.join(', ')} was not opened`;
	return `quit while waiting for the store: ${what}; nothing was decided`;
}

/**
A run still being written (`options.live`): decisions are saved while it is read, so the journal opens first. On a
team's store a command starts once the store took us and its schema is ours (no suite runs whose decisions could not
be saved, nor on a store of a newer triage), and the store's decisions are read while it starts: over a slow network
that read was one more round trip before pytest began (team tour 64).
*/
export async function startLive(
	options: StartOptions,
	triagePath: string,
	onWaiting: (isWaiting: boolean) => void,
	/** Told before a team's store is waited for (the command starts once it answered). */
	onStore?: () => Promise<void>,
	/** The person quit while the store was waited for: nothing is started, and the store is let go. */
	hasQuit: () => boolean = () => false,
	/** The command started before the store's decisions came: quitting from now on interrupts it. */
	onStarted?: () => void,
): Promise<{live?: LiveRun; journal?: DecisionJournal}> {
	const input = options.live;
	if (!input) {
		return {};
	}

	const store = storeOf(options);
	if (store !== undefined) {
		await onStore?.();
	}

	let started: RunningCommand | undefined;
	let journal: DecisionJournal;
	try {
		journal = await openDecisions(
			{
				...options,
				listen: true,
				now: () => new Date(),
				...(input.kind === 'command' && {
					onAccepted() {
						if (!hasQuit()) {
							started = startLiveCommand(input.argv);
							onStarted?.();
						}
					},
				}),
			},
			store,
		);
	} catch (error) {
		// The store failed as its decisions were read: the suite it started stops, as no decision could be saved.
		await started?.stop();
		throw error;
	}

	if (hasQuit() && !started) {
		await journal.close?.();
		return {};
	}

	const live = startLiveRun(input, {
		ruleSet: loadRules(options),
		journal,
		now: () => new Date(),
		// The history the session records the run in: the store's when there is one, as `openSession` reads it.
		...(options.history !== false && {
			history:
				store === undefined
					? {folder: historyFolderOf(triagePath)}
					: {store, triagePath},
		}),
		onWaiting,
		...(started && {started}),
	});
	return {live, journal};
}

/** Say `line` on stderr once `work` has not settled after `after` ms (a slow store): what triage is waiting for. */
export async function sayWhileSlow<T>(
	work: Promise<T>,
	line: string,
	after = 1000,
): Promise<T> {
	const timer = setTimeout(() => {
		process.stderr.write(`triage: ${sanitizeLine(line)}\n`);
	}, after);
	try {
		return await work;
	} finally {
		clearTimeout(timer);
	}
}

/**
A live run left before its session was read (`q` while pytest ran, or while its run was being recorded), once what
fed it stopped: the run read as far as it went and recorded (`opening`), then the decisions made meanwhile named and
signed (`signOnLeaving`). Over a slow store each takes seconds (team tour 65: 39 s in all, the terminal saying only
`waiting for python3 to stop`, which had stopped in the first second): each says what it waits for once slow.
*/
export async function recordCutRun(
	opening: Promise<Session>,
	journal: DecisionJournal | undefined,
	since: string,
	input: StartOptions['live'],
): Promise<Session | undefined> {
	const ended =
		input?.kind === 'command'
			? `${input.argv[0]!} ended`
			: 'the pipe is read no further';
	const cut = await sayWhileSlow(
		opening.catch(() => undefined),
		`${ended}; recording its run as far as it went (Ctrl-C leaves it unrecorded; every decision shown as saved is saved)`,
	);
	await sayWhileSlow(
		signOnLeaving(cut, journal, since),
		"adding the run's name and errors to the decisions made while it ran…",
	);
	return cut;
}
