import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {summaryLines} from '../../source/review/summary.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';
import {makeRun} from '../classify/make-run.js';

const id = 'tests/test_a.py::test_1';
const run = makeRun('today.log', {
	[id]: 'failed',
	'tests/test_a.py::test_2': 'failed',
});
const decision: Decision = {
	id,
	phase: 'call',
	category: 'INFRASTRUCTURE_OUTAGE',
	priority: 'LOW',
	note: '',
	at: '2026-11-23T10:00:00Z',
};
const review = buildReview(
	analyze([run]),
	new Map([[reportKey(id, 'call'), decision]]),
);

function linesOf(width: number): string[] {
	return summaryLines(review.analysis, review.rows, width).map(
		line => line.text,
	);
}

test('a long category name is shown whole where the screen has room, in the chart and the matrix', () => {
	const lines = linesOf(120);
	const named = lines.filter(line => line.startsWith('  INFRASTRUCTURE_'));
	expect(named).toHaveLength(2);
	for (const line of named) {
		expect(line).toMatch(/^ {2}INFRASTRUCTURE_OUTAGE /);
	}

	// The matrix's columns stay aligned with its header.
	const header = lines.find(line => line.includes('HIGH  MEDIUM'))!;
	const matrixRow = named[1]!;
	expect(matrixRow.length).toBe(header.length);
});

test('on a narrow screen it is cut with an ellipsis, not passed off as a shorter name', () => {
	const lines = linesOf(80);
	const named = lines.filter(line => line.startsWith('  INFRASTRUCTURE'));
	expect(named).toHaveLength(2);
	for (const line of named) {
		expect(line).toMatch(/^ {2}INFRASTRUCTURE_\w*… /);
		expect(line.length).toBeLessThanOrEqual(80);
	}
});
