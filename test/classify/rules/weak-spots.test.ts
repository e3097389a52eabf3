/**
Rules for kinds of failure that earlier rules read wrongly (issue 12 item 15): each is reproduced by a real
test of weak-spots-suite/ (a made-up app, `kiln`), run with Debian's pytest 7.2 (`-v --tb=short`) and with
pytest 9 (its default long tracebacks); both runs must get the same suggestion.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import type {Suggestion} from '../../../source/classify/rules/types.js';
import {readLog} from '../../../source/log/read.js';

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

const runs = {
	'pytest 7.2': await suggestionsOf('weak-spots-suite-7.log'),
	'pytest 9': await suggestionsOf('weak-spots-suite-9.log'),
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
	] as const)('%s: %s', (id, rule, category, priority) => {
		expect(suggestions.get(`${id} call`)).toMatchObject({
			rule,
			category,
			priority,
		});
	});
});
