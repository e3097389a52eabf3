import fc from 'fast-check';
import {expect, test} from 'vitest';
import {endsWithRuleTitle} from '../../source/log/pytest/inline-reports.js';
import {endsNestedSession} from '../../source/log/pytest/nested-session.js';
import {ruleTitle} from '../../source/log/pytest/section-lines.js';
import {finalLinePattern} from '../../source/log/summary.js';

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

// The patterns of a rule's title and of a printed session's final line before their times were looked for ahead:
// quadratic on a line of ` in .s` repeated.
const formerRuleTitle =
	/^={3,} (.+?) ={3,}$|^={1,2} (.+? in [\d.]+ ?s.*?) ={1,2}$/;
const formerNestedEnd = /^=+ .* in [\d.]+ ?s.* =+$/;

test('a rule title and a printed final line read as their former patterns did', () => {
	fc.assert(
		fc.property(
			fc.constantFrom('', '=', '==', '===', '===='),
			fc.array(
				fc.constantFrom(
					'=',
					' ',
					'i',
					'n',
					'1',
					'.',
					's',
					'x',
					' in ',
					' in 1s',
					' in 0.2 s',
					' =',
					'==',
				),
				{maxLength: 16},
			),
			(rule, parts) => {
				const text = `${rule}${rule ? ' ' : ''}${parts.join('')}`;
				expect(ruleTitle.exec(text)).toEqual(formerRuleTitle.exec(text));
				expect(endsNestedSession(text)).toBe(
					finalLinePattern.test(text) || formerNestedEnd.test(text),
				);
			},
		),
		{numRuns: 20_000},
	);
});
