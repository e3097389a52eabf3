import {describe, expect, test} from 'vitest';
import {parseText, rule} from './helpers.js';

// Shapes the tenth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt10.sh), as small logs.
const header9 = [
	rule('test session starts'),
	'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
	'rootdir: /src/app',
	'collected 2 items',
	'',
].join('\n');

describe('the tenth hunt: a CR inside an exception message', () => {
	test('in a report the CR is the message’s own: the headline is the whole message, as the XML has it', async () => {
		const run = await parseText(
			[
				header9,
				'tests/test_a.py .F                                                      [100%]',
				'',
				rule('FAILURES'),
				rule('test_two', '_'),
				'',
				'    def test_two():',
				'>       raise ValueError("progress 10%\\rprogress 100%\\x1b[2K done")',
				'E       ValueError: progress 10%\rprogress 100%\u001B[2K done',
				'',
				'tests/test_a.py:5: ValueError',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_two - ValueError: progress 10%\rprogress 100%\u001B[2K done',
				rule('1 failed, 1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'ValueError: progress 10%\rprogress 100% done',
		]);
		expect(run.counts).toMatchObject({failed: 1, passed: 1});
		expect(run.complete).toBe(true);
	});

	test('among the progress lines a CR is still a redraw: each part is read', async () => {
		const run = await parseText(
			[
				rule('test session starts'),
				'platform linux -- Python 3.11.7, pytest-9.1.1, pluggy-1.6.0',
				'rootdir: /src/app',
				'collecting ... \rcollected 2 items',
				'',
				'tests/test_a.py ..                                                      [100%]',
				'',
				rule('2 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.counts).toMatchObject({passed: 2});
		expect(run.warnings).toEqual([]);
	});

	test('--tb=line: a report whose message holds a CR is one report; the next goes to the next failure', async () => {
		const run = await parseText(
			[
				header9,
				'tests/test_a.py FF                                                      [100%]',
				'',
				rule('FAILURES'),
				'/src/app/tests/test_a.py:5: ValueError: progress 10%\rprogress 100% done',
				'/src/app/tests/test_a.py:9: AssertionError: second',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - ValueError: progress 10%\rprogress 100% done',
				'FAILED tests/test_a.py::test_two - AssertionError: second',
				rule('2 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'tests/test_a.py::test_one',
					'ValueError: progress 10%\rprogress 100% done',
				],
				['tests/test_a.py::test_two', 'AssertionError: second'],
			],
		);
	});
});

describe('the tenth hunt: --tb=line under xdist', () => {
	test('a report line after captured output ends its entry when the next worker line starts another', async () => {
		const run = await parseText(
			[
				'bringing up nodes...',
				'FF                                                                       [100%]',
				rule('FAILURES'),
				'[gw1] linux -- Python 3.11.7 /usr/bin/python3',
				'E   AssertionError: first',
				rule('Captured stdout call', '-'),
				'working [ 42%]',
				'/src/app/tests/test_a.py:5: AssertionError: first',
				'[gw0] linux -- Python 3.11.7 /usr/bin/python3',
				'E   ValueError: second',
				'/src/app/tests/test_b.py:9: ValueError: second',
				rule('short test summary info'),
				'FAILED tests/test_a.py::test_one - AssertionError: first',
				'FAILED tests/test_b.py::test_two - ValueError: second',
				rule('2 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				['tests/test_a.py::test_one', 'AssertionError: first'],
				['tests/test_b.py::test_two', 'ValueError: second'],
			],
		);
	});
});

describe('the tenth hunt: a report that is a message alone, under -q', () => {
	const log = (carets: boolean) =>
		[
			'FF                                                                       [100%]',
			rule('FAILURES'),
			rule('TestHash.test_digest', '_'),
			'',
			'self = <test_hash.TestHash testMethod=test_digest>',
			'',
			'    def test_digest(self):',
			'>       h = self.hash.new()',
			...(carets ? ['            ^^^^^^^^^'] : []),
			"E       AttributeError: 'TestHash' object has no attribute 'hash'",
			'',
			'tests/test_hash.py:9: AttributeError',
			rule('TestHash.test_update_after_digest_with_a_long_name', '_'),
			'Unexpected success',
			rule('short test summary info'),
			"FAILED tests/test_hash.py::TestHash::test_digest - AttributeError: 'TestH...",
			'FAILED tests/test_hash.py::TestHash::test_update_after_digest_with_a_long_name',
			'2 failed in 0.10s',
		].join('\n');

	test('column markers under a source line say pytest 8 or later: its message is `Failed: …`, as its XML says', async () => {
		const run = await parseText(log(true));
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"AttributeError: 'TestHash' object has no attribute 'hash'",
			'Failed: Unexpected success',
		]);
	});

	test('--tb=short: the markers under the line after `path:line: in function` say it too', async () => {
		const run = await parseText(
			log(true)
				.replace(
					'>       h = self.hash.new()',
					'tests/test_hash.py:9: in test_digest\n    h = self.hash.new()',
				)
				.replace('            ^^^^^^^^^', '        ^^^^^^^^^'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"AttributeError: 'TestHash' object has no attribute 'hash'",
			'Failed: Unexpected success',
		]);
	});

	test('Python’s own markers under a `File "…"` frame (a native traceback) say nothing of the pytest', async () => {
		const run = await parseText(
			log(true)
				.replace(
					'>       h = self.hash.new()',
					'  File "/src/app/tests/test_hash.py", line 9, in test_digest\n    h = self.hash.new()',
				)
				.replace('            ^^^^^^^^^', '        ^^^^^^^^^'),
		);
		expect(run.failures.map(failure => failure.headline)).toContain(
			'Unexpected success',
		);
	});

	test('with none, nothing says which pytest printed it: the message as printed', async () => {
		const run = await parseText(log(false));
		expect(run.failures.map(failure => failure.headline)).toEqual([
			"AttributeError: 'TestHash' object has no attribute 'hash'",
			'Unexpected success',
		]);
	});
});

describe('the tenth hunt: --collect-only -qq', () => {
	test('each file with its count and no final line: a run that collected their sum and ran nothing', async () => {
		const run = await parseText(
			[
				'tests/test_a.py: 19',
				'tests/test_b.py: 4',
				'',
				rule('warnings summary'),
				'requests/__init__.py:109',
				"  /src/app/requests/__init__.py:109: RequestsDependencyWarning: urllib3 (1.26.12) doesn't match a supported version!",
				'    warnings.warn(',
				'',
				'-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html',
			].join('\n'),
		);
		expect(run.tests.length).toBe(0);
		expect(run.complete).toBe(true);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			'pytest only collected the tests (--collect-only): 23 tests collected; no test ran',
		]);
	});
});

describe('the tenth hunt: pytest.exit() with a reason that nearly fills the line', () => {
	test('`!! … !!!` (pytest puts the odd `!` on the right) is the interruption: the run is not whole', async () => {
		const title =
			"_pytest.outcomes.Exit: induced: the module's teardown stopped the session";
		const fill = 80 - title.length - 2;
		const left = Math.floor(fill / 2);
		const bang = `${'!'.repeat(left)} ${title} ${'!'.repeat(fill - left)}`;
		expect(bang.startsWith('!! ') && bang.endsWith(' !!!')).toBe(true);
		const run = await parseText(
			[
				header9,
				'tests/test_a.py::test_one PASSED                                         [ 50%]',
				'tests/test_a.py::test_two PASSED                                         [100%]',
				'',
				rule('2 passed in 0.10s'),
				bang,
			].join('\n'),
		);
		expect(run.complete).toBe(false);
		expect(run.warnings.map(warning => warning.message)).toEqual([
			`run was interrupted: ${title}`,
		]);
	});
});
