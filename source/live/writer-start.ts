/**
When the run behind a followed log began: `triage --follow run.log` is often started after pytest, and the
header's elapsed time counted from then (0:02 at 42% of a run 8 s old). A log has no start time in it, and the
file's birth time is the first run's when a shell's `>` truncates yesterday's log; so the process writing the
file is asked instead. On Linux, /proc names the processes holding the file open for writing and when each
started; the earliest is the run (pytest, or the `tee` that started with it). Elsewhere, or when no writer is
found (another user's, or the run has ended), the answer is undefined and the caller keeps its own start.
*/

import fs from 'node:fs';
import path from 'node:path';

/** Linux's USER_HZ: /proc/PID/stat counts a process's start in these ticks since boot. */
const ticksPerSecond = 100;

/** The boot time in ms since the epoch, from /proc/stat's `btime` line (in seconds). */
export function bootTimeOf(procStat: string): number | undefined {
	const match = /^btime (\d+)$/m.exec(procStat);
	return match ? Number(match[1]) * 1000 : undefined;
}

/**
A process's start, in ms since boot, from its /proc/PID/stat line: field 22, counted after the command name,
which is in parentheses and may hold spaces and parentheses itself.
*/
export function startSinceBoot(stat: string): number | undefined {
	const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// The fields after the name start at field 3 (the state).
	const ticks = Number(rest[22 - 3]);
	return Number.isInteger(ticks) && ticks >= 0
		? (ticks * 1000) / ticksPerSecond
		: undefined;
}

/** Whether a /proc/PID/fdinfo/FD text says the descriptor was opened for writing (O_WRONLY or O_RDWR). */
export function isOpenForWriting(fdinfo: string): boolean {
	const match = /^flags:\s*([0-7]+)$/m.exec(fdinfo);
	return match !== null && (Number.parseInt(match[1]!, 8) & 0o3) !== 0;
}

function readText(file: string): string | undefined {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

function entries(folder: string): string[] {
	try {
		return fs.readdirSync(folder);
	} catch {
		return [];
	}
}

/** Whether `link` (a /proc/PID/fd entry) is the file `target` names, as its device and inode say. */
function isSameFile(link: string, target: fs.Stats): boolean {
	try {
		const stat = fs.statSync(link);
		return stat.ino === target.ino && stat.dev === target.dev;
	} catch {
		return false;
	}
}

/**
When the earliest process that holds `file` open for writing started, in ms since the epoch; undefined when
none is found or there is no /proc to ask. `proc` is for tests.
*/
export function writerStartedAt(
	file: string,
	proc = '/proc',
): number | undefined {
	let target: fs.Stats;
	try {
		target = fs.statSync(file);
	} catch {
		return undefined;
	}

	const procStat = readText(path.join(proc, 'stat'));
	const boot = procStat === undefined ? undefined : bootTimeOf(procStat);
	if (boot === undefined) {
		return undefined;
	}

	let earliest: number | undefined;
	for (const pid of entries(proc)) {
		if (!/^\d+$/.test(pid)) {
			continue;
		}

		const fds = path.join(proc, pid, 'fd');
		const isWriter = entries(fds).some(
			fd =>
				isSameFile(path.join(fds, fd), target) &&
				isOpenForWriting(readText(path.join(proc, pid, 'fdinfo', fd)) ?? ''),
		);
		const stat = isWriter ? readText(path.join(proc, pid, 'stat')) : undefined;
		const started = stat === undefined ? undefined : startSinceBoot(stat);
		if (
			started !== undefined &&
			(earliest === undefined || started < earliest)
		) {
			earliest = started;
		}
	}

	return earliest === undefined ? undefined : boot + earliest;
}
