/** How triage names a file of its own in what it says: as the user would type it from here. */
import path from 'node:path';
import process from 'node:process';

/** A path as the user would type it from here: relative below the current folder, otherwise as given. */
export function shownPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative !== '' &&
		!relative.startsWith('..') &&
		!path.isAbsolute(relative)
		? relative
		: file;
}

/** How the screen names a log: its file's name, or `stdin` for the `-` a pipe is read as. */
export function logName(source: string): string {
	return source === '-' ? 'stdin' : path.basename(source);
}
