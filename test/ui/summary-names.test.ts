import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {readLog} from '../../source/log/read.js';
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

test('areas named in Chinese keep the bars after them in one column (a CJK character is two columns)', async () => {
	const wide = await readLog('fixtures/wide-names/run.log');
	const shown = buildReview(analyze([wide]), new Map());
	const lines = summaryLines(shown.analysis, shown.rows, 80).map(
		line => line.text,
	);
	const start = lines.indexOf('By area');
	const areas = lines.slice(start + 1, lines.indexOf('', start));
	expect(areas.some(line => line.includes('数据'))).toBe(true);
	const barColumns = areas.map(line =>
		stringWidth(line.slice(0, line.search(/[█░]/))),
	);
	expect(new Set(barColumns).size, areas.join('\n')).toBe(1);
});
