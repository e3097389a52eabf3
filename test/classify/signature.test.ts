import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Failure} from '../../source/log/model.js';
import {
	crashSite,
	crashSiteWithLine,
	maskMessage,
	signatureOf,
	stablePath,
} from '../../source/classify/signature.js';
import {readLog} from '../../source/log/read.js';
import {framesOf, splitHeadline} from '../../source/log/traceback.js';
import * as real from './real-failures.js';

describe('maskMessage', () => {
	test.each([
		[
			'Error 111 connecting to localhost:6379. Connection refused.',
			'Error <n> connecting to localhost:6379. Connection refused.',
		],
		[
			'connection to server at "127.0.0.1", port 5432 failed',
			'connection to server at <str>, port 5432 failed',
		],
		// A port or a status code names what failed: kept in a connection error, where it tells clusters apart.
		[
			'Connection refused by 10.0.0.7:6479 after 3 attempts',
			'Connection refused by <ip>:6479 after <n> attempts',
		],
		[
			"HTTPConnectionPool(host='db.internal', port=8080): Max retries exceeded",
			'HTTPConnectionPool(host=<str>, port=8080): Max retries exceeded',
		],
		[
			'Connection to http://api.example.com:8443/v1/items failed',
			'Connection to http://api.example.com:8443/v1/items failed',
		],
		[
			'Server error: status 503 after 30.5 s',
			'Server error: status 503 after <n> s',
		],
		[
			'request failed with status code 503 (attempt 2)',
			'request failed with status code 503 (attempt <n>)',
		],
		['upstream connect error: HTTP 502', 'upstream connect error: HTTP 502'],
		[
			'HTTP/1.1 504 Gateway Timeout from proxy',
			'HTTP/<n> 504 Gateway Timeout from proxy',
		],
		// Elsewhere, and for a file's line number, numbers are still masked.
		[
			'tests/conftest.py:120 could not connect',
			'tests/conftest.py:<n> could not connect',
		],
		['assert 6379 == 6479', 'assert <n> == <n>'],
		[
			'expected port 3 of 4 in the list',
			'expected port <n> of <n> in the list',
		],
		['connect to 10.1.2.3 failed', 'connect to <ip> failed'],
		['<Figure at 0x7fb95edbfa60>', '<Figure at <addr>>'],
		[
			'The temporary directory /tmp/pytest-of-nobody is not owned',
			'The temporary directory <tmp> is not owned',
		],
		['wrote /tmp/pytest-of-alice/pytest-12/test_x0/out.txt', 'wrote <tmp>'],
		[
			'request 123e4567-e89b-12d3-a456-426614174000 failed',
			'request <uuid> failed',
		],
		[
			'at 2026-11-23T10:00:00.123Z the lease expired',
			'at <time> the lease expired',
		],
		[
			'digest 9f86d081884c7d659a2feaa0c55ad015 mismatch',
			'digest <hex> mismatch',
		],
		["No module named 'typing_extensions'", 'No module named <str>'],
		[
			"Can't pickle <class 'jinja2.utils.MissingType'>",
			"Can't pickle <class <str>>",
		],
		[
			'Unable to allocate 2.00 GiB for an array with shape (2147583648,)',
			'Unable to allocate <n> GiB for an array with shape (<n>,)',
		],
		['Timeout >60.0s', 'Timeout ><n>s'],
		['assert 2 == 3', 'assert <n> == <n>'],
		[
			'uint8 and psycopg2 keep their digits',
			'uint8 and psycopg2 keep their digits',
		],
		['  several\n  lines\tand   spaces ', 'several lines and spaces'],
	])('%s', (message, expected) => {
		expect(maskMessage(message)).toBe(expected);
	});
});

describe('splitHeadline', () => {
	test('takes the exception type from the failure', () => {
		expect(splitHeadline(real.redisRefused6379)).toEqual({
			exceptionType: 'redis.exceptions.ConnectionError',
			message: 'Error 111 connecting to localhost:6379. Connection refused.',
		});
	});

	test('reads it from the headline, or leaves it empty', () => {
		expect(splitHeadline({headline: 'KeyError: 3'})).toEqual({
			exceptionType: 'KeyError',
			message: '3',
		});
		expect(splitHeadline({headline: "fixture 'sock' not found"})).toEqual({
			exceptionType: '',
			message: "fixture 'sock' not found",
		});
		expect(splitHeadline({headline: 'assert 1 == 2'})).toEqual({
			exceptionType: 'AssertionError',
			message: 'assert 1 == 2',
		});
	});
});

describe('framesOf', () => {
	test('reads --tb=short frames', () => {
		const frames = framesOf(real.redisRefused6379.traceback);
		expect(frames.at(0)).toEqual({
			path: 'redis/connection.py',
			line: 1055,
			function: 'connect_check_health',
		});
		expect(
			frames.some(
				frame =>
					frame.path === 'tests/conftest.py' &&
					frame.function === '_get_client',
			),
		).toBe(true);
	});

	test('reads --tb=long frames, the function from its def line', () => {
		expect(framesOf(real.numpyMemoryError.traceback)).toEqual([
			{
				path: '/home/ci/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numpy/lib/tests/test_io.py',
				line: 241,
				function: 'test_big_arrays',
			},
		]);
	});

	test('reads native frames and pytest fixture errors', () => {
		expect(
			framesOf(
				'Traceback (most recent call last):\n  File "/src/tests/test_a.py", line 3, in test_a\n    b()\nValueError: x',
			),
		).toEqual([{path: '/src/tests/test_a.py', line: 3, function: 'test_a'}]);
		expect(framesOf(real.cpythonFixtureNotFound.traceback)).toEqual([
			{
				path: '/usr/lib/python3.11/test/test_ssl.py',
				line: 285,
				function: 'test_wrap_socket',
			},
		]);
	});

	test('ignores File lines inside exception messages', () => {
		expect(
			framesOf(
				'E     File "/x/tests/test_gml.py", line 556\nE   SyntaxError: bad',
			),
		).toEqual([]);
	});
});

describe('stablePath', () => {
	test.each([
		[
			'/usr/lib/python3/dist-packages/psycopg2/__init__.py',
			undefined,
			'psycopg2/__init__.py',
		],
		[
			'/home/ci/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numpy/lib/tests/test_io.py',
			undefined,
			'numpy/lib/tests/test_io.py',
		],
		['tests/conftest.py', undefined, 'tests/conftest.py'],
		[
			'/home/alice/project/src/pkg/tests/test_a.py',
			'src/pkg/tests/test_a.py',
			'src/pkg/tests/test_a.py',
		],
		[
			'/usr/lib/python3.11/test/test_ssl.py',
			'../../../../usr/lib/python3.11/test/test_ssl.py',
			'test/test_ssl.py',
		],
		['/usr/lib/python3.11/socket.py', undefined, 'socket.py'],
	])('%s', (path, testFile, expected) => {
		expect(stablePath(path, testFile)).toBe(expected);
	});
});

describe('crashSite', () => {
	test.each([
		['psycopg2ConnectionRefused', 'tests/testutils.py:connect'],
		['redisRefused6479', 'tests/conftest.py:_get_client'],
		['numpyMemoryError', 'numpy/lib/tests/test_io.py:test_big_arrays'],
		[
			'numpyTypingCollectError',
			'numpy/typing/tests/test_generic_alias.py:<module>',
		],
		['networkxInvalidEscape', 'readwrite/tests/test_gml.py:<module>'],
		[
			'networkxDeprecationAtSetup',
			'networkx/classes/tests/test_ordered.py:setup_class',
		],
		['cpythonFixtureNotFound', 'test/test_ssl.py:test_wrap_socket'],
		['cpythonTimeout', 'socket.py'],
		['scipyStaleTemporaryDirectory', '_pytest/tmpdir.py:getbasetemp'],
		['jinjaPickle0', 'tests/test_utils.py:test_pickle_missing'],
	] as const)('%s', (name, expected) => {
		expect(crashSite(real[name])).toBe(expected);
	});
});

test("a test that crashed the process: where faulthandler's stacks say it crashed", async () => {
	const run = await readLog(
		path.resolve('fixtures/hunt/crash-p9-v-segv/run.log'),
	);
	const [failure] = run.failures;
	expect(crashSite(failure!)).toBe('crash/test_crash_segv.py:test_segfault');
	expect(crashSiteWithLine(failure!)).toBe(
		'crash/test_crash_segv.py:9 in test_segfault',
	);
	expect(signatureOf(failure!).text).toBe(
		'Fatal Python error: Segmentation fault @ crash/test_crash_segv.py:test_segfault',
	);
});

describe('crashSiteWithLine', () => {
	test.each([
		['psycopg2ConnectionRefused', 'tests/testutils.py:109 in connect'],
		['redisRefused6479', 'tests/conftest.py:460 in _get_client'],
		[
			'numpyTypingCollectError',
			'numpy/typing/tests/test_generic_alias.py:13 in <module>',
		],
		// Collected, and crashed in the stdlib's parser: the test module is where to look.
		['networkxInvalidEscape', 'readwrite/tests/test_gml.py'],
		['cpythonTimeout', 'socket.py:294'],
		['cpythonNoSuchDevice', undefined],
	] as const)('%s', (name, expected) => {
		expect(crashSiteWithLine(real[name])).toBe(expected);
	});
});

/** The same failure as printed by another run: other lines, port, host, addresses and temp paths. */
function rerun(
	failure: Failure,
	replacements: ReadonlyArray<readonly [RegExp, string]>,
): Failure {
	let {headline, traceback} = failure;
	for (const [pattern, replacement] of replacements) {
		headline = headline.replace(pattern, replacement);
		traceback = traceback.replace(pattern, replacement);
	}

	return {
		...failure,
		headline,
		traceback,
		location: failure.location && {
			...failure.location,
			line: failure.location.line + 7,
		},
	};
}

describe('signatureOf', () => {
	test('the same error in two runs keeps its signature', () => {
		const cases: Array<
			readonly [Failure, ReadonlyArray<readonly [RegExp, string]>]
		> = [
			[
				real.psycopg2ConnectionRefused,
				[
					[/127\.0\.0\.1/g, '10.0.0.7'],
					[/:109:/g, ':112:'],
				],
			],
			[real.redisRefused6379, [[/Error 111/g, 'Error 113']]],
			[
				real.scipyStaleTemporaryDirectory,
				[
					[/pytest-of-nobody/g, 'pytest-of-ci'],
					[/tmpdir\.py:143/g, 'tmpdir.py:150'],
				],
			],
			[
				real.numpyMemoryError,
				[
					[/2\.00 GiB/g, '4.00 GiB'],
					[/0x7f39841f1c10/g, '0x7f0000001234'],
					[/test_io\.py:241/g, 'test_io.py:250'],
				],
			],
			[
				real.networkxDeprecationAtSetup,
				[[/0x7fb95f8c42d0/g, '0x7fb900000000']],
			],
		];
		for (const [failure, replacements] of cases) {
			const again = rerun(failure, replacements);
			expect(again.headline + again.traceback).not.toBe(
				failure.headline + failure.traceback,
			);
			expect(signatureOf(again)).toEqual(signatureOf(failure));
		}
	});

	test('the same error in two tests has one signature', () => {
		expect(signatureOf(real.psycopg2ConnectionRefusedAgain).hash).toBe(
			signatureOf(real.psycopg2ConnectionRefused).hash,
		);
		expect(signatureOf(real.jinjaPickle1).hash).toBe(
			signatureOf(real.jinjaPickle0).hash,
		);
	});

	test('a connection error to another port is another failure (6379 is the server that died, 6479 one that never ran)', () => {
		expect(signatureOf(real.redisRefused6479).hash).not.toBe(
			signatureOf(real.redisRefused6379).hash,
		);
		const otherPort = rerun(real.psycopg2ConnectionRefused, [
			[/5432/g, '5433'],
		]);
		expect(signatureOf(otherPort).hash).not.toBe(
			signatureOf(real.psycopg2ConnectionRefused).hash,
		);
	});

	test('different errors have different signatures', () => {
		const hashes = [
			real.psycopg2ConnectionRefused,
			real.psycopg2ServerClosed,
			real.redisRefused6379,
			real.scipyStaleTemporaryDirectory,
			real.numpyTypingCollectError,
			real.numpyMemoryError,
			real.networkxDeprecationAtSetup,
			real.networkxInvalidEscape,
			real.jinjaPickle0,
			real.cpythonTimeout,
			real.cpythonFixtureNotFound,
			real.cpythonNoSuchDevice,
		].map(failure => signatureOf(failure).hash);
		expect(new Set(hashes).size).toBe(hashes.length);
		const changedMessage = {
			...real.redisRefused6379,
			headline:
				'redis.exceptions.ConnectionError: Connection closed by server.',
		};
		expect(signatureOf(changedMessage).hash).not.toBe(
			signatureOf(real.redisRefused6379).hash,
		);
	});

	test('reads as type, masked message and crash site, with a 10-character hash', () => {
		const signature = signatureOf(real.redisRefused6379);
		expect(signature.text).toBe(
			'redis.exceptions.ConnectionError: Error <n> connecting to localhost:6379. Connection refused. @ tests/conftest.py:_get_client',
		);
		expect(signature.hash).toMatch(/^[\da-f]{10}$/);
	});
});
