import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {header, parseText, rule} from './helpers.js';
import {xmlHeadlines} from './truth.js';

// Shapes the twenty-second hunt's runs showed (fixtures/hunt/README.md, record-hunt22.sh), as small logs: what hunt 21
// left (`-q -rs --tb=native`, a module's strict XPASS under `-q -rs`, `-v`-like lines a test prints at the default
// verbosity, pytest 9's `Unexpected success` headline).

/** Reads the log's lines as one log: the run, and its failing tests as `id outcome`, in the log's order. */
async function read(lines: string[]) {
	const run = await parseText(lines.join('\n'));
	const pairs = run.tests
		.filter(test => test.outcome === 'failed' || test.outcome === 'error')
		.map(test => `${test.id} ${test.outcome}`);
	return {run, pairs};
}

describe('the twenty-second hunt', () => {
	test("-q -rs --tb=native: every frame is absolute, and a skip's `SKIPPED [1] path:line` says the directory they are relative to", async () => {
		const {pairs} = await read([
			'F.Fs                                                                     [100%]',
			rule('FAILURES'),
			rule('TestLimits.test_limit', '_'),
			'Traceback (most recent call last):',
			'  File "/src/app/pkg/test_class.py", line 12, in test_limit',
			'    assert 3 < 2',
			'AssertionError: assert 3 < 2',
			rule('test_parse_port', '_'),
			'Traceback (most recent call last):',
			'  File "/src/app/pkg/test_mod.py", line 8, in test_parse_port',
			'    assert parse_port("eighty") == 80',
			'  File "/src/app/pkg/helpers.py", line 5, in parse_port',
			'    return int(text)',
			"ValueError: invalid literal for int() with base 10: 'eighty'",
			rule('short test summary info'),
			'SKIPPED [1] pkg/test_mod.py:15: needs a server',
			'2 failed, 1 passed, 1 skipped in 0.05s',
		]);
		expect(pairs).toEqual([
			'pkg/test_class.py::TestLimits::test_limit failed',
			'pkg/test_mod.py::test_parse_port failed',
		]);
	});

	test("-q -rs: a module's strict XPASS between two entries of one file is of that file; after the last, of none the log names", async () => {
		const {pairs} = await read([
			'FFFFF                                                                    [100%]',
			rule('FAILURES'),
			rule('test_first', '_'),
			'',
			'    def test_first():',
			'>       assert 1 == 2',
			'E       assert 1 == 2',
			'',
			'tests/test_a.py:6: AssertionError',
			rule('test_bug_twelve', '_'),
			'[XPASS(strict)] bug 12 should be open',
			rule('test_last', '_'),
			'',
			'    def test_last():',
			'>       assert 1 == 3',
			'E       assert 1 == 3',
			'',
			'tests/test_a.py:15: AssertionError',
			rule('test_other', '_'),
			'',
			'    def test_other():',
			'>       assert 2 == 3',
			'E       assert 2 == 3',
			'',
			'tests/test_b.py:6: AssertionError',
			rule('test_bug_thirteen', '_'),
			'[XPASS(strict)] bug 13 should be open',
			'5 failed in 0.05s',
		]);
		expect(pairs).toEqual([
			'tests/test_a.py::test_first failed',
			'tests/test_a.py::test_bug_twelve failed',
			'tests/test_a.py::test_last failed',
			'tests/test_b.py::test_other failed',
			// The file after test_b.py's last entry, or test_b.py: the log cannot say.
			'test_bug_thirteen failed',
		]);
	});

	test("under xdist only a worker's own reports are in order: its neighbours are its worker's entries", async () => {
		const entry = (name: string, worker: string, file: string) => [
			rule(name, '_'),
			`[${worker}] linux -- Python 3.11.2 /usr/bin/python3`,
			'',
			`    def ${name}():`,
			'>       assert 1 == 2',
			'E       assert 1 == 2',
			'',
			`${file}:6: AssertionError`,
		];
		const xpass = (name: string, worker: string) => [
			rule(name, '_'),
			`[${worker}] linux -- Python 3.11.2 /usr/bin/python3`,
			'[XPASS(strict)] should be open',
		];
		const {pairs} = await read([
			'FFFFFFF                                                                  [100%]',
			rule('FAILURES'),
			...entry('test_first', 'gw0', 'tests/test_a.py'),
			// Between two of test_a.py's, but gw1 ran none of them.
			...xpass('test_bug_twelve', 'gw1'),
			...entry('test_last', 'gw0', 'tests/test_a.py'),
			...entry('test_other', 'gw1', 'tests/test_b.py'),
			// Between gw1's two of test_b.py, with gw0's test_c.py between.
			...xpass('test_bug_fourteen', 'gw1'),
			...entry('test_more', 'gw0', 'tests/test_c.py'),
			...entry('test_another', 'gw1', 'tests/test_b.py'),
			'7 failed in 0.05s',
		]);
		expect(pairs.filter(pair => pair.includes('test_bug'))).toEqual([
			'test_bug_twelve failed',
			'tests/test_b.py::test_bug_fourteen failed',
		]);
	});

	test('--capture=tee-sys at the default verbosity: a `-v` line a test prints, after its file’s name or its letter, is output', async () => {
		const {run, pairs} = await read([
			header,
			'collected 3 items',
			'',
			'tests/test_tee.py tests/test_tee.py::test_quiet FAILED                      [ 50%]',
			'.tests/test_tee.py::test_prints_v_line ERROR',
			'F.                                                   [100%]',
			'',
			rule('FAILURES'),
			rule('test_other', '_'),
			'',
			'    def test_other():',
			'>       assert False',
			'E       assert False',
			'',
			'tests/test_tee.py:10: AssertionError',
			rule('short test summary info'),
			'FAILED tests/test_tee.py::test_other - assert False',
			rule('1 failed, 2 passed in 0.05s'),
		]);
		expect(run.tests.map(test => test.id)).toEqual([
			'tests/test_tee.py::test_other',
		]);
		expect(pairs).toEqual(['tests/test_tee.py::test_other failed']);
		expect(run.complete).toBe(true);
		expect(run.warnings).toEqual([]);
	});
});

describe("-q: an assertion's blank `E` line says pytest 8 or later, whose XML heads a pytrace=False report `Failed: `", () => {
	const log = async (assertion: string[]) =>
		read([
			'FF                                                                       [100%]',
			rule('FAILURES'),
			rule('test_point', '_'),
			'',
			'    def test_point():',
			'>       assert first == second',
			...assertion,
			'',
			'tests/test_a.py:10: AssertionError',
			rule('test_gate', '_'),
			'gate closed',
			'2 failed in 0.04s',
		]);

	test("pytest 8's blank line between `assert a == b` and its diff", async () => {
		const {run} = await log([
			"E       AssertionError: assert 'hello world' == 'hello there'",
			'E         ',
			'E         - hello there',
			'E         + hello world',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"AssertionError: assert 'hello world' == 'hello there'",
			'Failed: gate closed',
		]);
	});

	test("pytest 7.2's blank line before a dataclass's attributes is no sign", async () => {
		const {run} = await log([
			'E       AssertionError: assert Point(x=1, y=2) == Point(x=1, y=3)',
			'E         ',
			'E         Omitting 1 identical items, use -vv to show',
			'E         Differing attributes:',
			"E         ['y']",
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: assert Point(x=1, y=2) == Point(x=1, y=3)',
			'gate closed',
		]);
	});
});

describe("the twenty-second hunt's real runs: what the log cannot tell", () => {
	const hunt = path.resolve('fixtures/hunt');
	const headlines = async (name: string) => {
		const run = await readLog(path.join(hunt, name, 'run.log'));
		const xml = await readLog(path.join(hunt, name, 'run.xml'));
		const headlineOf = xmlHeadlines(xml);
		return run.failures.map(failure => [failure.headline, headlineOf(failure)]);
	};

	test("pytest 7.2 -q: unittest's unexpected success is `Unexpected success`, in the log and the XML", async () => {
		for (const [headline, truth] of await headlines('unexpected-p7-q')) {
			expect(headline).toBe(truth);
		}
	});

	test("-q -rs beside an assertion's diff: pytest 9's blank `E` line says its XML's `Failed: Unexpected success`, `Failed: msg`; 7.2 prints none", async () => {
		for (const name of ['unexpdiff-p9-q-rs', 'unexpdiff-p7-q-rs']) {
			const pairs = await headlines(name);
			expect(pairs.length, name).toBe(4);
			for (const [headline, truth] of pairs) {
				expect(headline, name).toBe(truth);
			}
		}
	});

	// pytest 9 fails such a test with `fail("Unexpected success", pytrace=False)`, and its XML says `Failed: Unexpected
	// success`; its report prints the message alone, as 7.2's does. With no header (-q), no short summary message (-rs)
	// and no other sign of pytest 8 or later (column carets, an assertion's blank `E` line), the log is pytest 7.2's to
	// the byte (but for 7.2's `generated xml file` rule, which a run without --junitxml does not print either).
	test.fails(
		"pytest 9 -q -rs: the same report, and nothing in the log says pytest 9's XML adds `Failed: `",
		async () => {
			for (const [headline, truth] of await headlines('unexpected-p9-q-rs')) {
				expect(headline).toBe(truth);
			}
		},
	);
});
