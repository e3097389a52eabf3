/**
Built-in rules for a test's own dealings with warnings, as its report shows them: a deprecated call on the test's own
line that the run's warning filter (`filterwarnings = error`, `-W error`) made an error, `pytest.warns` given what
is not a warning class, and `pytest.warns` expecting a deprecation the code does not (or no longer) emit. Tried with
the rules on the test's own code, before `deprecation-as-error` and `explicit-fail`, which read any of them as the
code's.
*/

import type {RuleSpec} from './types.js';
import {raised} from './raised.js';

/**
A deprecation warning's class as pytest prints it, module path allowed: Python's, or a library's own
(`RemovedInDjango60Warning` aside, `PydanticDeprecatedSince20`, `SADeprecationWarning`). Bounded, so that a name of
250 KB is read in one pass.
*/
const deprecation = String.raw`(?:\w{0,60}Deprecat\w{0,60}Warning|FutureWarning|\w{0,60}DeprecatedSince\d{1,4})`;

export const warningExpectationRules: readonly RuleSpec[] = [
	// `ssl.SSLContext()`, `threading.currentThread()`, `locale.getdefaultlocale()` called on the test's own line
	// (the innermost frame of the project's code is the test's), raised as an error by the project's own filter: the
	// test is to be updated, not the code. The code's own deprecated calls (the innermost project frame the app's)
	// keep `deprecation-as-error`, as the sets decided them apart (two the code's, one the settings').
	{
		name: 'deprecated-call-in-test',
		match: {
			phase: ['call', 'setup', 'collect'],
			message: raised(deprecation),
			calledFrom: ['test'],
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test's own code calls a deprecated API, which the run's warning filter (filterwarnings = error) made an error: update the test's call",
	},
	// `pytest.warns(None)` (refused since pytest 8) or `pytest.warns(ValueError)`: pytest's own TypeError from
	// recwarn.py, before anything of the code runs.
	{
		name: 'warns-given-non-warning',
		match: {
			message:
				/(?:^|\n)TypeError: exceptions must be derived from Warning, not /,
			traceback: /_pytest[\\/]recwarn\.py:\d+/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test gives pytest.warns something that is not a warning class (None, an exception): pytest refuses it before the code runs',
	},
	// `DID NOT WARN. No warnings of type (<class 'DeprecationWarning'>,) were emitted.`: the test expects a
	// deprecation the code does not emit: withdrawn, or of another class (pytest 8 and later list what was emitted).
	// A warning of another kind expected (a UserWarning, a RuntimeWarning the code should give) is not read so.
	{
		name: 'expected-deprecation-not-emitted',
		match: {
			phase: ['call'],
			message: new RegExp(
				String.raw`DID NOT WARN\. No warnings of type \((?:<class '(?:[\w.]+\.)?${deprecation}'>,? ?)+\) (?:were emitted|was emitted|matching)`,
			),
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test expects a deprecation warning the code does not emit (the deprecation was withdrawn, or the code warns with another class): the expectation is stale',
	},
];
