/**
A live run's earlier runs come from a team's store, which a slow network makes seconds a lookup: the review waited
for each, so that `triage run` opened at 8% of the run and then moved in jumps of 20 s (team tour 63, a proxy adding
0.7 s each way). The failures show as they are read; the earlier runs, once they come, update the review.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {LiveReview} from '../../source/live/live-review.js';
import type {Run} from '../../source/log/model.js';
import {readLogSessions} from '../../source/log/read.js';
import {openJournal} from '../../source/triage/journal.js';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-team63-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

/** A lookup the test answers when it chooses, as a store over a slow network does. */
function slowLookup() {
	const asked: Run[] = [];
	const answers: Array<(runs: readonly Run[]) => void> = [];
	return {
		asked,
		answer(runs: readonly Run[]) {
			answers.shift()?.(runs);
		},
		async contextFor(run: Run): Promise<readonly Run[]> {
			asked.push(run);
			return new Promise(resolve => {
				answers.push(resolve);
			});
		},
	};
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
	yield bytes;
}

async function readAll(live: LiveReview, bytes: Buffer): Promise<void> {
	for await (const _ of live.tap(once(bytes))) {
		// The real read would consume it here.
	}
}

describe('a live review whose earlier runs come slowly', () => {
	test('shows the failures read before the store answers, and the earlier runs once it does', async () => {
		const [dayOne] = await readLogSessions('fixtures/store-days/day1.log');
		const lookup = slowLookup();
		const live = new LiveReview({
			source: '-',
			ruleSet: builtInRuleSet(),
			journal: openJournal(path.join(folder, 'triage.jsonl'), {
				now: () => new Date('2026-12-01T10:00:00Z'),
			}),
			contextFor: lookup.contextFor,
			minimumInterval: 0,
		});
		await readAll(live, fs.readFileSync('fixtures/store-days/day2.log'));
		// The store has not answered: the failures are on screen all the same, judged alone, and the header says so.
		await vi.waitFor(
			() => {
				expect(live.get().review).toBeDefined();
			},
			{timeout: 20_000},
		);
		expect(lookup.asked).toHaveLength(1);
		const first = live.get();
		expect(first.review!.analysis.runs).toHaveLength(1);
		expect(first.review!.rows.length).toBeGreaterThan(0);
		expect(first.progress.isHistoryPending).toBe(true);

		lookup.answer([dayOne!]);
		await vi.waitFor(
			() => {
				expect(live.get().review!.analysis.runs).toHaveLength(2);
			},
			{timeout: 20_000},
		);
		expect(live.get().progress.isHistoryPending).toBeUndefined();
		// The same failing ids: not asked again.
		await live.flush();
		expect(lookup.asked).toHaveLength(1);
		live.stop();
	}, 60_000);

	test('a lookup that fails is not asked again until the failing ids change', async () => {
		let asked = 0;
		const live = new LiveReview({
			source: '-',
			ruleSet: builtInRuleSet(),
			journal: openJournal(path.join(folder, 'triage.jsonl'), {
				now: () => new Date('2026-12-01T10:00:00Z'),
			}),
			async contextFor() {
				asked++;
				throw new Error('store away');
			},
			minimumInterval: 0,
		});
		await readAll(live, fs.readFileSync('fixtures/store-days/day2.log'));
		await vi.waitFor(
			() => {
				expect(live.get().review).toBeDefined();
				expect(live.get().progress.isHistoryPending).toBeUndefined();
			},
			{timeout: 20_000},
		);
		await live.flush();
		expect(asked).toBe(1);
		expect(live.get().review!.analysis.runs).toHaveLength(1);
		live.stop();
	}, 60_000);
});
