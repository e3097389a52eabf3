/**
What recording a run writes, decided once for the SQLite history (`sqlite-record.ts`, synchronous, inside a
better-sqlite3 transaction) and a team's store (`store/record-run.ts`: each step answered from what one query read,
its writes sent in one more): a run recorded once, the runs it replaces (an earlier read of its log, its shards read
alone) and its rows. The flow asks its store one step at a time (`RecordingSteps`); each store only executes them.
*/

import type {Run} from '../../log/model.js';
import type {Recorded} from './api.js';
import {encodeRun, type EncodedRun, type ExtraReport} from './encode.js';
import {runRowValues, type RunRecord, type StoredLog} from './records.js';

/** An error row: node id, signature, headline, crash path, crash line. */
export type ErrorRow = readonly [
	string,
	string,
	string,
	string | null,
	number | null,
];

/** A failure row of the run: its report's place in the test list, its signature. */
export type FailureRow = readonly [number, string];

/** A run that shares a log with the one being recorded, and its logs (earlier reads left out). */
export type SharingRun = {
	readonly run: number;
	readonly logs: readonly number[];
};

/** What recording a run asks of a store, each within the transaction that records it. */
export type RecordingSteps = {
	/** The id of the run recorded under `key`. */
	runOf(key: string): number | undefined;
	/** The logs linked to a run, earlier reads included. */
	logsOf(run: number): readonly number[];
	/** When a run was recorded (`recorded_at`), if it is there. */
	recordedAtOf(run: number): string | undefined;
	/** Forget a run's rows. */
	forget(run: number): void;
	/** The id of a log, added when new. */
	addLog(log: StoredLog, at: string): number;
	/** The runs of `session` read from any of `logs` (not as an earlier read). */
	runsSharing(logs: readonly number[], session: number): readonly SharingRun[];
	/** The id of a run's test list, added when new. */
	testList(encoded: EncodedRun): number;
	/** Add a row of `runs` (`runColumns`), at `place` when it takes a forgotten run's; its id. */
	addRun(values: readonly unknown[], place: number | undefined): number;
	/** Link logs to a run: [position, log id], below 0 for an earlier read. */
	linkLogs(run: number, links: ReadonlyArray<readonly [number, number]>): void;
	addReports(run: number, extras: readonly ExtraReport[]): void;
	/** Errors (by test and signature, the latest headline wins; a row may repeat one) and the run's failures. */
	addFailures(
		run: number,
		errors: readonly ErrorRow[],
		failures: readonly FailureRow[],
	): void;
};

/**
Record a run once on a synchronous store (in the caller's transaction): a key already recorded changes nothing.
`encoded` is the run as stored, when the caller encoded it already (a team's store reads its test list first).
*/
export function recordWith(
	steps: RecordingSteps,
	record: RunRecord,
	now: () => Date,
	encoded?: EncodedRun,
): Recorded {
	const flow = recording(record, now, encoded);
	let next = flow.next();
	while (!next.done) {
		next = flow.next(perform(steps, next.value));
	}

	return next.value;
}

/** One step the flow asks for: a method of `RecordingSteps` and its arguments. */
type Step = {
	readonly name: keyof RecordingSteps;
	readonly args: readonly unknown[];
};

function perform(steps: RecordingSteps, step: Step): unknown {
	return Reflect.apply(steps[step.name], steps, step.args);
}

/** Ask the store for one step; its answer. */
function* ask<Name extends keyof RecordingSteps>(
	name: Name,
	...args: Parameters<RecordingSteps[Name]>
): Generator<Step, ReturnType<RecordingSteps[Name]>, unknown> {
	const step: Step = {name, args};
	return (yield step) as ReturnType<RecordingSteps[Name]>;
}

function* recording(
	record: RunRecord,
	now: () => Date,
	given: EncodedRun | undefined,
): Generator<Step, Recorded, unknown> {
	const existing = yield* ask('runOf', record.key);
	if (existing !== undefined) {
		return {id: existing, isNew: false};
	}

	// An earlier read of this run's log (cut short) is the same session: this run takes its place.
	// Their logs stay linked to it as earlier reads (`findRead`), at places below 0.
	const replaced: number[] = [];
	// When the runs it replaces were recorded: it takes their place in time too, unless its log says when it ran
	// (runs are read oldest first by that time, not by id: `oldestFirst` in schema.ts, `ranAt` below).
	const times: string[] = [];
	const earlierReads = new Set<number>();
	for (const key of record.replaces ?? []) {
		const id = yield* ask('runOf', key);
		if (id !== undefined) {
			replaced.push(id);
			for (const logId of yield* ask('logsOf', id)) {
				earlierReads.add(logId);
			}

			times.push(...(yield* timeOf(id)));
			yield* ask('forget', id);
		}
	}

	const {run} = record;
	const at = now().toISOString();
	const logIds: number[] = [];
	for (const log of record.logs) {
		logIds.push(yield* ask('addLog', log, at));
	}

	const isReadFurther = replaced.length > 0;
	// A run read from some of its logs before (a shard, a log without its JUnit XML) is this run: its place too.
	const parts = yield* dropPartsOf(logIds, run.session ?? 1);
	replaced.push(...parts.runs);
	times.push(...parts.times);
	const place = replaced.length > 0 ? Math.min(...replaced) : undefined;
	const encoded = given ?? encodeRun(run);
	const listId = yield* ask('testList', encoded);
	const runId = yield* ask(
		'addRun',
		runRowValues(
			record,
			ranAt(run, times, at, record.notAfter),
			listId,
			encoded,
		),
		place,
	);
	const links: Array<readonly [number, number]> = logIds.map(
		(logId, position) => [position, logId],
	);
	for (const [index, logId] of [...earlierReads]
		.filter(logId => !logIds.includes(logId))
		.entries()) {
		links.push([-1 - index, logId]);
	}

	yield* ask('linkLogs', runId, links);
	if (encoded.extras.length > 0) {
		yield* ask('addReports', runId, encoded.extras);
	}

	const errors: ErrorRow[] = [];
	const failures: FailureRow[] = [];
	for (const [position, item] of run.failures.entries()) {
		const signature = record.signatureOf(item);
		errors.push([
			item.id,
			signature,
			item.headline,
			item.location?.path ?? null,
			item.location?.line ?? null,
		]);
		failures.push([encoded.failureIndexes[position]!, signature]);
	}

	if (failures.length > 0) {
		yield* ask('addFailures', runId, errors, failures);
	}

	return {
		id: runId,
		isNew: true,
		...(isReadFurther && {isReadFurther: true}),
		...(parts.runs.length > 0 && {replacedParts: parts.runs}),
	};
}

/**
A run of several logs replaces what was recorded of the same session before from some of its logs only (the
first shard, read while the others were still running; a console log read without its JUnit XML): their ids.
*/
function* dropPartsOf(
	logIds: readonly number[],
	session: number,
): Generator<Step, {runs: number[]; times: string[]}, unknown> {
	const runs: number[] = [];
	const times: string[] = [];
	if (logIds.length < 2) {
		return {runs, times};
	}

	const mine = new Set(logIds);
	for (const other of yield* ask('runsSharing', logIds, session)) {
		if (other.logs.every(log => mine.has(log))) {
			times.push(...(yield* timeOf(other.run)));
			yield* ask('forget', other.run);
			runs.push(other.run);
		}
	}

	return {runs, times};
}

/**
A run's place in time (`recorded_at`, by which the history orders runs: `oldestFirst` in schema.ts): when it
ended where its log says, never after it is recorded (a clock ahead, a zone guessed wrong); else the place of
the runs it replaces, or now, but before a run read after it ended (`notAfter`: a console log given before
yesterday's JUnit XML stays the older run, a millisecond before it, also when the XML was recorded first). A log
of last week recorded today, or one copied from CI, is not the newest run.
*/
function ranAt(
	run: Run,
	replaced: readonly string[],
	now: string,
	notAfter: string | undefined,
): string {
	// ISO times in UTC sort as text.
	if (run.endedAt !== undefined) {
		return [run.endedAt, now].toSorted()[0]!;
	}

	const at = replaced.toSorted()[0] ?? now;
	if (notAfter === undefined) {
		return at;
	}

	const before = new Date(Date.parse(notAfter) - 1).toISOString();
	return [at, before].toSorted()[0]!;
}

/** When a run was recorded, as a list of none or one. */
function* timeOf(run: number): Generator<Step, string[], unknown> {
	const at = yield* ask('recordedAtOf', run);
	return at === undefined ? [] : [at];
}
