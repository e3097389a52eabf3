/**
The index a console log and its JUnit XML are compared and joined through (runs/test-index.ts), and the joined
list (TestList.joined): what they say is what the reports say, read one by one.
*/
import fc from 'fast-check';
import {expect, test} from 'vitest';
import type {Outcome, Phase, TestResult} from '../../source/log/model.js';
import {TestList} from '../../source/log/test-list.js';
import {outcomesIn, TestIndex} from '../../source/runs/test-index.js';

function report(
	id: string,
	outcome: Outcome,
	more: Partial<TestResult> = {},
): TestResult {
	const phase: Phase = outcome === 'error' ? 'teardown' : 'call';
	return {id, file: id.split('::')[0]!, outcome, phase, ...more};
}

test('each test once, its outcomes folded as the XML writes them, its first duration', () => {
	const tests = TestList.from([
		report('t.py::a', 'passed', {duration: 0.5}),
		report('t.py::a', 'error', {duration: 0.25}),
		report('t.py::b', 'xpassed'),
		report('t.py::c', 'failed', {reruns: 2}),
		report('t.py::b', 'skipped', {duration: 2}),
		report('t.py::c', 'passed'),
		report('t.py::d', 'xfailed'),
	]);
	const index = TestIndex.of(tests);
	expect(TestIndex.of(tests)).toBe(index);
	expect(index.size).toBe(4);
	const outcomes = (id: string) =>
		outcomesIn(index.outcomeBits(index.numberOf(id)!));
	// A pass, then an error in teardown: one failing testcase.
	expect(outcomes('t.py::a')).toEqual(['failed']);
	expect(outcomes('t.py::b')).toEqual(['passed', 'skipped']);
	expect(outcomes('t.py::c')).toEqual(['failed']);
	expect(outcomes('t.py::d')).toEqual(['xfailed']);
	expect(index.numberOf('t.py::e')).toBeUndefined();
	expect(index.durationOf(index.numberOf('t.py::a')!)).toBe(0.5);
	expect(index.durationOf(index.numberOf('t.py::b')!)).toBe(2);
	expect(index.durationOf(index.numberOf('t.py::c')!)).toBeUndefined();
	expect(index.passesOfFailing).toBe(2);
	expect([0, 1, 2, 3, 4, 5, 6].map(at => index.numberAtReport(at))).toEqual([
		0, 0, 1, 2, 1, 2, 3,
	]);
});

const outcomes: Outcome[] = [
	'passed',
	'failed',
	'error',
	'skipped',
	'xfailed',
	'xpassed',
];
const reports = fc.array(
	fc.record({
		id: fc.constantFrom('a.py::x', 'a.py::y[1]', 'b.py::z', 'b.py::ü'),
		outcome: fc.constantFrom(...outcomes),
		duration: fc.option(fc.double({min: 0, max: 100, noNaN: true}), {
			nil: undefined,
		}),
		reruns: fc.option(fc.integer({min: 1, max: 3}), {nil: undefined}),
	}),
	{maxLength: 12},
);

test('the joined list is the log’s reports with the durations given, then the XML’s reports asked for', () => {
	fc.assert(
		fc.property(
			reports,
			reports,
			fc.array(fc.boolean(), {minLength: 12, maxLength: 12}),
			(first, second, taken) => {
				const shaped = (list: typeof first) =>
					list.map(each =>
						report(each.id, each.outcome, {
							...(each.duration !== undefined && {duration: each.duration}),
							...(each.reruns !== undefined && {reruns: each.reruns}),
						}),
					);
				const base = TestList.from(shaped(first));
				const other = TestList.from(shaped(second));
				const extra = second.flatMap((_, index) =>
					taken[index] ? [index] : [],
				);
				const durationAt = (index: number) =>
					index % 2 === 0 ? 7 : base.durationAt(index);
				const joined = TestList.joined(base, durationAt, other, extra);
				const expected = [
					...base.toArray().map((result, index) => {
						const {duration: _duration, ...rest} = result;
						const duration = durationAt(index);
						return duration === undefined ? rest : {...rest, duration};
					}),
					...extra.map(index => other.at(index)!),
				];
				expect(joined.toArray()).toEqual(expected);
				expect(joined.length).toBe(expected.length);
			},
		),
	);
});

/** Ids that share long starts (as a suite's do), some of them non-ASCII, some long enough to be front coded apart. */
const manyIds = fc.array(
	fc
		.tuple(
			fc.constantFrom('tests/a.py::', 'tests/a.py::T::', 'tests/ü/b.py::'),
			fc.constantFrom('t', 'test_x', 'test_ö', `test_${'y'.repeat(300)}`),
			fc.option(fc.integer({min: 0, max: 40}), {nil: undefined}),
		)
		.map(([file, name, parameter]) =>
			parameter === undefined
				? `${file}${name}`
				: `${file}${name}[${parameter}]`,
		),
	{maxLength: 60},
);

test('a test is found by its id’s bytes, in its own list and in another, as a map of the ids finds it', () => {
	fc.assert(
		fc.property(manyIds, manyIds, (first, second) => {
			const list = TestList.from(first.map(id => report(id, 'passed')));
			const other = TestList.from(second.map(id => report(id, 'failed')));
			const index = TestIndex.of(list);
			const otherIndex = TestIndex.of(other);
			const distinct = [...new Set(first)];
			expect(index.size).toBe(distinct.length);
			// Numbered in the order the reports first name them.
			expect(distinct.map(id => index.numberOf(id))).toEqual(
				distinct.map((_, number) => number),
			);
			expect(distinct.map((_, number) => index.idOf(number))).toEqual(distinct);
			expect(
				first.map((_, at) => index.idOf(index.numberAtReport(at))),
			).toEqual(first);
			for (let number = 0; number < otherIndex.size; number++) {
				const id = otherIndex.idOf(number);
				const expected = distinct.includes(id)
					? distinct.indexOf(id)
					: undefined;
				expect(index.numberOfTestIn(otherIndex, number)).toBe(expected);
				expect(index.numberOf(id)).toBe(expected);
			}
		}),
	);
});

test('two ids of one hash are two tests', () => {
	// Their 32-bit FNV-1a hashes are equal: found by a search, so that the bytes, not the hash, must tell them.
	const first = 't.py::test_512789';
	const second = 't.py::test_749192';
	const list = TestList.from([
		report(first, 'passed'),
		report(second, 'failed'),
	]);
	const index = TestIndex.of(list);
	expect(index.size).toBe(2);
	expect(index.numberOf(first)).toBe(0);
	expect(index.numberOf(second)).toBe(1);
	const other = TestIndex.of(TestList.from([report(second, 'failed')]));
	expect(index.numberOfTestIn(other, 0)).toBe(1);
	expect(other.numberOfTestIn(index, 0)).toBeUndefined();
	expect(other.numberOfTestIn(index, 1)).toBe(0);
});
