/**
The review's start (`triage [LOG…]`, `triage run`, `--follow`): the logs named are checked before anything is
drawn, a CI job's `triage run` runs without the screen, and the review itself (`review.tsx`) gets the
preferences and the exit code a signal gives.
*/
import fs from 'node:fs';
import process from 'node:process';
import {createPrefs, sayPrefsWarning} from '../prefs.js';
import type {LiveInput} from '../live/live-run.js';
import {drawAscii, wantsAscii} from '../ui/ascii.js';
import {showAsciiOnly} from '../log/ascii-text.js';
import type {SessionOptions} from '../session.js';
import {UsageError} from '../usage-error.js';
import {LogError} from '../log/errors.js';
import {describeError} from '../log/log-bytes.js';
import {signalExitCodes} from '../end-signals.js';
import {
	endAsSignalled,
	followFolderProblem,
	isWrittenLater,
} from './review-live.js';
import {review} from './review.js';

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
	/** A run still being written: a command to start, a file to follow, or the pipe on stdin. */
	readonly live?: LiveInput;
	/** `--store URL`: decisions and history on a team's PostgreSQL. */
	readonly store?: string;
	/** `--who NAME`: who decides, on a store. */
	readonly who?: string;
};

export async function startReview(options: StartOptions): Promise<number> {
	// A log that cannot be opened is the first thing to say, terminal or not, in the reader's words.
	for (const log of options.logs) {
		if (log !== '-') {
			try {
				fs.accessSync(log, fs.constants.R_OK);
			} catch (error) {
				if (!isWrittenLater(log, options.live, error)) {
					throw new LogError(
						followFolderProblem(log, options.live, error) ??
							describeError(log, error),
					);
				}
			}
		}
	}

	// A CI job's `triage run -- pytest`: the tests run and their log is kept all the same, without the review.
	if (!process.stdout.isTTY && options.live?.kind === 'command') {
		const {runWithoutTerminal} = await import('./run-without-terminal.js');
		return runWithoutTerminal(options.live.argv, options);
	}

	if (!process.stdout.isTTY) {
		throw new UsageError(
			'the review needs a terminal; use `triage report` or `triage export`',
		);
	}

	if (wantsAscii(process.env)) {
		drawAscii(process.stdout);
		showAsciiOnly();
	}

	const prefs = createPrefs(
		options.prefsCwd === undefined ? {} : {cwd: options.prefsCwd},
	);
	// A live run ended by a signal exits as a process that signal ended, once its run is recorded.
	const endedBy: {signal?: NodeJS.Signals} = {};
	try {
		const code = await review(options, prefs, endedBy);
		endAsSignalled(endedBy.signal);
		return endedBy.signal === undefined
			? code
			: (signalExitCodes[endedBy.signal] ?? code);
	} finally {
		sayPrefsWarning(prefs);
	}
}
