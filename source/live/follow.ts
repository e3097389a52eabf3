/**
Following a log another process is still writing (`triage --follow run.log`, as `tail -f` does): its
bytes as they are written, chunk by chunk, until the reader says it has what it needs (pytest's final
line) or the caller stops it. A change is noticed through fs.watch (inotify) at once, and by a short
poll where the file system gives no events. A file not there yet (triage started before pytest) is waited
for the same way, in its folder.
*/

import fs from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {IrregularFileError, irregularKind} from '../files.js';

export type FollowOptions = {
	/** Aborting ends the bytes at once, as an end of file would. */
	readonly signal?: AbortSignal;
	/** Asked at each end of file: true ends the following (the run's final line has been read). */
	readonly isFinished?: () => boolean;
	/** How often to look for new bytes when no change event comes, in ms. */
	readonly pollMs?: number;
	/** Called while waiting at the end of the file (for a "waiting for the log" status). */
	readonly onIdle?: () => void;
	/**
	Called with true when the file is not there yet and is waited for, then with false once it is open (not
	called when it is there from the start).
	*/
	readonly onWaiting?: (isWaiting: boolean) => void;
	/**
	Called once, at an end of the file, when its name no longer names the file being read: removed (`rm`, a cleanup)
	or replaced (another run's log renamed over it). What is still written to the file read is followed on.
	*/
	readonly onGone?: () => void;
};

const chunkSize = 1024 * 1024;

/** The file was truncated or replaced while it was followed: what was read no longer matches it. */
export class FollowError extends Error {
	override name = 'FollowError';
}

/** Resolves at the next change of `file`, after `pollMs`, or when `signal` aborts, whichever is first. */
async function nextChange(
	file: string,
	pollMs: number,
	signal: AbortSignal | undefined,
): Promise<void> {
	const local = new AbortController();
	const stop = () => {
		local.abort();
	};

	signal?.addEventListener('abort', stop, {once: true});
	let watcher: fs.FSWatcher | undefined;
	try {
		await new Promise<void>(resolve => {
			local.signal.addEventListener(
				'abort',
				() => {
					resolve();
				},
				{once: true},
			);
			try {
				watcher = fs.watch(file, {persistent: false}, stop);
				watcher.on('error', stop);
			} catch {
				// No inotify here (or the file went away): the poll alone notices changes.
			}

			sleep(pollMs, undefined, {signal: local.signal}).then(stop, () => {
				// Aborted: resolved by the abort listener above.
			});
		});
	} finally {
		watcher?.close();
		signal?.removeEventListener('abort', stop);
	}
}

/** Whether `file` no longer names the file `opened` (removed, or another file renamed over it). */
async function isGone(file: string, opened: fs.Stats): Promise<boolean> {
	try {
		const now = await fs.promises.stat(file);
		return now.ino !== opened.ino || now.dev !== opened.dev;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
}

/** `file` opened once it exists (waiting in its folder for it to appear), or undefined when `signal` aborts first. */
async function openWhenThere(
	file: string,
	pollMs: number,
	options: FollowOptions,
): Promise<fs.promises.FileHandle | undefined> {
	let isWaiting = false;
	while (!options.signal?.aborted) {
		try {
			// O_NONBLOCK: the open of a FIFO does not wait for a writer; only a regular file is followed.

			const handle = await fs.promises.open(
				file,
				fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0),
			);
			if (isWaiting) {
				options.onWaiting?.(false);
			}

			return handle;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
				throw error;
			}
		}

		if (!isWaiting) {
			isWaiting = true;
			options.onWaiting?.(true);
		}

		// A file created in the folder is a change of the folder.

		await nextChange(path.dirname(file), pollMs, options.signal);
	}

	return undefined;
}

/**
Yields the bytes of `file` from its start, then each write to it as it happens, until `isFinished`
says so at an end of file or `signal` aborts. A file not there yet is waited for (`onWaiting`). Refuses
what is not a regular file (as every read does), and throws FollowError when the file shrinks under it.
*/
export async function* followFile(
	file: string,
	options: FollowOptions = {},
): AsyncGenerator<Uint8Array> {
	const pollMs = options.pollMs ?? 100;
	const handle = await openWhenThere(file, pollMs, options);
	if (handle === undefined) {
		return;
	}

	const opened = await handle.stat();
	const problem = irregularKind(opened);
	if (problem !== undefined) {
		await handle.close();
		throw new IrregularFileError(problem);
	}

	let position = 0;
	let hasGone = false;
	try {
		while (!options.signal?.aborted) {
			const buffer = Buffer.allocUnsafe(chunkSize);

			const {bytesRead} = await handle.read(buffer, 0, chunkSize, position);
			if (bytesRead > 0) {
				position += bytesRead;
				yield buffer.subarray(0, bytesRead);
				continue;
			}

			if (options.isFinished?.()) {
				return;
			}

			const {size} = await handle.stat();
			if (size < position) {
				// The reader names the file (`run.log: truncated …`): the message does not again.
				throw new FollowError(
					'truncated while followed: what was read is kept',
				);
			}

			if (options.onGone && !hasGone && (await isGone(file, opened))) {
				hasGone = true;
				options.onGone();
			}

			options.onIdle?.();

			await nextChange(file, pollMs, options.signal);
		}
	} finally {
		await handle.close();
	}
}
