/**
pytest 9 runs a unittest `subTest` through its subtests plugin, and under `-v` writes the subtests' reports while it
captures the test's output: their words (`SUBFAILED(i=1)`) land there, and the console shows the test's `id ` alone on
its line, then the test's own `-v` line (`id FAILED`, its `tearDown` failed; `id PASSED`). With no FAILURES entry
(`--tb=no`) and no `-rf` line to name them, only pytest's final line says how many subtests failed: when it counts more
failed reports than the log names and one test's reports were captured so, the others are that test's.
*/
import type {Counts} from '../model.js';
import type {TestState} from './test-state.js';

/** How many failed subtest reports of the one test in `captured` the log does not name (0 when that is not known). */
export function capturedSubtestFailures(
	captured: readonly TestState[],
	parsedFailed: number,
	reported: Counts | undefined,
	isFromLetters: boolean,
): number {
	if (captured.length !== 1 || !reported || isFromLetters) {
		return 0;
	}

	return Math.max(0, reported.failed - parsedFailed);
}
