import fc from 'fast-check';
import {expect, test} from 'vitest';
import {trailingOutcome} from '../../source/log/pytest/pending-id.js';

// The pattern the one-pass reader replaces: tried from every outcome word, its reason's `.*` to the line's end,
// quadratic on a line of `PASSED (` repeated.
const pattern =
	/(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?: \(.*\))?(?:\s+\[\s*\d+(?:%|\/\d+)])?\s*$/;

test('a line ends with an outcome exactly where, and as, the pattern says', () => {
	fc.assert(
		fc.property(
			fc.array(
				fc.constantFrom(
					'PASSED',
					'FAILED',
					'XFAIL',
					'XPASS',
					'ERROR',
					'SKIPPED',
					'RERUN',
					'X',
					'ED',
					' ',
					'\t',
					' (',
					'(',
					')',
					'[',
					']',
					' [ 50%]',
					'[100%]',
					' [1/3]',
					'3/',
					'7',
					'%',
					'a',
					'é',
				),
				{maxLength: 14},
			),
			parts => {
				const text = parts.join('');
				const expected = pattern.exec(text);
				const actual = trailingOutcome.exec(text);
				expect(actual && [actual.index, ...actual]).toEqual(
					expected && [expected.index, ...expected],
				);
			},
		),
		{numRuns: 30_000},
	);
	expect(trailingOutcome.exec('output SKIPPED (no db) [ 50%]')?.[1]).toBe(
		'SKIPPED',
	);
	expect(trailingOutcome.exec('PASSED (x) and more')).toBeNull();
});
