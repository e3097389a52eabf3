/**
A decision made while a live run prints its tracebacks is signed with its failure's error once that is known. The
bytes come in chunks that end anywhere (pytest writes a pipe 8 KiB at a time), and the FAILURES entry a chunk cut
showed only its first lines: the decision got the signature of that piece of traceback and stayed "STALE ! the error
changed since" on every screen, for good (QA 42: `triage run -- python3 -m pytest -v` in tmux, decided while it ran,
and a teammate's `--follow` on the same log, both signed `Failed: i = <n>` for an `AssertionError`). The entry still
being read waits for the next one, or for the run's end.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {LiveProgress} from '../../source/live/live-review.js';
import {readLog} from '../../source/log/read.js';
import {addLateSignatures} from '../../source/review/late-signatures.js';
import {createReviewState} from '../../source/review/review-reducer.js';
import type {ReviewState} from '../../source/review/state.js';
import {openJournal} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';

const id = 'tests/test_main.py::test_setup_err';
const running: LiveProgress = {
	phase: 'running',
	bytes: 1,
	tests: 1,
	failures: 1,
	startedAt: 0,
};

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-entry-read-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

/** The demo suite's log cut after `lines` lines, reviewed live with a decision on test_setup_err awaiting its error. */
async function liveState(lines: number, live = running): Promise<ReviewState> {
	const text = fs.readFileSync('fixtures/pytest9/v/run.log', 'utf8');
	const file = path.join(folder, 'so-far.log');
	fs.writeFileSync(file, text.split('\n').slice(0, lines).join('\n') + '\n');
	const analysis = analyze([await readLog(file)]);
	const journal = openJournal(path.join(folder, 'triage.jsonl'), {
		now: () => new Date('2026-12-06T14:18:10Z'),
		create: true,
	});
	journal.decide({
		id,
		phase: 'setup',
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		run: '-',
	});
	const review = buildReview(analysis, journal.state());
	const row = review.rows.find(each => each.analyzed.failure.id === id)!;
	expect(row.decision).toBeDefined();
	return {
		...createReviewState({review}),
		live,
		awaitingError: new Set([row.key]),
	};
}

function signatures(state: ReviewState): unknown[] {
	return state.effects.flatMap(effect =>
		effect.type === 'addSignatures'
			? effect.signed.map(each => each.signature)
			: [],
	);
}

test('the entry a chunk cut is not signed with the piece of traceback read so far', async () => {
	// Up to `def broken_setup():`: the headline is not printed yet.
	const state = addLateSignatures(await liveState(53));
	expect(signatures(state)).toEqual([]);
	expect(state.awaitingError?.size).toBe(1);
});

test('it is signed with its whole error once the next entry starts, or the run has ended', async () => {
	const whole = analyze([await readLog('fixtures/pytest9/v/run.log')]);
	const cluster = whole.failures.find(each => each.failure.id === id)?.cluster;
	expect(cluster).toBeDefined();
	expect(signatures(addLateSignatures(await liveState(59)))).toEqual([cluster]);
	expect(
		signatures(
			addLateSignatures(await liveState(57, {...running, phase: 'ended'})),
		),
	).toEqual([cluster]);
});
