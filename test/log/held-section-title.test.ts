/**
An ERRORS or FAILURES title among the progress lines before their end (`held-section-title.ts`): a test's output when
more progress follows it, pytest's section when its final line or the end of the log does.
*/
import {describe, expect, test} from 'vitest';
import {header, parseText, rule} from './helpers.js';

const outcomes = (run: Awaited<ReturnType<typeof parseText>>) =>
	Object.fromEntries(run.tests.toArray().map(each => [each.id, each.outcome]));

/** `-v -s`: no progress marker; `tests/t.py::b` echoes a log with an ERRORS title on a line of its own. */
const verboseEcho = [
	header,
	'collected 4 items',
	'',
	'tests/t.py::a PASSED',
	'tests/t.py::b echoed log:',
	rule('ERRORS'),
	rule('ERROR at setup of test_other', '_'),
	'E   RuntimeError: inner',
	'PASSED',
	'tests/t.py::c FAILED',
	'tests/t.py::d PASSED',
	'',
	rule('FAILURES'),
	rule('c', '_'),
	'',
	'    def test_c():',
	'>       assert 1 == 2',
	'E       assert 1 == 2',
	'',
	'tests/t.py:9: AssertionError',
	rule('short test summary info'),
	'FAILED tests/t.py::c - assert 1 == 2',
	rule('1 failed, 3 passed in 0.05s'),
].join('\n');

describe('an ERRORS or FAILURES title among the progress lines', () => {
	test('followed by more progress, it was a test’s output: the progress goes on', async () => {
		const run = await parseText(verboseEcho);
		expect(outcomes(run)).toEqual({
			'tests/t.py::a': 'passed',
			'tests/t.py::b': 'passed',
			'tests/t.py::c': 'failed',
			'tests/t.py::d': 'passed',
		});
		expect(run.failures.map(failure => failure.id)).toEqual(['tests/t.py::c']);
		expect(run.complete).toBe(true);
	});

	test('followed by pytest’s final line, it was pytest’s section, read as one', async () => {
		// `-x` stops before `[100%]`; a captured part holds lines shaped like progress, which tell nothing there.
		const log = [
			header,
			'collected 3 items',
			'',
			'tests/t.py::a PASSED                                                     [ 33%]',
			'tests/t.py::b FAILED                                                     [ 66%]',
			'',
			rule('FAILURES'),
			rule('b', '_'),
			'',
			'    def test_b():',
			'>       assert False',
			'E       AssertionError: tests/t.py::a PASSED                             [ 50%]',
			'',
			'tests/t.py:5: AssertionError',
			rule('Captured stdout call', '-'),
			'tests/t.py::z PASSED                                                     [ 50%]',
			'F.',
			'PASSED',
			rule('short test summary info'),
			'FAILED tests/t.py::b - AssertionError',
			'!!!!!!!!!!!!!!!!!!!!!!!!!! stopping after 1 failures !!!!!!!!!!!!!!!!!!!!!!!!!!!',
			rule('1 failed, 1 passed in 0.05s'),
		].join('\n');
		const run = await parseText(log);
		expect(outcomes(run)).toEqual({
			'tests/t.py::a': 'passed',
			'tests/t.py::b': 'failed',
		});
		expect(run.failures.map(failure => failure.headline)).toEqual([
			'AssertionError: tests/t.py::a PASSED                             [ 50%]',
		]);
	});

	test('a log that ends inside the held lines reads them as pytest’s section', async () => {
		const cut = verboseEcho.split('\n').slice(0, -3).join('\n');
		const run = await parseText(cut);
		expect(run.failures.map(failure => failure.id)).toEqual(['tests/t.py::c']);
		expect(run.complete).toBe(false);
	});
});
