/**
Counts of a thousand and more are grouped by thousands wherever the review says them, as its header does:
the position line, the cluster preview and what it saved, marks, and the cluster list (QA 35 saw `1969 marked`
beside `1,969/2,495 decided`).
*/
import {expect, test} from 'vitest';
import {summaryLines} from '../../source/review/summary.js';
import {makeRun} from '../classify/make-run.js';
import {fixtureOf, frame, keys, press, renderReview} from './helpers.js';

const size = 1200;
const run = makeRun(
	'big.log',
	Object.fromEntries(
		Array.from({length: size}, (_, index) => [
			`tests/chaos/test_pool.py::test_acquire[${index}]`,
			{
				outcome: 'failed' as const,
				// One error for all: one cluster.
				failure: {
					headline: 'TimeoutError: pool exhausted',
					exceptionType: 'TimeoutError',
					traceback:
						'src/pool.py:40: in acquire\n    raise TimeoutError("pool exhausted")\nE   TimeoutError: pool exhausted',
				},
			},
		]),
	),
);

test('the position line, the cluster preview and its saved line group thousands', async () => {
	const data = fixtureOf([run]);
	const app = await renderReview(data, {}, {rows: 30, columns: 120});
	expect(frame(app)).toContain('1/1,200: tests/chaos/test_pool.py');
	await press(app, 'x');
	expect(frame(app)).toMatch(
		/Apply [A-Z_]+ [A-Z]+ to 1,200 of\s+1,200 failures in/,
	);
	await press(app, 'y');
	expect(frame(app)).toMatch(
		/saved: [A-Z_]+ [A-Z]+ on 1,200 failures of cluster/,
	);
	app.unmount();
});

test('marks and the cluster list group thousands', async () => {
	const data = fixtureOf([run]);
	const app = await renderReview(data, {}, {rows: 30, columns: 120});
	await press(app, keys.space, 'G', 'V');
	expect(frame(app)).toContain('1,200 marked: a category key decides them all');
	await press(app, keys.escape, keys.tab);
	expect(frame(app)).toMatch(/› 1,200 +0\/1,200 decided/);
	app.unmount();
});

test('the cluster list’s title groups thousands', async () => {
	// Each failure its own error (its name in its message and crash site): 1,200 clusters.
	const distinct = makeRun(
		'distinct.log',
		Object.fromEntries(
			Array.from({length: size}, (_, index) => [
				`tests/core/test_parse.py::test_case_${index}`,
				'failed' as const,
			]),
		),
	);
	const app = await renderReview(
		fixtureOf([distinct]),
		{},
		{rows: 30, columns: 120},
	);
	await press(app, keys.tab);
	expect(frame(app)).toContain('1,200 clusters of identical failures');
	app.unmount();
});

test('the summary groups thousands in its tables, each column as wide as its widest grouped count', async () => {
	// A cluster of 12,345 failures beside clusters of one: the sizes and `decided` columns stay in line.
	const big = 12_345;
	const mixed = makeRun(
		'mixed.log',
		Object.fromEntries([
			...Array.from({length: big}, (_, index) => [
				`tests/chaos/test_pool.py::test_acquire[${index}]`,
				{
					outcome: 'failed' as const,
					failure: {
						headline: 'TimeoutError: pool exhausted',
						exceptionType: 'TimeoutError',
						traceback:
							'src/pool.py:40: in acquire\n    raise TimeoutError("pool exhausted")\nE   TimeoutError: pool exhausted',
					},
				},
			]),
			...Array.from({length: 3}, (_, index) => [
				`tests/core/test_parse.py::test_case_${index}`,
				'failed' as const,
			]),
		]),
	);
	const data = fixtureOf([mixed]);
	const lines = summaryLines(data.analysis, data.review().rows, 120).map(
		({text}) => text,
	);
	const clusters = lines.slice(
		lines.indexOf('Largest clusters') + 1,
		lines.indexOf('Largest clusters') + 5,
	);
	expect(clusters[0]).toMatch(/^ {2}12,345 {2}0\/12,345 decided {2}\S/);
	// The small clusters' columns end where the large one's do.
	for (const line of clusters.slice(1)) {
		expect(line).toMatch(/^ {7}1 {7}0\/1 decided {2}\S/);
	}

	const text = lines.join('\n');
	expect(text).toMatch(/ 12,3\d\d {2}\(0 decided\)/);
	expect(
		text.split('\n').filter(line => /(?<![\w,])\d{4,}(?![\w,])/.test(line)),
	).toEqual([]);
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, 's');
	expect(frame(app)).toContain('0/12,348 decided');
	app.unmount();
}, 60_000);
