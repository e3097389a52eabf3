import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {isUnread} from '../../source/classify/cluster-summaries.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {LiveReview, pendingHeadline} from '../../source/live/live-review.js';
import {openJournal} from '../../source/triage/journal.js';
import {isErrorKnown} from '../../source/triage/review.js';

const log = fs.readFileSync('fixtures/pytest9/v/run.log');

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-live-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

async function* chunksOf(
	parts: readonly Buffer[],
	between: () => Promise<void>,
) {
	for (const part of parts) {
		yield part;

		await between();
	}
}

function openLive() {
	const journal = openJournal(path.join(folder, 'triage.jsonl'), {
		now: () => new Date('2026-12-01T10:00:00Z'),
	});
	return new LiveReview({
		source: 'run.log',
		ruleSet: builtInRuleSet(),
		journal,
		minimumInterval: 0,
	});
}

describe('LiveReview', () => {
	test("the name given (triage run's command) is the progress's from the start", () => {
		const live = new LiveReview({
			source: '-',
			name: 'pytest -v',
			ruleSet: builtInRuleSet(),
			journal: openJournal(path.join(folder, 'triage.jsonl'), {
				now: () => new Date('2026-12-01T10:00:00Z'),
			}),
		});
		expect(live.get().progress).toMatchObject({
			phase: 'waiting',
			name: 'pytest -v',
		});
		live.stop();
	});

	test('failures show as soon as their progress line is read; tracebacks once pytest prints them', async () => {
		const text = log.toString('utf8');
		const cut = text.indexOf('tests/test_main.py::test_pass PASSED');
		const failuresAt = text.search(/^=+ (?:ERRORS|FAILURES) =+$/m);
		const parts = [
			log.subarray(0, Buffer.byteLength(text.slice(0, cut))),
			log.subarray(
				Buffer.byteLength(text.slice(0, cut)),
				Buffer.byteLength(text.slice(0, failuresAt)),
			),
			log.subarray(Buffer.byteLength(text.slice(0, failuresAt))),
		];
		const live = openLive();
		const seen: Array<{
			ids: string[];
			withTraceback: number;
			headline?: string;
			percent?: number;
		}> = [];
		const stream = live.tap(
			chunksOf(parts, async () => {
				await live.flush();
				const {review, progress} = live.get();
				seen.push({
					ids: review?.rows.map(row => row.analyzed.failure.id) ?? [],
					headline: review?.rows[0]?.analyzed.failure.headline,
					withTraceback:
						review?.rows.filter(row => row.analyzed.failure.traceback !== '')
							.length ?? 0,
					...(progress.percent !== undefined && {percent: progress.percent}),
				});
			}),
		);
		for await (const _ of stream) {
			// The real read would consume it here.
		}

		expect(seen[0]!.ids).toEqual(['tests/sub/test_other.py::test_fail_assert']);
		expect(seen[0]!.withTraceback).toBe(0);
		expect(seen[0]!.headline).toBe(pendingHeadline);
		expect(seen[0]!.percent).toBe(7);
		expect(seen[1]!.ids.length).toBeGreaterThan(8);
		expect(seen[1]!.withTraceback).toBe(0);
		expect(seen[2]!.withTraceback).toBe(seen[2]!.ids.length);
		expect(live.get().progress.phase).toBe('running');
		live.end(undefined);
		expect(live.get().progress.phase).toBe('ended');
	});

	test('the percent is the last progress line read, also when more than 8 KB of FAILURES came after it in one read', async () => {
		const demo = fs.readFileSync('fixtures/demo/run.log');
		const text = demo.toString('latin1');
		const middle = text.indexOf('\n', text.indexOf('[ 29%]')) + 1;
		// Up to the FAILURES' end, before pytest's final line: the run is still going.
		const beforeEnd = text.search(/^=+ short test summary info =+$/m);
		expect(beforeEnd - text.lastIndexOf('[100%]')).toBeGreaterThan(8192);
		const live = openLive();
		const percents: Array<number | undefined> = [];
		for await (const _ of live.tap(
			chunksOf(
				[demo.subarray(0, middle), demo.subarray(middle, beforeEnd)],
				async () => {
					await live.flush();
					percents.push(live.get().progress.percent);
				},
			),
		)) {
			// Read as the real read would.
		}

		expect(percents).toEqual([29, 100]);
		live.stop();
	});

	test('a FAILURES entry whose header is printed and its traceback not yet: pending, its stored output kept', async () => {
		const text = log.toString('utf8');
		// Cut right after an entry's header line: the entry exists, its traceback is still empty.
		const header = text.indexOf('_ test_fail_assert _');
		const cut = text.indexOf('\n', header) + 1;
		const live = openLive();
		for await (const _ of live.tap(
			chunksOf(
				[log.subarray(0, Buffer.byteLength(text.slice(0, cut)))],
				async () => live.flush(),
			),
		)) {
			// Read as the real read would.
		}

		await live.flush();
		const {review} = live.get();
		expect(review).toBeDefined();
		const row = review!.rows.find(candidate =>
			candidate.analyzed.failure.id.endsWith('::test_fail_assert'),
		);
		expect(row?.analyzed.failure.headline).toBe(pendingHeadline);
		expect(row?.analyzed.failure.captured).toEqual([]);
		live.stop();
	});

	test('failures whose traceback is not printed yet are no cluster, and their error is not known', async () => {
		const text = log.toString('utf8');
		const cut = Buffer.byteLength(
			text.slice(0, text.search(/^=+ (?:ERRORS|FAILURES) =+$/m)),
		);
		const live = openLive();
		for await (const _ of live.tap(
			chunksOf([log.subarray(0, cut)], async () => live.flush()),
		)) {
			// Read as the real read would.
		}

		await live.flush();
		const review = live.get().review!;
		expect(review.rows.length).toBeGreaterThan(1);
		for (const row of review.rows) {
			expect(row.analyzed.failure.headline).toBe(pendingHeadline);
			expect(isErrorKnown(row.analyzed.failure)).toBe(false);
		}

		// The cluster list says `0 clusters … · N whose error is not in the log yet`, not one cluster of them all.
		expect(
			review.analysis.clusters.filter(cluster => !isUnread(cluster)),
		).toEqual([]);
		live.stop();
	});

	test('bytes that are not a test log yet give no review, and no error', async () => {
		const live = openLive();
		const stream = live.tap(
			chunksOf([Buffer.from('Starting the suite…\n')], async () =>
				live.flush(),
			),
		);
		for await (const _ of stream) {
			// Consumed.
		}

		expect(live.get().review).toBeUndefined();
		expect(live.get().progress.phase).toBe('running');
	});
});
