import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {summaryLines} from '../../source/review/summary.js';
import {buildReview} from '../../source/triage/review.js';
import {makeRun} from '../classify/make-run.js';

const today = makeRun('today.log', {
	'tests/test_a.py::test_1': 'failed',
	'tests/test_a.py::test_2': 'passed',
});

function runsSection(review: ReturnType<typeof buildReview>): string[] {
	const texts = summaryLines(review.analysis, review.rows, 100).map(
		line => line.text,
	);
	const start = texts.indexOf('Runs');
	return texts.slice(start, start + 2);
}

test('with one run the summary does not call its failures new: nothing says they passed before', () => {
	const lines = runsSection(buildReview(analyze([today]), new Map()));
	expect(lines[1]).toBe(
		'  no earlier run known: new and fixed need one (every run read is kept in the run history)',
	);
	expect(lines.join('\n')).not.toMatch(/everything is new/);
});

test('with an earlier run it says how many it compared with', () => {
	const yesterday = makeRun('yesterday.log', {
		'tests/test_a.py::test_1': 'passed',
		'tests/test_a.py::test_2': 'passed',
	});
	const lines = runsSection(
		buildReview(analyze([yesterday, today]), new Map()),
	);
	expect(lines[1]).toBe('  compared with 1 earlier run');
});
