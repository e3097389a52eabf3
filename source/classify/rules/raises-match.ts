/**
Built-in rules for a `pytest.raises(match=…)` that got an exception in other words than its pattern: a test's
expectation to update, unless the words it got show a defect of the code.
*/

import type {RuleSpec} from './types.js';

/**
`pytest.raises(match=…)` that got its exception but not its words: `Regex pattern did not match.` with `Regex:` and
`Input:` (pytest 7) or `Expected regex:` and `Actual message:` (pytest 8 and later), or pytest 6's one line.
*/
const raisesMatchFailed =
	/(?:^|\n)(?:AssertionError: )?Regex pattern (?:did not match\.|'[^\n]*' does not match\b)/;
/**
A message Python itself gives for a programming error (`division by zero`, `'NoneType' object has no attribute`):
in a failed match's input it says the code failed for another reason than the one the test expects.
*/
const raisesMatchDefect =
	/Regex pattern (?:did not match\.[\s\S]*?\n(?=Input: |Actual message: )|'[^\n]*' does not match )(?<evidence>[^\n]*?(?:division by zero|modulo by zero|object has no attribute|object is not (?:subscriptable|callable|iterable)|index out of range|unsupported operand type|can only concatenate|referenced before assignment|name '\w+' is not defined|maximum recursion depth|unhashable type|NoneType))/;

/**
A refused connection in a failed match's input: the test's broad `pytest.raises(Exception, match=…)` caught the
outage of the service the code calls, not the error it waits for in other words.
*/
const raisesMatchRefused =
	/Regex pattern (?:did not match\.[\s\S]*?\n(?=Input: |Actual message: )|'[^\n]*' does not match )(?<evidence>[^\n]*?(?:Connection refused|\[Errno 111]|\bECONNREFUSED\b|Connect call failed))/;

export const raisesMatchRules: readonly RuleSpec[] = [
	{
		name: 'raises-match-refused',
		match: {message: raisesMatchRefused},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"pytest.raises(match=…) caught a refused connection where it expected other words: the service the code calls is not running, and the test's broad exception type turned the outage into a failed match",
	},
	{
		name: 'raises-match-defect',
		match: {message: raisesMatchDefect},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"pytest.raises(match=…) caught an error whose message is one Python gives for a programming error (a division by zero, an attribute of None, an index out of range): the test's exception type is broad, and the code failed for another reason than the one the test expects",
	},
	{
		name: 'raises-match',
		match: {message: raisesMatchFailed},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"pytest.raises(match=…) got the exception it expects, in other words than its pattern: the code raises the right error and the test pins wording it does not use (a message reworded, a pattern too strict or not escaped); a test's expectation to update, not a wrong value, unless the message shows a defect",
	},
];
