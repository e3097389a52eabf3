/**
Built-in rules for tests whose own set-up is wrong: fixtures of the wrong scope, asyncio objects used
from another event loop, misspelt mock assertions, clean-up that races with the test.
*/

import type {RuleSpec} from './types.js';

export const testCodeRules: readonly RuleSpec[] = [
	{
		name: 'fixture-scope-mismatch',
		match: {
			message: /ScopeMismatch|You tried to access the \w+ scoped fixture/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A fixture uses another fixture of a narrower scope (a session fixture asking for a function one): the fixtures are wrong',
	},
	{
		name: 'event-loop-mismatch',
		match: {
			message:
				/attached to a different loop|is bound to a different event loop|Event loop is closed|This event loop is already running|There is no current event loop|no running event loop/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			"An asyncio object is used from another event loop than the one that made it: usually a fixture's loop scope differs from the test's (pytest-asyncio)",
	},
	{
		name: 'database-access-not-allowed',
		match: {message: /Database access not allowed, use the "django_db" mark/},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test uses the database without the django_db mark or fixture (pytest-django): the test is wrong',
	},
	{
		name: 'mock-misuse',
		match: {
			message:
				/is not a valid assertion\. Use a spec|Attributes cannot start with 'assert'|Mock object has no attribute 'assert_\w+'/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'The test calls a mock assertion that does not exist (a misspelt assert_called_…): the test is wrong',
	},
	{
		name: 'teardown-cleanup',
		match: {
			phase: ['teardown'],
			message:
				/Directory not empty|\bENOTEMPTY\b|\[Errno 39]|Device or resource busy|\bEBUSY\b|\[Errno 16]/,
		},
		category: 'TEST_DESIGN',
		priority: 'LOW',
		reason:
			'A fixture could not clean up after the test: something the test started still writes to or holds the directory, and the clean-up races with it',
	},
];
