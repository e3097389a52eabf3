/**
What went wrong with the SQLite history, in words a person can act on. SQLite's own words (`unable to open
database file`, `disk I/O error`, `attempt to write a readonly database`, `database or disk is full`) say
neither why nor what to do, and the system's (`EROFS: read-only file system, mkdir '/home/ada/…'`) name this
machine's paths: each is told as one line naming the file as the user would type it, and what to do.
*/

import fs from 'node:fs';
import path from 'node:path';
import {isPermissionDenied} from '../../files.js';
import {shownPath} from '../../shown-path.js';
import {HistoryError, type HistoryProblem} from './errors.js';

/** `error`, met opening or using the history at `file`, as a HistoryError of one line. */
export function historyErrorOf(
	file: string,
	error: unknown,
	options: {
		/** Opened (or opening) for reading only. */
		readonly isReadonly?: boolean;
		/** Met while opening it. */
		readonly isOpening?: boolean;
	} = {},
): HistoryError {
	if (error instanceof HistoryError) {
		return error;
	}

	const problem =
		problemOfCode(codeOf(error)) ??
		problemOnDisk(file, codeOf(error), options.isReadonly ?? false);
	const shown = shownPath(file);
	switch (problem) {
		case 'folder': {
			return new HistoryError(
				`${shown} is a folder, not a file: move it away and triage makes the history again`,
				problem,
			);
		}

		case 'damaged': {
			return new HistoryError(
				`${shown}: not a history triage can read (damaged, or not SQLite): it holds only what the logs said, so delete it and triage records runs afresh`,
				problem,
			);
		}

		case 'full': {
			return new HistoryError(
				`${shown}: cannot write (the disk is full): free some space on it, then run triage again`,
				problem,
			);
		}

		case 'read-only-disk': {
			return new HistoryError(
				`${shown}: cannot write (read-only file system): keep the triage file on a writable disk (--triage FILE)`,
				problem,
			);
		}

		case 'locked': {
			// SQLite's `database is locked` after its wait: another triage recording a large run, or a program
			// (sqlite3, a backup) holding a transaction open. Nothing is wrong with the file.
			return new HistoryError(
				`${shown}: locked by another process (another triage recording a run, or a program holding it open): try again once it is done`,
				problem,
			);
		}

		case 'permission': {
			return new HistoryError(
				`${shown}: cannot ${options.isOpening === true ? 'open' : options.isReadonly === true ? 'read' : 'write'} (permission denied)`,
				problem,
			);
		}

		case undefined: {
			return new HistoryError(
				options.isOpening === true
					? `${shown}: cannot open (${messageOf(error)})`
					: `${shown}: ${messageOf(error)}`,
			);
		}
	}
}

/** The first line of an error's message. */
export function messageOf(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]!;
}

function codeOf(error: unknown): string {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' ? code : '';
}

/** What an error's code alone says: the system's (`ENOSPC`) or SQLite's (`SQLITE_FULL`, `SQLITE_NOTADB`). */
function problemOfCode(code: string): HistoryProblem | undefined {
	if (isPermissionDenied({code})) {
		return 'permission';
	}

	if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
		return 'full';
	}

	if (code === 'EROFS') {
		return 'read-only-disk';
	}

	if (code === 'EISDIR') {
		return 'folder';
	}

	if (
		code === 'SQLITE_BUSY' ||
		code.startsWith('SQLITE_BUSY_') ||
		code === 'SQLITE_LOCKED' ||
		code.startsWith('SQLITE_LOCKED_')
	) {
		return 'locked';
	}

	if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
		return 'damaged';
	}

	return undefined;
}

/**
What SQLite's vaguer codes (cannot open, read-only, an I/O error) stand for, asked of the file system: the file
is a folder, or it or its folder (where SQLite writes its rollback journal) may not be read or written here.
*/
function problemOnDisk(
	file: string,
	code: string,
	isReadonly: boolean,
): HistoryProblem | undefined {
	if (
		!['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_PERM'].some(
			vague => code === vague || code.startsWith(`${vague}_`),
		)
	) {
		return undefined;
	}

	let stat: fs.Stats | undefined;
	try {
		stat = fs.statSync(file, {throwIfNoEntry: false});
	} catch (error) {
		return problemOfCode(codeOf(error));
	}

	if (stat?.isDirectory()) {
		return 'folder';
	}

	const checks: Array<[string, number]> = [
		...(stat ? [[file, fs.constants.R_OK] as [string, number]] : []),
		...(isReadonly
			? []
			: ([
					...(stat ? [[file, fs.constants.W_OK]] : []),
					[path.dirname(file), fs.constants.W_OK],
				] as Array<[string, number]>)),
	];
	for (const [target, mode] of checks) {
		try {
			fs.accessSync(target, mode);
		} catch (error) {
			const problem = problemOfCode(codeOf(error));
			if (problem !== undefined) {
				return problem;
			}
		}
	}

	return undefined;
}
