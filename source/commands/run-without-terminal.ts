/**
`triage run -- pytest …` where there is no terminal to review on (a CI job: stdout a pipe or a file). The
command runs all the same, its output passes through to stdout as it comes, and its log is kept in
`.triage/logs/` and recorded in the history, as the review would have; triage exits with the command's
code. Before, triage refused (exit 2, "the review needs a terminal") without running the tests at all, so a
CI step `triage run -- pytest` never tested anything.
*/

import process from 'node:process';
import {PassThrough} from 'node:stream';
import {startCommand} from '../live/child.js';
import {sanitizeLine} from '../log/sanitize.js';
import {Output} from '../output.js';
import {hasNoTest, noTestWords} from '../runs/history/use.js';
import {isUnreachable, storeOf} from '../open-decisions.js';
import {openSession} from '../session.js';
import {shownPath} from '../shown-path.js';
import {catchEndSignals, signalExitCodes} from '../end-signals.js';
import type {StartOptions} from './review-start.js';
import {commandFailure} from './review-live.js';

/**
A store that refuses us (a wrong password, no such database, a newer schema) is its one line (exit 1) before the
command starts: asked only once the command had run, the suite ran to its end for nothing and its log was not kept.
One that cannot be reached does not stop the job: the session says how to record the run later (`mayRecordLater`).
*/
async function refuseBeforeRunning(options: StartOptions): Promise<void> {
	const store = storeOf(options);
	if (store === undefined) {
		return;
	}

	// Connected and its schema checked, as a journal opens it, but no event read: the session reads them once, after.
	const {closeQuietly, connectStore, storeErrorOf} =
		await import('../store/connection.js');
	const {migrateStore} = await import('../store/schema.js');
	let client: Awaited<ReturnType<typeof connectStore>> | undefined;
	try {
		client = await connectStore(store);
		await migrateStore(client, store);
	} catch (error) {
		const failure = storeErrorOf(error, store);
		if (!isUnreachable(failure)) {
			throw failure;
		}
	} finally {
		await closeQuietly(client);
	}
}

export async function runWithoutTerminal(
	argv: readonly string[],
	options: StartOptions,
): Promise<number> {
	await refuseBeforeRunning(options);
	// Python buffers stdout into a pipe: unbuffered, each line reaches the CI's log as pytest prints it.
	const running = startCommand(argv, {
		env: {...process.env, PYTHONUNBUFFERED: '1'},
	});
	const log = new PassThrough();
	// Written through Output, which drops EPIPE: a reader that goes away (`| head`) must not end triage (exit 0,
	// the log not kept, pytest's code lost) as it ends report and export; the run goes on to its end.
	const passThrough = new Output('-');
	running.output.on('data', (chunk: Uint8Array) => {
		passThrough.writeBytes(chunk);
		passThrough.flush();
	});
	running.output.pipe(log);
	// A CI job cancelled (SIGTERM) or a Ctrl-C: the command is stopped as the review stops it, pytest prints
	// its interrupted summary, and what it printed is still kept and recorded.
	let endedBy: NodeJS.Signals | undefined;
	const release = catchEndSignals(undefined, signal => {
		endedBy = signal;
		void running.stop();
	});
	const live = {exited: running.exited, lastLine: () => running.lastLine()};
	try {
		const session = await openSession({
			logs: ['-'],
			stdin: log,
			keptAs: 'run',
			isRecordOnly: true,
			isReadOnly: true,
			mayRecordLater: true,
			...(options.triage !== undefined && {triage: options.triage}),
			...(options.rules !== undefined && {rules: options.rules}),
			...(options.store !== undefined && {store: options.store}),
			...(options.who !== undefined && {who: options.who}),
			...(options.grouping !== undefined && {grouping: options.grouping}),
			...(options.history !== undefined && {history: options.history}),
		});
		await session.close();
		const exit = await running.exited;
		for (const warning of session.warnings) {
			process.stderr.write(`triage: warning: ${sanitizeLine(warning)}\n`);
		}

		const kept = session.logs.find(name => name !== '-');
		// pytest refused its command line or collected nothing: there is no run to record (`hasNoTest`) or to review,
		// and the kept log holds pytest's own words on why.
		const isNoTest =
			session.runs.length > 0 && session.runs.every(run => hasNoTest(run));
		process.stderr.write(
			kept === undefined
				? session.historyState === 'off'
					? 'triage: no terminal, so no review; the log was not kept (the history is off): `| tee run.log` keeps a copy\n'
					: 'triage: no terminal, so no review; the log was not kept (see the warning above): `| tee run.log` keeps a copy\n'
				: isNoTest
					? `triage: ${noTestWords(session.runs.at(-1)!)}, so no run was recorded; the log is kept as ${sanitizeLine(shownPath(kept))}\n`
					: `triage: no terminal, so no review: the log is kept as ${sanitizeLine(shownPath(kept))}; \`triage report\` or \`triage export\` reads it, \`triage\` in a terminal reviews it\n`,
		);
		return endedBy === undefined
			? exit.code
			: (signalExitCodes[endedBy] ?? exit.code);
	} catch (error) {
		const code = await commandFailure(live, {kind: 'command', argv}, error);
		if (code === undefined) {
			throw error;
		}

		return code;
	} finally {
		release();
	}
}
