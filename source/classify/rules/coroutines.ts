/**
Built-in rules for asyncio misuse that only the code can commit: a coroutine object awaited a second time, and an
event loop asked for in a worker thread by the code under test. Both are the interpreter's or asyncio's own words
for a mechanism, not a service's or a runner's: the test's `event-loop-mismatch` (a fixture's loop scope) stays for
the same words from the test's own calls and from the main thread.
*/

import type {RuleSpec} from './types.js';

export const coroutineRules: readonly RuleSpec[] = [
	// `RuntimeError: cannot reuse already awaited coroutine`: a coroutine object is awaited twice. The usual cause is a
	// memo put on an `async def` (functools.lru_cache or cache, a dict of results), which keeps the coroutine, not its
	// result, so the second caller awaits a spent one; or the code keeps a coroutine and awaits it again on a retry.
	{
		name: 'coroutine-awaited-twice',
		match: {
			message: /(?:^|\n)RuntimeError: cannot reuse already awaited coroutine\b/,
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'A coroutine object was awaited a second time: most often a memo (functools.lru_cache or cache) on an async function, which keeps the coroutine rather than its result, or a coroutine kept and awaited again on a retry; memoize the awaited result instead',
	},
	// `There is no current event loop in thread 'ThreadPoolExecutor-0_0'.`: asyncio.get_event_loop() called from a
	// worker thread, which has no loop unless one is set there, in a call of the project's code. The main thread's
	// (`in thread 'MainThread'`, a fixture's loop gone) and the test's own calls are not read so.
	{
		name: 'event-loop-asked-in-worker-thread',
		match: {
			message:
				/(?:^|\n)RuntimeError: There is no current event loop in thread '(?!MainThread')[^'\n]+'/,
			calledFrom: ['app'],
		},
		category: 'BUG',
		priority: 'HIGH',
		reason:
			'The code under test asks asyncio for the current event loop (get_event_loop) in a worker thread, which has none: run the coroutine with asyncio.run in that thread, or hand it to the main loop with asyncio.run_coroutine_threadsafe',
	},
];
