import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {emptyPathEnd} from '../../source/log/pytest/ids.js';
import {checkHeadlinesAgainstXml} from './against-xml.js';
import {header, parseText, rule} from './helpers.js';

// Shapes the twenty-third hunt's runs showed (fixtures/hunt/README.md, record-hunt23.sh), as small logs: what hunt 22
// left (`-q --setup-plan`, `-q --no-summary`), a planned test before a skipped one under `-v --setup-plan`, a test
// file given outside the rootdir (`--rootdir`, `-c`), pytest 7.2 dying after `-x` with its traceback glued to the letters,
// ids holding a newline (`disable_test_id_escaping_and_forfeit_all_rights_to_community_support`).

/** Reads the log's lines as one log: the run, and its tests as `id outcome`, in the log's order. */
async function read(lines: string[]) {
	const run = await parseText(lines.join('\n'));
	const pairs = run.tests.map(test => `${test.id} ${test.outcome}`);
	const warnings = run.warnings.map(warning => warning.message);
	return {run, pairs, warnings};
}

const planned = /^2 tests were planned \(--setup-plan or --setup-only\)/;

describe('--setup-plan and --setup-only name each test on its plan line', () => {
	test('-v: a planned test before a skipped one’s `-v` line is planned, not lost', async () => {
		const {run, pairs, warnings} = await read([
			header,
			'collecting ... collected 3 items',
			'',
			'tests/test_a.py::test_uses_db ',
			'        SETUP    F db',
			'        tests/test_a.py::test_uses_db (fixtures used: db)',
			'        TEARDOWN F db',
			'tests/test_a.py::test_skipped SKIPPED (not today)',
			'tests/test_a.py::test_last ',
			'        tests/test_a.py::test_last',
			'',
			rule('1 skipped in 0.02s'),
		]);
		expect(pairs).toEqual([
			'tests/test_a.py::test_uses_db passed',
			'tests/test_a.py::test_skipped skipped',
			'tests/test_a.py::test_last passed',
		]);
		expect(run.complete).toBe(true);
		expect(warnings).toContainEqual(expect.stringMatching(planned));
	});

	test('-q: no `-v` line, and the plan lines name the tests (the run was called incomplete)', async () => {
		const {run, pairs, warnings} = await read([
			'',
			'    SETUP    M db',
			'        SETUP    F user (fixtures used: db)',
			'        tests/test_a.py::test_uses_user (fixtures used: db, user)',
			'        TEARDOWN F user',
			'        tests/test_a.py::test_process',
			'        SETUP    F n[1]',
			'        tests/test_a.py::test_param[1] (fixtures used: n)',
			'        TEARDOWN F n[1]s',
			'    TEARDOWN M db',
			'1 skipped in 0.02s',
		]);
		// `test_process` waited: a bare id ending like a letter is a plan's only once a line with fixtures says so.
		expect(pairs.toSorted()).toEqual([
			'tests/test_a.py::test_param[1] passed',
			'tests/test_a.py::test_process passed',
			'tests/test_a.py::test_uses_user passed',
		]);
		expect(run.complete).toBe(true);
		expect(run.counts).toMatchObject({passed: 0, skipped: 1});
		expect(warnings).toContainEqual(
			expect.stringMatching(/^3 tests were planned/),
		);
	});

	test('-q --setup-show: the tests ran, each plan line ends with its letter: its test’s outcome, none planned', async () => {
		const {run, pairs, warnings} = await read([
			'',
			'        SETUP    F db',
			'        tests/test_a.py::test_process (fixtures used: db)F',
			'        TEARDOWN F db',
			'        tests/test_a.py::test_bare.',
			rule('FAILURES'),
			rule('test_process', '_'),
			'',
			'    def test_process(db):',
			'>       assert 0',
			'E       assert 0',
			'',
			'tests/test_a.py:5: AssertionError',
			rule('short test summary info'),
			'FAILED tests/test_a.py::test_process - assert 0',
			'1 failed, 1 passed in 0.02s',
		]);
		// Named by their letters: `test_bare.` is no test named with a dot.
		expect(pairs).toEqual([
			'tests/test_a.py::test_process failed',
			'tests/test_a.py::test_bare passed',
		]);
		expect(run.complete).toBe(true);
		expect(warnings).toEqual([]);
	});
});

describe('-q --setup-show: letters glued to the plan and fixture lines', () => {
	test('every test passed: each plan line’s letter names its test, and the run is whole (it was called incomplete)', async () => {
		const {run, pairs, warnings} = await read([
			'',
			'SETUP    S doctest_namespace',
			'        SETUP    F add_nx (fixtures used: doctest_namespace)',
			'        ::TestDag::test_empty (fixtures used: add_nx, doctest_namespace).',
			'        TEARDOWN F add_nx',
			'        ::test_colliders[edgelist0-expected0] (fixtures used: add_nx, doctest_namespace).',
			'        ::test_process.',
			'TEARDOWN S doctest_namespace',
			'3 passed in 4.49s',
		]);
		expect(pairs).toEqual([
			'::TestDag::test_empty passed',
			'test_colliders[edgelist0-expected0] passed',
			'test_process passed',
		]);
		expect(run.complete).toBe(true);
		expect(warnings).toEqual([]);
	});

	test('a setup error’s `E` on its fixture’s SETUP line and a skip’s `s` on a TEARDOWN line: the two lines say which letters are not the name', async () => {
		const {run, warnings} = await read([
			'',
			'        SETUP    F items (fixtures used: db)',
			'        tests/test_a.py::test_uses_items (fixtures used: db, items).',
			'        TEARDOWN F items',
			'        SETUP    F brokenE',
			'        TEARDOWN F brokens',
			rule('ERRORS'),
			rule('ERROR at setup of test_broken', '_'),
			'',
			'    @pytest.fixture',
			'    def broken():',
			'>       raise RuntimeError("fixture broke")',
			'E       RuntimeError: fixture broke',
			'',
			'tests/test_a.py:17: RuntimeError',
			rule('short test summary info'),
			'ERROR tests/test_a.py::test_broken - RuntimeError: fixture broke',
			'1 passed, 1 skipped, 1 error in 0.05s',
		]);
		expect(run.counts).toMatchObject({passed: 1, skipped: 1, error: 1});
		expect(run.complete).toBe(true);
		expect(warnings).toEqual([]);
	});
});

describe('a test file given outside the rootdir: its node ids have an empty path', () => {
	const entry = (name: string) => [
		rule(name, '_'),
		'',
		'    def test_fails():',
		'>       assert 1 == 0',
		'E       assert 1 == 0',
		'',
		'outside/tests/test_outside.py:7: AssertionError',
	];

	test('pytest 7.2 -q prints `other/::name`: the XML’s classname is "", a method’s `.TestGroup`', async () => {
		const {run, pairs} = await read([
			'F.Fx                                                                     [100%]',
			rule('FAILURES'),
			...entry('test_fails'),
			...entry('TestGroup.test_method_fails'),
			rule('short test summary info'),
			'FAILED outside/ini/::test_fails - assert 1 == 0',
			'FAILED outside/ini/::TestGroup::test_method_fails - assert 1 == 0',
			'2 failed, 1 passed, 1 xfailed in 0.05s',
		]);
		expect(pairs).toEqual([
			'test_fails failed',
			'::TestGroup::test_method_fails failed',
		]);
		expect(run.complete).toBe(true);
	});

	test('pytest 9 -v prints `other::name`, as no node id starts: the header’s rootdir ends with `other`', async () => {
		const {run, pairs} = await read([
			header.replace('rootdir: /src/app', 'rootdir: /src/app/outside/ini'),
			'collecting ... collected 3 items',
			'',
			'outside/ini::test_fails FAILED                                           [ 33%]',
			'outside/ini::test_passes PASSED                                          [ 66%]',
			'outside/ini::TestGroup::test_method_passes PASSED                        [100%]',
			'',
			rule('FAILURES'),
			...entry('test_fails'),
			rule('short test summary info'),
			'FAILED outside/ini::test_fails - assert 1 == 0',
			rule('1 failed, 2 passed in 0.05s'),
		]);
		expect(pairs).toEqual([
			'test_fails failed',
			'test_passes passed',
			'::TestGroup::test_method_passes passed',
		]);
		expect(run.complete).toBe(true);
	});

	test('`dir::name` is another rootdir’s only where the rootdir ends with its path, or it is only `..`', () => {
		expect(emptyPathEnd('other/::test_b', undefined)).toBe(6);
		expect(emptyPathEnd('../..::test_b', undefined)).toBe(5);
		expect(emptyPathEnd('outside/ini::test_b', '/src/app/outside/ini')).toBe(
			11,
		);
		// pytest-cpp's test binary, output under -s (`engine::start FAILED`), a file: ids as printed.
		expect(emptyPathEnd('build/gtest_runner::Suite.test', '/src/app')).toBe(-1);
		expect(emptyPathEnd('engine::start FAILED', '/src/app')).toBe(-1);
		expect(emptyPathEnd('tests/test_a.py::test_b', '/src/app/tests')).toBe(-1);
		expect(emptyPathEnd('::test_b', '/src/app')).toBe(-1);
	});
});

describe('pytest 7.2 after -x: a module fixture’s teardown raising at the session’s end', () => {
	test('-q: the traceback glued to the letters ends a crashed run (it was refused as no test log)', async () => {
		const {run, warnings} = await read([
			'..ETraceback (most recent call last):',
			'  File "/usr/lib/python3/dist-packages/_pytest/fixtures.py", line 917, in _teardown_yield_fixture',
			'    next(it)',
			'  File "/src/app/tests/conftest.py", line 7, in module_resource',
			'    raise RuntimeError("module teardown broke")',
			'RuntimeError: module teardown broke',
		]);
		expect(run.counts).toMatchObject({passed: 2, error: 1});
		expect(run.complete).toBe(false);
		expect(warnings).toContain(
			'pytest failed before its final summary line: RuntimeError: module teardown broke',
		);
	});
});

describe('--no-summary: the letters and the final line, and nothing names a failing report', () => {
	test('at the default verbosity the warning names the files of the F and E letters, the one thing the log says', async () => {
		const {run, warnings} = await read([
			header,
			'collected 7 items',
			'',
			'tests/test_a.py F..                                                      [ 42%]',
			'tests/test_b.py .EF.                                                     [100%]',
			'',
			rule('2 failed, 4 passed, 1 error in 0.03s'),
		]);
		expect(run.complete).toBe(false);
		expect(warnings).toContainEqual(
			expect.stringMatching(
				/^pytest counts 3 failing reports that the log never names .*; their F and E letters are in tests\/test_a\.py, tests\/test_b\.py \(2\)$/,
			),
		);
	});
});

describe('ids printed unescaped: a parameter’s newline splits the id’s lines', () => {
	test('the `-v` line, the report’s header and the short summary are each one line again', async () => {
		const {run, pairs} = await read([
			header,
			'collecting ... collected 3 items',
			'',
			'tests/test_a.py::test_text[new',
			'line] FAILED                                                      [ 33%]',
			'tests/test_a.py::test_text[two',
			'new',
			'lines] FAILED                                                     [ 66%]',
			'tests/test_a.py::test_text[plain] PASSED                          [100%]',
			'',
			rule('FAILURES'),
			'____________________________ test_text[new',
			'line] ____________________________',
			'',
			"E       AssertionError: assert 'new\\nline' == 'plain'",
			'',
			'tests/test_a.py:6: AssertionError',
			'___________________________ test_text[two',
			'new',
			'lines] ___________________________',
			'',
			"E       AssertionError: assert 'two\\nnew\\nlines' == 'plain'",
			'',
			'tests/test_a.py:6: AssertionError',
			rule('short test summary info'),
			'FAILED tests/test_a.py::test_text[new',
			"line] - AssertionError: assert 'new\\nline' == 'plain'",
			'FAILED tests/test_a.py::test_text[two',
			'new',
			'lines] - AssertionError: ...',
			rule('2 failed, 1 passed in 0.05s'),
		]);
		expect(pairs).toEqual([
			'tests/test_a.py::test_text[new\nline] failed',
			'tests/test_a.py::test_text[two\nnew\nlines] failed',
			'tests/test_a.py::test_text[plain] passed',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"AssertionError: assert 'new\\nline' == 'plain'",
			"AssertionError: assert 'two\\nnew\\nlines' == 'plain'",
		]);
		expect(run.complete).toBe(true);
	});

	test('ids whose brackets do not balance, printed whole, are not joined to the next line', async () => {
		const {pairs} = await read([
			'FF                                                                       [100%]',
			rule('short test summary info'),
			'FAILED tests/test_b.py::test_check[[1, 2] - AssertionError: first',
			'FAILED tests/test_b.py::test_check[1, 2]] - AssertionError: second',
			'2 failed in 0.05s',
		]);
		expect(pairs).toEqual([
			'tests/test_b.py::test_check[[1, 2] failed',
			'tests/test_b.py::test_check[1, 2]] failed',
		]);
	});

	test('real runs under pytest 9 and 7.2: ids, outcomes and headlines are the XML’s', async () => {
		const hunt = path.resolve('fixtures/hunt');
		for (const name of [
			'newline-p9-v',
			'newline-p7-q',
			'newline-p9-rA',
			'newline-p7-v',
		]) {
			await checkHeadlinesAgainstXml(path.join(hunt, name), 4);
		}
	});
});

describe('a copy that trimmed the spaces at the ends of lines', () => {
	test("pytest 8's blank `E` line before an assertion's diff is `E` alone, and still says pytest 8 or later", async () => {
		const {run} = await read([
			'FF                                                                       [100%]',
			rule('FAILURES'),
			rule('test_point', '_'),
			'',
			'    def test_point():',
			'>       assert first == second',
			"E       AssertionError: assert 'hello world' == 'hello there'",
			'E',
			'E         - hello there',
			'E         + hello world',
			'',
			'tests/test_a.py:10: AssertionError',
			rule('test_gate', '_'),
			'gate closed',
			'2 failed in 0.04s',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"AssertionError: assert 'hello world' == 'hello there'",
			'Failed: gate closed',
		]);
	});
});

describe("the twenty-third hunt's real runs", () => {
	const hunt = path.resolve('fixtures/hunt');

	test('-q --setup-plan under pytest 9 and 7.2: whole, each planned test named', async () => {
		for (const name of ['plan-p9-q-setupplan', 'plan-p7-q-setupplan']) {
			const run = await readLog(path.join(hunt, name, 'run.log'));
			expect(run.complete, name).toBe(true);
			expect(run.tests.length, name).toBe(7);
		}
	});
});
