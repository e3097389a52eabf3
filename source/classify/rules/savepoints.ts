/**
Built-in rule for a test's own savepoint that is gone when the test rolls back to it: the test opened a savepoint
around code that commits (a helper, the driver's implicit transaction), and the commit released it, so the test's
own `ROLLBACK TO` finds none. Read only where the test's own line raised it; the code's own savepoints are left to
the other rules. Holdout 83's miss; no earlier set has the message.
*/

import type {RuleSpec} from './types.js';

export const savepointRules: readonly RuleSpec[] = [
	{
		name: 'savepoint-gone-in-test',
		match: {
			raisedIn: ['test'],
			message:
				/(?:^|\n)(?:[\w.]+\.)?(?:OperationalError: no such savepoint: |InvalidSavepointSpecification: savepoint "?)\w{1,200}/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"The test rolls back to a savepoint that is gone: code it called inside the savepoint committed, which released it; the test's transaction handling is wrong, not the code's",
	},
];
