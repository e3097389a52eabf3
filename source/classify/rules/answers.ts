/**
Built-in rules for what a service answered the code, in its protocol's words: an HTTP status, a gRPC
status code, an error code of a cloud API or a broker, a command the server does not know, a message
over its size limit, a host key or a clock it refuses.
*/

import type {RuleSpec} from './types.js';
import {higherAtSetup, raised} from './raised.js';
import {httpStatus} from './line-patterns.js';

/** A gRPC error's `status = StatusCode.NAME` line. */
function grpcStatus(names: string): RegExp {
	return new RegExp(String.raw`\bStatusCode\.(?:${names})\b`);
}

export const answerRules: readonly RuleSpec[] = [
	{
		name: 'container-image-missing',
		match: {
			message: raised(
				'ImageNotFound',
				String.raw`No such image: |pull access denied for |manifest for \S+ not found|manifest unknown`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'A container image the tests start is not on this machine and cannot be pulled (a wrong name or tag, or no access to its registry)',
	},
	...higherAtSetup(
		{
			name: 'missing-provisioned-resource',
			match: {
				message:
					/\((?:NoSuchBucket|ResourceNotFoundException|QueueDoesNotExist|AWS\.SimpleQueueService\.NonExistentQueue|NoSuchQueue)\)|The specified bucket does not exist|The specified queue does not exist|Cannot do operations on a non-existent table|index_not_found_exception|NOT_FOUND - no (?:queue|exchange) '|UnknownTopicOrPartition/,
			},
			category: 'CONFIGURATION',
			priority: 'MEDIUM',
			reason:
				'A bucket, table, queue, topic or index the code uses does not exist on the service: it was never created in this environment, or the name in the settings is wrong',
		},
		'HIGH',
	),
	{
		name: 'broker-declaration-mismatch',
		match: {message: /PRECONDITION_FAILED - inequivalent arg/},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The code declares a queue or an exchange with other settings (durable, arguments) than the broker already has for it: the declarations disagree',
	},
	{
		name: 'unknown-server-command',
		match: {
			message: /(?:^|\n)(?:[\w.]+\.)?ResponseError: (?:ERR )?unknown command/,
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The server does not know a command the code sends: an older server, or one without the module the code needs (RedisJSON, RediSearch, …)',
	},
	{
		name: 'grpc-unimplemented',
		match: {message: grpcStatus('UNIMPLEMENTED')},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			'The gRPC server at that address does not implement the method the code calls: another service or an older version of it is deployed there',
	},
	{
		name: 'size-limit',
		match: {
			message: raised(
				'MessageSizeTooLargeError|RecordTooLargeError',
				String.raw`Received message larger than max|Sent message larger than max|max_allowed_packet|Packet for query is too large|exceeds the maximum allowed message size`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"A message is over a size limit of the client or the server (a broker's, gRPC's, a database's max packet): limits in the settings, or a payload the code should split",
	},
	{
		name: 'host-key-unknown',
		match: {
			message: raised(
				'BadHostKeyException',
				String.raw`not found in known_hosts|Host key for server '[^'\n]*' does not match|REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed`,
			),
		},
		category: 'CONFIGURATION',
		priority: 'MEDIUM',
		reason:
			"The SSH server's host key is not in the known hosts this machine trusts, or it changed: the known_hosts the tests use",
	},
	{
		name: 'clock-skew',
		match: {
			message:
				/RequestTimeTooSkewed|The difference between the request time and the current time is too large|Clock skew too great|Signature expired: \d+T\d+Z is now earlier than/,
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The service refuses a request signed with this machine's time: the machine's clock is off",
	},
	// MEDIUM: a wrong address (a route, an API version, a path in the settings or the test), not an outage or lost
	// data; every set with one decided it MEDIUM, whatever the category (suites 7, 31, 71, 74), none HIGH.
	{
		name: 'http-not-found',
		match: {
			message: new RegExp(
				`${httpStatus('404|410').source}|(?:Handshake status|rejected WebSocket connection: HTTP) 404\\b`,
			),
		},
		category: 'BUG',
		priority: 'MEDIUM',
		reason:
			'A service answered 404 Not Found to a URL the code built: the code asks for a path the service does not have (a wrong route or API version) or for a resource it never created',
	},
	{
		name: 'cloud-request-rejected',
		match: {
			message:
				/\((?:ValidationException|ValidationError|InvalidParameterValue|InvalidParameterValueException|InvalidParameterException|InvalidParameterCombination|InvalidRequest|InvalidArgument|MalformedPolicyDocument|SerializationException|ConditionalCheckFailedException)\) when calling the|(?:^|\n)(?:[\w.]+\.)?ParamValidationError: Parameter validation failed/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A cloud API refused the call as invalid (a parameter, a condition or a request it does not accept): the code sends something the service does not accept',
	},
	{
		name: 'grpc-request-rejected',
		match: {
			message: grpcStatus(
				'INVALID_ARGUMENT|FAILED_PRECONDITION|OUT_OF_RANGE|ALREADY_EXISTS|NOT_FOUND',
			),
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A gRPC service refused the call as invalid (INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, ALREADY_EXISTS…): the code sends something the service does not accept',
	},
	{
		name: 'grpc-upstream-error',
		match: {
			message: grpcStatus('INTERNAL|UNKNOWN|DATA_LOSS'),
			calledFrom: ['app'],
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'A gRPC service the code under test calls failed with an internal error (INTERNAL, UNKNOWN): the dependency failed, not the code that called it',
	},
	{
		name: 'grpc-server-error',
		match: {message: grpcStatus('INTERNAL|UNKNOWN|DATA_LOSS')},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The gRPC server failed with an internal error (INTERNAL, UNKNOWN: an exception in its handler): an unhandled error in the service',
	},
	// A response body that is not JSON from its very first character, seen by the HTTP client's own `.json()`
	// (requests' `Response.json` raising its JSONDecodeError `Expecting value: line 1 column 1 (char 0)`): the
	// service answered something other than its API with a status the code did not refuse, most often an HTML
	// error or maintenance page. A body that breaks further on (an answer cut short) and a file or a string the code
	// decodes itself are not read so, nor a response the test decodes itself (a contract test).
	{
		name: 'answer-not-json',
		match: {
			message:
				/(?:^|\n)(?:[\w.]+\.)?JSONDecodeError: Expecting value: line 1 column 1 \(char 0\)/,
			traceback:
				/[/\\](?:requests[/\\]models|httpx[/\\]_models)\.py:\d+: in json\b/,
			// The code's call: a test that decodes a response itself is checking the service's contract.
			calledFrom: ['app'],
		},
		category: 'ENVIRONMENT',
		priority: 'MEDIUM',
		reason:
			"The service's answer is not JSON from its first character (an HTML error or maintenance page, plain text, an empty body) though its status passed: the service or a proxy in front of it is not serving its API",
	},
	// RADIUS runs over UDP, as SNMP does: a server that is not there refuses nothing, and pyrad's only word for it
	// is its `Timeout` once every retry went unanswered. An authentication server down or not reachable.
	{
		name: 'radius-server-silent',
		match: {exception: /(?:^|\.)pyrad\.client\.Timeout$/},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'No RADIUS server answered through every retry: over UDP silence is all a client sees when nothing listens, so the server is down or not reachable from this machine (or it drops requests from a client whose secret it does not know)',
	},
	// portend (CherryPy's and cheroot's way to wait for a server) gives up on a port nothing ever listened on with
	// `Timeout: Port 8080 not bound on 127.0.0.1.`: the server the code waits for is not running. Its other
	// word, `not free`, is a port still taken (a server not stopped), another kind.
	{
		name: 'port-never-bound',
		match: {
			message: /(?:^|\n)(?:[\w.]+\.)?Timeout: Port \d+ not bound on \S+/,
		},
		category: 'ENVIRONMENT',
		priority: 'HIGH',
		reason:
			'Nothing ever listened on the port the code waited for (portend: `Port … not bound`): the server or device behind it is not running or not reachable from this machine',
	},
];
