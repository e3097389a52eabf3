import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	parseVerboseLine,
	splitIdAndMessage,
} from '../../source/log/pytest/index.js';
import {EscapedIds, unescapeText} from '../../source/log/pytest/escaped-ids.js';
import {
	parseSubtestLine,
	parseSubtestSummary,
	parseWorkerSubtestLine,
} from '../../source/log/pytest/subtests.js';
import {stripPercent} from '../../source/log/pytest/verbose-line.js';
import {parseFinalLine} from '../../source/log/summary.js';
import {readLog} from '../../source/log/read.js';
import {header, parseText, rule} from './helpers.js';

const traps = path.resolve('fixtures/traps');

describe('ids whose brackets do not balance', () => {
	test.each([
		[
			'tests/t.py::test_arbitrary_element[str-[] FAILED                      [ 10%]',
			'tests/t.py::test_arbitrary_element[str-[]',
			'FAILED',
		],
		[
			'tests/t.py::test_x[]-expected1] PASSED                              [ 20%]',
			'tests/t.py::test_x[]-expected1]',
			'PASSED',
		],
		[
			'tests/t.py::test_y[a = [1,\\n2,-incomplete-0] FAILED',
			'tests/t.py::test_y[a = [1,\\n2,-incomplete-0]',
			'FAILED',
		],
		// An outcome word inside the unbalanced id: the word that ends the line is the outcome.
		[
			'tests/t.py::test_word[x FAILED [] PASSED                            [ 85%]',
			'tests/t.py::test_word[x FAILED []',
			'PASSED',
		],
		[
			'tests/t.py::test_skip[[skip] SKIPPED (skipped for [skip)            [ 90%]',
			'tests/t.py::test_skip[[skip]',
			'SKIPPED',
		],
	])('-v line %s', (line, id, word) => {
		expect(parseVerboseLine(line)).toMatchObject({id, word});
	});

	test.each([
		[
			'tests/t.py::test_b[[1, 2] - AssertionErro...',
			{id: 'tests/t.py::test_b[[1, 2]', message: 'AssertionErro...'},
		],
		[
			'tests/t.py::test_dash[[a - b] - AssertionError: dash in...',
			{
				id: 'tests/t.py::test_dash[[a - b]',
				message: 'AssertionError: dash in...',
			},
		],
		[
			'tests/t.py::test_x[]-expected0] - AssertionError: closi...',
			{
				id: 'tests/t.py::test_x[]-expected0]',
				message: 'AssertionError: closi...',
			},
		],
		// Balanced, with ` - ` only inside its brackets: a -rA PASSED line's id alone.
		[
			'test_polynomials.py::test_chromatic_polynomial[G2-x**5 - 5*x**4 + 4*x]',
			{
				id: 'test_polynomials.py::test_chromatic_polynomial[G2-x**5 - 5*x**4 + 4*x]',
			},
		],
	])('summary line %s', (text, split) => {
		expect(splitIdAndMessage(text)).toEqual(split);
	});

	test('a summary line with no message: the header the log prints tells the id, not a dash inside it', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/t.py F                                                             [100%]',
				'',
				rule('FAILURES'),
				rule('test_dash[[a - b]', '_'),
				'',
				'>   assert False',
				'E   assert False',
				'',
				'tests/t.py:3: AssertionError',
				rule('short test summary info'),
				'FAILED tests/t.py::test_dash[[a - b]',
				rule('1 failed in 0.01s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[['tests/t.py::test_dash[[a - b]', 'AssertionError: assert False']],
		);
	});
});

describe('-vv: a test defined in another file', () => {
	test.each([
		[
			'inherit/test_impl.py::TestMemory::test_missing <- inherit/base_cases.py FAILED [ 40%]',
			'inherit/test_impl.py::TestMemory::test_missing',
			'FAILED',
		],
		[
			'tests/test_ranges.py::TestInventory::runTest <- ../../opt/python3.11/lib/python3.11/site-packages/hypothesis/stateful.py FAILED [100%]',
			'tests/test_ranges.py::TestInventory::runTest',
			'FAILED',
		],
		[
			'tests/t.py::test_x[a <- b.py] <- tests/base.py SKIPPED (no)',
			'tests/t.py::test_x[a <- b.py]',
			'SKIPPED',
		],
	])('%s', (line, id, word) => {
		expect(parseVerboseLine(line)).toMatchObject({id, word});
	});

	test('the real -vv runs name every test by its own module', async () => {
		for (const name of ['inherit-p9-vv', 'inherit-p7-vv']) {
			const run = await readLog(path.join(traps, name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(run.tests.map(test => test.id)).toEqual([
				'inherit/test_impl.py::TestMemory::test_roundtrip',
				'inherit/test_impl.py::TestMemory::test_missing',
				'inherit/test_impl.py::TestDisk::test_roundtrip',
				'inherit/test_impl.py::TestDisk::test_missing',
				'inherit/test_impl.py::TestInventory::runTest',
			]);
		}
	});
});

describe('subtests: pytest 9 built in, pytest-subtests under 7.2', () => {
	test('the final line with subtests, also in colour', async () => {
		expect(
			parseFinalLine('6 failed, 4 passed, 403 subtests passed in 1.33s'),
		).toMatchObject({failed: 6, passed: 4});
		const colour = await readLog(
			path.join(traps, 'subtests-p9-vcolor', 'run.log'),
		);
		expect(colour.reportedCounts).toMatchObject({failed: 6, passed: 4});
	});

	test.each([
		[
			'tests/t.py::test_many SUBPASSED[even] (number=0)     [ 14%]',
			{id: 'tests/t.py::test_many', description: '[even] (number=0)'},
		],
		[
			"tests/t.py::test_some SUBFAILED(name='beta [x')      [ 28%]",
			{
				id: 'tests/t.py::test_some',
				outcome: 'failed',
				description: "(name='beta [x')",
			},
		],
		[
			'tests/t.py::test_p[slow] SUBFAILED[step 2]',
			{
				id: 'tests/t.py::test_p[slow]',
				outcome: 'failed',
				description: '[step 2]',
			},
		],
		[
			'tests/t.py::test_some SUBFAIL                        [ 28%]',
			{id: 'tests/t.py::test_some', outcome: 'failed'},
		],
		['tests/t.py::test_s SUBSKIPPED[why]', {outcome: 'skipped'}],
	])('-v line %s', (line, expected) => {
		expect(parseSubtestLine(stripPercent(line).trimEnd())).toMatchObject(
			expected,
		);
	});

	test.each([
		[
			"SUBFAILED[b'/p\\xc3\\xa5'] test_urllib2.py::HandlerTests::test_redirect_encoding",
			{
				outcome: 'failed',
				description: "[b'/p\\xc3\\xa5']",
				body: 'test_urllib2.py::HandlerTests::test_redirect_encoding',
			},
		],
		[
			"SUBFAILED(name='beta [x') tests/t.py::test_some - Asserti...",
			{
				outcome: 'failed',
				description: "(name='beta [x')",
				body: 'tests/t.py::test_some - Asserti...',
			},
		],
		[
			'SUBFAIL tests/t.py::test_some - AssertionError: x',
			{outcome: 'failed', body: 'tests/t.py::test_some - AssertionError: x'},
		],
	])('summary line %s', (line, expected) => {
		expect(parseSubtestSummary(line)).toEqual(expected);
	});

	test("xdist: a subtest's line names the id last", () => {
		expect(
			parseWorkerSubtestLine(
				"[gw0] [ 85%] SUBFAILED[b'/p\\xc3\\xa5-dansk/'] tests/t.py::HandlerTests::test_redirect[a b] ",
			),
		).toEqual({
			id: 'tests/t.py::HandlerTests::test_redirect[a b]',
			outcome: 'failed',
			description: "[b'/p\\xc3\\xa5-dansk/']",
		});
		expect(
			parseWorkerSubtestLine(
				"[gw1] [ 57%] SUBPASSED(name='alpha') tests/t.py::test_some",
			),
		).toEqual({
			id: 'tests/t.py::test_some',
			outcome: undefined,
			description: "(name='alpha')",
		});
	});

	test('pytest 9: a unittest subTest fails while its test says PASSED: two reports, as pytest counts them', async () => {
		const run = await readLog(path.join(traps, 'subtests-p9-v', 'run.log'));
		expect(run.complete).toBe(true);
		// The subtest's report first, as pytest wrote it during the call (hunt 66; the XML's order too).
		expect(
			run.tests
				.filter(test => test.id.endsWith('::test_redirect_encoding'))
				.map(test => test.outcome),
		).toEqual(['failed', 'passed']);
		const failure = run.failures.find(failure =>
			failure.id.endsWith('::test_redirect_encoding'),
		);
		expect(failure?.headline).toBe(
			"AssertionError: False is not true : b'/p\\xc3\\xa5-dansk/' is not ASCII",
		);
		// The subtest's own report, then the test's `contains 1 failed subtest`, as the XML lists them.
		expect(
			run.failures
				.filter(failure => failure.id.endsWith('::test_some_fail'))
				.map(failure => failure.headline),
		).toEqual([
			'AssertionError: beta [x does not end in a',
			'contains 1 failed subtest',
		]);
	});

	test('-q: a `u` can be a passed or a failed subtest; the summary tells the failed ones', async () => {
		for (const name of ['subtests-p9-q', 'subtests-p7-q']) {
			const run = await readLog(path.join(traps, name, 'run.log'));
			expect(run.complete).toBe(true);
		}
	});

	test('no short summary (-rN): the FAILURES header alone says a subtest failed', async () => {
		const run = await parseText(
			[
				header,
				'collected 1 item',
				'',
				'tests/t.py::HandlerTests::test_redirect ',
				'tests/t.py::HandlerTests::test_redirect PASSED                        [100%]',
				'',
				rule('FAILURES'),
				rule("HandlerTests.test_redirect [b'/p\\xc3\\xa5']", '_'),
				'',
				'>   self.assertTrue(False)',
				'E   AssertionError: False is not true',
				'',
				'tests/t.py:9: AssertionError',
				rule('1 failed, 1 passed in 0.02s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/t.py::HandlerTests::test_redirect failed',
			'tests/t.py::HandlerTests::test_redirect passed',
		]);
		expect(run.failures[0]!.headline).toBe('AssertionError: False is not true');
	});
});

describe("xdist: a crashed worker's test run again by the replacement worker", () => {
	test.each(['crash-p9-v-n2', 'crash-p7-v-n2', 'crash-p9-q-n2', 'crash-p7-n2'])(
		'%s: FAILED by the crash, then PASSED: two reports, as pytest counts them',
		async name => {
			const run = await readLog(path.join(traps, name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(run.counts).toMatchObject({failed: 2, passed: 8});
			const crashed = run.failures.find(failure =>
				failure.id.endsWith('::test_crash_once'),
			);
			expect(crashed?.headline).toMatch(
				/^worker 'gw\d' crashed while running 'crash\/test_crash\.py::TestWorker::test_crash_once'$/,
			);
			if (name.includes('-v-')) {
				expect(
					run.tests
						.filter(test => test.id.endsWith('::test_crash_once'))
						.map(test => test.outcome),
				).toEqual(['failed', 'passed']);
			}
		},
	);

	test("-q: a progress letter with another process's warning written right after it still counts", async () => {
		const run = await parseText(
			[
				header,
				'created: 2/2 workers',
				'2 workers [3 items]',
				'',
				'.[gw0] node down: Not properly terminated',
				'F/opt/python3.11/lib/python3.11/site-packages/pytest_benchmark/logger.py:44: PytestBenchmarkWarning: Benchmarks are automatically disabled',
				'  warner(PytestBenchmarkWarning(text))',
				'.                                                                        [100%]',
				rule('FAILURES'),
				rule('tests/test_c.py', '_'),
				'[gw0] linux -- Python 3.11.7 /usr/bin/python3',
				"worker 'gw0' crashed while running 'tests/test_c.py::test_crash'",
				rule('short test summary info'),
				"FAILED tests/test_c.py::test_crash - worker 'gw0' crashed while running 'tests/test_c.py::test_crash'",
				rule('1 failed, 2 passed in 1.00s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'tests/test_c.py::test_crash',
		]);
	});
});

describe('-s: a test that runs pytest (pytester) prints whole sessions into the log', () => {
	test.each([
		'pytester-p9-vs',
		'pytester-p7-vs',
		'pytester-p9-s',
		'pytester-p7-s',
	])(
		'%s: only the outer tests, the outer outcome that comes alone on a later line',
		async name => {
			const run = await readLog(path.join(traps, name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(run.counts).toMatchObject({failed: 1, passed: 4});
			expect(run.failures.map(failure => failure.id)).toEqual([
				'pytester/test_inner.py::test_inner_but_outer_fails',
			]);
			expect(
				run.tests.every(test => test.id.startsWith('pytester/test_inner.py')),
			).toBe(true);
			if (name.includes('vs')) {
				expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
					'pytester/test_inner.py::test_inner_failures_reported passed',
					'pytester/test_inner.py::test_inner_quiet passed',
					'pytester/test_inner.py::test_inner_but_outer_fails failed',
					'pytester/test_inner.py::test_inner_errors passed',
					'pytester/test_inner.py::test_plain_after passed',
				]);
			}
		},
	);

	const inner = [
		rule('FAILURES'),
		rule('test_example', '_'),
		'E       assert 1 == 2',
		'',
		'test_example.py:4: AssertionError',
		rule('short test summary info'),
		'FAILED test_example.py::test_example - assert 1 == 2',
		'1 failed, 1 passed in 0.03s',
	];

	test("-v: an inner -q session (no banner) starts on the id's line, padded to its own width", async () => {
		const run = await parseText(
			[
				header,
				'collecting ... collected 1 item',
				'',
				`tests/test_p.py::test_runs_pytest F.${' '.repeat(71)}[100%]`,
				...inner,
				'PASSED',
				'',
				rule('1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.map(test => `${test.id} ${test.outcome}`)).toEqual([
			'tests/test_p.py::test_runs_pytest passed',
		]);
	});

	test('default verbosity: the outer letter right before an inner banner or inner -q line counts', async () => {
		const run = await parseText(
			[
				header,
				'collected 3 items',
				'',
				`tests/test_p.py .${'='.repeat(29)} test session starts ${'='.repeat(30)}`,
				'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
				'collected 2 items',
				'',
				`test_example.py F.${' '.repeat(55)}[100%]`,
				...inner,
				`.F.${' '.repeat(71)}[100%]`,
				...inner,
				'.                                                                        [100%]',
				'',
				rule('3 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.tests.toArray()).toEqual([]);
	});

	test('a full line of letters (xdist fills it, one space before the percentage) is no inner session', async () => {
		const letters = '.'.repeat(72);
		const run = await parseText(
			[
				header,
				'gw0 [144] / gw1 [144]',
				'',
				`${letters} [ 50%]`,
				`${letters} [100%]`,
				rule('144 passed in 1.00s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.counts.passed).toBe(144);
	});
});

describe('ids an ASCII-only stdout printed with escapes', () => {
	test('unescapeText undoes \\x, \\u and \\U escapes, and \\\\ only when asked', () => {
		expect(unescapeText('Z\\xfcrich \\u6771\\u4eac \\U0001f600')).toBe(
			'Zürich 東京 😀',
		);
		expect(unescapeText('a\\\\xfc')).toBe('a\\\\xfc');
		expect(unescapeText('a\\\\b', true)).toBe('a\\b');
	});

	test.each([
		'escapes-p9-v-ascii',
		'escapes-p9-q-ascii',
		'escapes-p9-default-backslashreplace',
		'escapes-p7-v-backslashreplace',
		'escapes-p7-default-ascii',
	])(
		'%s: the ids pytest did not escape get their characters back, the ones it escaped stay',
		async name => {
			const run = await readLog(path.join(traps, name, 'run.log'));
			expect(run.complete).toBe(true);
			expect(run.failures.map(failure => failure.id)).toEqual([
				'escapes/test_escapes.py::test_city[Zürich]',
				'escapes/test_escapes.py::test_city[Genève]',
				'escapes/test_escapes.py::test_city[東京]',
				// pytest's own escaping of a parameter: the node id holds the escape.
				'escapes/test_escapes.py::test_word[f\\xf6\\xf6]',
				'escapes/test_escapes.py::test_word[a\\\\b]',
				'escapes/test_escapes.py::test_zürich_local',
			]);
		},
	);

	const width = 80;
	const padded = (text: string, percent: string) =>
		`${text}${' '.repeat(width - 1 - text.length - percent.length)}${percent}`;

	test("a -v line proves its escapes by running past the width; pytest's own escapes do not", () => {
		const escapes = new EscapedIds();
		escapes.width = width;
		const raw = 'tests/t.py::test_city[Zürich] PASSED';
		const printed = padded(raw, '[ 50%]').replace('ü', '\\xfc');
		escapes.observeProgressLine('tests/t.py::test_city[Z\\xfcrich]', printed);
		const own = padded('tests/t.py::test_name[f\\xf6\\xf6] PASSED', '[100%]');
		escapes.observeProgressLine('tests/t.py::test_name[f\\xf6\\xf6]', own);
		expect(escapes.resolve('tests/t.py::test_city[Z\\xfcrich]')).toBe(
			'tests/t.py::test_city[Zürich]',
		);
		expect(escapes.resolve('tests/t.py::test_name[f\\xf6\\xf6]')).toBe(
			'tests/t.py::test_name[f\\xf6\\xf6]',
		);
	});

	test('lines too long for the width prove nothing: pytest printed them the same however it measured', () => {
		const escapes = new EscapedIds();
		escapes.width = width;
		const id =
			'tests/chaos/cache/test_cache_regression_27.py::TestCursorReplay::test_recover_queue_after_restart[caf\\xe9]';
		// One `_` on each side: the title is too long for 80 columns, escaped or not.
		const title =
			'ERROR at teardown of TestCursorReplay.test_recover_queue_after_restart[caf\\xe9]';
		escapes.observeHeader(
			'TestCursorReplay.test_recover_queue_after_restart[caf\\xe9]',
			title,
			`_ ${title} _`,
		);
		// A -v line past the width has one space before its percentage.
		escapes.observeProgressLine(id, `${id} PASSED [ 24%]`);
		expect(escapes.resolve(id)).toBe(id);
	});

	test('a name printed with escapes beside a parameter pytest escaped: only the name is undone', () => {
		const escapes = new EscapedIds();
		escapes.width = width;
		const id = 'tests/t.py::test_z\\xfcrich[f\\xf6\\xf6]';
		const printed = padded(
			'tests/t.py::test_zürich[f\\xf6\\xf6] PASSED',
			'[ 50%]',
		).replace('ü', '\\xfc');
		escapes.observeProgressLine(id, printed);
		expect(escapes.resolve(id)).toBe('tests/t.py::test_zürich[f\\xf6\\xf6]');
	});

	test("a header with escapes is still a header inside the previous report's captured output", async () => {
		const title = 'test_city[Z\\xfcrich]';
		const fill = '_'.repeat((width - 'test_city[Zürich]'.length - 2) / 2);
		const run = await parseText(
			[
				header,
				'collected 2 items',
				'',
				'tests/t.py FF                                                             [100%]',
				rule('FAILURES'),
				rule('test_ok_name', '_'),
				'E   assert False',
				'',
				'tests/t.py:3: AssertionError',
				'----------------------------- Captured stdout call -----------------------------',
				'some output',
				`${fill} ${title} ${fill}_`,
				'E   AssertionError: no trains',
				'',
				'tests/t.py:7: AssertionError',
				rule('short test summary info'),
				'FAILED tests/t.py::test_ok_name - assert False',
				'FAILED tests/t.py::test_city[Z\\xfcrich] - AssertionError: no t...',
				rule('2 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.complete).toBe(true);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['tests/t.py::test_ok_name', 'AssertionError: assert False'],
				['tests/t.py::test_city[Zürich]', 'AssertionError: no trains'],
			],
		);
	});
});
