/**
Built-in rules for state one test leaves to the next: an object the code keeps for the whole process that an
earlier test closed, so that a later test meets it closed. The code is right to refuse; the tests share what no
fixture gives back.
*/

import type {RuleSpec} from './types.js';

export const sharedStateRules: readonly RuleSpec[] = [
	// A thread or process pool the code keeps at module level (`_executor.map(…)`, `ENCODERS.map(…)`,
	// `_turndown.submit(…)`: a private or upper-case name, not `self.` or a local) refusing work because it was shut
	// down: the code's own shutdown function exists for the end of the process, and an earlier test called it, so every
	// later test in the process meets a closed pool. Suites 13, 41 and 43 decided all three so (an earlier test's
	// `stop_encoders()`, `shutdown_turndown()`). A pool the code makes and closes in one function (a local, `self.`) is
	// not read so, nor the interpreter's own shutdown (`after interpreter shutdown`).
	{
		name: 'module-pool-shut-by-earlier-test',
		match: {
			phase: ['call', 'setup'],
			message: /cannot schedule new futures after shutdown/,
			traceback:
				/(?:^|\n)\s+[^\n]*(?<![\w.])(?:_\w+|[A-Z][A-Z\d_]*)\.(?:submit|map)\(/,
		},
		category: 'TEST_DESIGN',
		priority: 'MEDIUM',
		reason:
			'A pool the code keeps for the whole process refuses work because it was shut down: an earlier test in the same process called its shutdown, and no fixture starts a fresh one. The tests share the pool; the code is right to refuse',
	},
];
