/**
Built-in rules for services and the network: a server down or gone, no DNS or route, a server over its
connection limit, timeouts.
*/

import type {RuleSpec} from './types.js';
import {raised} from './raised.js';

// Message patterns look at the exception lines only, not at source code in the traceback,
// so a test that merely mentions `ConnectionRefusedError` is not taken for one that hit it.
export const serviceRules: readonly RuleSpec[] = [
	{
		name: 'connection-refused',
		match: {
			message: raised(
				'ConnectionRefusedError',
				String.raw`Connection refused|\bECONNREFUSED\b|\[Errno 111\]|\[WinError 10061\]`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A service the test needs is not listening (connection refused): it is down or was never started, and every test that needs it fails until it is back',
	},
	{
		name: 'connection-reset',
		match: {
			message: raised(
				'ConnectionResetError|ConnectionAbortedError|BrokenPipeError',
				String.raw`Connection reset by peer|\bECONNRESET\b|Connection closed by server|server closed the connection unexpectedly|Broken pipe`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'The server dropped the connection during the test: it crashed, was killed or restarted',
	},
	{
		name: 'dns-failure',
		match: {
			message: raised(
				'gaierror',
				'Name or service not known|Temporary failure in name resolution|nodename nor servname|getaddrinfo failed|No address associated with hostname|could not translate host name|Could not resolve host',
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A host name could not be resolved: this machine has no DNS or no network',
	},
	{
		name: 'network-unreachable',
		match: {
			message:
				/Network is unreachable|No route to host|\bENETUNREACH\b|\bEHOSTUNREACH\b/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason: 'No route to the host: this machine is offline or sandboxed',
	},
	{
		name: 'too-many-connections',
		match: {
			message:
				/too many (?:connections|clients)|remaining connection slots are reserved|max number of clients reached/i,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The server refused a connection over its limit: pool size or connection limits need adjustment',
	},
	{
		name: 'pytest-timeout',
		match: {message: /(?:^|\n)(?:Failed: )?Timeout >?\d+(?:\.\d+)?s\b/},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The test hung past pytest-timeout's limit, usually waiting on a socket or a service that never answers; if the stack dump shows threads waiting on each other it is a deadlock (BUG)",
	},
	{
		name: 'timeout-error',
		match: {
			message: raised(
				String.raw`TimeoutError|socket\.timeout|ReadTimeout|ConnectTimeout|TimeoutExpired`,
				String.raw`\btimed out\b`,
			),
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'An operation timed out waiting for a service, the network or a subprocess',
	},
];
