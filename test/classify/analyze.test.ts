import {describe, expect, test} from 'vitest';
import {
	analysisWith,
	analyze,
	analyzeInTurns,
} from '../../source/classify/analyze.js';
import {areaOf} from '../../source/classify/area.js';
import {clusterFailures} from '../../source/classify/clusters.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {makeRun} from './make-run.js';
import * as real from './real-failures.js';

/** A value with each object that has a `toJSON` (a kept suggestion) replaced by what it gives, the rest as it is. */
function plain(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(item => plain(item));
	}

	if (value === null || typeof value !== 'object') {
		return value;
	}

	if ('toJSON' in value && typeof value.toJSON === 'function') {
		// What toJSON gives may hold more of its own (a cluster's suggestion).
		return plain((value.toJSON as () => unknown).call(value));
	}

	if (Object.getPrototypeOf(value) !== Object.prototype) {
		return value;
	}

	return Object.fromEntries(
		Object.entries(value).map(([key, item]) => [key, plain(item)]),
	);
}

describe('areaOf', () => {
	test.each([
		['tests/chaos/auth/test_auth_chaos.py', 'auth'],
		['tests/chaos/resources/disk/test_disk.py', 'resources'],
		['tests/chaos/test_smoke.py', 'chaos'],
		['tests/unit/models/test_user.py', 'unit'],
		['tests/test_commands.py', 'tests'],
		['drawing/tests/test_pylab.py', 'drawing'],
		['matlab/tests/test_mio.py', 'matlab'],
		['src/app/tests/api/test_views.py', 'api'],
		['test_top.py', '.'],
		['../../../../usr/lib/python3.11/test/test_ssl.py', 'test'],
		['tests\\chaos\\cache\\test_cache.py', 'cache'],
	])('%s → %s', (file, area) => {
		expect(areaOf(file)).toBe(area);
	});
});

describe('clusterFailures', () => {
	test('groups by signature, largest first, ties in log order', () => {
		const failures = [
			real.jinjaPickle0,
			real.redisRefused6379,
			real.psycopg2ConnectionRefused,
			real.redisRefused6479,
			real.psycopg2ConnectionRefusedAgain,
			real.jinjaPickle1,
			real.numpyMemoryError,
			{...real.redisRefused6379, id: 'tests/test_lock.py::TestLock::test_lock'},
		];
		expect(
			clusterFailures(failures).map(cluster =>
				cluster.failures.map(failure => failure.id),
			),
		).toEqual([
			[real.jinjaPickle0.id, real.jinjaPickle1.id],
			[real.redisRefused6379.id, 'tests/test_lock.py::TestLock::test_lock'],
			[
				real.psycopg2ConnectionRefused.id,
				real.psycopg2ConnectionRefusedAgain.id,
			],
			// Another port, another cluster.
			[real.redisRefused6479.id],
			[real.numpyMemoryError.id],
		]);
	});
});

const chaos = 'tests/chaos';
const fillers = {
	[`${chaos}/resources/test_resources.py::test_disk_ok`]: 'passed',
	[`${chaos}/resources/test_resources.py::test_memory_ok`]: 'passed',
	[`${chaos}/resources/test_resources.py::test_cpu_ok`]: 'passed',
	[`${chaos}/resources/test_resources.py::test_fd_ok`]: 'passed',
} as const;
const runs = () => [
	makeRun('monday.log', {
		...fillers,
		[`${chaos}/auth/test_auth_chaos.py::TestAuthChaos::test_authentication_service_outage`]:
			'failed',
		[`${chaos}/cache/test_cache_chaos.py::TestCacheChaos::test_cache_stampede_prevention`]:
			'failed',
		[`${chaos}/database/test_database_chaos.py::TestDatabaseChaos::test_database_connection_pool_load`]:
			'passed',
		[`${chaos}/network/test_network_chaos.py::TestNetworkChaos::test_network_latency_injection`]:
			'failed',
		[`${chaos}/network/test_network_chaos.py::TestNetworkChaos::test_packet_loss`]:
			'passed',
	}),
	makeRun('tuesday.log', {
		...fillers,
		[`${chaos}/auth/test_auth_chaos.py::TestAuthChaos::test_authentication_service_outage`]:
			'failed',
		[`${chaos}/cache/test_cache_chaos.py::TestCacheChaos::test_cache_stampede_prevention`]:
			'failed',
		[`${chaos}/database/test_database_chaos.py::TestDatabaseChaos::test_database_connection_pool_load`]:
			'passed',
		[`${chaos}/network/test_network_chaos.py::TestNetworkChaos::test_network_latency_injection`]:
			'passed',
		[`${chaos}/network/test_network_chaos.py::TestNetworkChaos::test_packet_loss`]:
			'passed',
	}),
	makeRun('wednesday.log', {
		...fillers,
		[`${chaos}/auth/test_auth_chaos.py::TestAuthChaos::test_authentication_service_outage`]:
			'passed',
		[`${chaos}/cache/test_cache_chaos.py::TestCacheChaos::test_cache_stampede_prevention`]:
			'failed',
		[`${chaos}/database/test_database_chaos.py::TestDatabaseChaos::test_database_connection_pool_load`]:
			{
				outcome: 'error',
				failure: {
					headline: real.psycopg2ConnectionRefused.headline,
					exceptionType: real.psycopg2ConnectionRefused.exceptionType,
					traceback: real.psycopg2ConnectionRefused.traceback,
				},
			},
		[`${chaos}/network/test_network_chaos.py::TestNetworkChaos::test_network_latency_injection`]:
			'failed',
		[`${chaos}/network/test_network_chaos.py::TestNetworkChaos::test_packet_loss`]:
			'passed',
	}),
];

describe('what tells clusters apart', () => {
	const {psycopg2ConnectionRefused: refused, redisRefused6379: redis} = real;
	const analysis = analyze([
		makeRun('run.log', {
			[refused.id]: {outcome: 'error', failure: refused},
			'tests/test_lobject.py::LargeObjectTests::test_other': {
				outcome: 'error',
				failure: {
					...refused,
					id: 'tests/test_lobject.py::LargeObjectTests::test_other',
				},
			},
			[redis.id]: {outcome: 'error', failure: redis},
			'tests/test_pubsub.py::test_other': {
				outcome: 'error',
				failure: {
					...redis,
					id: 'tests/test_pubsub.py::test_other',
					file: 'tests/test_pubsub.py',
					headline: redis.headline.replace('Error 111', 'Error 113'),
				},
			},
		}),
	]);
	const clusterOf = (id: string) =>
		analysis.clusters.find(cluster => cluster.ids.includes(id))!;

	test('the crash site, with its line, of the first failure', () => {
		expect(clusterOf(refused.id).crashSite).toBe(
			'tests/testutils.py:109 in connect',
		);
		expect(clusterOf(redis.id).crashSite).toBe(
			'tests/conftest.py:460 in _get_client',
		);
	});

	test('the headline, unmasked, only when every failure of the cluster has it', () => {
		expect(clusterOf(refused.id).ids).toHaveLength(2);
		expect(clusterOf(refused.id).headline).toBe(refused.headline);
		expect(clusterOf(redis.id).ids).toHaveLength(2);
		expect(clusterOf(redis.id).headline).toBeUndefined();
	});

	test('are built once, and an analysis with parts replaced has the same ones', () => {
		const changed = analysisWith(analysis, {earlierErrors: []});
		expect(changed.earlierErrors).toEqual([]);
		expect(analysis.earlierErrors).toBeUndefined();
		expect(changed.clusters).toBe(analysis.clusters);
		expect(analysis.clusters).toBe(analysis.clusters);
		const json = JSON.stringify(clusterOf(refused.id));
		expect(JSON.parse(json)).toMatchObject({
			id: clusterOf(refused.id).id,
			crashSite: 'tests/testutils.py:109 in connect',
			headline: refused.headline,
		});
	});
});

describe('analyze', () => {
	test('gives every failure of the newest run its area, signature, cluster, suggestion, history and status', () => {
		const analysis = analyze(runs());
		expect(analysis.run.source).toBe('wednesday.log');
		expect(
			analysis.failures.map(
				({failure, area, suggestion, status, flaky, history}) => ({
					name: failure.id.slice(failure.id.lastIndexOf('::') + 2),
					area,
					rule: suggestion.rule,
					category: suggestion.category,
					status,
					flips: `${flaky.flips}/${flaky.possibleFlips}`,
					history: history.map(entry => entry.outcome),
				}),
			),
		).toEqual([
			{
				// A plain assertion in the test body: the error says more than the name.
				name: 'test_cache_stampede_prevention',
				area: 'cache',
				rule: 'value-mismatch',
				category: 'BUG',
				status: 'still failing',
				flips: '0/2',
				history: ['failed', 'failed', 'failed'],
			},
			{
				name: 'test_database_connection_pool_load',
				area: 'database',
				rule: 'connection-refused',
				category: 'ENVIRONMENT',
				status: 'new',
				flips: '1/2',
				history: ['passed', 'passed', 'error'],
			},
			{
				name: 'test_network_latency_injection',
				area: 'network',
				rule: 'flaky',
				category: 'TEST_DESIGN',
				status: 'flaky',
				flips: '2/2',
				history: ['failed', 'passed', 'failed'],
			},
		]);
		expect(analysis.fixed.map(history => history.id)).toEqual([
			`${chaos}/auth/test_auth_chaos.py::TestAuthChaos::test_authentication_service_outage`,
		]);
		expect(analysis.flaky.map(history => history.id)).toEqual([
			`${chaos}/network/test_network_chaos.py::TestNetworkChaos::test_network_latency_injection`,
		]);
		expect(analysis.runs.map(run => run.isOutage)).toEqual([
			false,
			false,
			false,
		]);
		for (const failure of analysis.failures) {
			expect(failure.cluster).toMatch(/^[\da-f]{10}$/);
			expect(
				analysis.clusters.find(cluster => cluster.id === failure.cluster)?.ids,
			).toContain(failure.failure.id);
		}
	});

	test("takes a team's rules and an outage threshold", () => {
		const loaded = loadRulesFile(
			JSON.stringify({
				rules: [
					{
						name: 'cache is ours',
						match: {area: 'cache'},
						category: 'BUG',
						priority: 'LOW',
						reason: 'we own the cache',
					},
				],
			}),
			'triage.rules.json',
		);
		if (!loaded.ok) {
			throw new Error(loaded.errors.join('\n'));
		}

		const analysis = analyze(runs(), {
			rules: loaded.ruleSet,
			outageThreshold: 0.3,
		});
		expect(plain(analysis.failures[0]?.suggestion)).toEqual({
			category: 'BUG',
			priority: 'LOW',
			reason: 'area cache — we own the cache',
			rule: 'cache is ours',
		});
		// Monday and Wednesday (3 of 9 failing) are over 0.3, but 3 failing tests are too few for an outage.
		expect(analysis.runs.map(run => run.isOutage)).toEqual([
			false,
			false,
			false,
		]);
		// 12 of 30 failing is over 0.3, not over the default 0.5.
		const wide = makeRun(
			'wide.log',
			Object.fromEntries(
				Array.from({length: 30}, (_, index) => [
					`${chaos}/cache/test_wide.py::test_${index}`,
					index < 12 ? 'failed' : 'passed',
				]),
			),
		);
		expect(analyze([wide], {outageThreshold: 0.3}).runs[0]?.isOutage).toBe(
			true,
		);
		expect(analyze([wide]).runs[0]?.isOutage).toBe(false);
	});

	test('is plain data that survives JSON', () => {
		const analysis = analyze(runs());
		// No Map, Set, RegExp or function anywhere: what JSON gives back is what went in. A suggestion keeps the
		// rule's part of its reason shared and joins it when read (analyze.ts): its plain form is its toJSON.
		const text = JSON.stringify(analysis);
		expect(JSON.parse(text)).toEqual(plain(analysis));
		expect(analysis.failures[0]!.suggestion.reason).toMatch(/\S — \S/);
		expect(JSON.stringify(analysis.failures[0])).toContain(
			'"signature":"AssertionError: test_cache_stampede_prevention went wrong @ tests/chaos/cache/test_cache_chaos.py:test_cache_stampede_prevention"',
		);
	});

	test('needs a run', () => {
		expect(() => analyze([])).toThrow(/at least one run/);
	});
});

describe('analyzeInTurns', () => {
	/** 600 failures (three batches), some with real tracebacks, beside passing tests, and a run before. */
	function manyRuns() {
		const realOnes = [
			real.psycopg2ConnectionRefused,
			real.psycopg2ServerClosed,
			real.redisRefused6379,
		];
		const specs = (failing: number) =>
			Object.fromEntries(
				Array.from({length: 900}, (_, index) => {
					const id = `tests/test_many.py::test_${index}`;
					if (index >= failing) {
						return [id, 'passed' as const];
					}

					const source = realOnes[index % 4];
					return [
						id,
						source === undefined
							? ('failed' as const)
							: {
									outcome: source.outcome,
									failure: {
										traceback: source.traceback,
										headline: source.headline,
										exceptionType: source.exceptionType,
									},
								},
					];
				}),
			);
		return [makeRun('day1.log', specs(500)), makeRun('day2.log', specs(600))];
	}

	test('classifies as analyze does, and lets the event loop run between batches of failures', async () => {
		const given = manyRuns();
		const expected = analyze(given);
		expect(expected.failures).toHaveLength(600);
		// Turns counted: an immediate that queues itself again runs only when the event loop gets a turn.
		let turns = 0;
		let isCounting = true;
		const count = () => {
			if (isCounting) {
				turns++;
				setImmediate(count);
			}
		};

		setImmediate(count);
		const inTurns = await analyzeInTurns(given, {}, 0);
		isCounting = false;
		// 600 failures, 256 a batch: two turns at least (none when it ran at once).
		expect(turns).toBeGreaterThanOrEqual(2);
		expect(plain(inTurns)).toEqual(plain(expected));
		expect(inTurns.clusters).toEqual(expected.clusters);
	});
});
