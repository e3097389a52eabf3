import {Buffer} from 'node:buffer';
import {describe, expect, test} from 'vitest';
import {packList} from '../../source/runs/history/encode.js';
import {StoredList} from '../../source/runs/history/stored-list.js';
import {SameSuite, suiteOf} from '../../source/runs/history/same-suite.js';
import {makeRun} from '../classify/make-run.js';

function runOf(ids: readonly string[], rootdir?: string) {
	const run = makeRun(
		'run.xml',
		Object.fromEntries(ids.map(id => [id, 'passed' as const])),
	);
	return rootdir === undefined
		? run
		: {...run, header: {...run.header, rootdir}};
}

const suite = Array.from(
	{length: 3000},
	(_, index) => `tests/test_${index % 30}.py::test_${index}`,
);

/** Whether a run of `ids` (stored as list 1, with `rootdir`) is of the suite of `run`. */
function isSame(
	run: ReturnType<typeof runOf>,
	ids: readonly string[],
	rootdir: string | null = null,
): boolean {
	const list = new StoredList(
		packList(Buffer.from(ids.join('\n'), 'utf8')),
		ids.length,
	);
	return new SameSuite(suiteOf(run)).isSame(rootdir, 1, () => list);
}

describe('SameSuite', () => {
	test('the same rootdir says the same suite, whatever the tests', () => {
		const run = runOf(suite.slice(0, 10), '/src/app');
		expect(isSame(run, ['other.py::x'], '/src/app')).toBe(true);
	});

	test('another rootdir: another checkout of the suite (CI and a laptop) when nearly all the tests are shared', () => {
		const run = runOf(suite, '/home/ana/src/app');
		expect(isSame(run, suite, '/builds/team/app')).toBe(true);
		// A --lf run on the laptop of a few of CI's tests.
		expect(
			isSame(
				runOf(suite.slice(10, 13), '/home/ana/src/app'),
				suite,
				'/builds/team/app',
			),
		).toBe(true);
		// Two projects of one layout, a third of whose tests have the same ids: two suites (without rootdirs, one).
		const other = [
			...suite.slice(0, 1000),
			...suite.slice(1000).map(id => `svc_b/${id}`),
		];
		expect(isSame(run, other, '/src/svc-b')).toBe(false);
		expect(isSame(runOf(suite), other)).toBe(false);
		expect(isSame(runOf(suite.slice(0, 1500)), other)).toBe(true);
		expect(
			isSame(
				run,
				suite.slice(0, 1500).map(id => `lib/${id}`),
				'/src/lib',
			),
		).toBe(false);
	});

	test.each([
		['the same tests', suite, suite, true],
		['a --lf run of a few of them', suite.slice(10, 13), suite, true],
		['the whole suite after a --lf run', suite, suite.slice(10, 13), true],
		[
			'a day with a quarter more tests',
			suite,
			[...suite, ...suite.map(id => `${id}_new`).slice(0, 750)],
			true,
		],
		['another project', suite, suite.map(id => `lib/${id}`), false],
		['another shard', suite.slice(0, 1500), suite.slice(1500), false],
		['one shared test', suite, ['tests/test_0.py::test_0'], true],
		[
			'one shared test among many others',
			suite.slice(0, 3),
			['tests/test_0.py::test_0', 'b.py::x', 'b.py::y', 'b.py::z'],
			false,
		],
	])('without a rootdir, %s', (_, mine, theirs, expected) => {
		expect(isSame(runOf(mine), theirs)).toBe(expected);
	});

	test('a run with no rootdir against one with: the tests decide', () => {
		expect(isSame(runOf(suite), suite, '/src/app')).toBe(true);
		expect(isSame(runOf(suite, '/src/app'), ['x.py::y'])).toBe(false);
	});
});
