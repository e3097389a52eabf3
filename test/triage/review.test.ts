import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {openJournal} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';
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
				'ConnectionRefusedError: [Errno 111] Connection refused to 10.0.0.7:6543',
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
});
