import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLog} from '../../source/log/read.js';
import {xmlHeadlines} from './truth.js';
import {parseText, rule} from './helpers.js';

// The sixty-sixth sweep (fixtures/real-suites/README.md, record-sweep66.sh).
const root = path.resolve('fixtures/real-suites');

/**
A pytest 9 `--tb=line` log of three failing doctests: pytest prints each report, its location, then the report's first 50
characters again; `echo` is the first report's.
*/
const threeDoctests = (echo: string[]) =>
	[
		rule('test session starts'),
		'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
		'rootdir: /src/app',
		'collected 3 items',
		'',
		'shop.py FFF                                                              [100%]',
		'',
		rule('FAILURES'),
		'521 ',
		'522         Examples',
		'523         --------',
		'524         >>> total([1, 2])',
		'Expected:',
		'    4',
		'Got:',
		'    3',
		'',
		'/src/app/shop.py:524: DocTestFailure',
		...echo,
		'600         Returns the sum.',
		'601 ',
		'602         >>> total([1, 2, 3])',
		'Expected:',
		'    7',
		'Got:',
		'    6',
		'',
		'/src/app/shop.py:602: DocTestFailure',
		'600         Returns the sum.',
		'601 ',
		'602         >>> ',
		'700         >>> total([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])',
		'Expected:',
		'    77',
		'Got:',
		'    78',
		'',
		'/src/app/shop.py:700: DocTestFailure',
		'700         >>> total([1, 2, 3, 4, 5, 6, 7, 8, 9, ',
		rule('short test summary info'),
		'FAILED shop.py::shop.total',
		'FAILED shop.py::shop.sum_three',
		'FAILED shop.py::shop.sum_all',
		rule('3 failed in 0.01s'),
	].join('\n');

const headlines = [
	'DocTestFailure: expected 4, got 3',
	'DocTestFailure: expected 7, got 6',
	'DocTestFailure: expected 77, got 78',
];

describe('what the sixty-sixth sweep showed', () => {
	test("pytest 9 --tb=line: a doctest report's 50 characters echoed to just after a line's number end there", async () => {
		// `524` is `524         >>> total([1, 2])` cut at the 50th character, not a blank docstring line (`524 `).
		const run = await parseText(
			threeDoctests([
				'521 ',
				'522         Examples',
				'523         --------',
				'524',
			]),
		);
		expect(run.failures.map(failure => failure.id)).toEqual([
			'shop.py::shop.total',
			'shop.py::shop.sum_three',
			'shop.py::shop.sum_all',
		]);
		expect(run.failures.map(failure => failure.headline)).toEqual(headlines);
	});

	test('the same with the spaces that end lines trimmed (a blank docstring line is its number alone)', async () => {
		const run = await parseText(
			threeDoctests([
				'521',
				'522         Examples',
				'523         --------',
				'524',
			]).replaceAll(/ +$/gm, ''),
		);
		expect(run.failures.map(failure => failure.headline)).toEqual(headlines);
	});

	/** A pytest 9 `--tb=line` FAILURES section: each report, its location, and its first 50 characters again. */
	const echoed = (reports: string[][]) =>
		reports.flatMap((report, index) => [
			...report,
			'',
			`/src/app/shop.py:${600 + index}: DocTestFailure`,
			...report.join('\n').slice(0, 50).split('\n'),
		]);

	test('an echo that ends in a line of spaces, trimmed by a copy of the log: the next report is not read into it', async () => {
		// The first echo ends `5272` and spaces (50 characters); trimmed, `1135` fits in what is left of them.
		const first = [
			'5270 ',
			'5271            minx  miny  maxx',
			'5272              ',
			'5273         >>> s.bounds',
			'Expected:',
			'    1',
			'Got:',
			'    2',
		];
		const second = [
			'1135 ',
			'1136         Requires Shapely >= 2.1.',
			'1137 ',
			'1138         >>> s.area',
			'Expected:',
			'    3',
			'Got:',
			'    4',
		];
		expect(first.join('\n').slice(0, 50)).toMatch(/\n5272 +$/);
		const log = [
			rule('test session starts'),
			'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0',
			'rootdir: /src/app',
			'collected 2 items',
			'',
			'shop.py FF                                                               [100%]',
			'',
			rule('FAILURES'),
			...echoed([first, second]),
			rule('short test summary info'),
			'FAILED shop.py::shop.bounds',
			'FAILED shop.py::shop.area',
			rule('2 failed in 0.01s'),
		].join('\n');
		for (const text of [log, log.replaceAll(/ +$/gm, '')]) {
			const run = await parseText(text);
			expect(run.failures.map(failure => failure.headline)).toEqual([
				'DocTestFailure: expected 1, got 2',
				'DocTestFailure: expected 3, got 4',
			]);
		}
	});

	test("geopandas doctests under --doctest-continue-on-failure: every headline is the XML's", async () => {
		const directory = path.join(root, 'gpd-p90-tbline-doctest-cof');
		const run = await readLog(path.join(directory, 'run.log'));
		const headlineOf = xmlHeadlines(
			await readLog(path.join(directory, 'run.xml')),
		);
		expect(run.failures).toHaveLength(18);
		expect(
			run.failures
				.filter(failure => failure.headline !== headlineOf(failure))
				.map(failure => failure.id),
		).toEqual([]);
	});
});
