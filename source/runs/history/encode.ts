/**
A run's tests as the history stores them: its node ids as one list (stored once for every run that has
the same), one byte per test, and rows for what a byte cannot say. Plain data in, plain data out.
*/

import {createHash} from 'node:crypto';
import zlib from 'node:zlib';
import type {Run} from '../../log/model.js';
import {moreBit, outcomeCodes, phaseCodes, phaseShift} from './schema.js';

/** A report a run's byte per test does not hold. */
export type ExtraReport = {
	readonly testIndex: number;
	readonly phase: number;
	readonly attempt: number;
	readonly outcome: number;
	readonly reruns: number;
};

export type EncodedRun = {
	/** Node ids in the order the run first met them. */
	readonly ids: readonly string[];
	/** Where each id is in `ids`. */
	readonly index: ReadonlyMap<string, number>;
	/** sha1 of the joined list: runs with the same tests in the same order share one. */
	readonly listHash: string;
	/** The ids joined by newlines: what `packList` stores. */
	readonly listText: string;
	readonly outcomes: Uint8Array;
	readonly extras: readonly ExtraReport[];
	/** Milliseconds per test, little-endian uint32 (0xFFFFFFFF: none), when the log printed any. */
	readonly durations: Buffer | undefined;
};

const noDuration = 0xff_ff_ff_ff;

export function encodeRun(run: Run): EncodedRun {
	const index = new Map<string, number>();
	const ids: string[] = [];
	const add = (id: string) => {
		let at = index.get(id);
		if (at === undefined) {
			at = ids.length;
			index.set(id, at);
			ids.push(id);
		}

		return at;
	};

	for (const test of run.tests) {
		add(test.id);
	}

	for (const failure of run.failures) {
		add(failure.id);
	}

	for (const retry of run.retries ?? []) {
		add(retry.id);
	}

	const outcomes = new Uint8Array(ids.length);
	const isSet = new Uint8Array(ids.length);
	const extras: ExtraReport[] = [];
	let durations: Uint32Array | undefined;
	const report = (
		id: string,
		outcome: number,
		phase: number,
		reruns: number,
		attempt: number,
	) => {
		const at = index.get(id)!;
		if (attempt === 0 && isSet[at] === 0 && reruns === 0) {
			outcomes[at] = outcome | (phase << phaseShift);
			isSet[at] = 1;
			return;
		}

		if (attempt === 0 && isSet[at] === 0) {
			outcomes[at] = outcome | (phase << phaseShift);
			isSet[at] = 1;
		}

		outcomes[at]! |= moreBit;
		extras.push({testIndex: at, phase, attempt, outcome, reruns});
	};

	for (const test of run.tests) {
		report(
			test.id,
			outcomeCodes[test.outcome],
			phaseCodes[test.phase],
			test.reruns ?? 0,
			0,
		);
		if (test.duration !== undefined) {
			durations ??= new Uint32Array(ids.length).fill(noDuration);
			durations[index.get(test.id)!] = Math.min(
				noDuration - 1,
				Math.round(test.duration * 1000),
			);
		}
	}

	for (const failure of run.failures) {
		// A failure the progress lines missed (a -q log's summary) still counts as a result.
		if (isSet[index.get(failure.id)!] === 0) {
			report(
				failure.id,
				outcomeCodes[failure.outcome],
				phaseCodes[failure.phase],
				0,
				0,
			);
		}
	}

	for (const retry of run.retries ?? []) {
		report(
			retry.id,
			outcomeCodes[retry.outcome],
			phaseCodes[retry.phase],
			retry.reruns ?? 0,
			retry.attempt,
		);
	}

	const joined = ids.join('\n');
	return {
		ids,
		index,
		listHash: createHash('sha1').update(joined).digest('hex'),
		listText: joined,
		outcomes,
		extras,
		durations: durations
			? Buffer.from(
					durations.buffer,
					durations.byteOffset,
					durations.byteLength,
				)
			: undefined,
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
