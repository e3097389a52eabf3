import {beforeAll, describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {minimumOutageFailures} from '../../source/classify/flaky.js';
import {describeOutage} from '../../source/classify/history-text.js';
import {reviewRunFields, reviewTop} from '../../source/commands/export.js';
import {writeJson} from '../../source/export/json.js';
import {formatMarkdown} from '../../source/export/markdown.js';
import {formatReport} from '../../source/export/report.js';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {buildReview, type Review} from '../../source/triage/review.js';
import {summaryLines} from '../../source/review/summary.js';
import {makeRun} from '../classify/make-run.js';

// The psycopg2 run: PostgreSQL stopped 15 s in. pytest's line says `552 failed, 216 passed, 65 errors`: 833
// reports, but 65 of the 552 failed tests errored in their teardown too, so 552 of 768 tests failed.
const expected =
	'OUTAGE: 552 of 768 tests that ran failed at once (71.9%): most likely the environment, not the tests';

let run: Run;
let review: Review;
beforeAll(async () => {
	run = await readLog('fixtures/real/psycopg2-pg-stopped-rA/run.log.gz');
	review = buildReview(analyze([run]), new Map());
}, 60_000);

type JsonDocument = {runs: Array<Record<string, unknown>>};

function jsonOf(review: Review, runs: readonly Run[]): JsonDocument {
	let text = '';
	writeJson(
		runs,
		chunk => {
			text += chunk;
		},
		{
			runFields: reviewRunFields(review),
			top: reviewTop(review),
		},
	);
	return JSON.parse(text) as JsonDocument;
}

describe('an outage is said first, everywhere', () => {
	test('in words, with the share', () => {
		expect(describeOutage(review.analysis.runs.at(-1)!)).toBe(expected);
	});

	test('the report, before its sections', () => {
		const report = formatReport(review.analysis);
		expect(report).toContain(expected);
		expect(report.indexOf(expected)).toBeLessThan(report.indexOf('SUMMARY'));
	});

	test('the Markdown, as a warning near the top', () => {
		const markdown = formatMarkdown(review);
		expect(markdown).toContain(`> [!WARNING]\n> **${expected}**`);
		expect(markdown.indexOf(expected)).toBeLessThan(
			markdown.indexOf('### Clusters'),
		);
	});

	test('the JSON, as a field of the run', () => {
		const json = jsonOf(review, [run]);
		expect(json.runs[0]?.['outage']).toEqual({
			failing: 552,
			ran: 768,
			share: 552 / 768,
			message: expected,
		});
	});

	test("the review's summary, first", () => {
		const lines = summaryLines(review.analysis, review.rows, 100);
		expect(lines[0]?.text).toBe(expected);
	});
});

test('the outage line gives its share as the report’s runs section does, one decimal, rounded', () => {
	const health = (failing: number, ran: number) => ({
		index: 0,
		source: 'run.log',
		failing,
		ran,
		failingShare: failing / ran,
		isOutage: true,
		isFromHistory: false,
	});
	// Math.floor said 74% here, beside the runs section's 74.1%, and 99% for 999 of 1,000.
	expect(describeOutage(health(617, 833))).toContain('(74.1%)');
	expect(describeOutage(health(999, 1000))).toContain('(99.9%)');
	expect(describeOutage(health(1000, 1000))).toContain('(100.0%)');
});

describe('a run that is no outage says nothing of one', () => {
	const small = makeRun('small.log', {
		'tests/test_a.py::test_1': 'failed',
		'tests/test_a.py::test_2': 'failed',
		'tests/test_a.py::test_3': 'failed',
		'tests/test_a.py::test_4': 'passed',
	});
	const smallReview = buildReview(analyze([small]), new Map());

	test(`3 of 4 failing is fewer than ${minimumOutageFailures} failing tests: no outage`, () => {
		expect(smallReview.analysis.runs.at(-1)?.isOutage).toBe(false);
		expect(formatReport(smallReview.analysis)).not.toContain('OUTAGE');
		expect(formatMarkdown(smallReview)).not.toContain('OUTAGE');
		expect(
			summaryLines(smallReview.analysis, smallReview.rows, 100).map(
				line => line.text,
			),
		).not.toContainEqual(expect.stringContaining('OUTAGE'));
		expect(jsonOf(smallReview, [small]).runs[0]?.['outage']).toBeNull();
	});
});
