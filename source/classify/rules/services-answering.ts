/**
Built-in rules for a service reached that answers badly or not at all: rate limits, an upstream down or failing
behind a gateway, answers of the wrong shape (truncated, another protocol, a redirect loop, an HTML page), a read
that timed out, silence, and at last any connection error. Tried after services.ts's rules on reaching it (a
server down, DNS, ports, certificates, proxies, mail relays), in that order: `serviceRules` ends with these.
*/

import type {RuleSpec} from './types.js';
import {firstOnLineSource, httpStatus} from './line-patterns.js';
import {raised} from './raised.js';

export const answeringRules: readonly RuleSpec[] = [
	// tenacity's RetryError over an exception whose name says throttled (`raised Throttled>]`, the code's own raise on
	// a 429) is every attempt throttled, whatever raised it.
	// A client's or the code's own error that quotes the status without the reason phrase, first or after a colon or a
	// verb of answering (`UpstreamError: 429 '{…}'`, `refused the plan: 429 {…}`); an assertion quoting a 429 does not.
	{
		name: 'rate-limited',
		match: {
			message:
				/\b429\b[^\n]{0,40}?Too Many Requests|Too Many Requests|(?:^|\n)(?:[\w.]+\.)?(?!Assertion)\w*(?:Error|Exception): (?:[^\n]*?: |[^\n]*?\b(?:answered|returned|responded|replied|status(?: code)?)(?: with)?(?: (?:HTTP|status|status code))?:? )?429\b(?![.,\d])|TooManyRequests|[Rr]ate limit(?:ed| exceeded)|Throttl(?:ed|ing)Exception|\bRetryError\[<Future at 0x[\da-f]+ state=finished raised \w*(?:Throttl|RateLimit|TooManyRequests)\w*>]|RequestLimitExceeded|SlowDown|ProvisionedThroughputExceeded|StatusCode\.RESOURCE_EXHAUSTED\b|es_rejected_execution_exception/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A service the code calls is rate-limiting it (429, throttling): a quota shared with other jobs, not the code',
	},
	// The code's own exception named for throttling, raised where the code met a 429 (`LoginThrottled: provider
	// throttled sign-in for ana: retry after 30 s`, `RateLimitExceeded: …`): the code names what happened to it, as
	// tenacity giving up on one above does. A library's of such a name is `throttled-by-type`'s; an error of the
	// code's settings that only names a rate limit (`RateLimitConfigError`) is not read so.
	{
		name: 'throttled-in-app',
		match: {
			exception:
				/(?:^|\.)\w*(?:Throttled|Throttling|RateLimit(?:ed|Exceeded)?|TooManyRequests)(?:Error|Exception)?$/,
			raisedIn: ['app'],
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The code raised its own error for a service rate-limiting it (429, throttling): a quota shared with other jobs, not the code',
	},
	{
		name: 'upstream-down',
		match: {
			message:
				/\b502\b[^\n]{0,40}?Bad Gateway|too many 50[0234] error responses|\b50[0234]\b[^\n]{0,40}?(?:Internal Server Error|Service Unavailable|Gateway Time-?out)[\s\S]*?\bRetryError\[|\bRetryError\[[\s\S]*?\b50[0234]\b[^\n]{0,40}?(?:Internal Server Error|Service Unavailable|Gateway Time-?out)|\bRetryError\[Attempts: \d+, Value: <Response \[50[0234]]>]|\((?:InternalError|InternalFailure|InternalServerError|InternalServiceError|ServiceUnavailable|ServiceUnavailableException|BadGateway|GatewayTimeout|50[0234])\) when calling the \w+ operation \(reached max retries: [1-9]\d*\)/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			"A gateway in front of a service the code calls found nothing behind it (502 Bad Gateway), or the service answered 5xx until the retries ran out (urllib3's, tenacity's, retrying's or botocore's `(reached max retries: 2)` on an AWS error code of the service's side): the service is down, and every test that needs it fails until it is back",
	},
	{
		name: 'upstream-unavailable',
		match: {
			message:
				/\b50[34]\b[^\n]{0,40}?(?:Service Unavailable|Gateway Time-?out)|\b(?:answered|returned|responded|replied)(?: with)?(?: (?:HTTP|status|status code))?:? 50[34]\b|(?:^|\n)(?:[\w.]+\.)?HTTPError: (?:HTTP Error 50[34]: |50[34] Server Error: )|\bServer error '50[34] /,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"A service the code calls answered 503 or 504 once (in its client's words or quoted by the code's own error: `answered 503`), with no retries that outlasted it: overloaded, restarting or slow behind its proxy for a moment",
	},
	{
		name: 'wrong-key-type',
		match: {
			message:
				/\bWRONGTYPE Operation against a key holding the wrong kind of value/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code uses one Redis key for two kinds of value: a defect in the code',
	},
	{
		name: 'upstream-server-error',
		match: {
			message: httpStatus('500'),
			calledFrom: ['app'],
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A service the code under test calls answered 500 Internal Server Error: the dependency failed, not the code that called it',
	},
	{
		name: 'truncated-response',
		match: {
			message:
				/Premature end of data|Unterminated string starting at|unexpected end of (?:data|input|stream|JSON input)|EOF while parsing|no element found: line/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A body read from a service stops midway (JSON or XML cut off, not malformed): the connection or the service broke while answering',
	},
	{
		name: 'wrong-protocol',
		match: {
			message: new RegExp(
				[
					String.raw`Protocol Error: b'HTTP\/`,
					firstOnLineSource(
						'InvalidResponse',
						String.raw`[^\n]*HTTP\/\d`,
						'invalid',
					),
					String.raw`BadStatusLine|received an HTTP response|wrong version number of the protocol`,
					firstOnLineSource(
						'[Hh]ello|[Gg]reeting|[Bb]anner|[Ww]elcome|[Rr]esponse|[Rr]eply',
						String.raw`[^\n]*?: b?['"]SSH-(?:2\.0|1\.99)-`,
						'greeting',
					),
					String.raw`Packet sequence number wrong - got \d+ expected 0\b`,
				].join('|'),
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"The client reached a port that speaks another protocol (an HTTP server where it expected Redis or a database, or the reverse; an SSH server answering its greeting; a first packet MySQL's client cannot read as a handshake): the host or port in the settings is wrong",
	},
	{
		name: 'redirect-loop',
		match: {
			message: raised(
				'TooManyRedirects|RedirectLimit',
				String.raw`Exceeded \d+ redirects|Redirected more times than|redirect loop|too many redirects`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The server redirected the request again and again: the URL in the settings (its scheme, host or path) or the server behind it is misconfigured',
	},
	{
		name: 'server-error',
		match: {
			message: httpStatus('500'),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The server answered 500 Internal Server Error: an unhandled error in the service',
	},
	// An HTML page where the code expected another format: a decoder quoting the first bytes it refused
	// (gzip's `Not a gzipped file (b'<h')`, a client's `not JSON: b'<!DOCTYPE html>…'`). A proxy's error page, a
	// maintenance or warming-up page answered with a success status, as a 502 or 503 would have been. Only a
	// quoted start counts: an error page a test client prints in full under its status (WebTest's 404) is not one.
	{
		name: 'html-page-instead-of-answer',
		match: {
			message:
				/\bb(['"])<(?:[h!]\1|!doctype html\b|html\b)|['"]<!doctype html\b|['"]<html[\s>]/i,
			not: {exception: /(?:^|\.)AssertionError$/},
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A service answered an HTML page (a proxy error, maintenance or warming-up page) where the code expected its own format: the service or the proxy in front of it is not serving, and the code that decodes the answer is not at fault',
	},
	// A read that timed out, reported under a connection error's name: requests turns urllib3's MaxRetryError into
	// its ConnectionError whatever caused it, so with a Retry adapter a read timeout (`Caused by
	// ReadTimeoutError(… Read timed out. (read timeout=0.5))`) reaches the test as a ConnectionError. The service
	// was reached and is slow, not down.
	{
		name: 'read-timeout-as-connection-error',
		match: {
			exception: /(?:^|\.)\w*(?:Connect|Connection)\w*(?:Error|Exception)$/,
			message: /\bCaused by ReadTimeoutError\b|\bRead timed out\b/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'A connection error whose cause is a read that timed out (a client library wraps every exhausted retry in its connection error): the service was reached and answered too slowly, not a service that is down',
	},
	// A peer that took the connection and never answered the request, in a client's own words rather than a read
	// timeout's: pymodbus' ModbusIOException (`[Input/Output] No response received after 1 retries`), a device
	// client's `No response received from …`. Not an assertion that says so (the test's own words).
	{
		name: 'peer-never-answered',
		match: {
			message:
				/\[Input\/Output] No response received\b|(?:^|\n)(?!AssertionError\b)(?:[\w.]+\.)?\w+(?:Error|Exception): [^\n]*\bNo response received (?:after|from|within)\b/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			'The device or service took the connection and never answered the request, through every retry: it is stalled, busy or not the peer the code expects, as a read that timed out',
	},
	// SNMP runs over UDP: an agent that is not there refuses nothing, and the manager's only word for it is that no
	// answer came (pysnmp's `No SNMP response received before timeout`, Net-SNMP's `Timeout: No Response from HOST`),
	// often quoted by the code's own exception. Not a slow peer: an agent that is down or not reachable.
	{
		name: 'snmp-agent-silent',
		match: {
			message:
				/\bNo SNMP response received before timeout\b|\bTimeout: No Response from \S/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'No SNMP agent answered before the timeout, through every retry: over UDP silence is all a manager sees when nothing listens, so the agent is down or not reachable from this machine (or it drops requests of a community it does not know)',
	},
	// trio's open_tcp_stream and anyio's connect_tcp (httpx's ConnectError over it) say only that no address of the
	// host took the connection; why (refused, unreachable) is in the exception group they chain, not in these words.
	{
		name: 'no-address-answered',
		match: {
			message:
				/all attempts to connect to \S+ failed|All connection attempts failed/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'No address of the host the code connects to took the connection (every attempt failed): the service is down or unreachable from this machine',
	},
	// Not when the connection could not be made because this process ran out of descriptors (urllib3's
	// `Failed to establish a new connection: [Errno 24] Too many open files`): no service was asked, the open-file
	// limit was met first (too-many-open-files reads it).
	{
		name: 'cannot-connect',
		match: {
			exception:
				/(?:^|\.)\w*(?:Connect|Connection|Connector|Socket|Network)(?!\w*Timeout)\w*(?:Error|Exception)$|(?:^|\.)ConnectError$/,
			not: {message: /Too many open files|\bEMFILE\b|\[Errno 24]/},
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'The code could not reach a service it needs (a connection error, whatever the library calls it): the service is down or unreachable from this machine',
	},
];
