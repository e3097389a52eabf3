/**
A run's reports as the history stores them: the node id of each report as one list (stored once for
every run that has the same), one byte per report, and rows for what a byte cannot say (reruns, re-run
sessions). Plain data in, plain data out; no map of every test, which a 500,000-test log cannot afford.
*/

import {createHash} from 'node:crypto';
import zlib from 'node:zlib';
import type {Outcome, Phase, Run} from '../../log/model.js';
import {moreBit, outcomeCodes, phaseShift} from './schema.js';

/** A report a run's byte per report does not hold. */
export type ExtraReport = {
	/** The report's place in the list (for a re-run session: the test's first report). */
	readonly testIndex: number;
	readonly phase: number;
	readonly attempt: number;
	readonly outcome: number;
	readonly reruns: number;
};

export type EncodedRun = {
	/** The node id of each report, in log order (a test with two reports is there twice). */
	readonly ids: readonly string[];
	/** sha1 of the joined list: runs with the same reports in the same order share one. */
	readonly listHash: string;
	/** The ids joined by newlines: what `packList` stores. */
	readonly listText: string;
	readonly outcomes: Uint8Array;
	readonly extras: readonly ExtraReport[];
	/** Each failure's place in the list, in the order of `run.failures`. */
	readonly failureIndexes: readonly number[];
	/** Milliseconds per report, little-endian uint32 (0xFFFFFFFF: none), when the log printed any. */
	readonly durations: Buffer | undefined;
};

const noDuration = 0xff_ff_ff_ff;
const failedCode = outcomeCodes.failed;
const errorCode = outcomeCodes.error;

/**
The outcome's code. A switch, not a lookup in `outcomeCodes`: the parser's outcome strings are not
internalized, and a property lookup by one hashes it first (a third of this module's time on 500,000 tests).
*/
function outcomeCode(outcome: Outcome): number {
	switch (outcome) {
		case 'passed': {
			return 0;
		}

		case 'failed': {
			return 1;
		}

		case 'error': {
			return 2;
		}

		case 'skipped': {
			return 3;
		}

		case 'xfailed': {
			return 4;
		}

		case 'xpassed': {
			return 5;
		}
	}
}

function phaseCode(phase: Phase): number {
	switch (phase) {
		case 'call': {
			return 0;
		}

		case 'setup': {
			return 1;
		}

		case 'teardown': {
			return 2;
		}

		case 'collect': {
			return 3;
		}
	}
}

function reportKey(id: string, phase: number): string {
	return `${phase}\u0000${id}`;
}

export function encodeRun(run: Run): EncodedRun {
	const ids: string[] = [];
	const codes = new Uint8Array(
		run.tests.length + run.failures.length + (run.retries?.length ?? 0),
	);
	const extras: ExtraReport[] = [];
	// Only failing reports and re-run tests are looked up by id: a few of the many.
	const failing = new Map<string, number>();
	const retried = new Set<string>((run.retries ?? []).map(retry => retry.id));
	const firstOf = new Map<string, number>();
	let durations: number[] | undefined;
	const {tests} = run;
	for (let index = 0; index < tests.length; index++) {
		const test = {
			id: tests.idAt(index),
			outcome: tests.outcomeAt(index),
			phase: tests.phaseAt(index),
			duration: tests.durationAt(index),
		};
		const at = ids.length;
		const outcome = outcomeCode(test.outcome);
		const phase = phaseCode(test.phase);
		const reruns = tests.rerunsAt(index) ?? 0;
		ids.push(test.id);
		codes[at] = outcome | (phase << phaseShift) | (reruns > 0 ? moreBit : 0);
		if (reruns > 0) {
			extras.push({testIndex: at, phase, attempt: 0, outcome, reruns});
		}

		if (outcome === failedCode || outcome === errorCode) {
			const key = reportKey(test.id, phase);
			if (!failing.has(key)) {
				failing.set(key, at);
			}
		}

		// Hashing every id to look it up costs more than the rest of this loop: only when there are retries.
		if (retried.size > 0 && retried.has(test.id) && !firstOf.has(test.id)) {
			firstOf.set(test.id, at);
		}

		if (test.duration !== undefined) {
			durations ??= [];
			durations[at] = Math.min(
				noDuration - 1,
				Math.round(test.duration * 1000),
			);
		}
	}

	const failureIndexes = run.failures.map(failure => {
		const phase = phaseCode(failure.phase);
		const key = reportKey(failure.id, phase);
		let at = failing.get(key);
		if (at === undefined) {
			// A failure the progress lines missed (a -q log's summary) still counts as a report.
			at = ids.length;
			ids.push(failure.id);
			codes[at] = outcomeCode(failure.outcome) | (phase << phaseShift);
			failing.set(key, at);
		}

		if (retried.has(failure.id) && !firstOf.has(failure.id)) {
			firstOf.set(failure.id, at);
		}

		return at;
	});

	for (const retry of run.retries ?? []) {
		let at = firstOf.get(retry.id);
		if (at === undefined) {
			at = ids.length;
			ids.push(retry.id);
			// Not in the run itself: a skipped place, so the run's counts stay its own.
			codes[at] = outcomeCodes.skipped;
			firstOf.set(retry.id, at);
		}

		codes[at]! |= moreBit;
		extras.push({
			testIndex: at,
			phase: phaseCode(retry.phase),
			attempt: retry.attempt,
			outcome: outcomeCode(retry.outcome),
			reruns: retry.reruns ?? 0,
		});
	}

	const joined = ids.join('\n');
	let durationBytes: Buffer | undefined;
	if (durations) {
		const array = new Uint32Array(ids.length).fill(noDuration);
		for (const [at, value] of durations.entries()) {
			if (value !== undefined) {
				array[at] = value;
			}
		}

		durationBytes = Buffer.from(
			array.buffer,
			array.byteOffset,
			array.byteLength,
		);
	}

	return {
		ids,
		listHash: createHash('sha1').update(joined).digest('hex'),
		listText: joined,
		outcomes: codes.slice(0, ids.length),
		extras,
		failureIndexes,
		durations: durationBytes,
	};
}

/** The list as stored: deflated (fast level: a 500,000-test list is 40 MB of text). */
export function packList(listText: string): Buffer {
	return zlib.deflateRawSync(listText, {level: 1});
}

export function unpackList(bytes: Uint8Array): string[] {
	const text = zlib.inflateRawSync(bytes).toString('utf8');
	return text === '' ? [] : text.split('\n');
}
