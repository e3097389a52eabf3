import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze, type Analysis} from '../../source/classify/analyze.js';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';

const fixtures = path.join(import.meta.dirname, '../../fixtures/real');

const cache = new Map<string, Promise<Run>>();

async function runOf(name: string): Promise<Run> {
	const plain = path.join(fixtures, name, 'run.log');
	const file = fs.existsSync(plain) ? plain : `${plain}.gz`;
	let run = cache.get(file);
	if (!run) {
		run = readLog(file);
		cache.set(file, run);
	}

	return run;
}

async function analysisOf(name: string): Promise<Analysis> {
	return analyze([await runOf(name)]);
}

function ruleCounts(analysis: Analysis): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const {suggestion} of analysis.failures) {
		counts[suggestion.rule] = (counts[suggestion.rule] ?? 0) + 1;
	}

	return counts;
}

describe('the real fixtures', () => {
	test('PostgreSQL stopped: an outage of refused connections in a few clusters', async () => {
		const analysis = await analysisOf('psycopg2-pg-stopped-rA');
		expect(analysis.failures).toHaveLength(617);
		expect(analysis.runs[0]?.isOutage).toBe(true);
		expect(ruleCounts(analysis)).toEqual({
			'connection-refused': 616,
			'server-closed-connection': 1,
		});
		expect(analysis.clusters.length).toBeLessThanOrEqual(8);
		expect(analysis.clusters[0]?.ids.length).toBeGreaterThan(500);
		expect(analysis.clusters[0]?.signature).toBe(
			'psycopg2.OperationalError: connection to server at <str>, port 5432 failed: Connection refused @ tests/testutils.py:connect',
		);
	});

	test('redis-server killed: the refused connections in fixtures fall into two clusters, the rest are assertions in the tests', async () => {
		const analysis = await analysisOf('redis-py-killed-tb-short');
		expect(analysis.failures).toHaveLength(165);
		expect(analysis.runs[0]?.isOutage).toBe(false);
		// The 8 that are not refused connections fail in the tests' own lines (a value or an attribute the
		// server did not give, a DID NOT RAISE): suggested as bugs, from where they were raised.
		expect(ruleCounts(analysis)).toEqual({
			'connection-refused': 157,
			'value-mismatch': 4,
			'bad-value-in-test': 3,
			'did-not-raise': 1,
		});
		// Fixtures `r` and `stack_r` both crash in `_get_client`; teardowns in `teardown`. Tests that
		// call redis themselves crash in their own code, which the signature keeps apart; so is the port:
		// the two refused on 6479 (a server that never ran) are not among the 6379 ones.
		expect(
			analysis.clusters
				.slice(0, 2)
				.map(cluster => [cluster.ids.length, cluster.signature]),
		).toEqual([
			[
				138,
				'redis.exceptions.ConnectionError: Error <n> connecting to localhost:6379. Connection refused. @ tests/conftest.py:_get_client',
			],
			[
				5,
				'redis.exceptions.ConnectionError: Error <n> connecting to localhost:6379. Connection refused. @ tests/conftest.py:teardown',
			],
		]);
		expect(analysis.clusters.length).toBeLessThan(25);
	});

	test('no network: the hung test gets the timeout rule', async () => {
		const analysis = await analysisOf('cpython-net-offline-tb-line');
		expect(analysis.runs[0]?.isOutage).toBe(false);
		expect(
			analysis.failures.map(({failure, suggestion}) => [
				failure.outcome,
				failure.phase,
				suggestion.rule,
			]),
		).toEqual(
			expect.arrayContaining([
				['failed', 'call', 'pytest-timeout'],
				['error', 'setup', 'fixture-not-found'],
				['error', 'teardown', 'missing-device'],
			]),
		);
	});

	test.each([
		['scipy-io-stale-tmp-tb-short', {'stale-temp-dir': 273}, 1],
		['numpy-typing-collect-error', {'collect-import-error': 1}, 1],
		['numpy2-pytest9-memlimit-tb-long', {'out-of-memory': 1}, 1],
		[
			'networkx-q-deprecation-errors',
			{
				'return-not-none': 1,
				'collect-invalid-escape': 1,
				'deprecation-as-error': 2,
			},
			4,
		],
	] as const)('%s', async (name, rules, clusters) => {
		const analysis = await analysisOf(name);
		expect(ruleCounts(analysis)).toEqual(rules);
		expect(analysis.clusters).toHaveLength(clusters);
	});

	test('the same failures printed with --tb=short and --tb=long keep their signatures', async () => {
		const short = await analysisOf('jinja-skew-tb-short');
		const long = await analysisOf('jinja-skew-tb-long-lc-all-c');
		const signatures = (analysis: Analysis) =>
			new Map(
				analysis.failures.map(failure => [
					failure.failure.id,
					failure.signature,
				]),
			);
		expect(short.failures).toHaveLength(44);
		expect(signatures(long)).toEqual(signatures(short));
		expect(short.clusters.length).toBeLessThan(44);
	});

	test('two runs of one suite: every failure is still failing, none flaky', async () => {
		const analysis = analyze([
			await runOf('jinja-skew-tb-short'),
			await runOf('jinja-skew-tb-long-lc-all-c'),
		]);
		expect(new Set(analysis.failures.map(failure => failure.status))).toEqual(
			new Set(['still failing']),
		);
		expect(analysis.flaky).toEqual([]);
		expect(analysis.fixed).toEqual([]);
	});
});
