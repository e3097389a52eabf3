/**
The tests two runs both name (runs/shared-tests.ts), found through their indexes by the ids' bytes: what a set of
every id of each, as strings, finds, failures the reports do not name included.
*/
import fc from 'fast-check';
import {expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {sharedIds, sharesTests} from '../../source/runs/shared-tests.js';
import {makeRun} from '../classify/make-run.js';

const ids = fc.uniqueArray(
	fc.constantFrom(
		'a.py::x',
		'a.py::y[1]',
		'a.py::y[2]',
		'b.py::z',
		'b.py::ü',
		't.py::test_512789',
		't.py::test_749192',
	),
	{maxLength: 7},
);

function runOf(source: string, tests: string[], unnamed: string[]): Run {
	const run = makeRun(
		source,
		Object.fromEntries(
			tests.map((id, at) => [id, at % 2 ? 'failed' : 'passed']),
		),
	);
	// Failures whose reports the log did not print (a -q log's summary names them).
	const extra = makeRun(
		source,
		Object.fromEntries(unnamed.map(id => [id, 'failed'])),
	);
	return {...run, failures: [...run.failures, ...extra.failures]};
}

function namedBy(run: Run): Set<string> {
	return new Set([
		...run.tests.toArray().map(result => result.id),
		...run.failures.map(failure => failure.id),
	]);
}

test('the ids both runs name, as a set of every id of each finds them', () => {
	fc.assert(
		fc.property(ids, ids, ids, ids, (aTests, aOnly, bTests, bOnly) => {
			const a = runOf('a.log', aTests, aOnly);
			const b = runOf('b.log', bTests, bOnly);
			const inA = namedBy(a);
			const expected = [...namedBy(b)].filter(id => inA.has(id));
			expect(new Set(sharedIds(a, b))).toEqual(new Set(expected));
			expect(new Set(sharedIds(b, a))).toEqual(new Set(expected));
			expect(sharesTests(a, b)).toBe(expected.length > 0);
			expect(sharedIds(a, b, 1)).toHaveLength(Math.min(1, expected.length));
		}),
	);
});
