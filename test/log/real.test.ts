import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {checkAgainstXml, isFailing, logOf} from './against-xml.js';
import {comparablePairs, xmlHeadlines} from './truth.js';

const local = path.resolve('fixtures/real');
const expectedComplete: Record<string, boolean> = {
	'cpython-net-offline-tb-line': true,
	'jinja-skew-tb-long-lc-all-c': true,
	'jinja-skew-tb-short': true,
	'networkx-q-deprecation-errors': true,
	// pytest stopped after the collection error: no test ran.
	'numpy-typing-collect-error': false,
	'numpy2-pytest9-memlimit-tb-long': true,
	'psycopg2-pg-stopped-rA': true,
	'redis-py-killed-tb-short': true,
	'scipy-io-stale-tmp-tb-short': true,
};

describe('real logs in fixtures/real agree with their JUnit XML', () => {
	// A folder copied in and not added to the table above would be read by nothing (QA 47).
	test('every run in fixtures/real is in the table', () => {
		const folders = fs
			.readdirSync(local, {withFileTypes: true})
			.filter(entry => entry.isDirectory())
			.map(entry => entry.name)
			.toSorted();
		expect(folders).toEqual(Object.keys(expectedComplete).toSorted());
	});

	for (const [name, isComplete] of Object.entries(expectedComplete)) {
		test(name, async () => {
			const run = await checkAgainstXml(path.join(local, name));
			expect(run.complete).toBe(isComplete);
			expect(run.failures.length).toBe(
				run.tests.filter(test => isFailing(test.outcome)).length,
			);
			for (const failure of run.failures) {
				expect(failure.headline.length).toBeGreaterThan(0);
				expect(failure.id).not.toMatch(/^\.\.\//);
			}
		});
	}
});

// Real runs of the traps of issue 10 section 3 (fixtures/traps/README.md): pytest 9 and 7.2, each with its XML.
const traps = path.resolve('fixtures/traps');
describe('the traps of other suites agree with their JUnit XML', () => {
	const names = fs
		.readdirSync(traps)
		.filter(name => fs.existsSync(path.join(traps, name, 'meta.json')));
	test('there are runs of every trap, under pytest 9 and 7.2', () => {
		for (const trap of [
			'brackets',
			'collskip',
			'subtests',
			'inherit',
			'headlines',
			'pytester',
			'escapes',
			'crash',
			'reportlog',
			'count',
			'wide',
			'teardown',
			'xcollect',
			'nofail',
			'quietend',
			'native',
		]) {
			expect(names.filter(name => name.startsWith(`${trap}-p9`))).not.toEqual(
				[],
			);
			expect(names.filter(name => name.startsWith(`${trap}-p7`))).not.toEqual(
				[],
			);
		}
	});

	for (const name of names) {
		test(name, async () => {
			const run = await checkAgainstXml(path.join(traps, name));
			expect(run.complete).toBe(true);
			expect(run.failures.length).toBe(
				run.tests.filter(test => isFailing(test.outcome)).length,
			);
			for (const failure of run.failures) {
				expect(failure.headline.length).toBeGreaterThan(0);
				expect(failure.headline).not.toMatch(/Exception Group Traceback/);
				expect(failure.id).not.toMatch(/^\.{2}\/| <- |\.{3}$/);
			}
		});
	}
});

// Real runs of suites under pytest 7.2 with Debian's pytest plugins (fixtures/plugins/README.md), each with its XML.
const plugins = path.resolve('fixtures/plugins');
/** Runs whose log cannot tell what their XML knows (fixtures/plugins/README.md). */
const pluginLogsCannotTell = new Set([
	// pytest-sugar under --tb=line or --tb=no: a setup or teardown error has no titled report, and is `FAILED` in
	// the short summary.
	'sugar-p7-tbline',
	'sugar-p7-tbno',
	// pytest-sugar under -v names a test by where its function is defined: a pytest-bdd scenario by
	// pytest_bdd/scenario.py, a test a class inherits by the base class's module. A passing one's file is in no line
	// (a failing one takes the short summary's id: test/log/plugins4.test.ts).
	'sugar-bdd-p7-v',
	'sugar-inherit-p7-v',
	// pytest-bdd's gherkin reporter under xdist: two tests' `id ` lines, then two scenarios' words with no id.
	'bdd-gherkin-p7-n2',
]);
/** Runs that ended before pytest's final line (no XML): triage says so, and names the failures the log shows. */
const pluginRunsCut = new Map<string, string[]>([
	// pytest-sugar 0.9.6 under pytest 9: an INTERNALERROR in its pytest_sessionstart, before any test.
	['sugar-p9-default', []],
	// pytest-timeout's thread method: the hanging test's threads dumped, then the process ended.
	['timeout-p9-thread-v', ['tests/test_hang.py::test_waits_for_reply']],
	// pytest-flaky (installed) cannot run pytest-doctestplus's .rst item: an INTERNALERROR after the first test.
	['doctestplus-p7-flaky-v', []],
	// xdist 3.8's --dist loadgroup when a worker crashes: an INTERNALERROR (`OSError: cannot send (already closed?)`).
	['xdist-p9-v-loadgroup-crash', []],
	// The same, -rA: the group's test crashes both workers, then the session hangs until interrupted (SIGINT). Each
	// crash is a FAILED report pytest counts, with its own `--tb=line` entry.
	[
		'xdist-p9-rA-loadgroup-crash',
		[
			'tests/test_worker.py::test_parse_negative',
			'tests/test_worker.py::test_db_native_driver@db',
			'tests/test_worker.py::test_db_native_driver@db',
			'tests/test_worker.py::test_slow_batch[4]',
		],
	],
	// pytest-cov under xdist when a worker crashes: coverage's data is broken, an INTERNALERROR before FAILURES.
	[
		'cov-xdist-p9-v',
		[
			'tests/test_worker.py::test_db_native_driver',
			'tests/test_worker.py::test_slow_batch[4]',
			'tests/test_worker.py::test_parse_negative',
		],
	],
]);
describe('runs with pytest plugins agree with their JUnit XML', () => {
	const names = fs
		.readdirSync(plugins)
		.filter(name => fs.existsSync(path.join(plugins, name, 'meta.json')));
	test('there are runs of each plugin', () => {
		for (const plugin of [
			'sugar',
			'flake8',
			'bdd',
			'django',
			'subtests',
			'order',
			'random',
			'repeat',
			'forked',
		]) {
			expect(names.filter(name => name.startsWith(`${plugin}-`))).not.toEqual(
				[],
			);
		}
	});

	for (const [name, failing] of pluginRunsCut) {
		test(name, async () => {
			const run = await checkAgainstXml(path.join(plugins, name));
			expect(run.complete).toBe(false);
			expect(run.warnings).not.toEqual([]);
			expect(run.failures.map(failure => failure.id)).toEqual(failing);
		});
	}

	for (const name of names.filter(name => !pluginRunsCut.has(name))) {
		(pluginLogsCannotTell.has(name) ? test.fails : test)(name, async () => {
			const run = await checkAgainstXml(path.join(plugins, name));
			expect(run.complete).toBe(true);
			expect(run.failures.length).toBe(
				run.tests.filter(test => isFailing(test.outcome)).length,
			);
			for (const failure of run.failures) {
				expect(failure.headline.length).toBeGreaterThan(0);
				expect(failure.id).not.toMatch(/^\.{2}\/| <- |\.{3}$/);
			}
		});
	}
});

describe('headlines and phases as pytest printed them', () => {
	test('psycopg2: call failure plus teardown error is two reports', async () => {
		const run = await readLog(
			logOf(path.join(local, 'psycopg2-pg-stopped-rA')),
		);
		const both = run.tests.filter(
			test => test.id === 'tests/test_lobject.py::LargeObjectTests::test_close',
		);
		expect(both.map(test => `${test.outcome}/${test.phase}`)).toEqual([
			'failed/call',
			'error/teardown',
		]);
		const failure = run.failures.find(
			failure =>
				failure.id === 'tests/test_lobject.py::LargeObjectTests::test_close' &&
				failure.phase === 'teardown',
		);
		expect(failure?.headline).toBe(
			'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
		);
		expect(failure?.traceback).toContain(
			'\tIs the server running on that host',
		);
	});

	test('pytest 9 --tb=line: a report’s captured output comes before its path:line line, and stays its own', async () => {
		const run = await readLog(path.resolve('fixtures/pytest9/qtbline/run.log'));
		const prints = run.failures.find(
			failure => failure.id === 'tests/test_main.py::test_prints',
		);
		expect(prints?.traceback).toBe(
			'E   assert False\n/src/demo-suite/tests/test_main.py:52: assert False',
		);
		expect(prints?.captured).toEqual([
			{name: 'Captured stdout call', text: 'hello stdout'},
			{name: 'Captured stderr call', text: 'oops'},
		]);
	});

	test('cpython --tb=line: the id comes from the short summary, ids relative to the rootdir', async () => {
		const run = await readLog(
			logOf(path.join(local, 'cpython-net-offline-tb-line')),
		);
		expect(
			run.failures.map(failure => [
				failure.id,
				failure.outcome,
				failure.phase,
				failure.headline,
			]),
		).toEqual([
			[
				'test_socket.py::ThreadedVSOCKSocketStreamTest::testStream',
				'failed',
				'call',
				'Failed: Timeout >60.0s',
			],
			[
				'test_socket.py::ThreadedVSOCKSocketStreamTest::testStream',
				'error',
				'teardown',
				'OSError: [Errno 19] No such device',
			],
			[
				'test_ssl.py::test_wrap_socket',
				'error',
				'setup',
				"fixture 'sock' not found",
			],
		]);
		const teardown = run.failures[1]!;
		// The timeout stack dump stays inside the captured stderr, not a failure of its own.
		expect(teardown.captured[0]?.name).toBe('Captured stderr call');
		expect(teardown.captured[0]?.text).toContain('Stack of Thread-1');
	});

	test('networkx -q: collection errors, a SyntaxError headline, no header', async () => {
		const run = await readLog(
			logOf(path.join(local, 'networkx-q-deprecation-errors')),
		);
		const collect = run.failures
			.filter(failure => failure.phase === 'collect')
			.map(failure => [failure.id, failure.headline]);
		expect(collect).toEqual([
			[
				'readwrite/tests/test_gml.py',
				"SyntaxError: invalid octal escape sequence '\\420'",
			],
			[
				'utils/tests/test_decorators.py',
				'DeprecationWarning: preserve_random_state is deprecated and will be removed in 3.0.',
			],
		]);
		expect(
			run.warnings.some(warning =>
				warning.message.includes('skipped at collection'),
			),
		).toBe(true);
	});

	test('numpy collection error interrupts the run: incomplete, and says why', async () => {
		const run = await readLog(
			logOf(path.join(local, 'numpy-typing-collect-error')),
		);
		expect(run.failures[0]).toMatchObject({
			id: 'tests/test_generic_alias.py',
			phase: 'collect',
			headline: "ModuleNotFoundError: No module named 'typing_extensions'",
		});
		expect(run.warnings.map(warning => warning.message).join('\n')).toContain(
			'Interrupted: 1 error during collection',
		);
	});

	test('scipy: setup errors through pytest frames', async () => {
		const run = await readLog(
			logOf(path.join(local, 'scipy-io-stale-tmp-tb-short')),
		);
		expect(run.failures).toHaveLength(273);
		expect(new Set(run.failures.map(failure => failure.phase))).toEqual(
			new Set(['setup']),
		);
		expect(run.failures[0]!.headline).toMatch(
			/^OSError: The temporary directory \/tmp\/pytest-of-nobody is not owned/,
		);
	});

	test('numpy2 pytest 9: xpassed from the -v line, private exception class kept', async () => {
		const run = await readLog(
			logOf(path.join(local, 'numpy2-pytest9-memlimit-tb-long')),
		);
		expect(run.header.pytest).toBe('9.0.3');
		expect(run.tests.find(test => test.outcome === 'xpassed')?.id).toBe(
			'tests/test_arraypad.py::TestLinearRamp::test_object_array',
		);
		expect(run.failures[0]!.exceptionType).toBe(
			'numpy._core._exceptions._ArrayMemoryError',
		);
	});
});

// The whole shared corpus, when this checkout sits next to it.
const shared = path.resolve('../shared/fixtures/real');
describe.skipIf(!fs.existsSync(shared))(
	'every log in ../shared/fixtures/real agrees with its XML',
	() => {
		const names = fs.existsSync(shared)
			? fs
					.readdirSync(shared)
					.filter(name => fs.statSync(path.join(shared, name)).isDirectory())
			: [];
		for (const name of names) {
			test(name, async () => {
				await checkAgainstXml(path.join(shared, name));
			});
		}
	},
);

// Fresh real runs of a small suite under pytest 9, one per command-line shape (fixtures/pytest9/README.md).
const pytest9 = path.resolve('fixtures/pytest9');
describe('pytest 9 runs in every shape agree with their JUnit XML', () => {
	const shapes = fs
		.readdirSync(pytest9)
		.filter(name => fs.existsSync(path.join(pytest9, name, 'run.log')));
	test('there are runs to check', () => {
		expect(shapes.length).toBeGreaterThanOrEqual(10);
	});

	for (const shape of shapes) {
		test(shape, async () => {
			const directory = path.join(pytest9, shape);
			const run = await readLog(path.join(directory, 'run.log'));
			const xml = await readLog(path.join(directory, 'run.xml.gz'));
			expect(run.complete).toBe(true);
			expect(run.counts).toMatchObject({
				failed: 15,
				passed: 8,
				skipped: 2,
				xfailed: 1,
				xpassed: 1,
				error: 4,
			});
			expect(comparablePairs(run, isFailing)).toEqual(
				comparablePairs(xml, isFailing),
			);
			if (shape.startsWith('v')) {
				expect(comparablePairs(run)).toEqual(comparablePairs(xml));
			}

			// Every headline as pytest's XML states it, where the log prints one.
			const headlineOf = xmlHeadlines(xml);
			for (const failure of run.failures) {
				const truth = headlineOf(failure)!;
				if (shape !== 'vtbno') {
					expect(failure.headline).toBe(truth);
				} else if (failure.headline !== '(no traceback in the log)') {
					// --tb=no: only the short summary's message, cut to the terminal width with `...`.
					expect(truth.startsWith(failure.headline.replace(/\.{3}$/, ''))).toBe(
						true,
					);
				}
			}
		});
	}
});

describe('pytest 9 edge cases', () => {
	const edge = path.resolve('fixtures/pytest9-edge');
	const read = async (name: string) => ({
		run: await readLog(path.join(edge, name, 'run.log')),
		xml: await readLog(path.join(edge, name, 'run.xml')),
	});

	test('KeyboardInterrupt: what ran is there, and the run is incomplete', async () => {
		const {run, xml} = await read('kb');
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContain(
			'run was interrupted: KeyboardInterrupt',
		);
		expect(comparablePairs(run)).toEqual(comparablePairs(xml));
	});

	test('INTERNALERROR without a FAILURES section', async () => {
		const {run, xml} = await read('ie');
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toContain(
			'pytest INTERNALERROR: ValueError: plugin exploded',
		);
		expect(comparablePairs(run, isFailing)).toEqual(
			comparablePairs(xml, isFailing),
		);
	});

	test('doctest failures, -ra and --durations', async () => {
		const {run, xml} = await read('dt');
		expect(run.complete).toBe(true);
		expect(comparablePairs(run)).toEqual(comparablePairs(xml));
		expect(run.failures[0]).toMatchObject({
			id: 't3/mod.py::mod.add',
			headline: 'DocTestFailure: expected 4, got 3',
		});
	});

	test('run from a subdirectory: ids made relative to the rootdir, as in the XML', async () => {
		const {run, xml} = await read('subdir');
		expect(run.complete).toBe(true);
		expect(comparablePairs(run)).toEqual(comparablePairs(xml));
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/sub/test_other.py::test_fail_assert',
			'tests/sub/test_broken.py',
		]);
	});

	test('-q cut short by --maxfail: the progress line without a percentage still counts', async () => {
		const {run, xml} = await read('mf');
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({
			failed: 2,
			passed: 1,
			skipped: 1,
			xfailed: 1,
		});
		expect(run.warnings.map(warning => warning.message)).toContain(
			'pytest stopped early: stopping after 2 failures',
		);
		expect(comparablePairs(run, isFailing)).toEqual(
			comparablePairs(xml, isFailing),
		);
	});
});

describe('pytest 7.2 with xdist, rerunfailures and timeout', () => {
	const plugins = path.resolve('fixtures/pytest7-plugins');
	const shapes = fs
		.readdirSync(plugins)
		.filter(name => fs.existsSync(path.join(plugins, name, 'run.xml.gz')));
	for (const shape of shapes) {
		test(shape, async () => {
			const run = await readLog(path.join(plugins, shape, 'run.log'));
			const xml = await readLog(path.join(plugins, shape, 'run.xml.gz'));
			expect(run.complete).toBe(true);
			// The console calls a crashed xdist worker's test FAILED, the XML an error: truth.ts knows.
			expect(comparablePairs(run, isFailing)).toEqual(
				comparablePairs(xml, isFailing),
			);
			if (shape.includes('v')) {
				expect(comparablePairs(run)).toEqual(comparablePairs(xml));
			}

			if (['xv', 'xn2v', 'xn2color'].includes(shape)) {
				expect(
					run.tests.find(test => test.id === 'tests/test_x.py::test_flaky'),
				).toMatchObject({outcome: 'passed', reruns: 2});
			}

			if (shape.startsWith('crash')) {
				expect(
					run.failures.find(
						failure => failure.id === 'tests/test_crash.py::test_crash',
					)?.headline,
				).toBe(
					"worker 'gw1' crashed while running 'tests/test_crash.py::test_crash'",
				);
			}
		});
	}

	test('the thread timeout method kills pytest: what ran is kept, and the run is incomplete', async () => {
		const run = await readLog(path.join(plugins, 'tbthread', 'run.log'));
		expect(run.complete).toBe(false);
		expect(run.warnings.at(-1)!.message).toContain(
			'killed or the log is truncated',
		);
		expect(run.failures.length).toBeGreaterThan(0);
	});
});

describe('networkx with injected faults (setup, call and teardown), four shapes', () => {
	const root = path.resolve('fixtures/networkx-injected');
	for (const shape of ['n2v', 'n2q', 'qra', 'vlong']) {
		test(shape, async () => {
			const run = await readLog(path.join(root, shape, 'run.log.gz'));
			const xml = await readLog(path.join(root, shape, 'run.xml.gz'));
			expect(run.complete).toBe(true);
			expect(run.counts).toMatchObject({
				failed: 91,
				passed: 1287,
				skipped: 2,
				error: 136,
			});
			expect(comparablePairs(run, isFailing)).toEqual(
				comparablePairs(xml, isFailing),
			);
			if (shape.includes('v')) {
				expect(comparablePairs(run)).toEqual(comparablePairs(xml));
			}

			const headlineOf = xmlHeadlines(xml);
			for (const failure of run.failures) {
				expect(failure.headline).toBe(headlineOf(failure));
			}
		});
	}
});

describe('sympy with injected faults', () => {
	const root = path.resolve('fixtures/sympy-injected');
	for (const shape of ['v', 'q', 'n2']) {
		test(shape, async () => {
			const run = await readLog(path.join(root, shape, 'run.log.gz'));
			const xml = await readLog(path.join(root, shape, 'run.xml.gz'));
			expect(run.complete).toBe(true);
			expect(run.counts).toMatchObject({
				failed: 106,
				skipped: 67,
				xfailed: 30,
				xpassed: 1,
			});
			expect(comparablePairs(run, isFailing)).toEqual(
				comparablePairs(xml, isFailing),
			);
			if (shape === 'v') {
				expect(comparablePairs(run)).toEqual(comparablePairs(xml));
			}

			const headlineOf = xmlHeadlines(xml);
			for (const failure of run.failures) {
				expect(failure.headline).toBe(headlineOf(failure));
			}
		});
	}
});
