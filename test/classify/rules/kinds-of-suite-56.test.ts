/**
Rules changed after acceptance suite 56 (keeperlog) was measured blind (40 of 47 on its log and its XML): checked on
that real run's log and XML, and on texts in other words where the rule must or must not fire. The kind is not words
of the suite: a replica reported lagging behind its primary (a guard refusing to read from it, a library's or the
code's own words) is the servers' state for now, as a replica cut from its primary is; a test that reads a replica too
soon and finds no row names no lag and is left to the rules that read its assertion.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

async function analysisOf(file: string) {
	return analyze([
		await readLog(path.join(import.meta.dirname, '../acceptance', file)),
	]);
}

describe.each(['holdout-56.log', 'holdout-56.xml'])(
	'on the real run of suite 56 (%s)',
	async file => {
		const analysis = await analysisOf(file);
		test.each(['L1-185.0', 'P1-4.6'])(
			'test_read_after_weigh_in[%s]: the read router refuses a lagging replica',
			parameters => {
				expect(
					suggestionFor(analysis, `test_read_after_weigh_in[${parameters}]`),
				).toMatchObject({
					rule: 'replica-lagging',
					category: 'ENVIRONMENT',
					priority: 'MEDIUM',
				});
			},
		);
	},
);

const codeFrames = [
	'tests/test_reports.py:12: in test_report',
	'    rows = reports.monthly(store)',
	'app/reports.py:30: in monthly',
	'    return router.read(query)',
	'app/routing.py:44: in read',
	'    raise ReplicaLagError(lag)',
].join('\n');

describe('a replica lagging behind its primary', () => {
	test.each([
		'app.routing.ReplicaLagError: replica records-ro is 1.5 s behind the primary (limit 1.0 s)',
		'app.routing.ReplicationLagExceeded: 4.2',
		'RuntimeError: replication lag of 12 s exceeds the 5 s allowed for reads',
		'app.db.StaleReadError: standby db-2 is 30 s behind the master',
	])('%s', line => {
		expect(
			ruleFor({headline: line, traceback: `${codeFrames}\nE   ${line}`}),
		).toBe('replica-lagging');
	});
	test('a test reading the replica too soon, with no lag named, is not read so', () => {
		const line = "assert None == ('PARA-500',)";
		expect(
			ruleFor({
				headline: `AssertionError: ${line}`,
				traceback: `tests/test_ledger.py:20: in test_replica_read\n    assert replica.get(key) == ('PARA-500',)\nE   ${line}`,
			}),
		).not.toBe('replica-lagging');
	});
	test("Redis's replica cut from its master is still that rule", () => {
		const line =
			"redis.exceptions.MasterDownError: MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.";
		expect(
			ruleFor({
				headline: line,
				traceback: `tests/test_a.py:3: in test_a\n    cache.get('k')\nE   ${line}`,
			}),
		).toBe('replica-cut-from-primary');
	});
});
