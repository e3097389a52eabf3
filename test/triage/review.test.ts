import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {readLog} from '../../source/log/read.js';
import {openJournal} from '../../source/triage/journal.js';
import {isUnread} from '../../source/classify/cluster-summaries.js';
import {buildReview, isErrorKnown} from '../../source/triage/review.js';
import {header, parseText, rule} from '../log/helpers.js';

async function runWith(message: string) {
	return parseText(
		[
			header,
			'collected 2 items',
			'',
			'tests/chaos/database/test_db.py::test_database_transaction_rollback FAILED [ 50%]',
			'tests/chaos/database/test_db.py::test_other PASSED                     [100%]',
			rule('FAILURES'),
			rule('test_database_transaction_rollback', '_'),
			'tests/chaos/database/test_db.py:10: in test_database_transaction_rollback',
			'    db.rollback()',
			`E   ${message}`,
			rule('1 failed, 1 passed in 0.10s'),
		].join('\n'),
	);
}

describe('decisions across runs', () => {
	test('the same error in a later run keeps the decision; another error makes it stale', async () => {
		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-review-'));
		const journal = openJournal(path.join(directory, 'triage.jsonl'), {
			now: () => new Date('2026-11-23T10:00:00Z'),
		});
		const first = analyze([
			await runWith(
				'ConnectionRefusedError: [Errno 111] Connection refused to 10.0.0.1:5432',
			),
		]);
		const [row] = buildReview(first, journal.state()).rows;
		expect(row!.source).toMatch(/^rule:/);
		journal.decide({
			id: row!.analyzed.failure.id,
			category: 'ENVIRONMENT',
			priority: 'LOW',
			signature: row!.analyzed.cluster,
			run: 'day1.log',
		});

		const reopened = openJournal(path.join(directory, 'triage.jsonl'), {
			now: () => new Date(),
		});
		const sameError = analyze([
			await runWith(
				'ConnectionRefusedError: [Errno 111] Connection refused to 10.0.0.7:5432',
			),
		]);
		const same = buildReview(sameError, reopened.state());
		expect(same.rows[0]).toMatchObject({
			category: 'ENVIRONMENT',
			priority: 'LOW',
			source: 'manual',
			isStale: false,
		});
		expect(same.progress).toMatchObject({
			total: 1,
			decided: 1,
			stale: 0,
			undecided: 0,
		});

		const otherError = analyze([
			await runWith('AssertionError: rollback left 3 rows behind'),
		]);
		const changed = buildReview(otherError, reopened.state());
		expect(changed.rows[0]).toMatchObject({
			category: 'ENVIRONMENT',
			source: 'manual',
			isStale: true,
		});
		expect(changed.progress).toMatchObject({decided: 0, stale: 1});
	});

	test('a failure whose error the log does not show yet (a live run, before FAILURES) keeps its decision, not stale', async () => {
		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-review-'));
		const journal = openJournal(path.join(directory, 'triage.jsonl'), {
			now: () => new Date('2026-11-23T10:00:00Z'),
		});
		const [row] = buildReview(
			analyze([await runWith('AssertionError: rollback left 3 rows behind')]),
			journal.state(),
		).rows;
		journal.decide({
			id: row!.analyzed.failure.id,
			category: 'BUG',
			priority: 'HIGH',
			signature: row!.analyzed.cluster,
			run: 'day1.log',
		});

		// Day 2 as `triage run` shows it while pytest runs: the progress line, no traceback yet.
		const live = analyze([
			await parseText(
				[
					header,
					'collected 2 items',
					'',
					'tests/chaos/database/test_db.py::test_database_transaction_rollback FAILED [ 50%]',
				].join('\n'),
			),
		]);
		const review = buildReview(live, journal.state());
		expect(review.rows[0]).toMatchObject({
			category: 'BUG',
			source: 'manual',
			isStale: false,
		});
		expect(review.progress).toMatchObject({total: 1, decided: 1, stale: 0});
	});
});

describe('a failure whose log gives a headline but no traceback', () => {
	// A segfault: faulthandler's `Fatal Python error` is the headline, pytest prints no FAILURES entry.
	async function crashed(error: string) {
		return parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/test_native.py::test_ok PASSED                           [ 50%]',
				`tests/test_native.py::test_crash ${error}`,
				'',
				'Current thread 0x00007f9816c85b80 (most recent call first):',
				'  File "/src/app/tests/test_native.py", line 11 in test_crash',
			].join('\n'),
		);
	}

	test('is in the cluster every view lists it in, and its decision goes stale when the error changes', async () => {
		const day1 = analyze([
			await crashed('Fatal Python error: Segmentation fault'),
		]);
		const [row] = buildReview(day1, new Map()).rows;
		expect(row!.analyzed.failure.headline).toBe(
			'Fatal Python error: Segmentation fault',
		);
		// The report, the cluster list and Markdown list it as a cluster (not the unread failures)...
		expect(
			day1.clusters
				.filter(cluster => !isUnread(cluster))
				.map(cluster => cluster.id),
		).toEqual([row!.analyzed.cluster]);
		// ...so the detail pane, the CSV, `decide --cluster` and a decision's signature know its error too.
		expect(isErrorKnown(row!.analyzed.failure)).toBe(true);

		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-review-'));
		const journal = openJournal(path.join(directory, 'triage.jsonl'), {
			now: () => new Date('2026-11-23T10:00:00Z'),
		});
		journal.decide({
			id: row!.analyzed.failure.id,
			category: 'BUG',
			priority: 'HIGH',
			signature: row!.analyzed.cluster,
			run: 'day1.log',
		});
		const day2 = analyze([await crashed('Fatal Python error: Aborted')]);
		expect(buildReview(day2, journal.state()).rows[0]).toMatchObject({
			category: 'BUG',
			isStale: true,
		});
	});
});

describe('decisions on failure reports', () => {
	// Its test_fail_and_teardown failed in its call and errored in its teardown, with other errors.
	const log = path.resolve('fixtures/pytest9/v/run.log');
	const id = 'tests/test_main.py::test_fail_and_teardown';

	function rowsOf(review: ReturnType<typeof buildReview>) {
		return review.rows.filter(row => row.analyzed.failure.id === id);
	}

	test('a journal written before (no phase) still decides every report of the test', async () => {
		const analysis = analyze([await readLog(log)]);
		const [call, teardown] = rowsOf(buildReview(analysis, new Map()));
		expect([call, teardown].map(row => row?.analyzed.failure.phase)).toEqual([
			'call',
			'teardown',
		]);
		expect(call!.analyzed.cluster).not.toBe(teardown!.analyzed.cluster);

		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-review-'));
		const file = path.join(directory, 'triage.jsonl');
		const write = (decision: Record<string, unknown>) => {
			// Today's format, as an older triage wrote it: no phase.
			const lines = [
				{triage: 1, created: '2026-11-20T10:00:00.000Z'},
				{
					t: 'decide',
					id,
					category: 'ENVIRONMENT',
					priority: 'HIGH',
					note: 'the fixture leaks',
					run: 'run.log',
					at: '2026-11-20T10:00:01.000Z',
					group: 'aaaaaaaa',
					...decision,
				},
			];
			fs.writeFileSync(
				file,
				lines.map(line => JSON.stringify(line) + '\n').join(''),
			);
			return openJournal(file, {
				now: () => new Date('2026-11-24T10:00:00.000Z'),
			});
		};

		// Without a signature: both reports decided, neither stale.
		const journal = write({});
		expect(journal.warnings).toEqual([]);
		const review = buildReview(analysis, journal.state());
		expect(
			rowsOf(review).map(row => [row.category, row.source, row.isStale]),
		).toEqual([
			['ENVIRONMENT', 'manual', false],
			['ENVIRONMENT', 'manual', false],
		]);

		// A new decision on the call failure leaves the old one on the teardown error.
		journal.decide({
			id,
			phase: 'call',
			category: 'TEST_DESIGN',
			priority: 'LOW',
			signature: call!.analyzed.cluster,
		});
		expect(
			rowsOf(buildReview(analysis, journal.state())).map(row => [
				row.category,
				row.isStale,
			]),
		).toEqual([
			['TEST_DESIGN', false],
			['ENVIRONMENT', false],
		]);

		// With the call failure's signature: each report compares with its own, as before.
		const signed = write({signature: call!.analyzed.cluster});
		expect(
			rowsOf(buildReview(analysis, signed.state())).map(row => [
				row.category,
				row.isStale,
			]),
		).toEqual([
			['ENVIRONMENT', false],
			['ENVIRONMENT', true],
		]);
		fs.rmSync(directory, {recursive: true, force: true});
	});
});

describe('reports of one test alike', () => {
	test('a collection error from each of three xdist workers: three rows, each with a key of its own', async () => {
		const entry = (worker: number) => [
			rule('ERROR collecting tests/test_bad.py', '_'),
			'tests/test_bad.py:2: in <module>',
			'    DATA = json.loads("{,}")',
			`E   json.decoder.JSONDecodeError: Expecting value (worker ${worker})`,
		];
		const run = await parseText(
			[
				header,
				'gw0 I / gw1 I / gw2 I',
				'gw0 [1] / gw1 [1] / gw2 [1]',
				'',
				'.                                                                        [100%]',
				rule('ERRORS'),
				...entry(0),
				...entry(1),
				...entry(2),
				rule('short test summary info'),
				...Array.from(
					{length: 3},
					() =>
						'ERROR tests/test_bad.py - json.decoder.JSONDecodeError: Expecting value',
				),
				rule('1 passed, 3 errors in 2.11s'),
				'',
			].join('\n'),
		);
		const {rows} = buildReview(analyze([run]), new Map());
		expect(rows.map(row => row.analyzed.failure.id)).toEqual([
			'tests/test_bad.py',
			'tests/test_bad.py',
			'tests/test_bad.py',
		]);
		// The key marks and selects a row: two rows with one key were marked and selected together.
		expect(new Set(rows.map(row => row.key)).size).toBe(3);
	});
});
