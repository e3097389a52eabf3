/**
Opening a file the user named, safely: only a regular file is read. A FIFO with no writer would block
the open (or the first read) forever, and a device such as `/dev/zero` never ends; both are refused
before a byte is read. Each caller turns the one-line problem into its own error type.
*/

import fs from 'node:fs';
import path from 'node:path';
import {sanitizeLine} from './log/sanitize.js';
import {shownPath} from './shown-path.js';

/** Why a file of this kind cannot be read as input, or undefined for a regular file. */
export function irregularKind(stat: fs.Stats): string | undefined {
	if (stat.isFile()) {
		return undefined;
	}

	if (stat.isDirectory()) {
		return 'is a directory, not a file';
	}

	if (stat.isFIFO()) {
		return 'is a named pipe (FIFO), not a regular file';
	}

	if (stat.isCharacterDevice() || stat.isBlockDevice()) {
		return 'is a device, not a regular file';
	}

	if (stat.isSocket()) {
		return 'is a socket, not a regular file';
	}

	return 'is not a regular file';
}

/** Whether `error` is the system refusing this user (EACCES, EPERM): the file or a folder above it may well exist. */
export function isPermissionDenied(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code === 'EACCES' || code === 'EPERM';
}

/**
What the system's error says in words, for the failures every write can meet: permission denied (EACCES,
EPERM), a full disk (ENOSPC), a read-only file system (EROFS). Undefined for any other error: each caller says
the rest in its own words (a missing folder, a folder where a file was meant).
*/
export function fileSystemReason(error: unknown): string | undefined {
	if (isPermissionDenied(error)) {
		return 'permission denied';
	}

	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code === 'ENOSPC'
		? 'no space left on the device'
		: code === 'EROFS'
			? 'read-only file system'
			: undefined;
}

/**
Why a named file could not be opened, in words and without its path: the caller names the file as the user
typed it (the system's message names it as resolved, this machine's absolute path, in its own words:
`EACCES: permission denied, open '/home/ada/…'`).
*/
export function unreadableReason(error: unknown): string {
	if (isPermissionDenied(error)) {
		return 'permission denied';
	}

	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT': {
			return 'no such file';
		}

		case 'ENOTDIR': {
			return 'a folder of its path is a file';
		}

		case 'EISDIR': {
			return 'is a directory, not a file';
		}

		case 'ELOOP': {
			return 'is a loop of symbolic links';
		}

		case 'ENXIO': {
			// What open(2) says of a UNIX socket (and of a device file with no device behind it).
			return 'is a socket, not a file';
		}

		default: {
			return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
		}
	}
}

/** A named file is not a regular file; the message is what is wrong with it (without the name). */
export class IrregularFileError extends Error {
	override name = 'IrregularFileError';
}

/**
Opens `file` for reading without ever blocking: O_NONBLOCK keeps the open of a FIFO from waiting for a
writer, and anything that is not a regular file is closed again and refused with IrregularFileError.
On a regular file O_NONBLOCK changes nothing. Other failures throw the usual errno errors.
*/
export function openRegularFile(file: string): {fd: number; stat: fs.Stats} {
	const fd = fs.openSync(
		file,
		fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0),
	);
	let stat: fs.Stats;
	try {
		stat = fs.fstatSync(fd);
	} catch (error) {
		fs.closeSync(fd);
		throw error;
	}

	const problem = irregularKind(stat);
	if (problem !== undefined) {
		fs.closeSync(fd);
		throw new IrregularFileError(problem);
	}

	return {fd, stat};
}

/**
The bytes of a regular file, refused (IrregularFileError) when it is anything else or longer than
`limit` bytes: a file that grows while read is cut at the limit and refused too.
*/
export function readRegularFile(file: string, limit: number): Buffer {
	const {fd, stat} = openRegularFile(file);
	try {
		if (stat.size > limit) {
			throw new IrregularFileError(
				`is too large (${stat.size} bytes; at most ${limit} are read)`,
			);
		}

		const chunks: Buffer[] = [];
		let total = 0;
		while (true) {
			const buffer = Buffer.alloc(Math.min(1 << 20, limit + 1 - total));
			const read = fs.readSync(fd, buffer, 0, buffer.length, null);
			if (read === 0) {
				break;
			}

			chunks.push(buffer.subarray(0, read));
			total += read;
			if (total > limit) {
				throw new IrregularFileError(`is too large (more than ${limit} bytes)`);
			}
		}

		return Buffer.concat(chunks, total);
	} finally {
		fs.closeSync(fd);
	}
}

/** The flags that name a file triage writes, or creates: the folder it goes in must exist. */
const writtenFileFlags = ['triage', 'out', 'json', 'csv', 'markdown'] as const;

/**
The first file a flag names in a folder that does not exist, said in one line (`--out nosuch/r.txt: the
folder nosuch does not exist`), or that is itself a folder (`--csv .: is a folder, not a file`); undefined
when there is none. triage makes no folder for such a file: a typo in a folder's name would write somewhere
unexpected (the history's `.triage/` made the missing folder, and the triage file went into it). Both are bad
usage (exit 2), told before anything is read.
*/
export function missingFolderProblem(
	flags: Partial<Record<(typeof writtenFileFlags)[number], unknown>>,
): string | undefined {
	for (const flag of writtenFileFlags) {
		const file = flags[flag];
		if (typeof file !== 'string' || file === '' || file === '-') {
			continue;
		}

		const problem = writtenFileProblem(file);
		if (problem !== undefined) {
			return `--${flag} ${sanitizeLine(file)}: ${problem}`;
		}
	}

	return undefined;
}

/**
`--triage ''` or `--rules ''` (a variable that was not set: `--triage "$TRIAGE_FILE"`), or `--triage -`: one line, exit 2. The empty
name read as the current folder: the report went on with the default triage file, `decide` said `: its folder does
not exist` (exit 1), `compact` that the folder was not a file, and `--rules ''` that `:` was a directory.
*/
export function emptyFileNameProblem(
	flags: Partial<Record<'triage' | 'rules', unknown>>,
): string | undefined {
	for (const flag of ['triage', 'rules'] as const) {
		if (flags[flag] === '') {
			return `--${flag} needs a FILE, got an empty name (see triage --help)`;
		}
	}

	// `-` is standard output for an export: a triage file named `-` in the current folder was never meant.
	return flags.triage === '-'
		? '--triage needs a FILE: - (standard input or output) cannot hold the decisions'
		: undefined;
}

/** How many links `writtenFileProblem` follows before it calls them a loop, as the system does (40). */
const maxLinks = 40;

/**
What keeps triage from writing `file`: its folder missing or a file, `file` a folder, a loop of symbolic links,
or a link to a file whose folder is missing (the shell's `>` writes through a link to no file yet, and so does
triage); undefined when nothing does. A link was said in the system's words (`ELOOP: too many symbolic links
encountered, open 'x'`, exit 1) or only when the first decision was saved (exit 1), where every other bad
path is bad usage (exit 2).
*/
function writtenFileProblem(file: string): string | undefined {
	let target = file;
	for (let links = 0; ; links++) {
		const folder = path.dirname(target);
		// The file's own folder as the user gave it; a link target's as they would type it from here.
		const shownFolder = sanitizeLine(
			target === file ? folder : shownPath(folder),
		);
		const through =
			target === file ? '' : `links to ${sanitizeLine(shownPath(target))}: `;
		let stat: fs.Stats | undefined;
		try {
			stat = fs.statSync(folder);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
				return `the folder ${shownFolder} is a loop of symbolic links`;
			}

			// A folder above it this user may not open: it may well exist.
			if (isPermissionDenied(error)) {
				return `${through}permission denied (the folder ${shownFolder} cannot be opened)`;
			}

			stat = undefined;
		}

		if (!stat?.isDirectory()) {
			return stat
				? `${through}${shownFolder} is a file, not a folder`
				: `${through}the folder ${shownFolder} does not exist (triage makes no folder: create it, or correct its name)`;
		}

		let link: fs.Stats | undefined;
		try {
			link = fs.lstatSync(target, {throwIfNoEntry: false});
		} catch (error) {
			if (isPermissionDenied(error)) {
				return `${through}permission denied (the folder ${shownFolder} cannot be opened)`;
			}

			throw error;
		}

		if (!link?.isSymbolicLink()) {
			return fs.statSync(target, {throwIfNoEntry: false})?.isDirectory()
				? `${through}is a folder, not a file`
				: undefined;
		}

		if (links === maxLinks) {
			return 'is a loop of symbolic links (each links on to the next, and none to a file)';
		}

		target = path.resolve(folder, fs.readlinkSync(target));
	}
}

function isSameFile(first: string, second: string): boolean {
	if (first === second) {
		return true;
	}

	try {
		// A link, a hard link or another spelling of one file: the same device and inode.
		const a = fs.statSync(first);
		const b = fs.statSync(second);
		return a.isFile() && a.dev === b.dev && a.ino === b.ino;
	} catch {
		return false;
	}
}

/**
Why a command must not write `target` (as typed): it is the triage file or one of the LOGs read, the files
that cannot be made again (a typo, `--out run.log`, wrote the report over the log). Undefined when it is
neither, or stdout (`-`). Told before the logs are read, as bad usage.
*/
export function overwriteProblem(options: {
	readonly target: string;
	readonly logs: readonly string[];
	readonly triagePath: string;
	readonly cwd: string;
	/** What would be written: `export`, `report`. */
	readonly what: string;
}): string | undefined {
	const {target, cwd} = options;
	if (target === '-') {
		return undefined;
	}

	const targetPath = path.resolve(cwd, target);
	const overwritten = isSameFile(targetPath, options.triagePath)
		? 'the triage file'
		: options.logs.some(
					log => log !== '-' && isSameFile(targetPath, path.resolve(cwd, log)),
			  )
			? 'a LOG'
			: undefined;
	return overwritten === undefined
		? undefined
		: `${sanitizeLine(target)}: refusing to overwrite ${overwritten} with the ${options.what}`;
}

/**
The first file named twice among the positional arguments, said in one line (`run.log and latest.log are one
log`), or undefined. Given twice, a log was read as a run and a later run of the same tests: compared with
itself, no failure showed as new. The same file is the same device and inode (a link, `./run.log`); a copy is
another file. What is not a regular file here (a command's word, `-`) is left to the command.
*/
export function repeatedLogProblem(
	input: readonly string[],
): string | undefined {
	const seen = new Map<string, string>();
	for (const argument of input) {
		let stat: fs.Stats;
		try {
			stat = fs.statSync(argument);
		} catch {
			continue;
		}

		if (!stat.isFile()) {
			continue;
		}

		const key = `${stat.dev}:${stat.ino}`;
		const first = seen.get(key);
		if (first !== undefined) {
			const named =
				first === argument
					? `${sanitizeLine(argument)} is named twice`
					: `${sanitizeLine(first)} and ${sanitizeLine(argument)} are one log`;
			return `${named}: each LOG is read once (a run given twice would be compared with itself)`;
		}

		seen.set(key, argument);
	}

	return undefined;
}
