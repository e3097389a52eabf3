/**
Where a live run's bytes come from, and what quitting does to it: a command triage started
(`triage run -- pytest …`), a file another process is writing (`--follow`), or a pipe (`pytest … |
triage -`). Each gives the session a stream, tapped by the live review on the way; each says what
quitting before the end means (the command is interrupted and its run recorded; a pipe is read no further,
and what came so far is kept and recorded the same way; a followed file is left alone, nothing recorded).
*/

import process from 'node:process';
import type {Run} from '../log/model.js';
import type {DecisionJournal} from '../triage/journal.js';
import type {AnalyzeOptions} from '../classify/analyze.js';
import type {RuleSet} from '../classify/rules/types.js';
import {findCodeowners} from '../codeowners.js';
import {runningKeeperOf} from '../runs/stray-partials.js';
import {startCommand, type ChildExit, type RunningCommand} from './child.js';
import {followFile} from './follow.js';
import {contextLookup, type LiveHistory} from './live-context.js';
import {LiveReview} from './live-review.js';
import {WriterWatch} from './writer-gone.js';
import {keeperCommandStartedAt, logWriters, processOf} from './writer-start.js';

export type LiveInput =
	| {readonly kind: 'pipe'; readonly stream?: NodeJS.ReadableStream}
	| {readonly kind: 'follow'; readonly file: string}
	| {readonly kind: 'command'; readonly argv: readonly string[]};

export type LiveRunOptions = {
	readonly ruleSet: RuleSet;
	readonly journal: DecisionJournal;
	/** The history the session records the run in (`.triage/` beside the triage file, or the store), when it is used. */
	readonly history?: LiveHistory;
	readonly now: () => Date;
	readonly outageThreshold?: number;
	/** `--follow` on a file not there yet: called with true while it is waited for, false once it is there. */
	readonly onWaiting?: (isWaiting: boolean) => void;
	/** A command's run started already (`startLiveCommand`), while a team's store's decisions were read. */
	readonly started?: RunningCommand;
};

export type LiveRun = {
	readonly review: LiveReview;
	/** What `openSession` reads: its logs, and the stream for one of them. */
	readonly logs: readonly string[];
	readonly stdin?: NodeJS.ReadableStream;
	readonly streams?: ReadonlyMap<string, NodeJS.ReadableStream>;
	/** The command's exit, once it has exited (undefined for a file or a pipe). */
	readonly exited: Promise<ChildExit> | undefined;
	/** The last line the command printed (undefined for a file or a pipe, or when it printed none). */
	readonly lastLine?: () => string | undefined;
	/**
	The person quit before the run ended: true when the session should still finish (and record). `say` gets a
	line to show when a command is slow to stop.
	*/
	stopEarly(say?: (line: string) => void): Promise<boolean>;
};

/** The repository's CODEOWNERS for a run, looked up once per rootdir (its warnings wait for the session). */
function ownersLookup(): (run: Run) => AnalyzeOptions['owners'] {
	const found = new Map<string, AnalyzeOptions['owners']>();
	return run => {
		const {rootdir} = run.header;
		const key = rootdir ?? '';
		if (!found.has(key)) {
			const codeowners = findCodeowners({
				...(rootdir !== undefined && {rootdir}),
				cwd: process.cwd(),
			});
			found.set(
				key,
				codeowners && !('problem' in codeowners) ? codeowners : undefined,
			);
		}

		return found.get(key);
	};
}

function reviewOf(
	options: LiveRunOptions,
	source: string,
	name?: string,
	followed?: string,
): LiveReview {
	const {history} = options;
	const lookup =
		history && contextLookup(history, source, followed, options.now);
	return new LiveReview({
		source,
		...(name !== undefined && {name}),
		// A command's or a pipe's log is kept, and named, where the history is used.
		...(source === '-' && history !== undefined && {isNamedAtEnd: true}),
		// A follower of another triage's `.partial` records nothing: that triage records the run.
		...(history !== undefined &&
			(followed === undefined || runningKeeperOf(followed) === undefined) && {
				isRecordedAtEnd: true,
			}),
		ruleSet: options.ruleSet,
		journal: options.journal,
		ownersFor: ownersLookup(),
		...(options.outageThreshold !== undefined && {
			outageThreshold: options.outageThreshold,
		}),
		...(lookup && {
			contextFor: lookup.contextFor,
			async closeContext() {
				await lookup.close();
			},
		}),
	});
}

/**
The chunks of `source` until `signal` aborts, then its end, though the writer goes on (a pipe whose reader
quit): a chunk that was still awaited is dropped.
*/
export async function* untilAborted(
	source: AsyncIterable<Uint8Array>,
	signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
	const iterator = source[Symbol.asyncIterator]();
	const aborted = new Promise<undefined>(resolve => {
		signal.addEventListener(
			'abort',
			() => {
				resolve(undefined);
			},
			{once: true},
		);
	});
	while (!signal.aborted) {
		const next = await Promise.race([iterator.next(), aborted]);
		if (next === undefined || next.done === true) {
			return;
		}

		yield next.value;
	}
}

/** A live run's command started: unbuffered, so that each line arrives as pytest prints it. */
export function startLiveCommand(argv: readonly string[]): RunningCommand {
	return startCommand(argv, {env: {...process.env, PYTHONUNBUFFERED: '1'}});
}

/** Sets up the live input; a command is started here, unless it was already (`options.started`). */
export function startLiveRun(
	input: LiveInput,
	options: LiveRunOptions,
): LiveRun {
	switch (input.kind) {
		case 'command': {
			// The header names the command, not the stdin its output reaches the reader as.
			const review = reviewOf(options, '-', input.argv.join(' '));
			const running = options.started ?? startLiveCommand(input.argv);
			// Started before the review (once a team's store took us, its decisions read after): the clock counts from
			// the command's start, as a follower of its `.partial` counts (team tour 65).
			review.startedBefore(running.startedAt);
			return {
				review,
				logs: ['-'],
				stdin: review.tap(running.output as AsyncIterable<Uint8Array>),
				async stopEarly(say) {
					await running.stop(
						undefined,
						say &&
							(() => {
								say(
									`waiting for ${input.argv[0]!} to stop (interrupted as Ctrl-C would); Ctrl-C again kills it`,
								);
							}),
					);
					return true;
				},
				exited: running.exited,
				lastLine: running.lastLine,
			};
		}

		case 'follow': {
			// The run may have begun well before triage was started to follow it.
			const review = reviewOf(options, input.file, undefined, input.file);
			const controller = new AbortController();
			// Writers that end before pytest's final line (killed) end the log as it is, as a pipe's does (QA 51).
			const writers = new WriterWatch(input.file, {signal: controller.signal});
			// A `triage run`'s `.partial` names the triage writing it: watched at once. /proc's scan below, a process at a
			// time, may not reach it before it is killed on a busy machine, and then the log said RUNNING for ever.
			const keeper = runningKeeperOf(input.file);
			if (keeper !== undefined) {
				void processOf(keeper).then(writer => {
					if (writer) {
						writers.found([writer]);
					}
				});
				// Its run began when it started the command, as its own header counts (team tour 65: the follower's
				// clock counted from when following began, 20 s behind, the triage having made the file after the
				// store answered, too late for it to be taken for the run's start).
				void keeperCommandStartedAt(keeper).then(at => {
					if (at !== undefined) {
						review.startedBefore(at);
					}
				});
			}

			// Found without blocking the first frame; the header's elapsed time moves back when it is.
			void logWriters(input.file, undefined, controller.signal).then(
				found => {
					if (found?.startedAt !== undefined && keeper === undefined) {
						review.startedBefore(found.startedAt);
					}

					if (found !== undefined) {
						writers.found(found.writers);
					}
				},
				() => undefined,
			);
			const bytes = followFile(input.file, {
				signal: controller.signal,
				isFinished() {
					if (review.hasFinalLine()) {
						return true;
					}

					if (!writers.hasEnded) {
						return false;
					}

					// The final line may have come last, not read yet: the writer ended as pytest does.
					if (!review.hasFinalLineArrived()) {
						review.noteOnce('its writer ended before pytest’s final line');
					}

					return true;
				},
				onIdle() {
					writers.idle();
				},
				...(options.onWaiting && {onWaiting: options.onWaiting}),
				// Else the header says RUNNING for ever over a log nobody may write to again (QA 45). The header names
				// the log already: its path again pushed the note past the line's end (QA 46).
				onGone() {
					review.noteOnce('log removed or replaced (q leaves)');
				},
			});
			return {
				review,
				logs: [input.file],
				streams: new Map([[input.file, review.tap(bytes)]]),
				async stopEarly() {
					controller.abort();
					return false;
				},
				exited: undefined,
			};
		}

		case 'pipe': {
			const review = reviewOf(options, '-');
			const stream = input.stream ?? process.stdin;
			const controller = new AbortController();
			return {
				review,
				logs: ['-'],
				stdin: review.tap(
					untilAborted(stream as AsyncIterable<Uint8Array>, controller.signal),
				),
				// The pipe is not read again: what came so far ends the log, kept and recorded as `triage run`'s.
				async stopEarly() {
					controller.abort();
					return true;
				},
				exited: undefined,
			};
		}
	}
}
