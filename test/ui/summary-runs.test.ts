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

test('with earlier runs it counts what changed, as the report does: new, still failing, flaky, fixed (QA 44)', () => {
	const monday = makeRun('monday.log', {
		'tests/test_a.py::test_1': 'passed',
		'tests/test_a.py::test_3': 'failed',
		'tests/test_a.py::test_4': 'failed',
		'tests/test_a.py::test_5': 'passed',
	});
	const tuesday = makeRun('tuesday.log', {
		'tests/test_a.py::test_1': 'failed',
		'tests/test_a.py::test_3': 'passed',
		'tests/test_a.py::test_4': 'failed',
		'tests/test_a.py::test_5': 'failed',
	});
	const wednesday = makeRun('wednesday.log', {
		'tests/test_a.py::test_1': 'passed',
		'tests/test_a.py::test_3': 'failed',
		'tests/test_a.py::test_4': 'failed',
		'tests/test_a.py::test_5': 'passed',
		'tests/test_a.py::test_6': 'failed',
	});
	const analysis = analyze([monday, tuesday, wednesday]);
	const texts = summaryLines(
		analysis,
		buildReview(analysis, new Map()).rows,
		100,
	).map(line => line.text);
	const counts = texts[texts.indexOf('Runs') + 2];
	const fixed = analysis.fixed.length;
	const flaky = analysis.flaky.length;
	const byStatus = (status: string) =>
		analysis.failures.filter(failure => failure.status === status).length;
	expect(counts).toBe(
		`  new ${byStatus('new')} · still failing ${byStatus('still failing')} · flaky ${flaky} · fixed ${fixed}`,
	);
	// test_6 is new, test_4 still failing; test_1, test_3 and test_5 flipped.
	expect(byStatus('new')).toBe(1);
	expect(byStatus('still failing')).toBe(1);
	expect(flaky).toBe(3);
});
