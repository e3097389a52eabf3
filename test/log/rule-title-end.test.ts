import fc from 'fast-check';
import {expect, test} from 'vitest';
import {endsWithRuleTitle} from '../../source/log/pytest/inline-reports.js';

// The pattern the one-pass reader replaces, quadratic on a line of `==== ` repeated.
const pattern = /={3,} \S(?:.*\S)? ={3,}$/;

test('a line ends with a rule title exactly when the pattern says so', () => {
	fc.assert(
		fc.property(
			fc.array(fc.constantFrom('=', '===', ' ', 'a', 'FAILURES', '\t', 'é'), {
				maxLength: 30,
			}),
			parts => {
				const text = parts.join('');
				expect(endsWithRuleTitle(text)).toBe(pattern.test(text));
			},
		),
		{numRuns: 5000},
	);
	expect(endsWithRuleTitle('..F=== FAILURES ===')).toBe(true);
	expect(endsWithRuleTitle('tests/t.py::a ==== ERRORS ====')).toBe(true);
	expect(endsWithRuleTitle('=== ===')).toBe(false);
	expect(endsWithRuleTitle('== FAILURES ==')).toBe(false);
});
