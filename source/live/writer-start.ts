/**
When the run behind a followed log began: `triage --follow run.log` is often started after pytest, and the
header's elapsed time counted from then (0:02 at 42% of a run 8 s old). A log has no start time in it, and the
file's birth time is the first run's when a shell's `>` truncates yesterday's log; so the process writing the
file is asked instead. On Linux, /proc names the processes holding the file open for writing and when each
started; the earliest is the run (pytest, or the `tee` that started with it), unless it started well before the
file was made (a long-lived shell that did `exec > run.log`), or, when it truncated an older file (whose birth is
the older run's), long before another writer it started (that shell, idle until it started pytest). Elsewhere, or
when no writer is found (another user's, or the run has ended), the answer is undefined and the caller keeps its
own start.

Asking means looking at every open descriptor of every process this user may read: about 20 ms for 94
processes, but seconds as root on a host with thousands. So it is asked without blocking, after the review's
first frame, and the header's elapsed time moves back once the answer comes.
*/

import fs from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';

/** How long before a file's birth its writer may have started and still be the run, in ms (see `writerStartedAt`). */
const birthSlack = 2000;

/**
How long before another writer it started (a descendant) a writer may have started and still be the run, in ms: a
script's setup (`make test > run.log` building first) takes minutes; an idle shell, hours.
*/
const idleHolderGap = 10 * 60 * 1000;

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

/** A process's parent's pid, from its /proc/PID/stat line: field 4, counted after the command name. */
export function parentOf(stat: string): number | undefined {
	const parent = Number(
		stat.slice(stat.lastIndexOf(')') + 2).split(' ')[4 - 3],
	);
	return Number.isInteger(parent) && parent > 0 ? parent : undefined;
}

/** Whether a /proc/PID/fdinfo/FD text says the descriptor was opened for writing (O_WRONLY or O_RDWR). */
export function isOpenForWriting(fdinfo: string): boolean {
	const match = /^flags:\s*([0-7]+)$/m.exec(fdinfo);
	return match !== null && (Number.parseInt(match[1]!, 8) & 0o3) !== 0;
}

async function readText(file: string): Promise<string | undefined> {
	try {
		return await fs.readFile(file, 'utf8');
	} catch {
		return undefined;
	}
}

async function entries(folder: string): Promise<string[]> {
	try {
		return await fs.readdir(folder);
	} catch {
		return [];
	}
}

/** Whether `link` (a /proc/PID/fd entry) is the file `target` names, as its device and inode say. */
async function isSameFile(
	link: string,
	target: {readonly ino: number; readonly dev: number},
): Promise<boolean> {
	try {
		const stat = await fs.stat(link);
		return stat.ino === target.ino && stat.dev === target.dev;
	} catch {
		return false;
	}
}

/** Whether process `pid` holds `target` open for writing, its descriptors looked at in turn. */
async function isWriter(
	proc: string,
	pid: string,
	target: {readonly ino: number; readonly dev: number},
): Promise<boolean> {
	const fds = path.join(proc, pid, 'fd');
	for (const fd of await entries(fds)) {
		if (
			(await isSameFile(path.join(fds, fd), target)) &&
			isOpenForWriting(
				(await readText(path.join(proc, pid, 'fdinfo', fd))) ?? '',
			)
		) {
			return true;
		}
	}

	return false;
}

/** A process holding the file open for writing: its pid, its parent's and when it started, in ms since boot. */
type Writer = {
	readonly pid: number;
	readonly parent: number | undefined;
	readonly started: number;
};

/** The pids of `pid`'s ancestors, from its parent up (a few levels: a shell, make, a wrapper script). */
async function ancestorsOf(
	proc: string,
	parent: number | undefined,
): Promise<Set<number>> {
	const ancestors = new Set<number>();
	let pid = parent;
	while (
		pid !== undefined &&
		pid > 1 &&
		!ancestors.has(pid) &&
		ancestors.size < 32
	) {
		ancestors.add(pid);
		const stat = await readText(path.join(proc, String(pid), 'stat'));
		pid = stat === undefined ? undefined : parentOf(stat);
	}

	return ancestors;
}

/**
The writers that may be the run: not one that started well before the file was made (`earliestRun`, in ms
since boot), nor one that started long before a writer it started.
*/
async function runWriters(
	proc: string,
	writers: readonly Writer[],
	earliestRun: number,
	gap: number,
): Promise<Writer[]> {
	const born = writers.filter(writer => writer.started >= earliestRun);
	const idle = new Set<number>();
	for (const writer of born) {
		if (born.some(other => writer.started - other.started > gap)) {
			for (const ancestor of await ancestorsOf(proc, writer.parent)) {
				const held = born.find(other => other.pid === ancestor);
				if (held && writer.started - held.started > gap) {
					idle.add(ancestor);
				}
			}
		}
	}

	return born.filter(writer => !idle.has(writer.pid));
}

/** The processes holding a followed log open for writing, as /proc names them: each by its pid and start. */
export type LogWriters = {
	/** When the run began (the earliest writer that may be the run), in ms since the epoch; undefined when none may be. */
	readonly startedAt: number | undefined;
	/** Every process holding the file open for writing (the run's, and a shell's that did `exec > run.log`). */
	readonly writers: ReadonlyArray<{
		readonly pid: number;
		readonly started: number;
	}>;
};

/**
The processes that hold `file` open for writing, and when the earliest of them that may be the run started; undefined
when there is no /proc to ask, the file is not there, or `signal` aborts the asking (the review was left). `proc` and
`gap` (`idleHolderGap`) are for tests.
*/
export async function logWriters(
	file: string,
	proc = '/proc',
	signal?: AbortSignal,
	gap = idleHolderGap,
): Promise<LogWriters | undefined> {
	let target: {
		readonly ino: number;
		readonly dev: number;
		readonly birthtimeMs: number;
	};
	try {
		target = await fs.stat(file);
	} catch {
		return undefined;
	}

	// A writer that started well before the file was made is not the run: a long-lived shell that did
	// `exec > run.log` before starting pytest. A writer opens the file just after it starts (a shell's `>`
	// forks, then opens; `tee` opens at once), so a little before is the run. A file system that keeps no
	// birth time says 0, and then every writer counts.
	const earliestRun = target.birthtimeMs - birthSlack;

	const procStat = await readText(path.join(proc, 'stat'));
	const boot = procStat === undefined ? undefined : bootTimeOf(procStat);
	if (boot === undefined) {
		return undefined;
	}

	const writers: Writer[] = [];
	for (const pid of await entries(proc)) {
		if (signal?.aborted) {
			return undefined;
		}

		if (!/^\d+$/.test(pid) || Number(pid) === process.pid) {
			continue;
		}

		// A process at a time, each awaited: the review goes on answering keys meanwhile.
		const stat = (await isWriter(proc, pid, target))
			? await readText(path.join(proc, pid, 'stat'))
			: undefined;
		const started = stat === undefined ? undefined : startSinceBoot(stat);
		if (started !== undefined) {
			writers.push({pid: Number(pid), parent: parentOf(stat!), started});
		}
	}

	let earliest: number | undefined;
	for (const writer of await runWriters(
		proc,
		writers,
		earliestRun - boot,
		gap,
	)) {
		if (earliest === undefined || writer.started < earliest) {
			earliest = writer.started;
		}
	}

	return {
		startedAt: earliest === undefined ? undefined : boot + earliest,
		writers: writers.map(({pid, started}) => ({pid, started})),
	};
}

/**
When the earliest process that holds `file` open for writing started, in ms since the epoch; undefined when
none is found, there is no /proc to ask, or `signal` aborts the asking (the review was left). `proc` and `gap`
(`idleHolderGap`) are for tests.
*/
export async function writerStartedAt(
	file: string,
	proc = '/proc',
	signal?: AbortSignal,
	gap = idleHolderGap,
): Promise<number | undefined> {
	const found = await logWriters(file, proc, signal, gap);
	return found?.startedAt;
}

/** The process `pid` as a writer to watch (its start tells it from a later process given the same pid), if it is there. */
export async function processOf(
	pid: number,
	proc = '/proc',
): Promise<{pid: number; started: number} | undefined> {
	const stat = await readText(path.join(proc, String(pid), 'stat'));
	const started = stat === undefined ? undefined : startSinceBoot(stat);
	return started === undefined ? undefined : {pid, started};
}

/**
Whether process `writer.pid` still runs, and is the process that started then (not another given its pid since):
its /proc/PID/stat is there and says the same start.
*/
export async function isRunning(
	writer: {readonly pid: number; readonly started: number},
	proc = '/proc',
): Promise<boolean> {
	const stat = await readText(path.join(proc, String(writer.pid), 'stat'));
	return stat !== undefined && startSinceBoot(stat) === writer.started;
}

/**
When the triage keeping a `.partial` (`keeper`, its pid) started its command, in ms since the epoch: the earliest of
its children (the command, in a process group of its own), as /proc tells; undefined where it cannot tell (no /proc,
no child left). The triage itself started before (seconds before, over a slow store), and wrote the file only later.
*/
export async function keeperCommandStartedAt(
	keeper: number,
	proc = '/proc',
): Promise<number | undefined> {
	const procStat = await readText(path.join(proc, 'stat'));
	const boot = procStat === undefined ? undefined : bootTimeOf(procStat);
	const children = await readText(
		path.join(proc, String(keeper), 'task', String(keeper), 'children'),
	);
	if (boot === undefined || children === undefined) {
		return undefined;
	}

	let earliest: number | undefined;
	for (const pid of children.split(/\s+/).filter(Boolean)) {
		const stat = await readText(path.join(proc, pid, 'stat'));
		const started = stat === undefined ? undefined : startSinceBoot(stat);
		if (
			started !== undefined &&
			parentOf(stat!) === keeper &&
			(earliest === undefined || started < earliest)
		) {
			earliest = started;
		}
	}

	return earliest === undefined ? undefined : boot + earliest;
}
