/**
Rules for kinds of failure that earlier rules read wrongly (issue 12 item 15): each is reproduced by a real
test of weak-spots-suite/ (a made-up app, `kiln`), run with Debian's pytest 7.2 (`-v --tb=short`) and with
pytest 9 (its default long tracebacks); both runs must get the same suggestion.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {builtInRules} from '../../../source/classify/rules/built-in.js';
import {suggest} from '../../../source/classify/rules/match.js';
import type {Suggestion} from '../../../source/classify/rules/types.js';
import {readLog} from '../../../source/log/read.js';
import {describeTraceback} from '../../../source/log/traceback.js';

const here = import.meta.dirname;

async function suggestionsOf(log: string): Promise<Map<string, Suggestion>> {
	const run = await readLog(path.join(here, log));
	expect(run.complete).toBe(true);
	return new Map(
		analyze([run]).failures.map(({failure, suggestion}) => [
			`${failure.id} ${failure.phase}`,
			suggestion,
		]),
	);
}

const logs = {
	'pytest 7.2': 'weak-spots-suite-7.log',
	'pytest 9': 'weak-spots-suite-9.log',
};
const runs = {
	'pytest 7.2': await suggestionsOf(logs['pytest 7.2']),
	'pytest 9': await suggestionsOf(logs['pytest 9']),
};

describe.each(Object.entries(runs))('%s', (_, suggestions) => {
	test('every failure is read', () => {
		expect(suggestions.size).toBe(19);
	});

	test.each([
		// EAGAIN is a machine limit only when a fork or a thread is refused.
		[
			'tests/test_locks.py::test_tool_version_at_process_limit',
			'fork-refused',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			'tests/test_locks.py::test_flusher_at_process_limit',
			'process-limits',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			'tests/test_locks.py::test_rotate_while_writing',
			'lock-held-in-app',
			'BUG',
			'HIGH',
		],
		[
			'tests/test_locks.py::test_test_takes_the_journal_lock',
			'lock-held-in-test',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'tests/test_locks.py::test_poll_before_data',
			'would-block-in-app',
			'BUG',
			'HIGH',
		],
		// A timeout is the network's only when a socket or a service is below the wait.
		[
			'tests/test_waits.py::test_drain_settles',
			'own-wait-timeout-in-app',
			'BUG',
			'HIGH',
		],
		[
			'tests/test_waits.py::test_batcher_closes',
			'own-wait-timeout-in-app',
			'BUG',
			'HIGH',
		],
		[
			'tests/test_waits.py::test_settlement_result',
			'own-wait-timeout-in-test',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'tests/test_waits.py::test_test_waits_for_sleep',
			'own-wait-timeout-in-test',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'tests/test_waits.py::test_fetch_line_from_silent_server',
			'timeout-error',
			'ENVIRONMENT',
			'MEDIUM',
		],
		[
			'tests/test_waits.py::test_fetch_blocking_from_silent_server',
			'timeout-error',
			'ENVIRONMENT',
			'MEDIUM',
		],
		// A loop started inside a running one is the code's own doing, not a loop mismatch.
		[
			'tests/test_loops.py::test_dispatch_from_coroutine',
			'nested-event-loop-in-app',
			'BUG',
			'HIGH',
		],
		[
			'tests/test_loops.py::test_test_nests_run',
			'nested-event-loop',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'tests/test_loops.py::test_queue_from_another_loop',
			'event-loop-mismatch',
			'TEST_DESIGN',
			'MEDIUM',
		],
		// A TaskGroup's ExceptionGroup is read by its leaves: a group of refused connections is a service down.
		[
			'tests/test_groups.py::test_availability_of_sites',
			'connection-refused',
			'ENVIRONMENT',
			'HIGH',
		],
		// Its frames are read too: a group of the app's own ValueErrors was raised in app code.
		[
			'tests/test_groups.py::test_check_all_amounts',
			'raised-in-app',
			'BUG',
			'HIGH',
		],
		// pytest.raises(match=…) that got its error in other words: the test's expectation, unless Python's own
		// message for a programming error shows the code failed for another reason.
		[
			'tests/test_raises.py::test_refuses_zero',
			'raises-match',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'tests/test_raises.py::test_refuses_words',
			'raises-match',
			'TEST_DESIGN',
			'MEDIUM',
		],
		[
			'tests/test_raises.py::test_ratio_of_nothing',
			'raises-match-defect',
			'BUG',
			'HIGH',
		],
	] as const)('%s: %s', (id, rule, category, priority) => {
		expect(suggestions.get(`${id} call`)).toMatchObject({
			rule,
			category,
			priority,
		});
	});
});

describe("a task group's headline is its first leaf", () => {
	test.each(Object.entries(logs))('%s', async (_, log) => {
		const run = await readLog(path.join(here, log));
		const headlineOf = (name: string) =>
			run.failures.find(failure => failure.id.endsWith(`::${name}`));
		expect(headlineOf('test_availability_of_sites')).toMatchObject({
			headline: expect.stringMatching(
				/^ConnectionRefusedError: \[Errno 111] Connect call failed \('127\.0\.0\.1', \d+\)$/,
			),
			exceptionType: 'ConnectionRefusedError',
		});
		expect(headlineOf('test_check_all_amounts')).toMatchObject({
			headline: 'ValueError: negative amount -2',
			exceptionType: 'ValueError',
		});
	});

	test('a task group nested in a task group: the leaf below both', () => {
		expect(
			describeTraceback([
				'  + Exception Group Traceback (most recent call last):',
				'  |   File "/src/app/sync.py", line 9, in sync_all',
				'  |     async with asyncio.TaskGroup() as group:',
				'  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)',
				'  +-+---------------- 1 ----------------',
				'    | Exception Group Traceback (most recent call last):',
				'    |   File "/src/app/sync.py", line 4, in sync_site',
				'    |     async with asyncio.TaskGroup() as group:',
				'    | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)',
				'    +-+---------------- 1 ----------------',
				'      | Traceback (most recent call last):',
				'      |   File "/src/app/sync.py", line 2, in fetch',
				'      |     raise PermissionError(13, "Permission denied")',
				'      | PermissionError: [Errno 13] Permission denied',
				'      +------------------------------------',
			]),
		).toMatchObject({
			headline: 'PermissionError: [Errno 13] Permission denied',
			exceptionType: 'PermissionError',
		});
	});

	test("a group of the code's own, with its own message, keeps its line", () => {
		expect(
			describeTraceback([
				'  + Exception Group Traceback (most recent call last):',
				'  | ExceptionGroup: 2 imports failed (2 sub-exceptions)',
				'  +-+---------------- 1 ----------------',
				'    | ValueError: row 3: bad date',
				'    +------------------------------------',
			]).headline,
		).toBe('ExceptionGroup: 2 imports failed (2 sub-exceptions)');
	});
});

// The same kinds of failure in shapes the suite does not print: other Python versions, other libraries, a
// worker whose own socket timed out behind a future.
describe('other shapes of the same kinds', () => {
	const tracebackOf = (...lines: string[]) => lines.join('\n');
	test.each([
		[
			'a fork refused under multiprocessing',
			'BlockingIOError: [Errno 11] Resource temporarily unavailable',
			tracebackOf(
				'tests/test_a.py:5: in test_a',
				'    pool.start()',
				'/usr/lib/python3.11/multiprocessing/popen_fork.py:66: in _launch',
				'    self.pid = os.fork()',
				'E   BlockingIOError: [Errno 11] Resource temporarily unavailable',
			),
			'fork-refused',
		],
		[
			"pyzmq's NOBLOCK receive with no message",
			'zmq.error.Again: Resource temporarily unavailable',
			tracebackOf(
				'tests/test_a.py:5: in test_a',
				'    inbox.poll()',
				'app/inbox.py:3: in poll',
				'    return self.socket.recv(zmq.NOBLOCK)',
				'zmq/sugar/socket.py:800: in recv',
				'    return super().recv(flags)',
				'E   zmq.error.Again: Resource temporarily unavailable',
			),
			'would-block-in-app',
		],
		[
			"pyzmq's receive timeout (RCVTIMEO): a peer that does not answer, not the code",
			'zmq.error.Again: Resource temporarily unavailable',
			tracebackOf(
				'tests/test_a.py:5: in test_a',
				'    inbox.poll()',
				'app/inbox.py:3: in poll',
				'    return self.socket.recv()',
				'zmq/sugar/socket.py:800: in recv',
				'    return super().recv(flags)',
				'E   zmq.error.Again: Resource temporarily unavailable',
			),
			'resource-temporarily-unavailable',
		],
		[
			"PostgreSQL's Unix socket refusing more connections (a server, not the code)",
			'psycopg2.OperationalError: could not connect to server: Resource temporarily unavailable',
			tracebackOf(
				'app/db.py:3: in connect',
				'    return psycopg2.connect(DSN)',
				'E   psycopg2.OperationalError: could not connect to server: Resource temporarily unavailable',
				'E   \tIs the server running locally and accepting connections on Unix domain socket "/var/run/postgresql/.s.PGSQL.5432"?',
			),
			'server-socket-missing',
		],
		[
			"Python 3.9's concurrent.futures TimeoutError in app code",
			'concurrent.futures._base.TimeoutError',
			tracebackOf(
				'tests/test_a.py:5: in test_a',
				'    app.run()',
				'app/run.py:3: in run',
				'    return future.result(timeout=1)',
				'/usr/lib/python3.9/concurrent/futures/_base.py:447: in result',
				'    raise TimeoutError()',
				'E   concurrent.futures._base.TimeoutError',
			),
			'own-wait-timeout-in-app',
		],
		[
			"Python 3.12's asyncio.timeout in app code",
			'TimeoutError',
			tracebackOf(
				'tests/test_a.py:5: in test_a',
				'    asyncio.run(app.run())',
				'app/run.py:3: in run',
				'    async with asyncio.timeout(1):',
				'/usr/lib/python3.12/asyncio/timeouts.py:115: in __aexit__',
				'    raise TimeoutError from exc_val',
				'E   TimeoutError',
			),
			'own-wait-timeout-in-app',
		],
		[
			"a future re-raising its worker's socket timeout (the network)",
			'TimeoutError: timed out',
			tracebackOf(
				'app/run.py:3: in run',
				'    return future.result(timeout=5)',
				'/usr/lib/python3.11/concurrent/futures/_base.py:401: in __get_result',
				'    raise self._exception',
				'app/run.py:9: in fetch',
				'    return requests.get(URL, timeout=1)',
				'/usr/lib/python3.11/socket.py:706: in readinto',
				'    return self._sock.recv_into(b)',
				'E   TimeoutError: timed out',
			),
			'timeout-error',
		],
	] as const)('%s', (_, headline, traceback, rule) => {
		expect(
			suggest(
				{
					id: 'tests/test_a.py::test_a',
					file: 'tests/test_a.py',
					outcome: 'failed',
					phase: 'call',
					headline,
					traceback,
					captured: [],
				},
				{rules: builtInRules},
			).rule,
		).toBe(rule);
	});
});
