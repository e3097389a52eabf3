/**
Team tour 64: on a run still going, the live review's OUTAGE flickered on and off between refreshes. pytest -v prints
a test's id, runs it, then its outcome and `[ NN%]`; a read cut inside that line (`id FAILED   [  4`) dropped the
test, which the next read had again, so the counts went one down and up, and near the outage share (most tests
failing, at least ten) the marker with them. A read now leaves out a test's line until it is whole: the counts only
grow, and OUTAGE comes on and goes off once each, where the share crosses.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {LiveReview} from '../../source/live/live-review.js';
import {openJournal} from '../../source/triage/journal.js';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-team64-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

/** A `-v` run of 12 failing tests, then 16 passing: an outage from the 10th failure until the 24th test. */
function runLog(): Buffer {
	const total = 28;
	const lines = [
		'============================= test session starts ==============================',
		'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
		'rootdir: /src/team64',
		`collecting ... collected ${total} items`,
		'',
	];
	for (let index = 1; index <= total; index++) {
		const id = `tests/test_api.py::test_call_${index}`;
		const outcome = index <= 12 ? 'FAILED' : 'PASSED';
		const percent = String(Math.floor((index * 100) / total)).padStart(3);
		lines.push(`${`${id} ${outcome}`.padEnd(73)}[${percent}%]`);
	}

	return Buffer.from(lines.join('\n') + '\n');
}

describe('a live run near the outage share', () => {
	test(
		'its counts only grow, and OUTAGE changes only where the share crosses',
		{timeout: 30_000},
		async () => {
			const live = new LiveReview({
				source: '-',
				ruleSet: builtInRuleSet(),
				journal: openJournal(path.join(folder, 'triage.jsonl'), {
					now: () => new Date('2026-12-01T10:00:00Z'),
				}),
				minimumInterval: 0,
			});
			const log = runLog();
			// Cut every 9 bytes: inside ids, outcomes and markers alike.
			const chunks: Buffer[] = [];
			for (let at = 0; at < log.length; at += 9) {
				chunks.push(log.subarray(at, at + 9));
			}

			const iterator = live
				.tap(
					(async function* () {
						yield* chunks;
					})(),
				)
				[Symbol.asyncIterator]();
			const tests: number[] = [];
			const outage: boolean[] = [];
			for (;;) {
				const next = (await iterator.next()) as IteratorResult<unknown>;
				if (next.done === true) {
					break;
				}

				await live.flush();
				const {review, progress} = live.get();
				if (review) {
					tests.push(progress.tests);
					const isOutage = review.analysis.runs.at(-1)?.isOutage === true;
					if (outage.at(-1) !== isOutage) {
						outage.push(isOutage);
					}
				}
			}

			live.stop();
			expect(tests.length).toBeGreaterThan(50);
			expect(
				tests.every((count, index) => count >= (tests[index - 1] ?? 0)),
			).toBe(true);
			expect(outage).toEqual([false, true, false]);
		},
	);
});
