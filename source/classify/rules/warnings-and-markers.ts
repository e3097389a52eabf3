/**
Built-in rules for what pytest itself turns into failures: warnings raised as errors, strict xfail.
*/

import type {RuleSpec} from './types.js';
import {raised} from './raised.js';

// Message patterns look at the exception lines only, not at source code in the traceback,
// so a test that merely mentions `ConnectionRefusedError` is not taken for one that hit it.
export const warningAndMarkerRules: readonly RuleSpec[] = [
	{
		name: 'deprecation-as-error',
		match: {
			message: raised(
				String.raw`PendingDeprecationWarning|DeprecationWarning|FutureWarning|PytestRemovedIn\d+Warning|PytestDeprecationWarning`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'LOW',
		reason:
			'A deprecation warning was raised as an error (-W error or filterwarnings): the code still calls an API a newer dependency deprecated; update the call or relax the filter',
	},
	{
		name: 'return-not-none',
		match: {message: raised('PytestReturnNotNoneWarning')},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			"The test returns a value instead of None, which pytest warns about and this run's warning filter made an error: assert, do not return",
	},
	{
		name: 'unraisable-exception',
		match: {
			message: raised(
				'PytestUnraisableExceptionWarning|PytestUnhandledThreadExceptionWarning|ResourceWarning',
			),
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'An exception in a finalizer or a thread (an unclosed resource, an async generator collected before it was exhausted) was turned into a failure: something leaks',
	},
	{
		name: 'xpass-strict',
		match: {message: /\[XPASS\(strict\)]/},
		category: 'TEST_DESIGN',
		// Nothing is broken: a marker to remove. LOW, as the engineers of 17 of the 26 acceptance sets with one
		// decided it (every set from 20 on; 5, 6, 12 to 17 and 19 said MEDIUM).
		priority: 'LOW',
		reason:
			'A test marked xfail(strict=True) passed: what it documents is fixed, remove the marker',
	},
];
