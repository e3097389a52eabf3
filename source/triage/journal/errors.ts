import type fs from 'node:fs';
import {fileSystemReason} from '../../files.js';

/** How the journal fails: one error type whose message names the file (and the line). */
export type JournalErrorCode =
	/** Not a triage journal: never written to. */
	| 'foreign'
	/** Written by a newer triage: never written to. */
	| 'newer'
	/** No journal at that path (compaction, undo: commands on the journal itself). */
	| 'missing'
	/** Another process holds the compaction lock. */
	| 'locked'
	/** This user may not write the file (compaction). */
	| 'readonly'
	/** The file was removed while open. */
	| 'removed'
	/** Any other file-system failure. */
	| 'io';

/** A journal that cannot be read or written; the message names the file (and the line). */
export class JournalError extends Error {
	readonly code: JournalErrorCode;
	readonly file: string;
	readonly line: number | undefined;
	/** What is wrong, without the name: for a message that names the file otherwise. */
	readonly reason: string;

	constructor(
		code: JournalErrorCode,
		file: string,
		line: number | undefined,
		message: string,
		options?: ErrorOptions,
	) {
		super(
			line === undefined
				? `${file}: ${message}`
				: `${file}:${line}: ${message}`,
			options,
		);
		this.name = 'JournalError';
		this.code = code;
		this.file = file;
		this.line = line;
		this.reason = message;
	}
}

/** There is no triage file at `file`: one line, for the commands that act on the journal itself. */
export function missingJournal(file: string, cause?: unknown): JournalError {
	return new JournalError(
		'missing',
		file,
		undefined,
		'no triage journal here',
		cause === undefined ? undefined : {cause},
	);
}

export function isErrorCode(error: unknown, ...codes: string[]): boolean {
	return (
		error instanceof Error &&
		'code' in error &&
		typeof error.code === 'string' &&
		codes.includes(error.code)
	);
}

export function ioError(file: string, error: unknown): JournalError {
	if (error instanceof JournalError) {
		return error;
	}

	const code =
		error instanceof Error && 'code' in error && typeof error.code === 'string'
			? error.code
			: undefined;
	const reason =
		fileSystemReason(error) ??
		(code === 'EISDIR'
			? 'is a folder, not a file'
			: code === 'ENOENT' || code === 'ENOTDIR'
				? 'its folder does not exist'
				: error instanceof Error
					? error.message
					: String(error));
	return new JournalError('io', file, undefined, reason, {cause: error});
}

/** The file-system error under a JournalError (which names some other file), or the error itself. */
export function causeOf(error: unknown): unknown {
	return error instanceof JournalError && error.cause !== undefined
		? error.cause
		: error;
}

/** Refuse what is not a regular file: a folder, a pipe or a device (whose open could block for ever). */
export function checkRegularFile(stat: fs.Stats, file: string): void {
	if (stat.isDirectory()) {
		throw new JournalError('io', file, undefined, 'is a folder, not a file');
	}

	if (!stat.isFile()) {
		throw new JournalError(
			'foreign',
			file,
			undefined,
			'is not a regular file (a pipe or a device): not a triage journal',
		);
	}
}
