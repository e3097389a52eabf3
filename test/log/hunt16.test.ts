import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {checkAgainstXml} from './against-xml.js';
import {header, header9, parseText, rule} from './helpers.js';
import {hunt16NoId} from './hunt16-runs.js';

// Shapes the sixteenth hunt's real runs showed (fixtures/real-suites/README.md, record-hunt16.sh), as small logs.

/**
pytest's report of a unittest error it cannot represent when the error has no traceback of its own (Twisted trial's
`UnsupportedTrialFeature` for an unexpected success, or a failure trial caught and hands over as a `Failure`): pytest
raises `fail(text, pytrace=False)` while handling its own TypeError, so the report reads like a chained
`pytest.fail(pytrace=False)`, but what follows the NOTE line is Python's print of the exception itself.
*/
function nativeReport(first: string, exception: string): string[] {
	return [
		first,
		'',
		'During handling of the above exception, another exception occurred:',
		'NOTE: Incompatible Exception Representation, displaying natively:',
		'',
		exception,
	];
}

const unsupported =
	"twisted.trial._synctest.UnsupportedTrialFeature: ('unexpected success', <Todo reason='todo3' errors=None>)";

function escaped(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll('\n', '&#10;');
}

function xmlOf(message: string, body: string): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="1" time="0.1">',
		'<testcase classname="pkg.tests.skipping.Todo" name="test_todo3" time="0.01">',
		`<failure message="${escaped(message)}">${escaped(body)}</failure></testcase>`,
		'</testsuite></testsuites>',
	].join('');
}

describe('the sixteenth hunt: a unittest error pytest displays natively, with no traceback of its own', () => {
	const report = nativeReport("'NoneType' object is not iterable", unsupported);

	test('pytest 9: the log’s headline is the exception pytest displays, not `Failed: NOTE: …`', async () => {
		for (const summary of [
			'FAILED pkg/tests/skipping.py::Todo::test_todo3 - Failed: NOTE: Incompatible Exception Representation, displayin...',
			'FAILED pkg/tests/skipping.py::Todo::test_todo3 - Failed: ...',
			'FAILED pkg/tests/skipping.py::Todo::test_todo3 - Fai...',
		]) {
			const run = await parseText(
				[
					header9('collected 1 item'),
					'pkg/tests/skipping.py::Todo::test_todo3 FAILED                           [100%]',
					'',
					rule('FAILURES'),
					rule('Todo.test_todo3', '_'),
					...report,
					'',
					rule('short test summary info'),
					summary,
					rule('1 failed in 0.10s'),
				].join('\n'),
			);
			expect(run.failures.map(failure => failure.headline)).toEqual([
				unsupported,
			]);
		}
	});

	test('pytest 7.2 under xdist: the same, not the first exception’s message', async () => {
		const run = await parseText(
			[
				header,
				'gw0 [1] / gw1 [1]',
				'',
				'F                                                                        [100%]',
				rule('FAILURES'),
				rule('Todo.test_todo1', '_'),
				'[gw0] linux -- Python 3.11.2 /usr/bin/python3',
				...nativeReport('deliberate error', 'RuntimeError: deliberate error'),
				rule('short test summary info'),
				"FAILED pkg/tests/skipping.py::Todo::test_todo1 - 'NoneType' object is not iterable",
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'RuntimeError: deliberate error',
		]);
	});

	test('pytest 9’s XML message starts `Failed: NOTE: …`: its headline is the exception displayed, as the log’s', async () => {
		const xml = await parseText(
			xmlOf(`Failed: ${report.slice(3).join('\n')}`, report.join('\n')),
			'run.xml',
		);
		expect(xml.failures.map(failure => failure.headline)).toEqual([
			unsupported,
		]);
	});

	test('pytest 9’s --tb=line: the report before its `…/unittest.py:284: Failed: NOTE: …` line says the exception', async () => {
		const run = await parseText(
			[
				header9('collected 2 items'),
				'pkg/tests/skipping.py F.                                                 [100%]',
				'',
				rule('FAILURES'),
				...report,
				'',
				'/opt/python3.11/lib/python3.11/site-packages/_pytest/unittest.py:284: Failed: NOTE: Incompatible Exception Representation, displaying natively:',
				rule('short test summary info'),
				'FAILED pkg/tests/skipping.py::Todo::test_todo3 - Failed: NOTE: Incompatible Exception Representation, displayin...',
				rule('1 failed, 1 passed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			unsupported,
		]);
	});

	test('a pytest.fail(pytrace=False) raised while handling another exception keeps `Failed: ` and its message', async () => {
		const run = await parseText(
			[
				header9('collected 1 item'),
				'pkg/tests/test_a.py::test_one FAILED                                     [100%]',
				'',
				rule('FAILURES'),
				rule('test_one', '_'),
				'boom',
				'',
				'During handling of the above exception, another exception occurred:',
				'the plugin gave up',
				'',
				rule('short test summary info'),
				'FAILED pkg/tests/test_a.py::test_one - Failed: the plugin gave up',
				rule('1 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'Failed: the plugin gave up',
		]);
	});
});

describe('the sixteenth hunt’s runs the log cannot read as the XML does', () => {
	for (const name of hunt16NoId) {
		test.fails(
			`${name}: --tb=line with no FAILED line and no -v: nothing names the failing test, which is left out`,
			async () => {
				await checkAgainstXml(path.resolve('fixtures/real-suites', name));
			},
		);
	}
});

describe('the sixteenth hunt: pytest 9’s --tb=line over doctests run with --doctest-continue-on-failure', () => {
	/** One doctest's report as pytest 9 prints it: numbered lines, Expected/Got, its location line. */
	function example(
		first: number,
		line: number,
		expected: string,
		got: string,
	): string[] {
		return [
			`${first}     Examples`,
			`${first + 1}     --------`,
			`${line}     >>> compute()`,
			'Expected:',
			`    ${expected}`,
			'Got:',
			`    ${got}`,
			'',
			`/src/app/pkg/mod.py:${line}: DocTestFailure`,
		];
	}

	test('a doctest with two failing examples is one report, then its 50-character echo; the next doctest is the next failure', async () => {
		const run = await parseText(
			[
				header9('collected 2 items'),
				'pkg/mod.py FF                                                            [100%]',
				'',
				rule('FAILURES'),
				...example(213, 222, 'array([ 1.,  2.])', 'array([1., 2.])'),
				...example(224, 233, 'array([ 3.,  4.])', 'array([3., 4.])'),
				'213     Examples',
				'214     --------',
				'222     >>> comp',
				...example(377, 386, 'array([ 5.,  6.])', 'array([5., 6.])'),
				'377     Examples',
				'378     --------',
				'386     >>> comp',
				rule('short test summary info'),
				'FAILED pkg/mod.py::pkg.mod.first',
				'FAILED pkg/mod.py::pkg.mod.second',
				rule('2 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => [failure.id, failure.headline])).toEqual(
			[
				[
					'pkg/mod.py::pkg.mod.first',
					'DocTestFailure: expected array([ 1.,  2.]), got array([1., 2.])',
				],
				[
					'pkg/mod.py::pkg.mod.second',
					'DocTestFailure: expected array([ 5.,  6.]), got array([5., 6.])',
				],
			],
		);
		expect(run.warnings).toEqual([]);
	});

	test('an echo whose 50th character ends a line (a blank line after it) ends there: the next doctest’s report starts at the line after', async () => {
		const first = [
			'149 ',
			'150     For periodization mode ("per"):',
			'151 ',
			'152     >>> compute()',
			'Expected:',
			'    1.0',
			'Got:',
			'    np.float64(1.0)',
			'',
			'/src/app/pkg/mod.py:152: DocTestFailure',
		];
		const run = await parseText(
			[
				header9('collected 3 items'),
				'pkg/mod.py FFF                                                           [100%]',
				'',
				rule('FAILURES'),
				...first,
				'149 ',
				'150     For periodization mode ("per"):',
				'151 ',
				'',
				...example(213, 222, 'array([ 1.,  2.])', 'array([1., 2.])'),
				...example(224, 233, 'array([ 3.,  4.])', 'array([3., 4.])'),
				'213     Examples',
				'214     --------',
				'222     >>> comp',
				...example(377, 386, 'array([ 5.,  6.])', 'array([5., 6.])'),
				'377     Examples',
				'378     --------',
				'386     >>> comp',
				rule('short test summary info'),
				'FAILED pkg/mod.py::pkg.mod.zero',
				'FAILED pkg/mod.py::pkg.mod.first',
				'FAILED pkg/mod.py::pkg.mod.second',
				rule('3 failed in 0.10s'),
			].join('\n'),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'DocTestFailure: expected 1.0, got np.float64(1.0)',
			'DocTestFailure: expected array([ 1.,  2.]), got array([1., 2.])',
			'DocTestFailure: expected array([ 5.,  6.]), got array([5., 6.])',
		]);
		expect(run.failures.map(failure => failure.logLine)).toEqual([9, 23, 44]);
	});
});
