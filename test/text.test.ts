import {expect, test} from 'vitest';
import {formatReport} from '../source/export/report.js';
import {analyze} from '../source/classify/analyze.js';
import {longestLength} from '../source/text.js';
import {makeRun} from './classify/make-run.js';

test('longestLength takes any number of texts', () => {
	expect(longestLength([], 3)).toBe(3);
	expect(longestLength(['a', 'abcd', 'ab'])).toBe(4);
	expect(
		longestLength(
			Array.from({length: 300_000}, () => 'x'),
			1,
		),
	).toBe(1);
});

test('the report of a run failing in 150,000 files does not overflow the stack', () => {
	const tests: Record<string, 'failed' | 'passed'> = {};
	for (let index = 0; index < 150_000; index++) {
		tests[`tests/test_${index}.py::test_it`] =
			index % 2 === 0 ? 'failed' : 'passed';
	}

	const report = formatReport(analyze([makeRun('big.log', tests)]), {
		topClusters: 3,
	});
	expect(report).toContain('FAILURES BY TEST FILE');
});
