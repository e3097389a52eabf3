/**
What to say when the logs were read but their runs could not be recorded on a team's store (it went away while
pytest ran): that the log was read, that the store does not have the run, and the command that records it once
the store is back, naming the log triage kept (a `triage run` or stdin log is only in `.triage/logs/`).
*/
import path from 'node:path';
import type {ReadLog} from '../runs/read-logs.js';
import {nameOfStore} from './url.js';

/** A path as a shell reads it: quoted when it holds anything but plain characters. */
function shellWord(word: string): string {
	return /^[\w./@:%+,=-]+$/.test(word)
		? word
		: `'${word.replaceAll("'", String.raw`'\''`)}'`;
}

/** A path as the user would type it from `cwd`: relative when inside it. */
function shownPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
		? relative
		: file;
}

/** The logs to record: each one's kept copy when triage kept one (stdin, `triage run`), else the log given. */
export function logsToRecord(
	logs: ReadonlyArray<Pick<ReadLog, 'log' | 'stored'>>,
	cwd: string,
): string[] {
	return logs
		.map(log => log.stored?.kept ?? log.log)
		.filter(log => log !== '-')
		.map(log => shownPath(path.resolve(cwd, log), cwd));
}

/** How `notRecordedOnStore`'s line starts. */
const notRecordedStart =
	'the log was read, but its run is not recorded on the store';

/** Whether a session's warning is `notRecordedOnStore`'s. */
export function isNotRecordedOnStore(warning: string): boolean {
	return warning.startsWith(notRecordedStart);
}

/** One line: the log was read, the run is not on the store (why), and how to record it. */
export function notRecordedOnStore(
	url: string,
	problem: string,
	logs: readonly string[],
): string {
	const firstLine = problem.split('\n')[0]!;
	const how =
		logs.length === 0
			? 'record the log again once the store is back (triage record --help)'
			: `record it once the store is back: triage record --store ${shellWord(nameOfStore(url))} ${logs.map(log => shellWord(log)).join(' ')}`;
	return `${notRecordedStart} (${firstLine}); ${how}`;
}
