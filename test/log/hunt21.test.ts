import {describe, expect, test} from 'vitest';
import {header, parseText, rule} from './helpers.js';

// Shapes the twenty-first hunt's runs showed (fixtures/hunt/README.md, record-hunt21.sh; fixtures/real-suites, pony-*):
// `-rs` (or `-rxs`), whose short summary lists no FAILED or ERROR line, so the FAILURES and ERRORS headers and the
// progress letters are all that name the failing tests.

/** Reads the log's lines as one log: the run, and its failing tests as `id outcome`, in the log's order. */
async function read(lines: string[]) {
	const run = await parseText(lines.join('\n'));
	const pairs = run.tests
		.filter(test => test.outcome === 'failed' || test.outcome === 'error')
		.map(test => `${test.id} ${test.outcome}`);
	return {run, pairs};
}

describe('the twenty-first hunt: failures named only by their headers (-rs)', () => {
	test("pytest 9, -q: a unittest subTest's header (`TestA.test_b (size=3)`) is a subtest report of `TestA::test_b`", async () => {
		const {run, pairs} = await read([
			'..F.                                                                     [100%]',
			rule('FAILURES'),
			rule('TestBatches.test_each_batch (size=3)', '_'),
			'',
			'self = <test_rs_unittest.TestBatches testMethod=test_each_batch>',
			'',
			'    def test_each_batch(self):',
			'        for size in (1, 2, 3, 4):',
			'            with self.subTest(size=size):',
			'>               self.assertLess(size, 3)',
			'E               AssertionError: 3 not less than 3',
			'',
			'rsonly/test_rs_unittest.py:9: AssertionError',
			rule('TestBatches.test_each_batch (size=4)', '_'),
			'',
			'    def test_each_batch(self):',
			'>               self.assertLess(size, 3)',
			'E               AssertionError: 4 not less than 3',
			'',
			'rsonly/test_rs_unittest.py:9: AssertionError',
			rule('TestBatches.test_header', '_'),
			'',
			'    def test_header(self):',
			'>       self.assertEqual("v1", "v2")',
			"E       AssertionError: 'v1' != 'v2'",
			'',
			'rsonly/test_rs_unittest.py:12: AssertionError',
			'3 failed, 3 passed, 2 subtests passed in 0.05s',
		]);
		expect(pairs).toEqual([
			'rsonly/test_rs_unittest.py::TestBatches::test_each_batch failed',
			'rsonly/test_rs_unittest.py::TestBatches::test_each_batch failed',
			'rsonly/test_rs_unittest.py::TestBatches::test_header failed',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: 3 not less than 3',
			'AssertionError: 4 not less than 3',
			"AssertionError: 'v1' != 'v2'",
		]);
		expect(run.counts?.failed).toBe(3);
	});

	test('at the default verbosity the letters name the files: a failed subtest has no `F` of its own, so the letters still match the other entries one to one', async () => {
		const {pairs} = await read([
			header,
			'collected 4 items',
			'',
			'tests/test_a.py F.                                                       [ 50%]',
			'tests/test_b.py .F                                                       [100%]',
			'',
			rule('FAILURES'),
			rule('test_first', '_'),
			'',
			'    def test_first():',
			'>       check()',
			'',
			'tests/helpers.py:3: in check',
			'    assert 0',
			'E   AssertionError',
			rule('TestB.test_loop (i=1)', '_'),
			'',
			'>           self.assertTrue(i == 0)',
			'E           AssertionError: False is not true',
			'',
			'tests/test_b.py:7: AssertionError',
			rule('TestB.test_unexpected', '_'),
			'Unexpected success',
			rule('3 failed, 2 passed in 0.10s'),
		]);
		expect(pairs).toEqual([
			'tests/test_a.py::test_first failed',
			'tests/test_b.py::TestB::test_loop failed',
			'tests/test_b.py::TestB::test_unexpected failed',
		]);
	});

	test("-q: an exception group prints its frames with absolute paths; the path another entry prints relative is the id's", async () => {
		const {pairs} = await read([
			'FF                                                                       [100%]',
			rule('FAILURES'),
			rule('test_fetch_all', '_'),
			'  + Exception Group Traceback (most recent call last):',
			'  |   File "/src/app/rsonly/test_rs_groups.py", line 9, in test_fetch_all',
			'  |     fetch_all()',
			'  | ExceptionGroup: 2 fetches failed (2 sub-exceptions)',
			'  +-+---------------- 1 ----------------',
			'    | ConnectionError: shard 1 down',
			'    +------------------------------------',
			rule('test_total', '_'),
			'',
			'    def test_total():',
			'>       assert sum([1, 2]) == 4',
			'E       assert 3 == 4',
			'',
			'rsonly/test_rs_groups.py:13: AssertionError',
			'2 failed in 0.05s',
		]);
		expect(pairs).toEqual([
			'rsonly/test_rs_groups.py::test_fetch_all failed',
			'rsonly/test_rs_groups.py::test_total failed',
		]);
	});

	test("-q: a report with no traceback (unittest's `Unexpected success`) is in the file its class's other entries name", async () => {
		const {pairs} = await read([
			'FF                                                                       [100%]',
			rule('FAILURES'),
			rule('TestBatches.test_header', '_'),
			'',
			'    def test_header(self):',
			'>       self.assertEqual("v1", "v2")',
			"E       AssertionError: 'v1' != 'v2'",
			'',
			'rsonly/test_rs_unittest.py:12: AssertionError',
			rule('TestBatches.test_known_bug', '_'),
			'Unexpected success',
			'2 failed in 0.05s',
		]);
		expect(pairs).toEqual([
			'rsonly/test_rs_unittest.py::TestBatches::test_header failed',
			'rsonly/test_rs_unittest.py::TestBatches::test_known_bug failed',
		]);
	});

	test("a helper named test_* that modules import (pony's testutils.test_exception_msg) is each module's test: the letters' files, not the helper's frame", async () => {
		const {run, pairs} = await read([
			header,
			'collected 6 items',
			'',
			'rshelper/test_orders.py F.E                                              [ 50%]',
			'rshelper/test_users.py ..E                                               [100%]',
			'',
			rule('ERRORS'),
			rule('ERROR at setup of test_response', '_'),
			'file /src/app/rshelper/checks.py, line 4',
			'  def test_response(response, status=200):',
			"E       fixture 'response' not found",
			'>       available fixtures: capfd, capsys, tmp_path',
			">       use 'pytest --fixtures [testpath]' for help on them.",
			'',
			'/src/app/rshelper/checks.py:4',
			rule('ERROR at setup of test_response', '_'),
			'file /src/app/rshelper/checks.py, line 4',
			'  def test_response(response, status=200):',
			"E       fixture 'response' not found",
			'',
			'/src/app/rshelper/checks.py:4',
			rule('FAILURES'),
			rule('test_list_orders', '_'),
			'',
			'    def test_list_orders():',
			'>       assert [] == [1]',
			'E       assert [] == [1]',
			'',
			'rshelper/test_orders.py:5: AssertionError',
			rule('1 failed, 3 passed, 2 errors in 0.10s'),
		]);
		expect(pairs.toSorted()).toEqual([
			'rshelper/test_orders.py::test_list_orders failed',
			'rshelper/test_orders.py::test_response error',
			'rshelper/test_users.py::test_response error',
		]);
		expect(run.complete).toBe(true);
	});

	test("-q: a doctest's report names its module's absolute path, and no other line a relative one: the doctest's dotted name says the module's path", async () => {
		const {pairs} = await read([
			'FF.                                                                      [100%]',
			rule('FAILURES'),
			rule('[doctest] shop', '_'),
			'001 A shop.',
			'003 >>> 1 + 1',
			'Expected:',
			'    3',
			'Got:',
			'    2',
			'',
			'/src/app/shop/__init__.py:3: DocTestFailure',
			rule('[doctest] shop.cart.Cart.count', '_'),
			'013         >>> Cart().count()',
			'Expected:',
			'    1',
			'Got:',
			'    0',
			'',
			'/src/app/shop/cart.py:13: DocTestFailure',
			'2 failed, 1 passed in 0.05s',
		]);
		expect(pairs).toEqual([
			'shop/__init__.py::shop failed',
			'shop/cart.py::shop.cart.Cart.count failed',
		]);
	});

	test('-q --tb=native: an absolute path of one file is read against the directory a relative path of another shows', async () => {
		const {pairs} = await read([
			'FF                                                                       [100%]',
			rule('FAILURES'),
			rule('test_total', '_'),
			'',
			'    def test_total():',
			'>       assert sum([1, 2]) == 4',
			'E       assert 3 == 4',
			'',
			'tests/unit/test_sums.py:13: AssertionError',
			rule('test_fetch_all', '_'),
			'  + Exception Group Traceback (most recent call last):',
			'  |   File "/src/app/tests/api/test_fetch.py", line 9, in test_fetch_all',
			'  |     fetch_all()',
			'  |   File "/src/app/tests/unit/test_sums.py", line 3, in fetch_all',
			'  |     raise ExceptionGroup("2 fetches failed", errors)',
			'  | ExceptionGroup: 2 fetches failed (2 sub-exceptions)',
			'2 failed in 0.05s',
		]);
		expect(pairs).toEqual([
			'tests/unit/test_sums.py::test_total failed',
			'tests/api/test_fetch.py::test_fetch_all failed',
		]);
	});

	test("pytest 9's subtests fixture, -q: the test's own entry after its subtests' (`contains 1 failed subtest`) is that test's, headed by that text", async () => {
		const {run, pairs} = await read([
			'F.                                                                       [100%]',
			rule('FAILURES'),
			rule("test_regions (region='us-east')", '_'),
			'',
			'subtests = <_pytest.subtests.Subtests object at 0x7f0>',
			'',
			'    def test_regions(subtests):',
			'        for region in ["eu-west", "us-east", "ap-south"]:',
			'            with subtests.test(region=region):',
			'>               assert region != "us-east", f"{region} is down"',
			'E               AssertionError: us-east is down',
			'',
			'rssubtests/test_rs_subtests.py:7: AssertionError',
			rule('test_regions', '_'),
			'contains 1 failed subtest',
			'2 failed, 1 passed, 2 subtests passed in 0.05s',
		]);
		expect(pairs).toEqual([
			'rssubtests/test_rs_subtests.py::test_regions failed',
			'rssubtests/test_rs_subtests.py::test_regions failed',
		]);
		expect(run.failures.map(failure => failure.headline).toSorted()).toEqual([
			'AssertionError: us-east is down',
			'contains 1 failed subtest',
		]);
	});
});
