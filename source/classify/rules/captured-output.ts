/**
Built-in rules on what a failing test's clients recorded in its captured output (log, stderr, stdout), for
failures whose own words do not say it: an assertion on the value a client returned, or the code's own error
naming only the symptom.
*/

import type {RuleSpec} from './types.js';

export const capturedOutputRules: readonly RuleSpec[] = [
	// python-memcached marks a server dead on `[Errno 111] Connection refused`, prints it with debug on, and returns
	// None or 0: the test then asserts on a value that was never fetched (`assert None == {...}`), or the code's own
	// error says only that a write did not happen. What the captured output records is the cause.
	{
		name: 'refused-in-captured-output',
		match: {waitingOn: ['refused'], phase: ['setup', 'call']},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"The test's captured output records a service refusing the connection (a client that logged the refusal and went on): the service is not running, and what failed is what followed from it",
	},
];
