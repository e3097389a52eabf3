/**
What a command's flags say about the session it opens: how its logs group into runs, whether the history is
used, the outage threshold, and which logs to open when none is given. session.ts opens it.
*/
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import type {Prefs} from './prefs.js';
import {lastOpened} from './runs/history/use.js';
import type {SessionOptions} from './session.js';
import {nameOfStore} from './store/url.js';
import {UsageError} from './usage-error.js';

/** The flags that say how logs group into runs and whether the history is used. */
export type GroupingFlags = {
	/** `--shards`: the logs are shards of one run. */
	readonly shards?: boolean;
	/** `--runs`: the logs are successive runs. */
	readonly runs?: boolean;
	/** `--no-history` makes it false: neither read nor record the run history. */
	readonly history?: boolean;
};

/** How the logs group into runs, and whether the history is used, from the flags and `TRIAGE_HISTORY=off`. */
export function groupingOptions(
	flags: GroupingFlags,
): Pick<SessionOptions, 'grouping' | 'history'> {
	if (flags.shards && flags.runs) {
		throw new UsageError('--shards and --runs contradict each other: pass one');
	}

	const isOff =
		flags.history === false ||
		/^(?:0|off|false|no)$/i.test(process.env['TRIAGE_HISTORY'] ?? '');
	return {
		grouping: flags.shards ? 'shards' : flags.runs ? 'runs' : 'auto',
		...(isOff && {history: false}),
	};
}

/** `--outage-threshold`: a share, so a number from 0 to 1; anything else is bad usage, never ignored. */
export function checkOutageThreshold(value: number | undefined): void {
	if (value === undefined) {
		return;
	}

	if (!Number.isFinite(value) || value < 0 || value > 1) {
		throw new UsageError(
			`--outage-threshold takes a number between 0 and 1 (a share of the tests, such as 0.5); got ${Number.isNaN(value) ? 'something that is not a number' : String(value)}`,
		);
	}
}

/**
The logs to open: those given, else the ones last opened with this triage file (kept by prefs).
Throws UsageError with what to pass when there are none.
*/
export function logsToOpen(
	logs: readonly string[],
	prefs: Pick<Prefs, 'getResume'>,
	triagePath: string,
	useHistory = true,
	/** The team's store in effect, asked only for the message: the logs are remembered per triage file all the same. */
	storeOf?: () => string | undefined,
	/** The command the logs are for (`report`), so that the example given runs it, not the review. */
	command?: 'report' | 'export' | 'decide',
): string[] {
	if (logs.length > 0) {
		return [...logs];
	}

	// Any command that read logs left them in the history; the review's resume state is the fallback.
	const previous =
		(useHistory ? lastOpened(triagePath) : undefined) ??
		prefs.getResume(triagePath)?.logs ??
		[];
	const existing = previous.filter(log => fs.existsSync(log));
	if (existing.length === 0) {
		const relative = path.relative(process.cwd(), triagePath) || triagePath;
		// Decisions on a team's store: the triage file, which a store does not use, means nothing to the reader.
		const store = storeOf?.();
		const where =
			store === undefined
				? relative
				: `the store ${nameOfStore(store)} from ${path.dirname(relative) === '.' ? 'this folder' : path.dirname(relative)}`;
		// `triage report` told to run `triage run.log` would open the review instead.
		const example =
			command === undefined
				? '`triage run.log`'
				: `\`triage ${command} run.log${command === 'report' ? '' : ' …'}\``;
		throw new UsageError(
			previous.length === 0
				? `no LOG given and none was opened with ${where} before: pass one, e.g. ${example}${command === undefined ? ' or `pytest -v | triage -`' : ''}`
				: `no LOG given, and the logs last opened with ${where} are gone (${previous.join(', ')}): pass one, e.g. ${example}`,
		);
	}

	// Stored absolute; shown (and exported) as the user would type them from here.
	return existing.map(log => {
		const relative = path.relative(process.cwd(), log);
		return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
			? relative
			: log;
	});
}
