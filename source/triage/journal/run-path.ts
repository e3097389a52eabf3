/**
The `run` a decision records: the log it was decided on, relative to the triage file's folder. Teams commit the
triage file, so a log named by this machine's absolute path (`triage /home/ada/repo/run.log`) or from
another folder (`triage --triage ../triage.jsonl run.log`) is written as the same name from wherever the
file is read: `run.log`, `logs/run.log`, `.triage/logs/….log`. Journals written before kept the name as
typed (absolute, or relative to the folder triage ran in); readers take either, since nothing but people
read the field.
*/
import fs from 'node:fs';
import path from 'node:path';
import type {JournalEvent} from './events.js';

/** How runs of shards are named (`merge.ts`'s `shardsName`): each shard's log, joined. */
const shardSeparator = ' + ';

/**
`run`, a log named from `cwd` (or shards joined by ` + `), named from the folder of the journal at
`journalPath` with `/` between folders. `-` (stdin still being read) and an empty name stay as they are.
*/
export function runFromJournal(
	run: string,
	journalPath: string,
	cwd: string = process.cwd(),
): string {
	return eachLog(run, cwd, log => fromFolder(log, journalPath, cwd));
}

/**
An older line's `run` written again (an undo restoring it, a compaction or a signature carrying it): an
absolute log named from the journal's folder, as a new decision's is, when it is below that folder or on this
machine; another machine's log outside it (a shared file or store) by its file name alone, as no path from
here leads to it. A relative one stays as written: whether it was named from the journal's folder (as now)
or from wherever triage ran then (before), the line does not say, and either reads as before.
*/
export function runRewritten(
	run: string,
	journalPath: string,
	cwd: string = process.cwd(),
): string {
	return eachLog(run, cwd, log => {
		if (!path.isAbsolute(log)) {
			return log;
		}

		const named = fromFolder(log, journalPath, cwd);
		return named.startsWith('../') && !fs.existsSync(log)
			? path.basename(log)
			: named;
	});
}

/**
`run` as a team's store names it for everyone (`store/shared-names.ts`): each log below the journal's folder named
from it (`run.log`, `logs/run.log`, `.triage/logs/….log`), one outside it by its file name alone: no path of this
machine leads anyone else to it, and its folders are nobody else's business.
*/
export function runShared(
	run: string,
	journalPath: string,
	cwd: string = process.cwd(),
): string {
	return eachLog(run, cwd, log => sharedName(log, journalPath, cwd));
}

/**
An older line's `run` as a team's store writes it again (an undo restoring it, a signature carrying it): as
`runShared` names it, whether an absolute log of this or another machine, or a relative one outside the folder
(`../run.log`, as a store wrote decisions before it named them as its history does) by its file name alone.
A relative one below the folder stays as written: it is already the store's name.
*/
export function runSharedRewritten(
	run: string,
	journalPath: string,
	cwd: string = process.cwd(),
): string {
	return eachLog(run, cwd, log => {
		if (path.isAbsolute(log)) {
			return sharedName(log, journalPath, cwd);
		}

		return isOutside(log) ? path.posix.basename(log) : log;
	});
}

/** `event` as a journal at `journalPath` writes it again: its `run` as `runRewritten` names it. */
export function withRunRewritten<Event extends JournalEvent>(
	event: Event,
	journalPath: string,
	cwd: string = process.cwd(),
): Event {
	return withRun(event, run => runRewritten(run, journalPath, cwd));
}

/** `event` as a team's store writes it again: its `run` as `runSharedRewritten` names it. */
export function withRunShared<Event extends JournalEvent>(
	event: Event,
	journalPath: string,
	cwd: string = process.cwd(),
): Event {
	return withRun(event, run => runSharedRewritten(run, journalPath, cwd));
}

function withRun<Event extends JournalEvent>(
	event: Event,
	rename: (run: string) => string,
): Event {
	if (event.t !== 'decide' || event.run === undefined) {
		return event;
	}

	const run = rename(event.run);
	return run === event.run ? event : {...event, run};
}

/** Whether a name from the journal's folder leads out of it (`..`, `../run.log`). */
function isOutside(named: string): boolean {
	return named === '..' || named.startsWith('../');
}

/** One log, named from `cwd`, as `runShared` names it. */
function sharedName(log: string, journalPath: string, cwd: string): string {
	const named = fromFolder(log, journalPath, cwd);
	return isOutside(named) || path.isAbsolute(named)
		? path.basename(log)
		: named;
}

/** `log`, named from `cwd`, named from the folder of the journal at `journalPath`. */
function fromFolder(log: string, journalPath: string, cwd: string): string {
	if (log === '-') {
		return log;
	}

	const folder = path.dirname(path.resolve(cwd, journalPath));
	return (
		path.relative(folder, path.resolve(cwd, log)).split(path.sep).join('/') ||
		'.'
	);
}

/** `run` with each of its logs (one, or shards joined by ` + `) mapped by `map`. */
function eachLog(
	run: string,
	cwd: string,
	map: (log: string) => string,
): string {
	if (run === '' || run === '-') {
		return run;
	}

	if (!run.includes(shardSeparator)) {
		return map(run);
	}

	return logsOf(run, cwd)
		.map(log => map(log))
		.join(shardSeparator);
}

/**
The logs a run's name joins with ` + `. A log's own name may hold ` + ` (`a + b.log`, or shards `a + b.log + c.log`):
the name is split where each part is a log that is there (from `cwd`), the whole name first; where no split finds
them all (an older line, another machine's logs), at every ` + `.
*/
function logsOf(run: string, cwd: string): string[] {
	const parts = run.split(shardSeparator);
	const isThere = (from: number, to: number) =>
		fs.existsSync(
			path.resolve(cwd, parts.slice(from, to).join(shardSeparator)),
		);
	const failedFrom = new Set<number>();
	// The logs of parts[from…], each one that is there, or undefined.
	const split = (from: number): string[] | undefined => {
		if (from === parts.length) {
			return [];
		}

		if (failedFrom.has(from)) {
			return undefined;
		}

		for (let to = from + 1; to <= parts.length; to++) {
			const rest = isThere(from, to) ? split(to) : undefined;
			if (rest !== undefined) {
				return [parts.slice(from, to).join(shardSeparator), ...rest];
			}
		}

		failedFrom.add(from);
		return undefined;
	};

	return isThere(0, parts.length) ? [run] : (split(0) ?? parts);
}
