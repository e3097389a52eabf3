/**
A deterministic generator of realistic pytest console logs for a "chaos" suite.

It writes what pytest 7.2 or 8.3 prints for `-v`, default verbosity or `-q`, with `--tb=short`,
optionally under pytest-xdist and `--color=yes`: the session header, progress lines, the ERRORS and
FAILURES sections with short tracebacks and captured output, the warnings summary, the short test
summary (trimmed to 80 columns as pytest does) and the final counts line. The shapes were copied
from real logs (see `../shared/fixtures/real/`) and from pytest itself, including its quirks.

The suite is fixed by the seed; the `run` index changes outcomes the way consecutive CI runs do:
most failures persist, a few tests flip, some get fixed, some start failing, some change error.
Volatile parts of messages (ports, addresses, durations, uuids, temp paths) change every run.

Usage: node --import=tsx bench/generate.ts --tests 6000 --fail 0.1 --seed 1 [--xdist] [--quiet]
       [--normal] [--color] [--run N] [--outage] [--pytest 7|8] [--workers N] [--size 100MB] OUT.log
*/
import {once} from 'node:events';
import {createWriteStream} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

// ---------------------------------------------------------------------------------------------
// Options

/** `-v`, no flag, or `-q`. */
export type Verbosity = 'verbose' | 'normal' | 'quiet';

/** Which pytest (and plugin, Python) generation to imitate. */
export type PytestFlavor = '7' | '8';

export type GenerateOptions = {
	/** Fixes the suite and every random choice. */
	readonly seed: number;
	/** Number of collected test items. */
	readonly tests: number;
	/** Rough share of tests that fail (or error) in an ordinary run, 0 to 1. */
	readonly failRatio: number;
	readonly verbosity: Verbosity;
	/** Run under pytest-xdist with `workers` workers. */
	readonly xdist: boolean;
	readonly workers: number;
	/** What `--color=yes` prints. */
	readonly color: boolean;
	/** 1-based index of this run of the suite. */
	readonly run: number;
	/** The service the suite talks to is down: most tests fail with one connection error. */
	readonly outage: boolean;
	readonly pytest: PytestFlavor;
	/**
	About this share of the lines hold text beyond ASCII (0 to 1): parameter values of some tests (printed as they
	are, as pytest does with its id escaping turned off) and words in exception messages, source lines and
	captured logs. Decoding costs nothing on ASCII text; this is how a log that is not shows it.
	*/
	readonly nonAscii: number;
};

export const defaultOptions: GenerateOptions = {
	seed: 1,
	tests: 160,
	failRatio: 0.1,
	verbosity: 'verbose',
	xdist: false,
	workers: 4,
	color: false,
	run: 1,
	outage: false,
	pytest: '8',
	nonAscii: 0,
};

export function resolveOptions(
	options: Partial<GenerateOptions> = {},
): GenerateOptions {
	const resolved = {...defaultOptions, ...options};
	if (!Number.isInteger(resolved.tests) || resolved.tests < 1) {
		throw new RangeError(
			`tests must be a positive integer, got ${resolved.tests}`,
		);
	}

	if (!(resolved.failRatio >= 0 && resolved.failRatio <= 1)) {
		throw new RangeError(
			`failRatio must be between 0 and 1, got ${resolved.failRatio}`,
		);
	}

	if (!(resolved.nonAscii >= 0 && resolved.nonAscii <= 0.5)) {
		throw new RangeError(
			`nonAscii must be between 0 and 0.5, got ${resolved.nonAscii}`,
		);
	}

	if (!Number.isInteger(resolved.run) || resolved.run < 1) {
		throw new RangeError(`run must be 1 or more, got ${resolved.run}`);
	}

	if (
		!Number.isInteger(resolved.workers) ||
		resolved.workers < 1 ||
		resolved.workers > 64
	) {
		throw new RangeError(
			`workers must be between 1 and 64, got ${resolved.workers}`,
		);
	}

	return resolved;
}

/** The counts pytest prints on its final line (warnings included, reports not tests). */
export type Counts = {
	failed: number;
	passed: number;
	skipped: number;
	xfailed: number;
	xpassed: number;
	warnings: number;
	errors: number;
};

/** What a generated run contains, for tests and benchmarks. */
export type RunSummary = {
	readonly collected: number;
	readonly counts: Counts;
	/** Node ids with a FAILED report, in report order. */
	readonly failedIds: readonly string[];
	/** Node ids with an ERROR report (setup or teardown), in report order. */
	readonly errorIds: readonly string[];
	readonly seconds: number;
};

// ---------------------------------------------------------------------------------------------
// Hashing and randomness: everything derives from the seed, nothing from the clock.

function mix(value: number): number {
	let hash = value >>> 0;
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85_eb_ca_6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2_b2_ae_35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

export function hashString(text: string, seed = 0): number {
	let hash = (0x81_1c_9d_c5 ^ seed) >>> 0;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01_00_01_93);
	}

	return mix(hash);
}

function hashNumbers(...values: number[]): number {
	let hash = 0x9e_37_79_b9;
	for (const value of values) {
		hash = mix(hash ^ mix((value + 0x7f_4a_7c_15) >>> 0));
	}

	return hash;
}

/** A hash as a number in [0, 1). */
function unit(hash: number): number {
	return hash / 4_294_967_296;
}

function itemAt<T>(items: readonly T[], index: number): T {
	const item = items[index];
	if (item === undefined) {
		throw new RangeError(`index ${index} outside 0..${items.length - 1}`);
	}

	return item;
}

function pickBy<T>(items: readonly T[], hash: number): T {
	return itemAt(items, hash % items.length);
}

/** mulberry32: small, fast and good enough for log text. */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	next(): number {
		this.#state = (this.#state + 0x6d_2b_79_f5) >>> 0;
		let value = this.#state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	float(min: number, max: number): number {
		return min + this.next() * (max - min);
	}

	pick<T>(items: readonly T[]): T {
		return itemAt(items, Math.floor(this.next() * items.length));
	}

	hex(digits: number): string {
		let text = '';
		for (let index = 0; index < digits; index++) {
			text += '0123456789abcdef'.charAt(Math.floor(this.next() * 16));
		}

		return text;
	}

	/** A CPython heap address as repr() prints it. */
	address(): string {
		// 16-byte aligned, as CPython's allocator hands them out.
		return `0x7f${this.hex(9)}0`;
	}

	uuid(): string {
		return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${'89ab'.charAt(this.int(0, 3))}${this.hex(3)}-${this.hex(12)}`;
	}

	port(): number {
		return this.int(32_768, 60_999);
	}
}

// ---------------------------------------------------------------------------------------------
// The environment pytest ran in

const rootdir = '/home/ci/work/chaos-service';

type Flavor = {
	readonly major: PytestFlavor;
	readonly platform: string;
	readonly executable: string;
	readonly python: string;
	readonly sysVersion: string;
	readonly plugins: string;
	/** Plugin header lines printed before `rootdir:`. */
	readonly earlyLines: readonly string[];
	/** Plugin header lines printed after `plugins:`. */
	readonly lateLines: readonly string[];
	readonly rootdirLines: readonly string[];
	readonly stdlib: string;
	readonly site: string;
	/** Absolute path of site-packages, as warnings print it. */
	readonly siteAbsolute: string;
	readonly lines: {
		readonly socketRaise: number;
		readonly socketConnect: number;
		readonly socketRecvInto: number;
		readonly threadBootstrap: number;
		readonly threadBootstrapInner: number;
		readonly threadRun: number;
		readonly threadWait: number;
		readonly futuresWorker: number;
	};
	/** Fixtures pytest and its plugins provide, for "available fixtures". */
	readonly builtinFixtures: readonly string[];
	readonly warning: {
		readonly file: string;
		readonly line: number;
		readonly text: string;
		readonly source: string;
	};
};

const builtinFixtures =
	`cache capfd capfdbinary caplog capsys capsysbinary doctest_namespace monkeypatch pytestconfig record_property record_testsuite_property record_xml_attribute recwarn tmp_path tmp_path_factory tmpdir tmpdir_factory`.split(
		' ',
	);

const flavors: Record<PytestFlavor, Flavor> = {
	// Debian 12: the environment the real fixtures were recorded in.
	'7': {
		major: '7',
		platform:
			'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0+repack',
		executable: '/usr/bin/python3',
		python: '3.11.2',
		sysVersion: '3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]',
		plugins:
			'plugins: rerunfailures-10.2, asyncio-0.20.3, timeout-2.1.0, hypothesis-6.67.1, mock-3.8.2, xdist-3.1.0',
		earlyLines: [
			`hypothesis profile 'default' -> database=DirectoryBasedExampleDatabase('${rootdir}/.hypothesis/examples')`,
		],
		lateLines: [
			'asyncio: mode=Mode.STRICT',
			'timeout: 30.0s',
			'timeout method: signal',
			'timeout func_only: False',
		],
		rootdirLines: [`rootdir: ${rootdir}, configfile: pyproject.toml`],
		stdlib: '/usr/lib/python3.11',
		site: '/usr/lib/python3/dist-packages',
		siteAbsolute: '/usr/lib/python3/dist-packages',
		lines: {
			socketRaise: 851,
			socketConnect: 836,
			socketRecvInto: 706,
			threadBootstrap: 995,
			threadBootstrapInner: 1038,
			threadRun: 975,
			threadWait: 324,
			futuresWorker: 83,
		},
		builtinFixtures: [
			...builtinFixtures,
			'class_mocker',
			'event_loop',
			'mocker',
			'module_mocker',
			'package_mocker',
			'session_mocker',
			'testrun_uid',
			'unused_tcp_port',
			'unused_tcp_port_factory',
			'unused_udp_port',
			'unused_udp_port_factory',
			'worker_id',
		],
		warning: {
			file: `${rootdir}/src/chaos_service/aio.py`,
			line: 17,
			text: 'DeprecationWarning: There is no current event loop',
			source: 'loop = asyncio.get_event_loop()',
		},
	},
	// A virtualenv on Ubuntu 24.04.
	'8': {
		major: '8',
		platform: 'platform linux -- Python 3.12.3, pytest-8.3.4, pluggy-1.5.0',
		executable: `${rootdir}/.venv/bin/python`,
		python: '3.12.3',
		sysVersion: '3.12.3 (main, Nov  6 2024, 18:32:19) [GCC 13.2.0]',
		plugins:
			'plugins: hypothesis-6.122.3, timeout-2.3.1, asyncio-0.23.8, xdist-3.6.1, cov-6.0.0',
		earlyLines: ["hypothesis profile 'default'"],
		lateLines: [
			'asyncio: mode=Mode.STRICT',
			'timeout: 30.0s',
			'timeout method: signal',
			'timeout func_only: False',
		],
		rootdirLines: [`rootdir: ${rootdir}`, 'configfile: pyproject.toml'],
		stdlib: '/usr/lib/python3.12',
		site: '.venv/lib/python3.12/site-packages',
		siteAbsolute: `${rootdir}/.venv/lib/python3.12/site-packages`,
		lines: {
			socketRaise: 852,
			socketConnect: 837,
			socketRecvInto: 720,
			threadBootstrap: 1030,
			threadBootstrapInner: 1073,
			threadRun: 1010,
			threadWait: 355,
			futuresWorker: 92,
		},
		builtinFixtures: [
			...builtinFixtures,
			'cov',
			'event_loop',
			'event_loop_policy',
			'no_cover',
			'testrun_uid',
			'unused_tcp_port',
			'unused_tcp_port_factory',
			'unused_udp_port',
			'unused_udp_port_factory',
			'worker_id',
		],
		warning: {
			file: `${rootdir}/src/chaos_service/cache.py`,
			line: 88,
			text: 'DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).',
			source: 'expires_at = datetime.utcnow() + self.ttl',
		},
	},
};

// Fixtures of the suite's conftest.py.
const conftestFixtures =
	`api_client auth_client cache_client chaos_service db_pool mock_upstream scratch_dir toxiproxy`.split(
		' ',
	);

// ---------------------------------------------------------------------------------------------
// The suite

export const areas = [
	'auth',
	'cache',
	'concurrency',
	'database',
	'network',
	'resources',
	'core',
	'api',
] as const;

export type Area = (typeof areas)[number];

type KindName =
	| 'assertion'
	| 'conn-refused'
	| 'redis-conn'
	| 'timeout'
	| 'pytest-timeout'
	| 'memory'
	| 'pg-operational'
	| 'pg-serialization'
	| 'key-error'
	| 'circuit-open'
	| 'emfile'
	| 'disk-full'
	| 'type-error'
	| 'fixture-missing'
	| 'addr-in-use'
	| 'pg-setup'
	| 'redis-setup'
	| 'rmtree-teardown'
	| 'outage-setup'
	| 'outage-call';

/** A fixed behaviour of a test across runs, for the tests the demo needs to show. */
type Behaviour =
	| {readonly type: 'pass'}
	| {readonly type: 'skip'; readonly reason: string}
	| {
			readonly type: 'xfail';
			readonly reason: string;
			/** Runs on which it unexpectedly passes. */
			readonly xpassOn?: 'odd' | 'even';
	  }
	| {readonly type: 'fail'; readonly kind?: KindName}
	| {readonly type: 'setup-error'; readonly kind: KindName}
	| {
			readonly type: 'flaky';
			readonly failOn: 'odd' | 'even';
			readonly kind?: KindName;
	  }
	| {readonly type: 'fixed'; readonly at: number; readonly kind?: KindName}
	| {readonly type: 'new'; readonly at: number; readonly kind?: KindName}
	| {
			readonly type: 'changed';
			readonly at: number;
			readonly kind: KindName;
			readonly later: KindName;
	  }
	| {readonly type: 'teardown'; readonly after: 'pass' | 'fail'};

type FunctionSpec = {
	readonly name: string;
	readonly params?: readonly string[];
	/** The argument the params go to, for the `@pytest.mark.parametrize` line. */
	readonly argument?: string;
	readonly fixtures?: readonly string[];
	/** Behaviour per param ('*' for all). */
	readonly behaviour?: Readonly<Record<string, Behaviour>>;
	/** Failure kinds this test tends to fail with; else the area's. */
	readonly kinds?: readonly KindName[];
	/** The assertion it makes, when it fails on one. */
	readonly assertion?: string;
};

type ClassSpec = {
	/** Undefined for module-level tests. */
	readonly name?: string;
	readonly tests: readonly FunctionSpec[];
};

type ModuleSpec = {
	readonly file: string;
	readonly area: Area;
	readonly classes: readonly ClassSpec[];
};

function all(behaviour: Behaviour): Readonly<Record<string, Behaviour>> {
	return {'*': behaviour};
}

// The base suite: the chaos suite the old analyzer was written for, plus some core and API
// tests. Bigger suites add generated modules; smaller ones keep the tests with a fixed
// behaviour first.
const baseModules: readonly ModuleSpec[] = [
	{
		file: 'tests/api/test_health_api.py',
		area: 'api',
		classes: [
			{
				tests: [
					{name: 'test_health_ok'},
					{
						name: 'test_readiness_reports_dependencies',
						assertion: 'health-dependencies',
						behaviour: all({type: 'new', at: 3, kind: 'assertion'}),
					},
					{
						name: 'test_metrics_endpoint_format',
						behaviour: all({
							type: 'skip',
							reason: 'prometheus_client is not installed',
						}),
					},
				],
			},
		],
	},
	{
		file: 'tests/api/test_orders_api.py',
		area: 'api',
		classes: [
			{
				name: 'TestOrdersApi',
				tests: [
					{name: 'test_create_order', assertion: 'status-code'},
					{
						name: 'test_get_order_not_found',
						assertion: 'not-found',
						behaviour: all({type: 'fail', kind: 'assertion'}),
					},
					{
						name: 'test_list_orders_pagination',
						params: ['page-1', 'page-50'],
						argument: 'page',
					},
					{name: 'test_idempotency_key_replay'},
					{name: 'test_cancel_shipped_order'},
					{
						name: 'test_order_webhook_delivery',
						params: ['json', 'msgpack'],
						argument: 'encoding',
					},
				],
			},
		],
	},
	{
		file: 'tests/chaos/auth/test_auth_chaos.py',
		area: 'auth',
		classes: [
			{
				name: 'TestAuth',
				tests: [
					{
						name: 'test_authentication_service_outage',
						behaviour: all({type: 'fail', kind: 'conn-refused'}),
					},
					{
						name: 'test_concurrent_authentication_load',
						params: ['10-users', '100-users', '1000-users'],
						argument: 'users',
						assertion: 'auth-contention',
						behaviour: {
							'100-users': {type: 'fail', kind: 'assertion'},
							'1000-users': {type: 'fail', kind: 'assertion'},
						},
					},
					{
						name: 'test_jwt_signature_validation_failure',
						params: ['rs256', 'hs256', 'es256'],
						argument: 'algorithm',
						assertion: 'signature-accepted',
					},
					{
						name: 'test_jwt_expiration_handling',
						params: ['hs256-expired', 'rs256-expired', 'clock-skew-30s'],
						argument: 'case',
						assertion: 'expired-accepted',
						behaviour: {
							'clock-skew-30s': {type: 'fixed', at: 2, kind: 'assertion'},
						},
					},
					{
						name: 'test_jwt',
						params: ['rs256', 'hs256-expired'],
						argument: 'token',
						assertion: 'expired-accepted',
						behaviour: {
							'hs256-expired': {type: 'fail', kind: 'assertion'},
						},
					},
					{
						name: 'test_rbac_permission_escalation',
						assertion: 'rbac-escalation',
					},
					{
						name: 'test_token_refresh_storm',
						behaviour: all({type: 'flaky', failOn: 'even', kind: 'timeout'}),
					},
					{name: 'test_oauth_provider_timeout', kinds: ['timeout']},
					{name: 'test_session_fixation_under_failover', kinds: ['key-error']},
					{name: 'test_api_key_rotation_during_traffic'},
					{name: 'test_ldap_backend_latency', kinds: ['timeout']},
					{
						name: 'test_saml_assertion_replay',
						params: ['sp-initiated', 'idp-initiated'],
						argument: 'flow',
					},
				],
			},
			{
				tests: [
					{
						name: 'test_mfa_backend_unavailable',
						fixtures: ['auth_client', 'vault_client'],
						behaviour: all({type: 'setup-error', kind: 'fixture-missing'}),
					},
					{name: 'test_password_hash_cpu_exhaustion'},
				],
			},
		],
	},
	{
		file: 'tests/chaos/cache/test_cache_chaos.py',
		area: 'cache',
		classes: [
			{
				name: 'TestCacheChaos',
				tests: [
					{
						name: 'test_cache_memory_pressure',
						assertion: 'cache-memory',
						behaviour: all({type: 'fail', kind: 'assertion'}),
					},
					{
						name: 'test_cache_stampede_prevention',
						params: ['100-clients', '1000-clients'],
						argument: 'clients',
						assertion: 'stampede',
						behaviour: {
							'1000-clients': {type: 'new', at: 2, kind: 'assertion'},
						},
					},
					{
						name: 'test_cache_invalidation_race',
						assertion: 'stale-read',
						behaviour: all({type: 'flaky', failOn: 'odd', kind: 'assertion'}),
					},
					{
						name: 'test_cache_eviction_under_load',
						params: ['lru', 'lfu', 'ttl'],
						argument: 'policy',
					},
					{
						name: 'test_cache_node_failover',
						behaviour: all({type: 'fixed', at: 2, kind: 'redis-conn'}),
					},
					{
						name: 'test_cache_key_namespacing',
						params: ['a::b', 'tenant/a', 'caf\\xe9'],
						argument: 'key',
						behaviour: {'a::b': {type: 'setup-error', kind: 'redis-setup'}},
					},
					{name: 'test_redis_connection_loss_recovery', kinds: ['redis-conn']},
					{name: 'test_cache_serialization_corruption'},
					{name: 'test_write_through_consistency'},
					{
						name: 'test_cache_ttl_jitter',
						params: ['0s', '5s', '60s'],
						argument: 'jitter',
					},
					{name: 'test_hot_key_contention'},
					{name: 'test_cache_poisoning_on_partial_write'},
					{name: 'test_negative_cache_expiry'},
					{
						name: 'test_distributed_lock_expiry',
						params: ['redlock', 'single-node'],
						argument: 'algorithm',
					},
					{
						name: 'test_cache_cluster_resharding',
						fixtures: ['cache_client', 'redis_client'],
						behaviour: all({type: 'setup-error', kind: 'fixture-missing'}),
					},
				],
			},
			{
				tests: [
					{name: 'test_cache_warmup_after_restart'},
					{name: 'test_cache_hit_ratio_under_churn'},
				],
			},
		],
	},
	{
		file: 'tests/chaos/concurrency/test_concurrency_chaos.py',
		area: 'concurrency',
		classes: [
			{
				name: 'TestConcurrency',
				tests: [
					{
						name: 'test_deadlock_detection',
						assertion: 'deadlock',
						behaviour: all({type: 'fail', kind: 'assertion'}),
					},
					{
						name: 'test_race_condition_counter',
						params: ['threads-2', 'threads-8', 'threads-32'],
						argument: 'threads',
						assertion: 'lost-updates',
						behaviour: {
							'threads-8': {type: 'flaky', failOn: 'odd', kind: 'assertion'},
							'threads-32': {type: 'fail', kind: 'assertion'},
						},
					},
					{
						name: 'test_concurrent_writes',
						params: ['2-writers', '16-writers'],
						argument: 'writers',
						assertion: 'lost-updates',
					},
					{name: 'test_thread_pool_saturation', kinds: ['pytest-timeout']},
					{name: 'test_lock_timeout_escalation', kinds: ['timeout']},
					{name: 'test_async_task_cancellation'},
					{
						name: 'test_priority_inversion',
						behaviour: all({
							type: 'xfail',
							reason: 'known scheduler issue (CHAOS-311)',
						}),
					},
					{name: 'test_semaphore_leak_on_exception'},
					{
						name: 'test_optimistic_locking_conflict',
						params: ['row', 'table'],
						argument: 'granularity',
					},
					{name: 'test_event_loop_blocking', kinds: ['pytest-timeout']},
					{name: 'test_reader_writer_starvation'},
					{name: 'test_barrier_timeout_under_load', kinds: ['timeout']},
					{
						name: 'test_cancellation_propagation',
						params: ['asyncio', 'trio'],
						argument: 'backend',
					},
				],
			},
			{
				name: 'TestWorkQueue',
				tests: [
					{name: 'test_work_queue_backpressure'},
					{
						name: 'test_exactly_once_delivery',
						params: ['at-least-once', 'exactly-once'],
						argument: 'guarantee',
						behaviour: {
							'exactly-once': {
								type: 'xfail',
								reason: 'exactly-once delivery is not implemented yet',
							},
						},
					},
				],
			},
			{
				tests: [
					{name: 'test_signal_handler_reentrancy'},
					{name: 'test_fork_safety_with_threads'},
				],
			},
		],
	},
	{
		file: 'tests/chaos/database/test_database_chaos.py',
		area: 'database',
		classes: [
			{
				name: 'TestDatabaseChaos',
				tests: [
					{
						name: 'test_database_transaction_rollback',
						assertion: 'rollback-visible',
						behaviour: all({type: 'fixed', at: 3, kind: 'assertion'}),
					},
					{
						name: 'test_database_connection_pool_load',
						params: ['pool size 10', 'pool size 50', 'pool size 200'],
						argument: 'pool_size',
						behaviour: {
							'pool size 50': {type: 'setup-error', kind: 'pg-setup'},
							'pool size 200': {type: 'fail', kind: 'pytest-timeout'},
						},
					},
					{
						name: 'test_consistency_after_partition',
						params: ['primary-isolated', 'replica-isolated'],
						argument: 'scenario',
						assertion: 'replica-divergence',
						behaviour: {
							'primary-isolated': {
								type: 'changed',
								at: 2,
								kind: 'assertion',
								later: 'pg-operational',
							},
						},
					},
					{name: 'test_replica_lag_read_after_write'},
					{
						name: 'test_serialization_failure_retry',
						behaviour: all({type: 'fail', kind: 'pg-serialization'}),
					},
					{name: 'test_long_running_query_cancellation'},
					{name: 'test_migration_lock_contention'},
					{
						name: 'test_connection_drop_mid_transaction',
						kinds: ['pg-operational'],
					},
					{name: 'test_failover_to_standby'},
					{name: 'test_vacuum_under_write_load'},
					{name: 'test_connection_leak_on_timeout'},
					{name: 'test_read_only_transaction_on_replica'},
					{
						name: 'test_advisory_lock_contention',
						params: ['2-sessions', '16-sessions'],
						argument: 'sessions',
					},
					{
						name: 'test_wal_disk_full',
						behaviour: all({
							type: 'skip',
							reason: 'requires a dedicated tmpfs volume for pg_wal',
						}),
					},
				],
			},
			{
				tests: [
					{name: 'test_database_dns_failover'},
					{
						name: 'test_prepared_statement_cache_invalidation',
						params: ['pgbouncer', 'direct'],
						argument: 'route',
					},
				],
			},
		],
	},
	{
		file: 'tests/chaos/network/test_network_chaos.py',
		area: 'network',
		classes: [
			{
				name: 'TestNetworkChaos',
				tests: [
					{
						name: 'test_network_latency_injection',
						params: ['50ms', '500ms', '2000ms'],
						argument: 'latency',
						assertion: 'p99-latency',
						behaviour: {
							'500ms': {type: 'flaky', failOn: 'even', kind: 'assertion'},
							'2000ms': {type: 'fail', kind: 'pytest-timeout'},
						},
					},
					{
						name: 'test_connection_reset_recovery',
						behaviour: all({
							type: 'changed',
							at: 3,
							kind: 'conn-refused',
							later: 'timeout',
						}),
					},
					{
						name: 'test_packet_loss_retry_budget',
						params: ['1%', '10%', '30%'],
						argument: 'loss',
						assertion: 'retry-budget',
					},
					{name: 'test_dns_resolution_failure'},
					{
						name: 'test_tls_handshake_timeout',
						behaviour: all({type: 'new', at: 3, kind: 'timeout'}),
					},
					{name: 'test_partial_partition_quorum'},
					{
						name: 'test_http_keepalive_exhaustion',
						behaviour: all({type: 'setup-error', kind: 'addr-in-use'}),
					},
					{
						name: 'test_upstream_502_circuit_breaker',
						behaviour: all({type: 'fail', kind: 'circuit-open'}),
					},
					{
						name: 'test_bandwidth_throttling',
						params: ['1mbit', '10mbit'],
						argument: 'rate',
						behaviour: all({
							type: 'skip',
							reason: 'tc/netem is not available on this runner',
						}),
					},
					{name: 'test_grpc_deadline_propagation', kinds: ['timeout']},
					{name: 'test_slow_loris_client', kinds: ['pytest-timeout']},
					{name: 'test_mtls_certificate_expiry'},
					{
						name: 'test_websocket_reconnect_storm',
						params: ['10-clients', '100-clients'],
						argument: 'clients',
					},
				],
			},
			{
				tests: [
					{
						name: 'test_proxy_routing',
						params: ['http://toxiproxy:8474', 'direct'],
						argument: 'proxy',
					},
					{
						name: 'test_ipv6_fallback',
						behaviour: all({
							type: 'xfail',
							reason: 'ipv6 is disabled on CI runners',
							xpassOn: 'odd',
						}),
					},
				],
			},
		],
	},
	{
		file: 'tests/chaos/resources/test_resources_chaos.py',
		area: 'resources',
		classes: [
			{
				name: 'TestResourceChaos',
				tests: [
					{
						name: 'test_resource_exhaustion_fd',
						behaviour: all({type: 'fail', kind: 'emfile'}),
					},
					{
						name: 'test_memory_leak_under_load',
						params: ['1k-requests', '10k-requests'],
						argument: 'requests',
						assertion: 'memory-growth',
						behaviour: {'10k-requests': {type: 'fail', kind: 'memory'}},
					},
					{name: 'test_disk_full_write_path', kinds: ['disk-full']},
					{name: 'test_cpu_throttling_deadline', kinds: ['pytest-timeout']},
					{
						name: 'test_oom_killer_worker_restart',
						behaviour: all({
							type: 'skip',
							reason: 'requires a privileged container (CAP_SYS_ADMIN)',
						}),
					},
					{
						name: 'test_tmpdir_quota_exceeded',
						behaviour: all({type: 'teardown', after: 'pass'}),
					},
					{name: 'test_ephemeral_port_exhaustion'},
					{name: 'test_thread_limit_reached'},
					{name: 'test_inode_exhaustion', assertion: 'fd-leak'},
					{name: 'test_log_volume_disk_pressure', kinds: ['disk-full']},
					{
						name: 'test_gc_pause_latency',
						params: ['gen0', 'gen2'],
						argument: 'generation',
					},
					{
						name: 'test_swap_thrashing_latency',
						params: ['zram', 'disk'],
						argument: 'swap',
					},
				],
			},
			{
				tests: [
					{
						name: 'test_cgroup_memory_limit_detection',
						behaviour: all({
							type: 'skip',
							reason: 'cgroup v2 memory controller is not mounted',
						}),
					},
					{
						name: 'test_file_lock_stale_after_crash',
						assertion: 'fd-leak',
						behaviour: all({type: 'teardown', after: 'fail'}),
					},
				],
			},
		],
	},
	{
		file: 'tests/core/test_config.py',
		area: 'core',
		classes: [
			{
				tests: [
					{name: 'test_load_defaults'},
					{
						name: 'test_env_override',
						params: ['APP_ENV=prod', 'APP_ENV=staging'],
						argument: 'environment',
						behaviour: {'APP_ENV=staging': {type: 'fail', kind: 'key-error'}},
					},
					{name: 'test_invalid_yaml_reports_line'},
					{name: 'test_secret_masking'},
					{name: 'test_feature_flags_default_off'},
				],
			},
		],
	},
	{
		file: 'tests/core/test_models.py',
		area: 'core',
		classes: [
			{
				name: 'TestOrder',
				tests: [
					{name: 'test_total_with_discounts'},
					{
						name: 'test_currency_rounding',
						params: ['EUR', 'JPY', 'BHD'],
						argument: 'currency',
						assertion: 'decimal-rounding',
						behaviour: {BHD: {type: 'fail', kind: 'assertion'}},
					},
					{name: 'test_serialization_roundtrip'},
					{name: 'test_refund_exceeds_total', kinds: ['type-error']},
				],
			},
		],
	},
	{
		file: 'tests/core/test_retry.py',
		area: 'core',
		classes: [
			{
				name: 'TestRetryPolicy',
				tests: [
					{
						name: 'test_exponential_backoff',
						params: ['base-0.1', 'base-1.0'],
						argument: 'base',
					},
					{name: 'test_jitter_bounds'},
					{name: 'test_max_attempts'},
					{name: 'test_retry_on_idempotent_only'},
				],
			},
			{
				tests: [
					{name: 'test_uuid_v7_monotonic'},
					{name: 'test_short_id_collisions'},
				],
			},
		],
	},
];

// Vocabulary of the generated modules that make big suites.
const topics =
	`burst failover soak recovery degradation partition saturation regression matrix limits drills fuzz`.split(
		' ',
	);
const verbs =
	`recover retry drain throttle failover rebalance evict reconnect replay shed degrade isolate restart heal saturate expire rollback resync flush probe`.split(
		' ',
	);
const nouns =
	`session token pool replica shard queue lease socket cursor snapshot partition worker upstream breaker buffer index ledger stream cache_entry handshake`.split(
		' ',
	);
const qualifiers =
	`under_load after_restart with_jitter on_partition during_failover at_capacity with_stale_reads across_regions after_timeout with_backpressure`.split(
		' ',
	);
const parameterSets: Record<
	Area,
	ReadonlyArray<readonly [string, readonly string[]]>
> = {
	auth: [
		['algorithm', ['rs256', 'hs256', 'es256']],
		['token', ['hs256-expired', 'rs256-expired']],
		['role', ['viewer', 'editor', 'admin']],
	],
	cache: [
		['policy', ['lru', 'lfu', 'ttl']],
		['key', ['a::b', 'tenant/a']],
		['key', ['caf\\xe9', 'plain']],
	],
	concurrency: [
		['threads', ['threads-2', 'threads-8', 'threads-32']],
		['backend', ['asyncio', 'trio']],
	],
	database: [
		['pool_size', ['pool size 10', 'pool size 50']],
		['isolation', ['read committed', 'serializable']],
	],
	network: [
		['latency', ['50ms', '500ms', '2000ms']],
		['loss', ['1%', '10%']],
		['proxy', ['http://toxiproxy:8474', 'direct']],
	],
	resources: [
		['requests', ['1k-requests', '10k-requests']],
		['filesystem', ['tmpfs', 'ext4']],
	],
	core: [
		['currency', ['EUR', 'JPY', 'BHD']],
		['flags', ['0-1', '1-0', 'True-None']],
	],
	api: [
		['page', ['page-1', 'page-50']],
		['encoding', ['json', 'msgpack']],
	],
};
const areaFixtures: Record<Area, readonly string[]> = {
	auth: ['auth_client'],
	cache: ['cache_client'],
	concurrency: [],
	database: ['db_pool'],
	network: ['toxiproxy'],
	resources: ['scratch_dir'],
	core: [],
	api: ['api_client'],
};
const missingFixture: Record<Area, string> = {
	auth: 'vault_client',
	cache: 'redis_client',
	concurrency: 'lock_server',
	database: 'pg_replica',
	network: 'netem',
	resources: 'cgroup',
	core: 'settings_override',
	api: 'api_token',
};

/** One collected test item. */
export type TestItem = {
	readonly id: string;
	readonly file: string;
	readonly area: Area;
	readonly className?: string;
	readonly name: string;
	readonly param?: string;
	/** Line of the `def`. */
	readonly line: number;
	/** Line of the `@pytest.mark.parametrize`, when there is one. */
	readonly decoratorLine?: number;
	readonly argument?: string;
	readonly fixtures: readonly string[];
	readonly behaviour?: Behaviour;
	readonly kinds?: readonly KindName[];
	readonly assertion?: string;
	readonly hash: number;
};

type Module = {
	readonly file: string;
	readonly area: Area;
	readonly count: number;
	readonly items: () => readonly TestItem[];
};

type Suite = {
	readonly modules: readonly Module[];
	readonly total: number;
};

function nodeId(
	file: string,
	className: string | undefined,
	name: string,
	param: string | undefined,
): string {
	const head = className === undefined ? file : `${file}::${className}`;
	return `${head}::${name}${param === undefined ? '' : `[${param}]`}`;
}

/** The name pytest prints in FAILURES and ERRORS headers: `TestAuth.test_jwt[rs256]`. */
function headline(item: TestItem): string {
	const name = `${item.name}${item.param === undefined ? '' : `[${item.param}]`}`;
	return item.className === undefined ? name : `${item.className}.${name}`;
}

/** Text beyond ASCII for `nonAscii`: accents, symbols, CJK, an emoji. */
const nonAsciiWords = [
	'Zürich',
	'état ✓',
	'東京',
	'naïve → café',
	'Ελλάδα',
	'日本語のテスト',
	'🎉 done',
	'Kraków–Gdańsk',
] as const;

/** A test's parameter value, beyond ASCII for about `share` of the parametrized tests. */
function withNonAscii(param: string, hash: number, share: number): string {
	return share > 0 && unit(hashNumbers(hash, 7)) < share
		? `${param}-${pickBy(nonAsciiWords, hash >>> 5).replaceAll(' ', '')}`
		: param;
}

function moduleItems(spec: ModuleSpec, seed: number, nonAscii = 0): TestItem[] {
	const items: TestItem[] = [];
	const fileHash = hashString(spec.file, seed);
	let line = 14 + (fileHash % 12);
	for (const classSpec of spec.classes) {
		if (classSpec.name !== undefined) {
			line += 3;
		}

		for (const function_ of classSpec.tests) {
			const fixtures = function_.fixtures ?? areaFixtures[spec.area];
			const decoratorLine = function_.params === undefined ? undefined : line;
			const defLine = decoratorLine === undefined ? line : line + 1;
			for (const given of function_.params ?? [undefined]) {
				const param =
					given === undefined
						? undefined
						: withNonAscii(
								given,
								hashString(`${spec.file}::${function_.name}[${given}]`, seed),
								nonAscii * 2,
							);
				const id = nodeId(spec.file, classSpec.name, function_.name, param);
				items.push({
					id,
					file: spec.file,
					area: spec.area,
					className: classSpec.name,
					name: function_.name,
					param,
					line: defLine,
					decoratorLine,
					argument: function_.argument,
					fixtures,
					behaviour:
						function_.behaviour?.[param ?? '*'] ?? function_.behaviour?.['*'],
					kinds: function_.kinds,
					assertion: function_.assertion,
					hash: hashString(id, seed),
				});
			}

			line = defLine + 9 + (hashString(function_.name, fileHash) % 17);
		}
	}

	return items;
}

/** Where a generated module is and how many tests it has, without building it. */
function syntheticHead(
	index: number,
	seed: number,
): {file: string; area: Area; topic: string; count: number; hash: number} {
	const hash = hashNumbers(seed, index, 17);
	const area = itemAt(areas, index % areas.length);
	const round = Math.floor(index / areas.length);
	const topic = itemAt(topics, round % topics.length);
	const suffix =
		round >= topics.length ? `_${Math.floor(round / topics.length)}` : '';
	const file =
		area === 'core'
			? `tests/core/test_${topic}${suffix}.py`
			: area === 'api'
				? `tests/api/test_${topic}${suffix}_api.py`
				: `tests/chaos/${area}/test_${area}_${topic}${suffix}.py`;
	return {file, area, topic, count: 16 + (hash % 40), hash};
}

function syntheticModule(index: number, seed: number): ModuleSpec {
	const {file, area, topic, count, hash} = syntheticHead(index, seed);
	const classes: ClassSpec[] = [];
	let made = 0;
	let functionIndex = 0;
	const stride = 37; // Coprime with 4000: every function name in a module is distinct.
	const offset = hash % 4000;
	let current: FunctionSpec[] = [];
	let className: string | undefined =
		hash % 3 === 0
			? undefined
			: `Test${capitalize(pickBy(nouns, hash >>> 3))}${capitalize(topic)}`;
	while (made < count) {
		const combination = (offset + functionIndex * stride) % 4000;
		const name = `test_${itemAt(verbs, combination % 20)}_${itemAt(nouns, Math.floor(combination / 20) % 20)}_${itemAt(qualifiers, Math.floor(combination / 400))}`;
		const functionHash = hashNumbers(hash, functionIndex);
		let function_: FunctionSpec = {name};
		if (functionHash % 10 < 3) {
			const [argument, values] = pickBy(
				parameterSets[area],
				functionHash >>> 4,
			);
			const params = values.slice(0, Math.min(values.length, count - made));
			function_ = {name, params, argument};
		}

		current.push(function_);
		made += function_.params?.length ?? 1;
		functionIndex++;
		if (functionHash % 13 === 0 || made >= count) {
			classes.push({name: className, tests: current});
			current = [];
			className =
				className === undefined
					? `Test${capitalize(pickBy(nouns, functionHash >>> 5))}${capitalize(pickBy(verbs, functionHash >>> 9))}`
					: undefined;
		}
	}

	return {file, area, classes};
}

function capitalize(text: string): string {
	return text
		.split('_')
		.map(part => part.charAt(0).toUpperCase() + part.slice(1))
		.join('');
}

// Tests with a fixed behaviour come first when a small suite must drop some: the dynamic ones
// (flaky, fixed, new, changed) before the rest.
const behaviourPriority: Record<Behaviour['type'], number> = {
	flaky: 0,
	fixed: 0,
	new: 0,
	changed: 0,
	xfail: 1,
	'setup-error': 1,
	teardown: 1,
	skip: 2,
	fail: 2,
	pass: 3,
};

function buildSuite(options: GenerateOptions): Suite {
	const base = baseModules.map(spec => ({
		spec,
		items: moduleItems(spec, options.seed, options.nonAscii),
	}));
	const baseTotal = base.reduce((sum, module) => sum + module.items.length, 0);
	const modules: Module[] = [];
	if (options.tests <= baseTotal) {
		const flat = base.flatMap(module => module.items);
		const keep = new Set<TestItem>();
		const fixed = flat
			.filter(item => item.behaviour !== undefined)
			.toSorted(
				(a, b) =>
					behaviourPriority[a.behaviour?.type ?? 'pass'] -
						behaviourPriority[b.behaviour?.type ?? 'pass'] || a.hash - b.hash,
			);
		for (const item of fixed.slice(0, Math.ceil(options.tests / 3))) {
			keep.add(item);
		}

		const rest = flat.filter(item => !keep.has(item));
		const wanted = options.tests - keep.size;
		for (let index = 0; index < wanted; index++) {
			keep.add(
				itemAt(rest, Math.floor((index * rest.length) / Math.max(wanted, 1))),
			);
		}

		for (const module of base) {
			const items = module.items.filter(item => keep.has(item));
			if (items.length > 0) {
				modules.push({
					file: module.spec.file,
					area: module.spec.area,
					count: items.length,
					items: () => items,
				});
			}
		}
	} else {
		for (const module of base) {
			modules.push({
				file: module.spec.file,
				area: module.spec.area,
				count: module.items.length,
				items: () => module.items,
			});
		}

		let remaining = options.tests - baseTotal;
		for (let index = 0; remaining > 0; index++) {
			// Big suites have tens of thousands of modules: build each one when it runs.
			const head = syntheticHead(index, options.seed);
			const count = Math.min(head.count, remaining);
			remaining -= count;
			const moduleIndex = index;
			modules.push({
				file: head.file,
				area: head.area,
				count,
				items: () =>
					moduleItems(
						syntheticModule(moduleIndex, options.seed),
						options.seed,
						options.nonAscii,
					).slice(0, count),
			});
		}
	}

	modules.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	return {
		modules,
		total: modules.reduce((sum, module) => sum + module.count, 0),
	};
}

function* iterateItems(suite: Suite): Generator<TestItem> {
	for (const module of suite.modules) {
		yield* module.items();
	}
}

// ---------------------------------------------------------------------------------------------
// What happens to each test in this run

type ReportOutcome =
	'passed' | 'failed' | 'error' | 'skipped' | 'xfailed' | 'xpassed';

type Phase = 'setup' | 'call' | 'teardown';

type TestReport = {
	readonly outcome: ReportOutcome;
	readonly phase: Phase;
	readonly kind?: KindName;
	/** Skip or xfail reason. */
	readonly reason?: string;
};

type Plan = {
	readonly item: TestItem;
	readonly reports: readonly TestReport[];
	readonly seconds: number;
	readonly hasWarning: boolean;
};

const areaKinds: Record<Area, ReadonlyArray<readonly [KindName, number]>> = {
	auth: [
		['assertion', 4],
		['conn-refused', 2],
		['key-error', 2],
		['timeout', 1],
		['redis-conn', 1],
	],
	cache: [
		['assertion', 4],
		['redis-conn', 3],
		['memory', 1],
		['key-error', 1],
	],
	concurrency: [
		['assertion', 5],
		['pytest-timeout', 2],
		['timeout', 2],
	],
	database: [
		['pg-operational', 3],
		['pg-serialization', 2],
		['assertion', 3],
		['pytest-timeout', 1],
	],
	network: [
		['conn-refused', 3],
		['timeout', 2],
		['pytest-timeout', 2],
		['circuit-open', 2],
		['assertion', 2],
	],
	resources: [
		['memory', 2],
		['emfile', 2],
		['disk-full', 1],
		['assertion', 3],
	],
	core: [
		['assertion', 4],
		['key-error', 1],
		['type-error', 2],
	],
	api: [
		['assertion', 4],
		['conn-refused', 1],
		['key-error', 1],
	],
};

const setupKinds: Record<Area, readonly KindName[]> = {
	auth: ['fixture-missing', 'addr-in-use'],
	cache: ['redis-setup', 'fixture-missing'],
	concurrency: ['addr-in-use'],
	database: ['pg-setup'],
	network: ['addr-in-use', 'fixture-missing'],
	resources: ['addr-in-use'],
	core: ['fixture-missing'],
	api: ['addr-in-use'],
};

const skipReasons: Record<Area, readonly string[]> = {
	auth: ['requires a live Vault instance for secret rotation'],
	cache: ['redis cluster mode is not enabled on this runner'],
	concurrency: ['free-threaded CPython build required'],
	database: ['requires PostgreSQL 16 logical replication'],
	network: ['toxiproxy is not available on this runner'],
	resources: ['requires cgroup v2 with the io controller'],
	core: ['tzdata is not installed'],
	api: ['OpenAPI schema validation is disabled'],
};

const areaWeight: Record<Area, number> = {
	auth: 1.1,
	cache: 1.1,
	concurrency: 1.2,
	database: 1.1,
	network: 1.2,
	resources: 1,
	core: 0.4,
	api: 0.6,
};

function chooseKind(item: TestItem, salt: number): KindName {
	if (item.kinds !== undefined) {
		return pickBy(item.kinds, hashNumbers(item.hash, salt));
	}

	const weights = areaKinds[item.area];
	const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
	let ticket = hashNumbers(item.hash, salt) % total;
	for (const [kind, weight] of weights) {
		if (ticket < weight) {
			return kind;
		}

		ticket -= weight;
	}

	return 'assertion';
}

function otherKind(item: TestItem, kind: KindName): KindName {
	const candidates = areaKinds[item.area]
		.map(([name]) => name)
		.filter(name => name !== kind);
	return candidates.length === 0
		? 'timeout'
		: pickBy(candidates, hashNumbers(item.hash, 41));
}

function isOn(parity: 'odd' | 'even', run: number, shift = 0): boolean {
	return ((run + shift) % 2 === 1) === (parity === 'odd');
}

function planTest(
	item: TestItem,
	options: GenerateOptions,
	moduleFactor: number,
): Plan {
	const {run} = options;
	const h = item.hash;
	const roll = (salt: number) => unit(hashNumbers(h, salt));
	const runRoll = (salt: number) => unit(hashNumbers(h, salt, run));
	const hasWarning =
		(item.area === 'cache' || item.area === 'auth') && roll(90) < 0.12;
	let seconds =
		item.area === 'core' || item.area === 'api'
			? 0.002 + runRoll(91) * 0.08
			: 0.05 + runRoll(91) ** 3 * 4;
	const result = (
		reports: TestReport[],
		extraSeconds = 0,
		warns = hasWarning,
	): Plan => ({
		item,
		reports,
		seconds: seconds + extraSeconds,
		hasWarning: warns,
	});
	const failure = (kind: KindName): TestReport => {
		if (kind === 'pytest-timeout') {
			seconds = 30 + runRoll(92) * 0.05;
		} else if (kind === 'timeout') {
			seconds += 5;
		}

		return {outcome: 'failed', phase: 'call', kind};
	};

	const setupError = (kind: KindName): Plan =>
		result([{outcome: 'error', phase: 'setup', kind}], 0, false);
	const passed = (): Plan => result([{outcome: 'passed', phase: 'call'}]);
	const behaviour = item.behaviour;

	if (options.outage && item.area !== 'core') {
		const isMarked = behaviour?.type === 'skip' || behaviour?.type === 'xfail';
		if (!isMarked && roll(20) < 0.93) {
			seconds = 1.5 + runRoll(93);
			return item.className === undefined
				? result([failure('outage-call')], 0, false)
				: setupError('outage-setup');
		}
	}

	if (behaviour !== undefined) {
		switch (behaviour.type) {
			case 'pass': {
				return passed();
			}

			case 'skip': {
				return result(
					[{outcome: 'skipped', phase: 'setup', reason: behaviour.reason}],
					-seconds,
					false,
				);
			}

			case 'xfail': {
				const xpass =
					behaviour.xpassOn !== undefined && isOn(behaviour.xpassOn, run);
				return result([
					{
						outcome: xpass ? 'xpassed' : 'xfailed',
						phase: 'call',
						reason: behaviour.reason,
					},
				]);
			}

			case 'fail': {
				return result([failure(behaviour.kind ?? chooseKind(item, 1))]);
			}

			case 'setup-error': {
				return setupError(behaviour.kind);
			}

			case 'flaky': {
				return isOn(behaviour.failOn, run)
					? result([failure(behaviour.kind ?? chooseKind(item, 1))])
					: passed();
			}

			case 'fixed': {
				return run < behaviour.at
					? result([failure(behaviour.kind ?? chooseKind(item, 1))])
					: passed();
			}

			case 'new': {
				return run >= behaviour.at
					? result([failure(behaviour.kind ?? chooseKind(item, 1))])
					: passed();
			}

			case 'changed': {
				return result([
					failure(run >= behaviour.at ? behaviour.later : behaviour.kind),
				]);
			}

			case 'teardown': {
				const first: TestReport =
					behaviour.after === 'pass'
						? {outcome: 'passed', phase: 'call'}
						: failure(chooseKind(item, 1));
				return result([
					first,
					{outcome: 'error', phase: 'teardown', kind: 'rmtree-teardown'},
				]);
			}
		}
	}

	const marker = roll(1);
	if (marker < 0.02) {
		return result(
			[
				{
					outcome: 'skipped',
					phase: 'setup',
					reason: pickBy(skipReasons[item.area], hashNumbers(h, 2)),
				},
			],
			-seconds,
			false,
		);
	}

	if (marker < 0.026) {
		return result([
			{
				outcome: runRoll(3) < 0.3 ? 'xpassed' : 'xfailed',
				phase: 'call',
				reason: 'known issue, tracked in CHAOS-' + String(100 + (h % 800)),
			},
		]);
	}

	const probability = Math.min(
		0.95,
		options.failRatio * areaWeight[item.area] * moduleFactor,
	);
	if (roll(4) < probability) {
		if (roll(5) < 0.1) {
			return setupError(pickBy(setupKinds[item.area], hashNumbers(h, 6)));
		}

		const kind = chooseKind(item, 1);
		if (roll(7) < 0.12 && run >= 2 + Math.floor(roll(8) * 3)) {
			return passed(); // Fixed since.
		}

		if (roll(9) < 0.08 && run >= 2 + Math.floor(roll(10) * 3)) {
			return result([failure(otherKind(item, kind))]); // The error changed.
		}

		if (roll(11) < 0.004) {
			return result([
				failure(kind),
				{outcome: 'error', phase: 'teardown', kind: 'rmtree-teardown'},
			]);
		}

		return result([failure(kind)]);
	}

	if (
		roll(12) < 0.02 * areaWeight[item.area] &&
		runRoll(13) < 0.5 // Flaky.
	) {
		return result([failure(chooseKind(item, 1))]);
	}

	if (roll(14) < probability * 0.12 && run >= 2 + Math.floor(roll(15) * 3)) {
		return result([failure(chooseKind(item, 1))]); // New since.
	}

	if (roll(16) < 0.002) {
		return result([
			{outcome: 'passed', phase: 'call'},
			{outcome: 'error', phase: 'teardown', kind: 'rmtree-teardown'},
		]);
	}

	return passed();
}

// ---------------------------------------------------------------------------------------------
// Failure reports: what pytest prints for each kind of failure with --tb=short

type Frame = {
	readonly path: string;
	readonly line: number;
	readonly func: string;
	readonly source: string;
};

type ExceptionBlock = {
	readonly frames: readonly Frame[];
	/** The exception lines, printed after `E   `. */
	readonly lines: readonly string[];
};

type Section = {
	readonly title: string;
	readonly lines: readonly string[];
	readonly isLog?: boolean;
};

type FixtureLookup = {
	readonly missing: string;
	readonly available: readonly string[];
};

type FailureText = {
	readonly chain: readonly ExceptionBlock[];
	/** How chained exceptions are joined. */
	readonly chaining?: 'context' | 'cause';
	readonly fixtureLookup?: FixtureLookup;
	readonly sections?: readonly Section[];
};

type Context = {
	readonly item: TestItem;
	readonly random: Random;
	readonly flavor: Flavor;
	readonly phase: Phase;
	readonly tmp: string;
};

function testFrame(context: Context, source: string, shift = 0): Frame {
	const {item} = context;
	return {
		path: item.file,
		line: item.line + 2 + ((item.hash >>> 7) % 9) + shift,
		func: item.name,
		source,
	};
}

function logLine(
	level: string,
	logger: string,
	where: string,
	message: string,
) {
	return `${level.padEnd(8)} ${logger}:${where} ${message}`;
}

function tmpPath(context: Context, ...parts: string[]): string {
	const name = context.item.name.slice(0, 30);
	return [context.tmp, `${name}0`, ...parts].join('/');
}

type AssertionText = {
	readonly source: string;
	readonly lines: readonly string[];
};

/** A plain `assert` without a message: pytest drops the `AssertionError: ` prefix unless the
repr of the message would use double quotes. */
function plainAssert(lines: string[]): string[] {
	const [first = '', ...rest] = lines;
	const text = [first, ...rest].join('\n');
	const keepsPrefix = text.includes("'") && !text.includes('"');
	return keepsPrefix ? [`AssertionError: ${first}`, ...rest] : lines;
}

function stringDiff(
	flavor: Flavor,
	actual: string,
	expected: string,
): string[] {
	const diff = [`  - ${expected}`, `  + ${actual}`];
	return flavor.major === '7' ? diff : ['  ', ...diff];
}

function boundMethod(
	flavor: Flavor,
	className: string,
	method: string,
	address: string,
): {call: string; where: string} {
	const object = `<${className} object at ${address}>`;
	const shortClass = className.split('.').at(-1) ?? className;
	if (flavor.major === '7') {
		const bound = `<bound method ${shortClass}.${method} of ${object}>`;
		return {call: bound, where: `${bound} = ${object}.${method}`};
	}

	return {call: method, where: `${method} = ${object}.${method}`};
}

const authContention = (): AssertionText => ({
	source:
		'assert contention_events > 0, "Should experience some auth contention under load"',
	lines: [
		'AssertionError: Should experience some auth contention under load',
		'assert 0 > 0',
	],
});

const assertions: Record<
	string,
	(random: Random, flavor: Flavor) => AssertionText
> = {
	'auth-contention': authContention,
	'expired-accepted': () => ({
		source:
			'assert response.status_code == 401, "Expired token was accepted by /v1/session"',
		lines: [
			'AssertionError: Expired token was accepted by /v1/session',
			'assert 200 == 401',
			' +  where 200 = <Response [200]>.status_code',
		],
	}),
	'signature-accepted'(random) {
		const kid = random.hex(8);
		return {
			source:
				'assert not verifier.accepts(forged), f"Forged token accepted (kid={kid})"',
			lines: [
				`AssertionError: Forged token accepted (kid=${kid})`,
				'assert not True',
			],
		};
	},
	'rbac-escalation': (_, flavor) => ({
		source: `assert effective_role == "viewer", "Role 'viewer' escalated"`,
		lines: [
			"AssertionError: Role 'viewer' escalated",
			"assert 'admin' == 'viewer'",
			...stringDiff(flavor, 'admin', 'viewer'),
		],
	}),
	stampede(random) {
		const count = random.int(12, 96);
		return {
			source:
				'assert recomputations == 1, f"Stampede: {recomputations} concurrent recomputations"',
			lines: [
				`AssertionError: Stampede: ${count} concurrent recomputations`,
				`assert ${count} == 1`,
			],
		};
	},
	'cache-memory': random => ({
		source:
			'assert rss_mib <= budget_mib, "Cache exceeded its memory budget under pressure"',
		lines: [
			'AssertionError: Cache exceeded its memory budget under pressure',
			`assert ${random.float(530, 900).toFixed(1)} <= 512`,
		],
	}),
	'stale-read'(random, flavor) {
		const version = random.int(1, 40);
		return {
			source: `assert cache.get(key) == fresh_value`,
			lines: plainAssert([
				`assert 'v${version}' == 'v${version + 1}'`,
				...stringDiff(flavor, `v${version}`, `v${version + 1}`),
			]),
		};
	},
	'lost-updates'(random) {
		const value = 10_000 - random.int(3, 400);
		return {
			source: 'assert counter.value == 10000',
			lines: [
				`assert ${value} == 10000`,
				` +  where ${value} = <chaos_service.counters.SharedCounter object at ${random.address()}>.value`,
			],
		};
	},
	deadlock(random, flavor) {
		const method = boundMethod(
			flavor,
			'chaos_service.locks.LockMonitor',
			'deadlock_detected',
			random.address(),
		);
		return {
			source:
				'assert monitor.deadlock_detected(), "Deadlock not detected within 5.0s"',
			lines: [
				'AssertionError: Deadlock not detected within 5.0s',
				'assert False',
				` +  where False = ${method.call}()`,
				` +    where ${method.where}`,
			],
		};
	},
	'rollback-visible'(random, flavor) {
		const rows = random.int(1, 12);
		const runId = random.uuid();
		const callee =
			flavor.major === '7'
				? `<function count_rows at ${random.address()}>`
				: 'count_rows';
		return {
			source:
				'assert count_rows("orders", run_id) == 0, "Rows visible after rollback"',
			lines: [
				'AssertionError: Rows visible after rollback',
				`assert ${rows} == 0`,
				` +  where ${rows} = ${callee}('orders', '${runId}')`,
			],
		};
	},
	'replica-divergence'(random) {
		const keys = Array.from(
			{length: random.int(1, 3)},
			() => `'order:${random.int(1000, 99_999)}'`,
		);
		return {
			source:
				'assert not diverged, f"{len(diverged)} keys diverged after partition heal"',
			lines: [
				`AssertionError: ${keys.length} keys diverged after partition heal`,
				`assert not [${keys.join(', ')}]`,
			],
		};
	},
	'p99-latency'(random) {
		const p99 = random.float(0.61, 4.9).toFixed(4);
		return {
			source: 'assert p99 < SLO_SECONDS, f"p99 latency {p99}s exceeds the SLO"',
			lines: [
				`AssertionError: p99 latency ${p99}s exceeds the SLO`,
				`assert ${p99} < 0.5`,
			],
		};
	},
	'retry-budget': () => ({
		source: 'assert attempts < max_attempts, "Retry budget exhausted"',
		lines: ['AssertionError: Retry budget exhausted', 'assert 5 < 5'],
	}),
	'fd-leak'(random, flavor) {
		const open = random.int(120, 1021);
		const callee =
			flavor.major === '7'
				? `<function open_fds at ${random.address()}>`
				: 'open_fds';
		return {
			source: 'assert open_fds() <= baseline + 8, "File descriptors leaked"',
			lines: [
				'AssertionError: File descriptors leaked',
				`assert ${open} <= (64 + 8)`,
				` +  where ${open} = ${callee}()`,
			],
		};
	},
	'memory-growth'(random) {
		const growth = random.float(60, 700).toFixed(1);
		return {
			source:
				'assert growth_mib < 50, f"Memory grew by {growth_mib} MiB under load"',
			lines: [
				`AssertionError: Memory grew by ${growth} MiB under load`,
				`assert ${growth} < 50`,
			],
		};
	},
	'status-code'(random) {
		const code = random.pick([500, 502, 503]);
		return {
			source: 'assert response.status_code == 201',
			lines: [
				`assert ${code} == 201`,
				` +  where ${code} = <Response [${code}]>.status_code`,
			],
		};
	},
	'not-found': () => ({
		source: 'assert response.status_code == 404',
		lines: [
			'assert 500 == 404',
			' +  where 500 = <Response [500]>.status_code',
		],
	}),
	'decimal-rounding': () => ({
		source: 'assert total == Decimal("1.234")',
		lines: plainAssert([
			"assert Decimal('1.235') == Decimal('1.234')",
			" +  where Decimal('1.234') = Decimal('1.234')",
		]),
	}),
	'health-dependencies': (_, flavor) => ({
		source: 'assert body["dependencies"]["redis"] == "ok"',
		lines: plainAssert([
			"assert 'degraded' == 'ok'",
			...stringDiff(flavor, 'degraded', 'ok'),
		]),
	}),
};

const areaAssertions: Record<Area, readonly string[]> = {
	auth: ['auth-contention', 'expired-accepted', 'rbac-escalation'],
	cache: ['stampede', 'cache-memory', 'stale-read'],
	concurrency: ['lost-updates', 'deadlock'],
	database: ['rollback-visible', 'replica-divergence'],
	network: ['p99-latency', 'retry-budget'],
	resources: ['fd-leak', 'memory-growth'],
	core: ['decimal-rounding', 'status-code'],
	api: ['status-code', 'not-found', 'health-dependencies'],
};

/** What the chaos tests print while they inject faults. */
function chaosOutput(context: Context): string[] {
	const {item, random} = context;
	switch (item.area) {
		case 'auth': {
			return [
				`[chaos] ${random.pick([100, 500, 1000])} concurrent logins against auth-svc`,
				`[chaos] p50=${random.int(8, 40)}ms p99=${random.int(90, 2400)}ms errors=0`,
			];
		}

		case 'cache': {
			return [
				`[chaos] evicting 40% of keys on cache-2 (pid ${random.int(1000, 65_000)})`,
			];
		}

		case 'concurrency': {
			return [
				`[chaos] spawned ${random.pick([8, 16, 32])} workers, seed=${random.int(1, 2 ** 31)}`,
			];
		}

		case 'database': {
			return [
				`[chaos] partitioning primary 10.0.3.17 from its replicas for ${random.int(5, 30)}s`,
				`[chaos] partition healed after ${random.float(5, 31).toFixed(2)}s`,
			];
		}

		case 'network': {
			return [
				`[chaos] toxiproxy: latency ${random.pick([50, 500, 2000])}ms jitter ${random.int(5, 100)}ms on orders-api (127.0.0.1:${random.port()})`,
			];
		}

		case 'resources': {
			return [
				`[chaos] RLIMIT_NOFILE lowered to 256 for pid ${random.int(1000, 65_000)}`,
			];
		}

		default: {
			return [];
		}
	}
}

function clientFrames(context: Context, method: string): Frame[] {
	const {flavor} = context;
	return [
		{
			path: 'src/chaos_service/client.py',
			line: 77,
			func: method.toLowerCase(),
			source: `return self._request("${method}", path, **kwargs)`,
		},
		{
			path: 'src/chaos_service/client.py',
			line: 52,
			func: '_request',
			source:
				'sock = socket.create_connection((self.host, self.port), timeout=self.timeout)',
		},
		{
			path: `${flavor.stdlib}/socket.py`,
			line: flavor.lines.socketRaise,
			func: 'create_connection',
			source: 'raise exceptions[0]',
		},
		{
			path: `${flavor.stdlib}/socket.py`,
			line: flavor.lines.socketConnect,
			func: 'create_connection',
			source: 'sock.connect(sa)',
		},
	];
}

function redisChain(context: Context, first: Frame[]): FailureText {
	const {flavor, random} = context;
	const host = random.pick(['10.0.3.21', '10.0.3.22', 'redis-chaos']);
	const site = `${flavor.site}/redis`;
	return {
		chain: [
			{
				frames: [
					{
						path: `${site}/connection.py`,
						line: 277,
						func: 'connect',
						source: 'sock = self.retry.call_with_retry(',
					},
					{
						path: `${site}/retry.py`,
						line: 51,
						func: 'call_with_retry',
						source: 'raise error',
					},
					{
						path: `${site}/retry.py`,
						line: 46,
						func: 'call_with_retry',
						source: 'return do()',
					},
					{
						path: `${site}/connection.py`,
						line: 278,
						func: '<lambda>',
						source:
							'lambda: self._connect(), lambda error: self.disconnect(error)',
					},
					{
						path: `${site}/connection.py`,
						line: 639,
						func: '_connect',
						source: 'raise err',
					},
					{
						path: `${site}/connection.py`,
						line: 627,
						func: '_connect',
						source: 'sock.connect(socket_address)',
					},
				],
				lines: ['ConnectionRefusedError: [Errno 111] Connection refused'],
			},
			{
				frames: [
					...first,
					{
						path: `${site}/client.py`,
						line: 1266,
						func: 'execute_command',
						source:
							'conn = self.connection or pool.get_connection(command_name, **options)',
					},
					{
						path: `${site}/connection.py`,
						line: 1457,
						func: 'get_connection',
						source: 'connection.connect()',
					},
					{
						path: `${site}/connection.py`,
						line: 283,
						func: 'connect',
						source: 'raise ConnectionError(self._error_message(e))',
					},
				],
				lines: [
					`redis.exceptions.ConnectionError: Error 111 connecting to ${host}:6379. Connection refused.`,
				],
			},
		],
		chaining: 'context',
	};
}

function pgConnectBlock(context: Context, first: Frame[]): ExceptionBlock {
	const {flavor, random} = context;
	const host = random.pick(['10.0.3.17', '10.0.3.18']);
	return {
		frames: [
			...first,
			{
				path: 'src/chaos_service/db.py',
				line: 34,
				func: 'connect',
				source:
					'return psycopg2.connect(dsn, connect_timeout=self.connect_timeout)',
			},
			{
				path: `${flavor.site}/psycopg2/__init__.py`,
				line: 122,
				func: 'connect',
				source:
					'conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
			},
		],
		lines: [
			`psycopg2.OperationalError: connection to server at "${host}", port 5433 failed: Connection refused`,
			'\tIs the server running on that host and accepting TCP/IP connections?',
		],
	};
}

function timeoutStack(context: Context): Section {
	const {flavor, random} = context;
	const threadName = random.pick([
		'ThreadPoolExecutor-0_0',
		'ThreadPoolExecutor-0_1',
		'chaos-monitor',
	]);
	const ident = String(139_600_000_000_000 + random.int(0, 999_999_999));
	const stack = `Stack of ${threadName} (${ident})`;
	const lines = flavor.lines;
	return {
		title: 'Captured stderr call',
		lines: [
			'',
			separator('+', 'Timeout'),
			'',
			separator('~', stack),
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadBootstrap}, in _bootstrap`,
			'    self._bootstrap_inner()',
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadBootstrapInner}, in _bootstrap_inner`,
			'    self.run()',
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadRun}, in run`,
			'    self._target(*self._args, **self._kwargs)',
			`  File "${flavor.stdlib}/concurrent/futures/thread.py", line ${lines.futuresWorker}, in _worker`,
			'    work_item.run()',
			`  File "${rootdir}/src/chaos_service/locks.py", line 88, in acquire`,
			'    self._cond.wait(timeout=remaining)',
			`  File "${flavor.stdlib}/threading.py", line ${lines.threadWait}, in wait`,
			'    waiter.acquire()',
			'',
			separator('+', 'Timeout'),
		],
	};
}

const kinds: Record<KindName, (context: Context) => FailureText> = {
	assertion(context) {
		const {item, random, flavor} = context;
		const name =
			item.assertion ??
			pickBy(areaAssertions[item.area], hashNumbers(item.hash, 31));
		const make = assertions[name] ?? authContention;
		const text = make(random, flavor);
		const sections: Section[] = [];
		const printed = chaosOutput(context);
		if (printed.length > 0 && hashNumbers(item.hash, 37) % 3 === 0) {
			sections.push({title: 'Captured stdout call', lines: printed});
		}

		if (item.area !== 'core' && hashNumbers(item.hash, 39) % 5 === 0) {
			sections.push({
				title: 'Captured log call',
				isLog: true,
				lines: [
					logLine(
						'WARNING',
						`chaos_service.${item.area}`,
						`${item.area}.py:${random.int(40, 240)}`,
						`degraded mode for ${random.int(120, 9000)}ms (request ${random.uuid()})`,
					),
				],
			});
		}

		return {
			chain: [{frames: [testFrame(context, text.source)], lines: text.lines}],
			sections,
		};
	},
	'conn-refused'(context) {
		const {random} = context;
		const port = random.int(8000, 8999);
		return {
			chain: [
				{
					frames: [
						testFrame(
							context,
							'response = client.post("/v1/orders", json=payload)',
						),
						...clientFrames(context, 'POST'),
					],
					lines: ['ConnectionRefusedError: [Errno 111] Connection refused'],
				},
			],
			sections: [
				{
					title: 'Captured log call',
					isLog: true,
					lines: [
						logLine(
							'WARNING',
							'chaos_service.client',
							'client.py:48',
							`connect to 10.0.3.17:${port} failed (attempt 3/3), retrying in ${random.int(100, 900)}ms`,
						),
					],
				},
			],
		};
	},
	'redis-conn'(context) {
		return redisChain(context, [
			testFrame(context, 'assert cache.get(key) == value'),
			{
				path: 'src/chaos_service/cache.py',
				line: 61,
				func: 'get',
				source: 'raw = self._redis.get(self._key(key))',
			},
		]);
	},
	timeout(context) {
		const {random, flavor} = context;
		if (hashNumbers(context.item.hash, 33) % 2 === 0) {
			return {
				chain: [
					{
						frames: [
							testFrame(
								context,
								'body = client.get(f"/v1/orders/{order_id}").json()',
							),
							{
								path: 'src/chaos_service/client.py',
								line: 95,
								func: '_read_response',
								source: 'chunk = self._sock.recv(65536)',
							},
							{
								path: `${flavor.stdlib}/socket.py`,
								line: flavor.lines.socketRecvInto,
								func: 'readinto',
								source: 'return self._sock.recv_into(b)',
							},
						],
						lines: ['TimeoutError: timed out'],
					},
				],
			};
		}

		const lock = `orders:${random.hex(6)}`;
		const waited = random.float(5, 5.2).toFixed(2);
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'with locks.acquire(resource, timeout=5.0):'),
						{
							path: 'src/chaos_service/locks.py',
							line: 92,
							func: 'acquire',
							source:
								'raise TimeoutError(f"Lock {name} not acquired after {waited}s")',
						},
					],
					lines: [`TimeoutError: Lock ${lock} not acquired after ${waited}s`],
				},
			],
		};
	},
	'pytest-timeout'(context) {
		const {flavor} = context;
		return {
			chain: [
				{
					frames: [
						testFrame(
							context,
							'results = [future.result() for future in futures]',
						),
						{
							path: `${flavor.stdlib}/concurrent/futures/_base.py`,
							line: 451,
							func: 'result',
							source: 'self._condition.wait(timeout)',
						},
						{
							path: `${flavor.stdlib}/threading.py`,
							line: flavor.lines.threadWait,
							func: 'wait',
							source: 'waiter.acquire()',
						},
					],
					lines: ['Failed: Timeout >30.0s'],
				},
			],
			sections: [timeoutStack(context)],
		};
	},
	memory(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(
							context,
							'payloads = [make_payload(size) for _ in range(requests)]',
						),
						{
							path: 'src/chaos_service/buffers.py',
							line: 23,
							func: 'make_payload',
							source: 'return bytearray(size)',
						},
					],
					lines: ['MemoryError'],
				},
			],
		};
	},
	'pg-operational'(context) {
		const {random} = context;
		if (hashNumbers(context.item.hash, 35) % 2 === 0) {
			return {
				chain: [
					pgConnectBlock(context, [
						testFrame(context, 'with db.connect() as connection:'),
					]),
				],
			};
		}

		return {
			chain: [
				{
					frames: [
						testFrame(context, 'repository.save(order)'),
						{
							path: 'src/chaos_service/repository.py',
							line: 71,
							func: 'save',
							source: 'cursor.execute(INSERT_ORDER, order.as_row())',
						},
					],
					lines: [
						'psycopg2.OperationalError: server closed the connection unexpectedly',
						'\tThis probably means the server terminated abnormally',
						'\tbefore or while processing the request.',
					],
				},
			],
			sections: [
				{
					title: 'Captured log call',
					isLog: true,
					lines: [
						logLine(
							'ERROR',
							'chaos_service.repository',
							'repository.py:69',
							`write of order ${random.uuid()} failed after ${random.int(80, 950)}ms`,
						),
					],
				},
			],
		};
	},
	'pg-serialization'(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'transfer(connection, source, target, amount)'),
						{
							path: 'src/chaos_service/ledger.py',
							line: 48,
							func: 'transfer',
							source: 'cursor.execute(DEBIT, (amount, source))',
						},
					],
					lines: [
						'psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update',
					],
				},
			],
		};
	},
	'key-error'(context) {
		const {random} = context;
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'session = store.get(session_id)'),
						{
							path: 'src/chaos_service/sessions.py',
							line: 40,
							func: 'get',
							source: 'return self._sessions[key]',
						},
					],
					lines: [`KeyError: 'session:${random.uuid()}'`],
				},
			],
		};
	},
	'circuit-open'(context) {
		const {random} = context;
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'receipt = payments.charge(order)'),
						{
							path: 'src/chaos_service/breaker.py',
							line: 57,
							func: 'call',
							source:
								'raise CircuitOpenError(self.name, self.failures, self.last_error)',
						},
					],
					lines: [
						`chaos_service.errors.CircuitOpenError: circuit 'payments' open after 5 consecutive failures (last: 502 Bad Gateway from 10.0.3.17:${random.int(8000, 8999)})`,
					],
				},
			],
		};
	},
	emfile(context) {
		const chunk = `chunk-${String(context.random.int(0, 4095)).padStart(4, '0')}.bin`;
		return {
			chain: [
				{
					frames: [testFrame(context, 'handles.append(open(path, "wb"))')],
					lines: [
						`OSError: [Errno 24] Too many open files: '${tmpPath(context, 'spool', chunk)}'`,
					],
				},
			],
		};
	},
	'disk-full'(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'writer.append(record)'),
						{
							path: 'src/chaos_service/journal.py',
							line: 112,
							func: 'append',
							source: 'self._file.write(encoded)',
						},
					],
					lines: ['OSError: [Errno 28] No space left on device'],
				},
			],
		};
	},
	'type-error'(context) {
		return {
			chain: [
				{
					frames: [
						testFrame(context, 'total = order.total()'),
						{
							path: 'src/chaos_service/models.py',
							line: 64,
							func: 'total',
							source:
								'return sum(line.price * line.quantity for line in self.lines) + self.shipping',
						},
					],
					lines: [
						"TypeError: unsupported operand type(s) for +: 'decimal.Decimal' and 'float'",
					],
				},
			],
		};
	},
	'fixture-missing'(context) {
		const {item, flavor} = context;
		const missing =
			item.fixtures.find(name => !conftestFixtures.includes(name)) ??
			missingFixture[item.area];
		return {
			chain: [],
			fixtureLookup: {
				missing,
				available: [...flavor.builtinFixtures, ...conftestFixtures]
					.filter(name => name !== missing)
					.toSorted(),
			},
		};
	},
	'addr-in-use'(context) {
		const {flavor, random} = context;
		const port = random.port();
		return {
			chain: [
				{
					frames: [
						{
							path: 'tests/conftest.py',
							line: 64,
							func: 'mock_upstream',
							source:
								'server = HTTPServer(("127.0.0.1", port), UpstreamHandler)',
						},
						{
							path: `${flavor.stdlib}/socketserver.py`,
							line: 456,
							func: '__init__',
							source: 'self.server_bind()',
						},
						{
							path: `${flavor.stdlib}/http/server.py`,
							line: 136,
							func: 'server_bind',
							source: 'socketserver.TCPServer.server_bind(self)',
						},
						{
							path: `${flavor.stdlib}/socketserver.py`,
							line: 472,
							func: 'server_bind',
							source: 'self.socket.bind(self.server_address)',
						},
					],
					lines: ['OSError: [Errno 98] Address already in use'],
				},
			],
			sections: [
				{
					title: 'Captured log setup',
					isLog: true,
					lines: [
						logLine(
							'INFO',
							'chaos_service.testing',
							'upstream.py:31',
							`starting mock upstream on 127.0.0.1:${port}`,
						),
					],
				},
			],
		};
	},
	'pg-setup'(context) {
		return {
			chain: [
				pgConnectBlock(context, [
					{
						path: 'tests/conftest.py',
						line: 58,
						func: 'db_pool',
						source: 'pool = ThreadedPool(minconn=1, maxconn=size, dsn=PG_DSN)',
					},
					{
						path: 'src/chaos_service/db.py',
						line: 21,
						func: '__init__',
						source:
							'self._connections = [self.connect() for _ in range(minconn)]',
					},
				]),
			],
		};
	},
	'redis-setup'(context) {
		return redisChain(context, [
			{
				path: 'tests/conftest.py',
				line: 87,
				func: 'cache_client',
				source: 'client.ping()',
			},
		]);
	},
	'rmtree-teardown'(context) {
		const {flavor} = context;
		return {
			chain: [
				{
					frames: [
						{
							path: 'tests/conftest.py',
							line: 112,
							func: 'scratch_dir',
							source: 'shutil.rmtree(path)',
						},
						{
							path: `${flavor.stdlib}/shutil.py`,
							line: 732,
							func: 'rmtree',
							source: '_rmtree_safe_fd(fd, path, onerror)',
						},
						{
							path: `${flavor.stdlib}/shutil.py`,
							line: 666,
							func: '_rmtree_safe_fd',
							source: 'onerror(os.rmdir, fullname, sys.exc_info())',
						},
						{
							path: `${flavor.stdlib}/shutil.py`,
							line: 664,
							func: '_rmtree_safe_fd',
							source: 'os.rmdir(entry.name, dir_fd=topfd)',
						},
					],
					lines: [
						`OSError: [Errno 39] Directory not empty: '${tmpPath(context, 'spool')}'`,
					],
				},
			],
		};
	},
	'outage-setup'(context) {
		return outage(context, {
			path: 'tests/conftest.py',
			line: 41,
			func: 'chaos_service',
			source: 'client = ServiceClient.connect(CHAOS_GATEWAY, retries=3)',
		});
	},
	'outage-call'(context) {
		return outage(
			context,
			testFrame(
				context,
				'client = ServiceClient.connect(CHAOS_GATEWAY, retries=3)',
			),
		);
	},
};

function outage(context: Context, first: Frame): FailureText {
	const {flavor, random, phase} = context;
	return {
		chain: [
			{
				frames: [
					first,
					{
						path: 'src/chaos_service/client.py',
						line: 118,
						func: 'connect',
						source: 'sock = socket.create_connection(address, timeout=timeout)',
					},
					{
						path: `${flavor.stdlib}/socket.py`,
						line: flavor.lines.socketRaise,
						func: 'create_connection',
						source: 'raise exceptions[0]',
					},
					{
						path: `${flavor.stdlib}/socket.py`,
						line: flavor.lines.socketConnect,
						func: 'create_connection',
						source: 'sock.connect(sa)',
					},
				],
				lines: ['ConnectionRefusedError: [Errno 111] Connection refused'],
			},
		],
		sections: [
			{
				title: `Captured log ${phase}`,
				isLog: true,
				lines: [
					logLine(
						'ERROR',
						'chaos_service.client',
						'client.py:112',
						`chaos-gateway 10.0.3.17:8443 unreachable after 3 attempts (${random.float(1.2, 3.4).toFixed(2)}s)`,
					),
				],
			},
		],
	};
}

/** The crash message of a failure, as the short summary shows it (its first line). */
function crashMessage(text: FailureText): string | undefined {
	const last = text.chain.at(-1);
	return last?.lines[0];
}

// ---------------------------------------------------------------------------------------------
// Terminal output: separators, colours, Python source highlighting

const esc = '\u001B[';
const reset = `${esc}0m`;

type Painter = (text: string, ...codes: number[]) => string;

function makePainter(color: boolean): Painter {
	if (!color) {
		return text => text;
	}

	return (text, ...codes) =>
		codes.map(code => `${esc}${code}m`).join('') + text + reset;
}

const colors = {
	bold: 1,
	red: 31,
	green: 32,
	yellow: 33,
	cyan: 36,
} as const;

/** pytest's `TerminalWriter.sep` for an 80-column terminal. */
export function separator(
	char: string,
	title?: string,
	width = 80,
	visibleTitle = title,
): string {
	if (title === undefined || visibleTitle === undefined) {
		return char.repeat(width);
	}

	const fill = char.repeat(
		Math.max(Math.floor((width - visibleTitle.length - 2) / 2), 1),
	);
	let line = `${fill} ${title} ${fill}`;
	if (fill.length * 2 + visibleTitle.length + 2 + 1 <= width) {
		line += char;
	}

	return line;
}

const pythonKeywords = new Set(
	`and as assert async await break class continue def del elif else except finally for from global if import lambda nonlocal pass raise return try while with yield None True False`.split(
		' ',
	),
);
const operatorWords = new Set(['and', 'or', 'not', 'in', 'is']);
const builtins = new Set(
	`self len range print open sum min max bytearray bytes dict list set str int float isinstance super TimeoutError MemoryError OSError KeyError RuntimeError ConnectionError ConnectionRefusedError ValueError TypeError`.split(
		' ',
	),
);

const sourceToken =
	/(?<string>[fb]?(?:"[^"]*"|'[^']*'))|(?<word>[A-Za-z_]\w*)|(?<number>\d+(?:\.\d+)?)|(?<other>[^\w"']+|.)/gy;

function pygmentsToken(text: string, code: number): string {
	return `${esc}${code}m${text}${esc}39;49;00m`;
}

function highlightString(token: string): string {
	let prefix = '';
	let rest = token;
	if (rest.startsWith('f') || rest.startsWith('b')) {
		prefix = pygmentsToken(rest.charAt(0), 33);
		rest = rest.slice(1);
	}

	const isFormat = token.startsWith('f');
	const quote = rest.charAt(0);
	const body = rest.slice(1, -1);
	let out = prefix + pygmentsToken(quote, 33);
	const pieces = isFormat ? body.split(/({[^}]*})/) : [body];
	for (const piece of pieces) {
		if (piece === '') {
			continue;
		}

		if (isFormat && piece.startsWith('{')) {
			out +=
				pygmentsToken('{', 33) +
				highlightTokens(piece.slice(1, -1)) +
				pygmentsToken('}', 33);
		} else {
			// Pygments starts a new token at every quote of the other kind.
			for (const part of piece.split(/(["'])/)) {
				if (part !== '') {
					out += pygmentsToken(part, 33);
				}
			}
		}
	}

	return out + pygmentsToken(quote, 33);
}

function highlightTokens(source: string): string {
	let out = '';
	sourceToken.lastIndex = 0;
	let previous = '';
	for (const match of source.matchAll(sourceToken)) {
		const groups = match.groups ?? {};
		const string = groups['string'];
		const word = groups['word'];
		const number = groups['number'];
		if (string !== undefined) {
			out += highlightString(string);
		} else if (word !== undefined) {
			const isAttribute = previous.endsWith('.');
			if (isAttribute) {
				out += word;
			} else if (operatorWords.has(word)) {
				out += pygmentsToken(word, 95);
			} else if (pythonKeywords.has(word)) {
				out += pygmentsToken(word, 94);
			} else if (builtins.has(word)) {
				out += pygmentsToken(word, 96);
			} else {
				out += word;
			}
		} else if (number === undefined) {
			out += match[0];
		} else {
			out += pygmentsToken(number, 94);
		}

		previous = match[0];
	}

	return out;
}

/** A source line as pytest prints it through pygments with `--color=yes`. */
export function highlightPython(source: string): string {
	return `${reset}${highlightTokens(source)}${esc}90m${esc}39;49;00m`;
}

function formatSeconds(seconds: number): string {
	if (seconds < 60) {
		return `${seconds.toFixed(2)}s`;
	}

	const whole = Math.floor(seconds);
	const days = Math.floor(whole / 86_400);
	const hours = Math.floor((whole % 86_400) / 3600);
	const minutes = String(Math.floor((whole % 3600) / 60)).padStart(2, '0');
	const secs = String(whole % 60).padStart(2, '0');
	const clock = `${hours}:${minutes}:${secs}`;
	const span =
		days > 0 ? `${days} day${days === 1 ? '' : 's'}, ${clock}` : clock;
	return `${seconds.toFixed(2)}s (${span})`;
}

/** pytest's `_format_trimmed`: `format` holds `{}`; undefined when even `...` does not fit. */
function formatTrimmed(
	format: string,
	message: string,
	available: number,
): string | undefined {
	const firstLine = message.split('\n', 1)[0] ?? '';
	const formatWidth = format.length - 2;
	if (formatWidth + 3 > available) {
		return undefined;
	}

	let text = firstLine;
	if (formatWidth + text.length > available) {
		text = `${text.slice(0, Math.max(available - 3 - formatWidth, 0))}...`;
	}

	return format.replace('{}', text);
}

const words: Record<ReportOutcome, string> = {
	passed: 'PASSED',
	failed: 'FAILED',
	error: 'ERROR',
	skipped: 'SKIPPED',
	xfailed: 'XFAIL',
	xpassed: 'XPASS',
};

const letters: Record<ReportOutcome, string> = {
	passed: '.',
	failed: 'F',
	error: 'E',
	skipped: 's',
	xfailed: 'x',
	xpassed: 'X',
};

const wordColor: Record<ReportOutcome, number> = {
	passed: colors.green,
	failed: colors.red,
	error: colors.red,
	skipped: colors.yellow,
	xfailed: colors.yellow,
	xpassed: colors.yellow,
};

const countKeys: ReadonlyArray<[keyof Counts, string, string]> = [
	['failed', 'failed', 'failed'],
	['passed', 'passed', 'passed'],
	['skipped', 'skipped', 'skipped'],
	['xfailed', 'xfailed', 'xfailed'],
	['xpassed', 'xpassed', 'xpassed'],
	['warnings', 'warning', 'warnings'],
	['errors', 'error', 'errors'],
];

function mainColor(counts: Counts, isLast: boolean): number {
	if (counts.failed > 0 || counts.errors > 0) {
		return colors.red;
	}

	if (counts.warnings > 0 || counts.xpassed > 0) {
		return colors.yellow;
	}

	return counts.passed > 0 || !isLast ? colors.green : colors.yellow;
}

function percent(done: number, total: number): string {
	return ` [${String(Math.floor((done * 100) / total)).padStart(3)}%]`;
}

/** Collects output and hands it over in chunks; tracks the width of the open line. */
class Output {
	column = 0;
	#parts: string[] = [];
	#size = 0;
	#lines = 0;
	readonly #color: boolean;
	readonly #nonAscii: number;

	constructor(color: boolean, nonAscii = 0) {
		this.#color = color;
		this.#nonAscii = nonAscii;
	}

	/** Write text; `visible` is its width on screen when it holds escape codes. */
	write(text: string, visible?: string): void {
		this.#parts.push(text);
		this.#size += text.length;
		const shown = visible ?? (this.#color ? stripAnsi(text) : text);
		const newline = shown.lastIndexOf('\n');
		this.column =
			newline === -1 ? this.column + shown.length : shown.length - newline - 1;
	}

	line(text = ''): void {
		const line = this.#withNonAscii(text);
		this.#parts.push(line, '\n');
		this.#size += line.length + 1;
		this.column = 0;
	}

	/** The buffered text once it is over `threshold` characters (or always with 0). */
	take(threshold = 0): string | undefined {
		if (this.#size < threshold || this.#size === 0) {
			return undefined;
		}

		const text = this.#parts.join('');
		this.#parts = [];
		this.#size = 0;
		return text;
	}

	/** An exception, source or captured-log line, with words beyond ASCII for `nonAscii` of them. */
	#withNonAscii(text: string): string {
		this.#lines++;
		if (
			this.#nonAscii === 0 ||
			!/^(?:E {3}|\s{4}|INFO {5}|WARNING {2}|ERROR {4}|DEBUG {4})/.test(text)
		) {
			return text;
		}

		const hash = hashNumbers(this.#lines, 11);
		// Content lines are about half of a log's: twice the share of them gives the share of all lines.
		return unit(hash) < this.#nonAscii * 2
			? `${text} ${pickBy(nonAsciiWords, hash >>> 3)}`
			: text;
	}
}

function stripAnsi(text: string): string {
	return text.replaceAll(/\u001B\[[\d;]*m/g, '');
}

// ---------------------------------------------------------------------------------------------
// The log

type Recorded = {
	readonly item: TestItem;
	readonly report: TestReport;
	readonly worker?: number;
};

const chunkSize = 1 << 16;

/**
Generate a log, in chunks of about 64 KiB. The return value summarizes what was printed.
Memory stays small for any size: only failures and warnings are kept until the end.
*/
export function* generateLog(
	input: Partial<GenerateOptions> = {},
): Generator<string, RunSummary> {
	const options = resolveOptions(input);
	const flavor = flavors[options.pytest];
	const paint = makePainter(options.color);
	const out = new Output(options.color, options.nonAscii);
	const suite = buildSuite(options);
	const total = suite.total;
	const isVerbose = options.verbosity === 'verbose';
	const isQuiet = options.verbosity === 'quiet';
	const counts: Counts = {
		failed: 0,
		passed: 0,
		skipped: 0,
		xfailed: 0,
		xpassed: 0,
		warnings: 0,
		errors: 0,
	};
	const errorRecords: Recorded[] = [];
	const failureRecords: Recorded[] = [];
	const warned: string[] = [];
	let seconds = 0;

	// Header
	if (!isQuiet) {
		out.line(paint(separator('=', 'test session starts'), colors.bold));
		out.line(
			isVerbose
				? `${flavor.platform} -- ${flavor.executable}`
				: flavor.platform,
		);
		if (isVerbose) {
			out.line('cachedir: .pytest_cache');
		}

		for (const line of flavor.earlyLines) {
			out.line(line);
		}

		for (const line of flavor.rootdirLines) {
			out.line(line);
		}

		out.line(flavor.plugins);
		for (const line of flavor.lateLines) {
			out.line(line);
		}
	}

	const workerIds = Array.from(
		{length: options.workers},
		(_, index) => `gw${index}`,
	);
	if (options.xdist) {
		if (isQuiet) {
			out.line('bringing up nodes...');
			out.line('bringing up nodes...');
		} else if (flavor.major === '7') {
			out.line(workerIds.map(id => `${id} I`).join(' / '));
			if (isVerbose) {
				// xdist rewrites its status line: a carriage return starts each of these.
				for (const id of workerIds) {
					out.write(
						paint(`\r[${id}] Python ${flavor.sysVersion}\n`, colors.bold),
						'',
					);
				}
			}

			out.line(workerIds.map(id => `${id} [${total}]`).join(' / '));
		} else {
			out.line(`created: ${options.workers}/${options.workers} workers`);
			out.line(
				`${options.workers} workers [${total} item${total === 1 ? '' : 's'}]`,
			);
		}

		out.line('');
		if (isVerbose) {
			out.line('scheduling tests via LoadScheduling');
		}
	} else if (!isQuiet) {
		const collected = `collected ${total} item${total === 1 ? '' : 's'}`;
		if (isVerbose) {
			out.line(`${paint('collecting ... ', colors.bold)}${collected}`);
		} else {
			out.line(collected);
		}
	}

	// Running the tests
	let done = 0;
	let currentFile: string | undefined;
	const tmp = `/tmp/pytest-of-ci/pytest-${hashNumbers(options.seed, options.run) % 9000}`;
	const moduleFactors = new Map<string, number>();
	const plan = (item: TestItem): Plan => {
		let factor = moduleFactors.get(item.file);
		if (factor === undefined) {
			factor = 0.6 + unit(hashString(item.file, options.seed ^ 0x5e_ed)) * 0.8;
			moduleFactors.set(item.file, factor);
		}

		return planTest(item, options, factor);
	};

	const record = (item: TestItem, report: TestReport, worker?: number) => {
		switch (report.outcome) {
			case 'failed': {
				counts.failed++;
				failureRecords.push({item, report, worker});
				break;
			}

			case 'error': {
				counts.errors++;
				errorRecords.push({item, report, worker});
				break;
			}

			default: {
				counts[report.outcome]++;
			}
		}
	};

	const noteWarning = (testPlan: Plan) => {
		if (testPlan.hasWarning) {
			counts.warnings++;
			warned.push(testPlan.item.id);
		}
	};

	const progressColor = () => mainColor(counts, done === total);

	/** The `-v` line of one report (without xdist). */
	const verboseLine = (item: TestItem, report: TestReport): string => {
		const prefix = `${item.id} `;
		const word = words[report.outcome];
		let width = prefix.length + word.length;
		let text = prefix + paint(word, wordColor[report.outcome]);
		if (report.reason !== undefined) {
			const reason = formatTrimmed(
				' ({})',
				report.reason,
				80 - width - ' [100%]'.length - 1,
			);
			if (reason !== undefined) {
				text += reason;
				width += reason.length;
			}
		}

		const progress = percent(done, total).padStart(80 - width - 1);
		return text + paint(progress, progressColor());
	};

	/** Letters of default verbosity and `-q`, then pytest's line wrapping at each test's end. */
	const writeLetters = (testPlan: Plan) => {
		for (const report of testPlan.reports) {
			out.write(
				paint(letters[report.outcome], wordColor[report.outcome]),
				letters[report.outcome],
			);
		}

		done++;
		const progress = percent(done, total);
		if (done === total) {
			out.write(
				paint(progress.padStart(80 - out.column - 1), progressColor()),
				progress.padStart(80 - out.column - 1),
			);
		} else if (out.column + progress.length + 1 >= 80) {
			out.write(paint(`${progress}\n`, progressColor()), '\n');
		}
	};

	if (options.xdist) {
		if (isVerbose) {
			out.line('');
		}

		// Workers pull the next test when free; reports arrive in completion order.
		const items = iterateItems(suite);
		type Running = {testPlan: Plan; finish: number};
		const running: Array<Running | undefined> = [];
		let clock = 0;
		const start = (worker: number, at: number) => {
			const next = items.next();
			if (next.done) {
				running[worker] = undefined;
				return;
			}

			const testPlan = plan(next.value);
			const jitter =
				unit(hashNumbers(testPlan.item.hash, options.run, 77)) * 0.02;
			running[worker] = {testPlan, finish: at + testPlan.seconds + jitter};
			if (isVerbose) {
				out.line(`${testPlan.item.id} `);
			}
		};

		for (let worker = 0; worker < options.workers; worker++) {
			start(worker, unit(hashNumbers(options.seed, worker, 5)) * 0.3);
		}

		for (;;) {
			let next = -1;
			for (let worker = 0; worker < running.length; worker++) {
				const candidate = running[worker];
				const best = next === -1 ? undefined : running[next];
				if (
					candidate !== undefined &&
					(best === undefined || candidate.finish < best.finish)
				) {
					next = worker;
				}
			}

			const finished = running[next];
			if (finished === undefined) {
				break;
			}

			clock = finished.finish;
			const {testPlan} = finished;
			noteWarning(testPlan);
			if (isVerbose) {
				done++;
				for (const report of testPlan.reports) {
					record(testPlan.item, report, next);
					const progress = paint(`${percent(done, total)} `, colors.cyan);
					out.line(
						`[${workerIds[next] ?? ''}]${progress}${paint(words[report.outcome], wordColor[report.outcome])} ${testPlan.item.id} `,
					);
				}
			} else {
				for (const report of testPlan.reports) {
					record(testPlan.item, report, next);
				}

				writeLetters(testPlan);
			}

			start(next, clock);
			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}

		seconds = clock + 2.1 + unit(hashNumbers(options.seed, options.run, 3));
		if (isVerbose) {
			out.line('');
		} else {
			out.line();
		}
	} else {
		if (isVerbose) {
			out.line('');
		}

		for (const item of iterateItems(suite)) {
			const testPlan = plan(item);
			noteWarning(testPlan);
			seconds += testPlan.seconds;
			if (isVerbose) {
				done++;
				for (const report of testPlan.reports) {
					record(item, report);
					out.line(verboseLine(item, report));
				}
			} else {
				for (const report of testPlan.reports) {
					record(item, report);
				}

				if (!isQuiet && item.file !== currentFile) {
					if (currentFile !== undefined) {
						const progress = percent(done, total).padStart(80 - out.column - 1);
						out.write(paint(progress, progressColor()), progress);
					}

					out.line();
					out.write(`${item.file} `);
				}

				currentFile = item.file;
				writeLetters(testPlan);
			}

			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}

		seconds += 0.4 + unit(hashNumbers(options.seed, options.run, 3));
		if (isVerbose) {
			out.line('');
		} else {
			out.line();
			if (!isQuiet) {
				out.line('');
			}
		}
	}

	// The sections after the run
	const renderText = (
		recorded: Recorded,
	): {lines: string[]; message?: string} => {
		const {item, report} = recorded;
		const random = new Random(
			hashNumbers(item.hash, options.run, report.phase.length),
		);
		const context: Context = {item, random, flavor, phase: report.phase, tmp};
		const text = kinds[report.kind ?? 'assertion'](context);
		const lines: string[] = [];
		if (recorded.worker !== undefined) {
			lines.push(
				`[${workerIds[recorded.worker] ?? 'gw0'}] linux -- Python ${flavor.python} ${flavor.executable}`,
			);
		}

		if (text.fixtureLookup === undefined) {
			lines.push(...renderChain(text, flavor, paint, options.color));
		} else {
			lines.push(...renderFixtureLookup(item, text.fixtureLookup, paint));
		}

		for (const section of text.sections ?? []) {
			lines.push(separator('-', section.title));
			for (const line of section.lines) {
				lines.push(section.isLog ? paintLogLine(line, options.color) : line);
			}
		}

		return {lines, message: crashMessage(text)};
	};

	const summaryFailed: string[] = [];
	const summaryErrors: string[] = [];
	const summaryLine = (word: string, item: TestItem, message?: string) => {
		const node = options.color
			? `${item.file}::${paint(item.id.slice(item.file.length + 2), colors.bold)}`
			: item.id;
		let line = `${paint(word, colors.red)} ${node}`;
		if (message !== undefined) {
			// pytest measures the line with wcswidth, which gives -1 once escape codes are in it.
			const available = options.color ? 81 : 80 - stripAnsi(line).length;
			const trimmed = formatTrimmed(' - {}', message, available);
			if (trimmed !== undefined) {
				line += trimmed;
			}
		}

		return line;
	};

	if (errorRecords.length > 0) {
		out.line(separator('=', 'ERRORS'));
		for (const recorded of errorRecords) {
			const title = `ERROR at ${recorded.report.phase} of ${headline(recorded.item)}`;
			out.line(paint(separator('_', title), colors.red, colors.bold));
			const {lines, message} = renderText(recorded);
			for (const line of lines) {
				out.line(line);
			}

			summaryErrors.push(summaryLine('ERROR', recorded.item, message));
			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}
	}

	if (failureRecords.length > 0) {
		out.line(separator('=', 'FAILURES'));
		for (const recorded of failureRecords) {
			out.line(
				paint(separator('_', headline(recorded.item)), colors.red, colors.bold),
			);
			const {lines, message} = renderText(recorded);
			for (const line of lines) {
				out.line(line);
			}

			summaryFailed.push(summaryLine('FAILED', recorded.item, message));
			const chunk = out.take(chunkSize);
			if (chunk !== undefined) {
				yield chunk;
			}
		}
	}

	if (warned.length > 0) {
		out.line(paint(separator('=', 'warnings summary'), colors.yellow));
		if (warned.length < 10) {
			for (const id of warned) {
				out.line(id);
			}
		} else {
			const perFile = new Map<string, number>();
			for (const id of warned) {
				const file = id.slice(0, id.indexOf('::'));
				perFile.set(file, (perFile.get(file) ?? 0) + 1);
			}

			for (const [file, count] of perFile) {
				out.line(`${file}: ${count} warning${count === 1 ? '' : 's'}`);
			}
		}

		const {warning} = flavor;
		out.line(`  ${warning.file}:${warning.line}: ${warning.text}`);
		out.line(`    ${warning.source}`);
		out.line('');
		out.line(
			'-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html',
		);
	}

	if (summaryFailed.length + summaryErrors.length > 0) {
		out.line(
			paint(
				separator('=', 'short test summary info'),
				colors.cyan,
				colors.bold,
			),
		);
		for (const line of [...summaryFailed, ...summaryErrors]) {
			out.line(line);
		}
	}

	// The final line
	const main = mainColor(counts, true);
	const plainParts: string[] = [];
	const paintedParts: string[] = [];
	for (const [key, singular, plural] of countKeys) {
		const count = counts[key];
		if (count > 0) {
			const text = `${count} ${count === 1 ? singular : plural}`;
			const color =
				key === 'failed' || key === 'errors'
					? colors.red
					: key === 'passed'
						? colors.green
						: colors.yellow;
			plainParts.push(text);
			paintedParts.push(
				color === main ? paint(text, color, colors.bold) : paint(text, color),
			);
		}
	}

	const duration = ` in ${formatSeconds(seconds)}`;
	const plainMessage =
		(plainParts.length > 0 ? plainParts.join(', ') : 'no tests ran') + duration;
	let paintedMessage =
		(paintedParts.length > 0 ? paintedParts.join(', ') : 'no tests ran') +
		paint(duration, main);
	if (isQuiet) {
		out.line(paint(paintedMessage, main));
	} else {
		if (options.color) {
			paintedMessage += `${esc}${main}m`;
		}

		out.line(paint(separator('=', paintedMessage, 80, plainMessage), main));
	}

	const last = out.take();
	if (last !== undefined) {
		yield last;
	}

	return {
		collected: total,
		counts,
		failedIds: failureRecords.map(recorded => recorded.item.id),
		errorIds: errorRecords.map(recorded => recorded.item.id),
		seconds,
	};
}

function paintLogLine(line: string, color: boolean): string {
	if (!color) {
		return line;
	}

	const level = line.slice(0, 8).trim();
	const code =
		level === 'ERROR' || level === 'CRITICAL'
			? `${esc}1m${esc}31m`
			: level === 'WARNING'
				? `${esc}33m`
				: level === 'INFO'
					? `${esc}32m`
					: `${esc}35m`;
	return `${code}${line.slice(0, 8)}${reset}${line.slice(8)}`;
}

function renderChain(
	text: FailureText,
	flavor: Flavor,
	paint: Painter,
	color: boolean,
): string[] {
	const lines: string[] = [];
	for (const [index, block] of text.chain.entries()) {
		if (index > 0) {
			lines.push(
				'',
				paint(
					text.chaining === 'cause'
						? 'The above exception was the direct cause of the following exception:'
						: 'During handling of the above exception, another exception occurred:',
					colors.yellow,
				),
			);
		}

		for (const frame of block.frames) {
			lines.push(
				`${paint(frame.path, colors.bold, colors.red)}:${frame.line}: in ${frame.func}`,
				`    ${color ? highlightPython(frame.source) : frame.source}`,
			);
		}

		let isFirstDiffLine = true;
		for (const line of block.lines) {
			const isDiff =
				color &&
				flavor.major === '8' &&
				(line.startsWith('  - ') || line.startsWith('  + '));
			if (isDiff) {
				const body = line.slice(2);
				const code = body.startsWith('-') ? 91 : 92;
				const highlighted = `${isFirstDiffLine ? reset : ''}${esc}${code}m${body}${esc}39;49;00m${esc}90m${esc}39;49;00m`;
				isFirstDiffLine = false;
				lines.push(paint(`E     ${highlighted}`, colors.bold, colors.red));
			} else {
				lines.push(paint(`E   ${line}`, colors.bold, colors.red));
			}
		}
	}

	return lines;
}

function renderFixtureLookup(
	item: TestItem,
	lookup: FixtureLookup,
	paint: Painter,
): string[] {
	const indent = item.className === undefined ? '  ' : '      ';
	const firstLine = item.decoratorLine ?? item.line;
	const argumentsList = [
		...(item.className === undefined ? [] : ['self']),
		...item.fixtures,
		...(item.argument === undefined ? [] : [item.argument]),
	].join(', ');
	const absolute = `${rootdir}/${item.file}`;
	const lines = [`file ${absolute}, line ${firstLine}`];
	if (item.decoratorLine !== undefined && item.argument !== undefined) {
		lines.push(
			`${indent}@pytest.mark.parametrize("${item.argument}", ${item.argument.toUpperCase()}S)`,
		);
	}

	lines.push(
		`${indent}def ${item.name}(${argumentsList}):`,
		paint(`E       fixture '${lookup.missing}' not found`, colors.red),
		paint(
			`>       available fixtures: ${lookup.available.join(', ')}`,
			colors.red,
		),
		paint(
			">       use 'pytest --fixtures [testpath]' for help on them.",
			colors.red,
		),
		'',
		`${absolute}:${firstLine}`,
	);
	return lines;
}

/** The whole log as one string: for tests and small fixtures. */
export function generateLogText(options: Partial<GenerateOptions> = {}): {
	text: string;
	summary: RunSummary;
} {
	const generator = generateLog(options);
	const parts: string[] = [];
	for (;;) {
		const next = generator.next();
		if (next.done) {
			return {text: parts.join(''), summary: next.value};
		}

		parts.push(next.value);
	}
}

/** Stream a log to a file (or to stdout with `-`), honouring back-pressure. */
export async function writeLog(
	options: Partial<GenerateOptions>,
	file: string,
): Promise<{bytes: number; summary: RunSummary}> {
	const stream =
		file === '-' ? process.stdout : createWriteStream(file, {encoding: 'utf8'});
	const generator = generateLog(options);
	let bytes = 0;
	let summary: RunSummary | undefined;
	for (;;) {
		const next = generator.next();
		if (next.done) {
			summary = next.value;
			break;
		}

		bytes += Buffer.byteLength(next.value);
		if (!stream.write(next.value)) {
			await once(stream, 'drain');
		}
	}

	if (stream !== process.stdout) {
		stream.end();
		await once(stream, 'finish');
	}

	return {bytes, summary};
}

/** How many tests make a log of about `bytes` bytes with these options. */
export function testsForSize(
	options: Partial<GenerateOptions>,
	bytes: number,
): number {
	const measure = (tests: number) => {
		const generator = generateLog({...options, tests});
		let size = 0;
		for (;;) {
			const next = generator.next();
			if (next.done) {
				return size;
			}

			size += Buffer.byteLength(next.value);
		}
	};

	const small = 3000;
	const smallBytes = measure(small);
	if (bytes <= smallBytes * 2) {
		return Math.max(1, Math.round((bytes / smallBytes) * small));
	}

	// Past the hand-written base suite every test is a generated one: extrapolate from the
	// bytes each further test adds.
	const large = 20_000;
	const largeBytes = measure(large);
	const perTest = (largeBytes - smallBytes) / (large - small);
	return Math.max(1, Math.round(large + (bytes - largeBytes) / perTest));
}

/** `100MB`, `1.5GB`, `512KiB`, `2000000` → bytes. */
export function parseSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
	if (!match) {
		throw new RangeError(`not a size: ${text}`);
	}

	const value = Number(match[1]);
	const unit = (match[2] ?? 'b').toLowerCase();
	const power = {k: 1, m: 2, g: 3}[unit.charAt(0)] ?? 0;
	const base = unit.includes('i') ? 1024 : 1000;
	return Math.round(value * base ** power);
}

// ---------------------------------------------------------------------------------------------
// Command line

const usage = `usage: node --import=tsx bench/generate.ts [options] OUT.log   (- for stdout)

  --tests N       collected test items (default ${defaultOptions.tests})
  --size SIZE     aim for a log of this size instead (100MB, 1.5GB, 512KiB)
  --fail RATIO    share of tests failing in an ordinary run (default ${defaultOptions.failRatio})
  --seed N        fixes the suite and every random choice (default ${defaultOptions.seed})
  --run N         run index: runs of one suite differ like consecutive CI runs (default 1)
  --outage        the service is down: most tests fail with one connection error
  --xdist         pytest-xdist output; --workers N (default ${defaultOptions.workers})
  --quiet         -q progress dots; --normal for default verbosity; otherwise -v
  --color         --color=yes
  --non-ascii R   about this share of the lines hold text beyond ASCII (default 0)
  --pytest 7|8    imitate pytest 7.2 (Debian 12) or 8.3 (default ${defaultOptions.pytest})`;

function numberOption(
	value: string | undefined,
	name: string,
): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const parsed = Number(value);
	if (!Number.isFinite(parsed)) {
		throw new RangeError(`--${name} needs a number, got ${value}`);
	}

	return parsed;
}

export async function main(argv: readonly string[]): Promise<number> {
	const {values, positionals} = parseArgs({
		args: [...argv],
		allowPositionals: true,
		options: {
			tests: {type: 'string'},
			size: {type: 'string'},
			fail: {type: 'string'},
			seed: {type: 'string'},
			run: {type: 'string'},
			outage: {type: 'boolean'},
			xdist: {type: 'boolean'},
			workers: {type: 'string'},
			quiet: {type: 'boolean'},
			normal: {type: 'boolean'},
			color: {type: 'boolean'},
			'non-ascii': {type: 'string'},
			pytest: {type: 'string'},
			help: {type: 'boolean', short: 'h'},
		},
	});
	if (values.help) {
		process.stdout.write(`${usage}\n`);
		return 0;
	}

	const [file, ...extra] = positionals;
	if (file === undefined || extra.length > 0) {
		process.stderr.write(`${usage}\n`);
		return 2;
	}

	if (
		values.pytest !== undefined &&
		values.pytest !== '7' &&
		values.pytest !== '8'
	) {
		throw new RangeError(`--pytest must be 7 or 8, got ${values.pytest}`);
	}

	const raw = {
		seed: numberOption(values.seed, 'seed'),
		tests: numberOption(values.tests, 'tests'),
		failRatio: numberOption(values.fail, 'fail'),
		run: numberOption(values.run, 'run'),
		workers: numberOption(values.workers, 'workers'),
		nonAscii: numberOption(values['non-ascii'], 'non-ascii'),
		outage: values.outage,
		xdist: values.xdist,
		color: values.color,
		pytest: values.pytest,
		verbosity: values.quiet ? 'quiet' : values.normal ? 'normal' : 'verbose',
	};
	let options = Object.fromEntries(
		Object.entries(raw).filter(([, value]) => value !== undefined),
	) as Partial<GenerateOptions>;
	if (values.size !== undefined) {
		options = {
			...options,
			tests: testsForSize(options, parseSize(values.size)),
		};
	}

	const {bytes, summary} = await writeLog(options, file);
	if (file !== '-') {
		const counts = Object.entries(summary.counts)
			.filter(([, count]) => count > 0)
			.map(([key, count]) => `${count} ${key}`)
			.join(', ');
		process.stderr.write(
			`${file}: ${(bytes / 1e6).toFixed(1)} MB, ${summary.collected} tests (${counts})\n`,
		);
	}

	return 0;
}

const isMain =
	process.argv[1] !== undefined &&
	path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(
			`generate: ${error instanceof Error ? error.message : String(error)}\n`,
		);
		process.exitCode = 2;
	}
}
