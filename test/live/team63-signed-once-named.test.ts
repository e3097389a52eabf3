/**
Team tour 63: on a team's store every live decision got two signature events: the `--follow`er signed it with the
`.partial` log's name as the tracebacks came, and `triage run`'s own review again once the run ended, to name the kept
log. The end state was right, but the store held two events for one decision. A live review now signs once the run's
log has its final name (a live run's `-` while it runs, a `.partial` another triage keeps): one event, with the
signature and the name.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {LiveProgress} from '../../source/live/live-review.js';
import {readLog} from '../../source/log/read.js';
import {addLateSignatures} from '../../source/review/late-signatures.js';
import {createReviewState} from '../../source/review/review-reducer.js';
import type {ReviewState} from '../../source/review/state.js';
import {openJournal} from '../../source/triage/journal.js';
import {buildReview, isErrorKnown} from '../../source/triage/review.js';

const failing = 'tests/sub/test_other.py::test_fail_assert';
const kept = '.triage/logs/run-2026-12-05T10-00-00-0123abcd.log';
const partial = '.triage/logs/.run-4242-1796665945875.partial';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-team63-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

/** The review of the whole demo log (its tracebacks printed) under `source`, a decision on `failing` awaiting them. */
async function awaitingState(
	source: string,
	live: Pick<LiveProgress, 'phase'>,
): Promise<ReviewState> {
	const run = await readLog('fixtures/pytest9/v/run.log');
	const analysis = analyze([{...run, source}]);
	const journal = openJournal(path.join(folder, 'triage.jsonl'), {
		now: () => new Date('2026-12-05T10:00:05Z'),
		create: true,
	});
	journal.decide({
		id: failing,
		phase: 'call',
		category: 'BUG',
		priority: 'HIGH',
		run: '-',
	});
	const review = buildReview(analysis, journal.state());
	const row = review.rows.find(each => each.analyzed.failure.id === failing)!;
	expect(isErrorKnown(row.analyzed.failure)).toBe(true);
	const progress: LiveProgress = {
		phase: live.phase,
		isNamedAtEnd: true,
		bytes: 1,
		tests: run.tests.length,
		failures: run.failures.length,
		startedAt: Date.parse('2026-12-05T10:00:00Z'),
	};
	return {
		...createReviewState({review}),
		live: progress,
		awaitingError: new Set([row.key]),
		awaitingRun: new Set([row.key]),
	};
}

function signatureEffects(state: ReviewState) {
	return state.effects.filter(effect => effect.type === 'addSignatures');
}

describe('a decision made while a live run printed no error yet', () => {
	test('is not signed while the run is `-`; once the log is named, one event signs and names it', async () => {
		const running = addLateSignatures(
			await awaitingState('-', {phase: 'running'}),
		);
		expect(signatureEffects(running)).toEqual([]);
		expect(running.awaitingError?.size).toBe(1);
		expect(running.awaitingRun?.size).toBe(1);

		// The run ended and its log is kept: the same reports, under the kept name.
		const named = addLateSignatures({
			...(await awaitingState(path.join(folder, kept), {phase: 'ended'})),
			awaitingError: running.awaitingError,
			awaitingRun: running.awaitingRun,
		});
		const [effect] = signatureEffects(named);
		expect(signatureEffects(named)).toHaveLength(1);
		expect(effect).toMatchObject({
			signed: [
				{
					decision: expect.objectContaining({id: failing, run: '-'}),
					signature: expect.any(String),
					run: path.join(folder, kept),
				},
			],
		});
		expect(named.awaitingError?.size).toBe(0);
	});

	test("is not signed by a follower while the log is another triage's `.partial`", async () => {
		for (const phase of ['running', 'ended'] as const) {
			const state = addLateSignatures(
				await awaitingState(path.join(folder, partial), {phase}),
			);
			expect(signatureEffects(state), phase).toEqual([]);
			expect(state.awaitingError?.size, phase).toBe(1);
		}
	});

	test('a live run that ends unnamed is signed as it ends; one never named (the history off) at once', async () => {
		const ended = addLateSignatures(await awaitingState('-', {phase: 'ended'}));
		expect(signatureEffects(ended)).toHaveLength(1);
		const running = await awaitingState('-', {phase: 'running'});
		const neverNamed = addLateSignatures({
			...running,
			live: {...running.live!, isNamedAtEnd: false},
		});
		expect(signatureEffects(neverNamed)).toHaveLength(1);
	});
});
