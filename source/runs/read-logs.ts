/**
Reading the logs a command was given: each log's sessions, its content hash (the history's key), and for
a log read from stdin, a copy kept in `.triage/logs/` so that it can be opened again. File access for
kept logs lives here.
*/

import {createHash, type Hash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileSystemReason} from '../files.js';
import {sanitizeLine} from '../log/sanitize.js';
import {LogError} from '../log/errors.js';
import type {FailureOutcome, Run} from '../log/model.js';
import {readLogSessions, type ReadOptions} from '../log/read.js';
import {shownPath} from '../shown-path.js';
import {ContentHash, type EarlierLog} from './content-hash.js';
import type {LogSessions} from './group.js';
import {ClockReader} from './run-clock.js';
import {
	keptLogOf,
	keptAfterKeeper,
	runningKeeperOf,
	salvageStrayPartials,
} from './stray-partials.js';
import {ensureHistoryFolder, type StoredLog} from './history/store.js';

export type ReadLogsOptions = {
	readonly logs: readonly string[];
	/** Where `-` reads from. */
	readonly stdin?: NodeJS.ReadableStream;
	/** A log read from this stream instead of being opened (`--follow`: the file as it is written). */
	readonly streams?: ReadonlyMap<string, NodeJS.ReadableStream>;
	/** `.triage/` beside the triage file: where a log from stdin is kept (when hashed). Undefined: not kept. */
	readonly keepIn?: string;
	/** What the kept copy of `-` is named after: `stdin` (a pipe, the default) or `run` (`triage run`'s command). */
	readonly keptAs?: 'stdin' | 'run';
	/**
	Hash each log's content, the run history's key (default true). False (`--no-history`, `import`): no hash
	and no `stored`, so a command without the history does none of its work.
	*/
	readonly hash?: boolean;
	/**
	Logs the history recorded lately: a log whose content begins with one of theirs is that log read further
	(`earlierReads`), the same session.
	*/
	readonly earlier?: readonly EarlierLog[];
	readonly now: () => Date;
	readonly onProgress?: (
		log: string,
		bytesRead: number,
		totalBytes: number | undefined,
	) => void;
	readonly onFailure?: (
		log: string,
		id: string,
		outcome: FailureOutcome,
	) => void;
	/** A log is read to its end and its run is made next (`ReadOptions.onRead`). */
	readonly onRead?: (log: string, bytes: number) => Promise<void> | void;
};

export type ReadLog = LogSessions & {
	/** The log as the history stores it; only when its content was hashed (`hash`). */
	readonly stored?: StoredLog;
	/**
	The `.partial` the log was read from, renamed since to `log` (absolute): stdin's copy kept, or a followed
	`.partial` of another triage, which kept it while it was read. Decisions made on it are named again.
	*/
	readonly renamedFrom?: string;
};

/** A log read with its content hashed (the default). */
export type HashedLog = ReadLog & {readonly stored: StoredLog};

export type ReadLogsResult<Log extends ReadLog = ReadLog> = {
	readonly logs: readonly Log[];
	/** One line each: a stdin log that could not be kept, say. */
	readonly warnings: readonly string[];
};

/**
Why stdin could not be kept, in the words the rest of triage uses (`read-only file system`, `no space left on
the device`), not Node's (`EROFS: read-only file system, mkdir '.triage'`); else the first line of its message.
*/
function keptFailure(error: unknown): string {
	return fileSystemReason(error) ?? (error as Error).message.split('\n')[0]!;
}

/** Where stdin's bytes go while they are read, then renamed by their hash. */
class KeptCopy {
	failure: string | undefined;
	readonly #folder: string;
	readonly #name: string;
	readonly #temporary: string;
	#fd: number | undefined;
	#isGzip: boolean | undefined;

	constructor(folder: string, name: string) {
		this.#folder = folder;
		this.#name = name;
		ensureHistoryFolder(path.dirname(folder));
		fs.mkdirSync(folder, {recursive: true});
		this.#temporary = path.join(
			folder,
			`.${name}-${process.pid}-${Date.now()}.partial`,
		);
		this.#fd = fs.openSync(this.#temporary, 'wx');
	}

	write(bytes: Uint8Array): void {
		if (this.#fd === undefined) {
			return;
		}

		this.#isGzip ??= bytes[0] === 0x1f && bytes[1] === 0x8b;
		try {
			fs.writeSync(this.#fd, bytes);
		} catch (error) {
			this.failure = keptFailure(error);
			this.abandon();
		}
	}

	/** The kept file's path, named by date and hash. */
	finish(hash: string, now: Date): string | undefined {
		if (this.#fd === undefined) {
			return undefined;
		}

		fs.fsyncSync(this.#fd);
		fs.closeSync(this.#fd);
		this.#fd = undefined;
		// The same log piped twice is kept once.
		const suffix = `-${hash.slice(0, 8)}.log${this.#isGzip ? '.gz' : ''}`;
		const existing = fs
			.readdirSync(this.#folder)
			.find(name => name.startsWith(`${this.#name}-`) && name.endsWith(suffix));
		if (existing !== undefined) {
			fs.rmSync(this.#temporary, {force: true});
			return path.join(this.#folder, existing);
		}

		const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
		const kept = path.join(this.#folder, `${this.#name}-${stamp}${suffix}`);
		fs.renameSync(this.#temporary, kept);
		return kept;
	}

	/** The `.partial` the copy is written to until `finish` names it. */
	get temporary(): string {
		return this.#temporary;
	}

	abandon(): void {
		if (this.#fd !== undefined) {
			try {
				fs.closeSync(this.#fd);
			} catch {
				// Already closed: nothing to do.
			}

			this.#fd = undefined;
		}

		try {
			fs.rmSync(this.#temporary, {force: true});
		} catch {
			// Left behind in .triage/logs/: a `.partial` name says what it is.
		}
	}
}

export {shownPath} from '../shown-path.js';

/** What a file triage writes begins with: given as a LOG, it is named for what it is. */
const ownFiles: ReadonlyArray<{readonly start: string; readonly hint: string}> =
	[
		{
			start: '{"triage":',
			hint: 'a triage file (the decisions), not a test log: name it with --triage FILE',
		},
		{
			start: 'File,Test Name,Status,',
			hint: 'a CSV from triage export, not a test log: triage import FILE.csv reads it back',
		},
	];

/** A file triage itself wrote, refused as a log, says what it is instead of "not a test log". */
function withFileHint(error: unknown, log: string): unknown {
	if (
		log === '-' ||
		!(error instanceof LogError) ||
		!error.message.includes(': not a test log')
	) {
		return error;
	}

	let start = '';
	try {
		const handle = fs.openSync(log, 'r');
		try {
			const buffer = Buffer.alloc(64);
			const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
			start = buffer
				.subarray(0, read)
				.toString('utf8')
				.replace(/^\uFEFF/, '');
		} finally {
			fs.closeSync(handle);
		}
	} catch {
		return error;
	}

	const own = ownFiles.find(file => start.startsWith(file.start));
	return own
		? new LogError(
				error.message.replace(/: not a test log.*$/, `: ${own.hint}`),
			)
		: error;
}

/** How long a follower waits for the triage writing a `.partial` to rename it, once both have read it to its end. */
const renameWait = 5000;

/**
Where a followed `.partial` is kept once read to its end: its triage renames it as soon as its own read ends,
which may come a moment after the follower's (pytest has yet to exit). Undefined when it is not renamed in time,
or that triage is gone.
*/
async function keptOnceRenamed(
	log: string,
	hash: string,
): Promise<string | undefined> {
	const deadline = Date.now() + renameWait;
	while (fs.existsSync(log)) {
		if (runningKeeperOf(log) === undefined || Date.now() > deadline) {
			return undefined;
		}

		await new Promise(resolve => {
			setTimeout(resolve, 50);
		});
	}

	return keptLogOf(log, hash);
}

/**
Two LOGs of one content (a copy, the log and its `.gz`): read as a run and a later run of the same tests, the run
was compared with itself and no failure showed as new (QA 41). Said as files/repeatedLogProblem says a file named
twice.
*/
export function sameContentProblem(first: string, again: string): string {
	const name = (log: string) => (log === '-' ? 'stdin' : sanitizeLine(log));
	return `${name(first)} and ${name(again)} hold the same log: each LOG is read once (a run given twice would be compared with itself)`;
}

/**
What a copy of `-` that could not be kept (`why`: where, and the reason) leaves the person without: a pipe's log
can be given again; `triage run`'s output exists nowhere else (QA 45: it said "stdin not kept").
*/
function notKeptWarning(
	keptAs: ReadLogsOptions['keptAs'],
	why: string,
): string {
	return keptAs === 'run'
		? `the run's output not kept ${why}: it cannot be reviewed again once this triage ends`
		: `stdin not kept ${why}: reopening it later needs the log again`;
}

/** Read every log given, in order. Throws LogError (one line) for a log that is not a test log. */
export async function readLogs(
	options: ReadLogsOptions & {readonly hash?: true},
): Promise<ReadLogsResult<HashedLog>>;
export async function readLogs(
	options: ReadLogsOptions,
): Promise<ReadLogsResult>;
export async function readLogs(
	options: ReadLogsOptions,
): Promise<ReadLogsResult> {
	const result: ReadLog[] = [];
	const warnings: string[] = [];
	const isHashed = options.hash ?? true;
	/** The first log of each content read so far: a copy (or the `.gz`) of a log given before is that log again. */
	const logOfHash = new Map<string, string>();
	for (const log of options.logs) {
		const content = isHashed ? new ContentHash(options.earlier) : undefined;
		// Without the history's hash, one of the content all the same when a copy can be among the logs given.
		const fingerprint =
			!isHashed && options.logs.length > 1 ? createHash('sha256') : undefined;
		// The hash of a gzipped log's bytes as stored: what earlier versions of triage keyed it by.
		let storedHash: Hash | undefined;
		let isFirstChunk = true;
		let kept: KeptCopy | undefined;
		// A kept copy is named by the hash.
		if (log === '-' && options.keepIn !== undefined && content) {
			warnings.push(...salvageStrayPartials(path.join(options.keepIn, 'logs')));
			try {
				kept = new KeptCopy(
					path.join(options.keepIn, 'logs'),
					options.keptAs ?? 'stdin',
				);
			} catch (error) {
				warnings.push(
					notKeptWarning(
						options.keptAs,
						`in ${options.keepIn} (${keptFailure(error)})`,
					),
				);
			}
		}

		// A `.partial` another triage is writing (its copy of a pipe, `--follow` on it): renamed when it is read to its end.
		const keeper = runningKeeperOf(log);
		const clock = new ClockReader();
		const readOptions: ReadOptions = {
			...(log === '-' && {stream: options.stdin ?? process.stdin}),
			...(options.streams?.has(log) && {stream: options.streams.get(log)!}),
			...(options.onProgress && {
				onProgress(read: number, total: number | undefined) {
					options.onProgress!(log, read, total);
				},
			}),
			...(options.onFailure && {
				onFailure(id: string, outcome: FailureOutcome) {
					options.onFailure!(log, id, outcome);
				},
			}),
			...(options.onRead && {
				async onRead(bytes: number) {
					await options.onRead!(log, bytes);
				},
			}),
			onContent(chunk: Uint8Array) {
				content?.update(chunk);
				fingerprint?.update(chunk);
				clock.update(chunk);
			},
			...(content && {
				onBytes(chunk: Uint8Array) {
					if (isFirstChunk) {
						isFirstChunk = false;
						if (chunk[0] === 0x1f && chunk[1] === 0x8b) {
							storedHash = createHash('sha256');
						}
					}

					storedHash?.update(chunk);
					kept?.write(chunk);
				},
			}),
		};
		let sessions: Run[];
		try {
			sessions = await readLogSessions(log, readOptions);
		} catch (error) {
			kept?.abandon();
			throw withFileHint(error, log);
		}

		const identity = content?.finish();
		const digest = identity?.hash;
		const contentKey = digest ?? fingerprint?.digest('hex');
		const first =
			contentKey === undefined ? undefined : logOfHash.get(contentKey);
		if (first !== undefined) {
			kept?.abandon();
			throw new LogError(sameContentProblem(first, log));
		}

		if (contentKey !== undefined) {
			logOfHash.set(contentKey, log);
		}

		let keptPath: string | undefined;
		if (kept) {
			try {
				keptPath = kept.finish(digest!, options.now());
			} catch (error) {
				kept.failure ??= keptFailure(error);
				kept.abandon();
			}

			if (kept.failure !== undefined) {
				warnings.push(notKeptWarning(options.keptAs, `(${kept.failure})`));
			}
		}

		// Followed to its end, the `.partial` is now the log its triage kept: named as it is from now on.
		const keptByOther =
			keeper !== undefined && digest !== undefined
				? await keptOnceRenamed(log, digest)
				: undefined;
		// That triage was ended before its run did (kill -9): no one else keeps the log and records the run (QA 52).
		const orphan =
			keeper !== undefined && keptByOther === undefined
				? keptAfterKeeper(log, keeper)
				: undefined;
		const keptHere = orphan && 'kept' in orphan ? orphan.kept : undefined;
		keptPath ??= keptByOther ?? keptHere;
		const renamedFrom =
			keptPath === undefined
				? undefined
				: path.resolve(
						keptByOther === undefined && keptHere === undefined
							? kept!.temporary
							: log,
					);
		const source = keptPath === undefined ? log : shownPath(keptPath);
		const finished = clock.finish();
		const {endedAt} = finished;
		result.push({
			log: source,
			...(keeper !== undefined && keptHere === undefined && {keeper}),
			...(orphan && 'failure' in orphan && {keeperGone: orphan.failure}),
			...(renamedFrom !== undefined && {renamedFrom}),
			clock: finished,
			sessions:
				keptPath || endedAt
					? sessions.map(session => ({
							...session,
							...(keptPath && {source}),
							...(endedAt && {endedAt}),
						}))
					: sessions,
			...(identity && {
				stored: {
					path: source,
					hash: identity.hash,
					bytes: identity.bytes,
					...(storedHash && {storedHash: storedHash.digest('hex')}),
					...(identity.earlierReads.length > 0 && {
						earlierReads: identity.earlierReads,
					}),
					...(keptPath !== undefined && {kept: path.resolve(keptPath)}),
				},
			}),
		});
	}

	return {logs: result, warnings};
}

/** A run's identity in the history: its logs' content hashes, and its session when a log holds several. */
export function runKey(run: Run, hashes: ReadonlyMap<string, string>): string {
	const sources = run.shards ?? [run.source];
	// Shards in any order are the same run.
	const parts = sources.map(source => hashes.get(source) ?? source).toSorted();
	return `${parts.join('+')}#${run.session ?? 1}`;
}

/**
The other keys a run may be recorded under, by what each log was read as: `legacy`, the key of a gzipped
log's bytes as stored (what triage recorded before a log's identity was its content); `earlier`, the keys
of earlier reads of its logs (cut short), the same session, which this run replaces.
*/
export function otherKeys(
	run: Run,
	logs: ReadonlyMap<string, StoredLog>,
): {legacy: string | undefined; earlier: string[]} {
	const sources = run.shards ?? [run.source];
	const stored = sources.map(source => logs.get(source));
	const session = run.session ?? 1;
	const legacy = stored.some(log => log?.storedHash !== undefined)
		? `${sources
				.map(
					(source, index) =>
						stored[index]?.storedHash ?? stored[index]?.hash ?? source,
				)
				.toSorted()
				.join('+')}#${session}`
		: undefined;
	// A run of shards replaces a shard read alone while it was written, as it replaces a shard read alone whole.
	const earlier = [
		...new Set(
			stored.flatMap(log =>
				(log?.earlierReads ?? []).map(hash => `${hash}#${session}`),
			),
		),
	];
	return {legacy, earlier};
}
