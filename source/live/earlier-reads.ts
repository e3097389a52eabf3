/**
A followed log's earlier reads: logs the history recorded lately (someone ran `triage report run.log` while
pytest was still writing it) that the file, as it is on disk now, begins with. They are this session cut
short, not an earlier run: the live review leaves them out of the runs it compares with, as the session
does when it records the whole log.
*/

import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import {ContentHash, type EarlierLog} from '../runs/content-hash.js';
import {recentLogsIn} from '../runs/history/use.js';

const chunkSize = 1024 * 1024;

export function earlierReadsOf(
	file: string,
	historyFolder: string,
	now: () => Date,
): string[] {
	return earlierReadsAmong(file, recentLogsIn(historyFolder, now));
}

/** `earlierReadsOf` among the logs a history recorded lately (`recentLogs`: the SQLite's, or a store's). */
export function earlierReadsAmong(
	file: string,
	recent: readonly EarlierLog[],
): string[] {
	const size = fs.statSync(file, {throwIfNoEntry: false})?.size ?? 0;
	const earlier = recent.filter(log => log.bytes <= size);
	const longest = Math.max(0, ...earlier.map(log => log.bytes));
	if (longest === 0) {
		return [];
	}

	let fd: number | undefined;
	try {
		fd = fs.openSync(file, 'r');
		const hash = new ContentHash(earlier);
		const buffer = Buffer.alloc(chunkSize);
		let read = 0;
		while (read < longest) {
			const count = fs.readSync(fd, buffer, 0, chunkSize, read);
			if (count === 0) {
				break;
			}

			// A gzipped log's earlier reads are told by its content once it is read whole.
			if (read === 0 && buffer[0] === 0x1f && buffer[1] === 0x8b) {
				return [];
			}

			hash.update(buffer.subarray(0, count));
			read += count;
		}

		return hash.readsSoFar();
	} catch {
		// Not there yet, or not readable: the follower says so; nothing to leave out.
		return [];
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}
	}
}
