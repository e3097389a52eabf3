/**
Temp files a triage killed outright (`kill -9`, out of memory) left beside the file it was writing: an export's
`.out.csv.PID.RANDOM.tmp`, a compaction's `.triage.jsonl.PID.RANDOM.tmp`. No signal handler runs on a kill -9, so
they stayed for good (QA 51: a 1 MB `.tmp` beside an export killed mid-write). The next triage that writes that
file removes those whose process is gone; a live one's (another triage writing the same file now) is left alone.
*/

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

/** Whether the process `pid` is still there (one that cannot be signalled is there too). */
export function isProcessAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** `.NAME.PID.RANDOM.tmp`, as triage names a temp file for NAME. */
function temporaryOf(name: string): RegExp {
	const escaped = name.replaceAll(/[\\^$.*+?()[\]{}|]/g, String.raw`\$&`);
	return new RegExp(String.raw`^\.${escaped}\.(\d+)\.[\da-f]{8}\.tmp$`);
}

/** Remove the temp files for `file` that triages no longer running left in its folder; quietly, whatever fails. */
export function removeStaleTemporaries(file: string): void {
	const folder = path.dirname(file);
	const pattern = temporaryOf(path.basename(file));
	let names: string[];
	try {
		names = fs.readdirSync(folder);
	} catch {
		return;
	}

	for (const name of names) {
		const pid = Number(pattern.exec(name)?.[1]);
		if (!pid || pid === process.pid || isProcessAlive(pid)) {
			continue;
		}

		try {
			fs.unlinkSync(path.join(folder, name));
		} catch {
			// Gone already, or not ours to remove (a read-only folder): it stays.
		}
	}
}
