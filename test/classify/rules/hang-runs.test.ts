import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';

// Real runs of fixtures/hunt/suite/hangs under pytest-timeout (fixtures/hunt/README.md, record-hangs.sh): a lock-order
// deadlock, a socket read no one answers, the code's own endless loop and a test's sleep, under pytest 9.1.1
// (pytest-timeout 2.4: `Timeout (>1.0s) from pytest-timeout.`) and 7.2.1 (2.1: `Timeout >1.0s`), with the signal
// method (each test failed in turn) and the thread method (the stacks dumped, the process ended at the first).
const hunt = path.resolve('fixtures/hunt');

async function rulesOf(name: string): Promise<Record<string, string>> {
	const run = await readLog(path.join(hunt, name, 'run.log'));
	const rules: Record<string, string> = {};
	for (const {failure, suggestion} of analyze([run]).failures) {
		rules[failure.id.split('::').at(-1)!] =
			`${suggestion.rule} ${suggestion.category} ${suggestion.priority}`;
	}

	return rules;
}

describe('what a test that hung past pytest-timeout waited on', () => {
	test.each(['hangs-p9-v-timeout-signal', 'hangs-p7-v-timeout-signal'])(
		'%s: each hang by what its stacks show',
		async name => {
			expect(await rulesOf(name)).toEqual({
				// The main thread joins; the two workers wait in `with first:` / `with second:` (C-level acquire).
				test_deadlock_between_workers: 'hang-on-locks BUG HIGH',
				test_service_never_answers: 'pytest-timeout ENVIRONMENT MEDIUM',
				// `while not ready:` in src/orderly/worker.py: the code's own loop, calling nothing.
				test_busy_retry_loop: 'hang-in-own-loop BUG HIGH',
				test_sleeps_past_timeout: 'hang-in-test-sleep TEST_DESIGN MEDIUM',
			});
		},
	);

	test.each([
		[
			'hangs-p9-v-timeout-thread-locks',
			'test_deadlock_between_workers',
			'hang-on-locks BUG HIGH',
		],
		[
			'hangs-p9-v-timeout-thread-busy',
			'test_busy_retry_loop',
			'hang-in-own-loop BUG HIGH',
		],
		[
			'hangs-p7-v-timeout-thread-sleep',
			'test_sleeps_past_timeout',
			'hang-in-test-sleep TEST_DESIGN MEDIUM',
		],
	])(
		"%s: the test the thread method ended is read from the dumped stacks (MainThread is the test's)",
		async (name, test, rule) => {
			expect(await rulesOf(name)).toEqual({[test]: rule});
		},
	);
});
