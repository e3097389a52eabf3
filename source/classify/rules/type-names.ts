/**
Built-in rules on the name of an exception a library raised, for libraries no other rule knows: what a
library calls `ServiceUnavailable`, `RateLimitExceeded` or `Forbidden` says which side failed, whatever
the library. Only for exceptions raised in a library: the project's own exception names say what its code
decided, not what happened to it.
*/

import type {RuleSpec} from './types.js';

export const typeNameRules: readonly RuleSpec[] = [
	{
		name: 'deadlock-by-type',
		match: {exception: /(?:^|\.)\w*Deadlock\w*$/},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The exception says a deadlock was detected: concurrent work took locks in conflicting orders',
	},
	{
		name: 'unavailable-by-type',
		match: {
			exception:
				/(?:^|\.)(?:\w*(?:Unavailable|Unreachable)\w*|MasterNotFoundError|SlaveNotFoundError|NoBrokersAvailable)$/,
			raisedIn: ['library'],
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"A library says the service it talks to is unavailable or unreachable (by its exception's name; a Redis Sentinel that finds no master, Kafka with no broker): the service is down or cannot be reached from this machine",
	},
	{
		name: 'throttled-by-type',
		match: {
			exception:
				/(?:^|\.)\w*(?:Throttl|RateLimit|QuotaExceeded|TooManyRequests)\w*$/,
			raisedIn: ['library'],
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"A library says the service refused the request over a rate or a quota (by its exception's name): a limit shared with other jobs, not the code",
	},
	{
		name: 'forbidden-by-type',
		match: {
			exception:
				/(?:^|\.)\w*(?:Forbidden|Unauthori[sz]ed|PermissionDenied)\w*$/,
			raisedIn: ['library'],
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"A library says the service refused the credentials or the permissions the tests run with (by its exception's name): the account or its grants in this environment",
	},
];
