/**
Built-in rules for tests that waited too long: on a lock of the code's own (a bug), or on a service or
the network (the environment).
*/

import type {RuleSpec} from './types.js';
import {raised} from './raised.js';

const pytestTimeout = /(?:^|\n)(?:Failed: )?Timeout >?\d+(?:\.\d+)?s\b/;

export const waitRules: readonly RuleSpec[] = [
	{
		name: 'database-conflict',
		match: {
			message: raised(
				'SerializationFailure|DeadlockDetected|TransactionRollbackError|LockNotAvailable',
				String.raw`could not serialize access|deadlock detected|Deadlock found when trying to get lock|Lock wait timeout exceeded|canceling statement due to lock timeout|could not obtain lock on|StatusCode\.ABORTED\b|version_conflict_engine_exception`,
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'Concurrent transactions conflicted and the code neither retried nor ordered its locks: a concurrency bug',
	},
	{
		name: 'lock-timeout',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?TimeoutError: [^\n]*\b(?:[Ll]ock|[Ss]emaphore|[Mm]utex)\b[^\n]*\b(?:not acquired|acquire)|(?:^|\n)(?:[\w.]+\.)?LockError: Unable to acquire lock within the time specified/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The code's own lock was held past its timeout: a lock that is not released, or a deadlock",
	},
	{
		name: 'hang-on-locks',
		match: {message: pytestTimeout, waitingOn: ['locks']},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			"The test hung past pytest-timeout's limit with every thread waiting on a lock, a condition or a future: the threads wait on each other (a deadlock or a leaked lock)",
	},
	{
		name: 'pytest-timeout',
		match: {message: pytestTimeout},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The test hung past pytest-timeout's limit, waiting on a socket or a service that never answered (or on something the stacks do not show)",
	},
	{
		name: 'timeout-error',
		match: {
			message: raised(
				String.raw`\w*TimeoutError|socket\.timeout|ReadTimeout|ConnectTimeout|TimeoutExpired|\w*Timeout`,
				String.raw`\btimed out\b|Timeout reading from socket|DEADLINE_EXCEEDED|Deadline Exceeded`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'An operation timed out waiting for a service, the network or a subprocess',
	},
];
