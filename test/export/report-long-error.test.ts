import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {formatReport} from '../../source/export/report.js';
import {errorShown, shownError} from '../../source/export/report-text.js';
import {makeRun} from '../classify/make-run.js';

const message = `ValueError: ${'x'.repeat(200_000)}`;
const id = 'tests/test_hostile.py::test_long_line';
const run = makeRun('long.log', {
	[id]: {
		outcome: 'failed',
		failure: {
			headline: message,
			exceptionType: 'ValueError',
			traceback: `tests/test_hostile.py:40: in test_long_line\n    raise ValueError("x" * 200_000)\nE   ${message}`,
		},
	},
	'tests/test_hostile.py::test_other': {
		outcome: 'failed',
		failure: {
			headline: message,
			exceptionType: 'ValueError',
			traceback: `tests/test_hostile.py:40: in test_other\n    raise ValueError("x" * 200_000)\nE   ${message}`,
		},
	},
});

test('a 200,000-character error is cut in the report, with how many characters more and where they are whole', () => {
	const report = formatReport(analyze([run]));
	const longest = Math.max(...report.split('\n').map(line => line.length));
	expect(longest).toBeLessThan(errorShown + 200);
	expect(report).toContain(
		`   Error:    ValueError: ${'x'.repeat(errorShown - 'ValueError: '.length)}… (199,012 more characters: export --json has it whole)`,
	);
});

test('shownError keeps a short error whole and never splits a surrogate pair', () => {
	expect(shownError('AssertionError: assert 1 == 2')).toBe(
		'AssertionError: assert 1 == 2',
	);
	const emoji = `${'a'.repeat(errorShown - 1)}😀${'b'.repeat(10)}`;
	expect(shownError(emoji)).toBe(
		`${'a'.repeat(errorShown - 1)}… (11 more characters: export --json has it whole)`,
	);
	expect(shownError('\u001B]0;title\u0007')).not.toContain('\u001B');
});
