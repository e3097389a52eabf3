/**
A live review's decisions are made on run `-` until its log is kept and named. One whose error never came (a pipe
left with `q` before pytest printed its tracebacks, `pytest -v | triage -`) kept run `-` for good: the log was kept
(`.triage/logs/stdin-….log`) but the triage file never said the decision was made on it, since only a decision
whose signature was added got the run's name (QA 32, real pytest piped into the built CLI in tmux). The same in the
open review, for a run read to its end whose failure shows no error (a progress line and nothing after it).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {signaturesOnLeaving} from '../../source/live/signed-on-leaving.js';
import {readLog} from '../../source/log/read.js';
import {addLateSignatures} from '../../source/review/late-signatures.js';
import {createReviewState} from '../../source/review/review-reducer.js';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {buildReview, isErrorKnown} from '../../source/triage/review.js';

const failing = 'tests/sub/test_other.py::test_fail_assert';
const kept = '.triage/logs/stdin-2026-12-05T10-00-00-0123abcd.log';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-unnamed-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

/** The demo suite's -v log as far as a pipe left early read it (its progress lines), under the kept log's name. */
async function readSoFar() {
	const text = fs.readFileSync('fixtures/pytest9/v/run.log', 'utf8');
	const file = path.join(folder, 'so-far.log');
	fs.writeFileSync(file, text.slice(0, text.indexOf('[ 40%]') + 7));
	const run = await readLog(file);
	// A run's source is named from the current folder, the triage file's here.
	const analysis = analyze([{...run, source: path.join(folder, kept)}]);
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
	return {analysis, journal};
}

test('leaving a pipe early names the kept log on a decision whose error never came, without a signature', async () => {
	const {analysis, journal} = await readSoFar();
	const item = analysis.failures.find(each => each.failure.id === failing)!;
	expect(isErrorKnown(item.failure)).toBe(false);
	const signed = signaturesOnLeaving(
		analysis,
		journal.state(),
		'2026-12-05T10:00:00Z',
	);
	expect(signed).toEqual([
		{
			decision: expect.objectContaining({id: failing, run: '-'}),
			run: path.join(folder, kept),
		},
	]);
	journal.addSignatures(signed);
	const decision = decisionFor(journal.state(), failing, 'call');
	expect(decision).toMatchObject({category: 'BUG', run: kept});
	expect(decision?.signature).toBeUndefined();
	// A decision made before this review (on another pipe) is not this run's to name.
	expect(
		signaturesOnLeaving(analysis, journal.state(), '2026-12-05T10:00:06Z'),
	).toEqual([]);
});

test('the open review names the log once it is named, on a decision whose error never came', async () => {
	const {analysis, journal} = await readSoFar();
	const review = buildReview(analysis, journal.state());
	const row = review.rows.find(each => each.analyzed.failure.id === failing)!;
	const state = addLateSignatures({
		...createReviewState({review}),
		awaitingRun: new Set([row.key]),
	});
	expect(state.effects).toContainEqual(
		expect.objectContaining({
			type: 'addSignatures',
			signed: [{decision: row.decision, run: path.join(folder, kept)}],
			keys: [row.key],
		}),
	);
	expect(state.awaitingRun?.size).toBe(0);
});

test('leaving while pytest prints a traceback signs every decision but the one whose entry the log was cut inside', async () => {
	const lines = fs
		.readFileSync('fixtures/pytest9/v/run.log', 'utf8')
		.split('\n');
	// Cut just after `E       assert 2 == 1`: TestThing.test_p[2]'s entry has its error, but not its end.
	const cutAt = lines.indexOf('E       assert 2 == 1') + 1;
	expect(cutAt).toBeGreaterThan(0);
	const file = path.join(folder, 'cut.log');
	fs.writeFileSync(file, `${lines.slice(0, cutAt).join('\n')}\n`);
	const run = await readLog(file);
	const analysis = analyze([{...run, source: path.join(folder, kept)}]);
	expect(analysis.run.complete).toBe(false);
	const journal = openJournal(path.join(folder, 'triage.jsonl'), {
		now: () => new Date('2026-12-05T10:00:05Z'),
		create: true,
	});
	const method = 'tests/test_main.py::TestThing::test_method';
	const cut = 'tests/test_main.py::TestThing::test_p[2]';
	for (const id of [method, cut]) {
		const item = analysis.failures.find(each => each.failure.id === id);
		expect(item && isErrorKnown(item.failure), id).toBe(true);
		journal.decide({
			id,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			run: '-',
		});
	}

	const signed = signaturesOnLeaving(
		analysis,
		journal.state(),
		'2026-12-05T10:00:00Z',
	);
	const byId = new Map(signed.map(each => [each.decision.id, each]));
	expect(byId.get(method)?.signature).toBeDefined();
	expect(byId.get(cut)).toMatchObject({run: path.join(folder, kept)});
	expect(byId.get(cut)?.signature).toBeUndefined();
});
