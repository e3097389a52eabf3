import {emptyCounts, type Counts, type Run, type Warning} from './model.js';

/**
pytest's final line, with or without its `=` padding (`-q` prints none):
`1 failed, 5146 passed, 13 skipped, 5 xfailed, 5 warnings, 3 errors in 211.29s (0:03:31)`, with subtests
`6 failed, 4 passed, 53 subtests passed in 1.33s`.
*/
export const finalLinePattern =
	/^(?:=+ )?(?:no tests ran|(?:\d+ (?:failed|passed|skipped|deselected|xfailed|xpassed|warnings?|errors?|rerun|subtests? (?:passed|failed|skipped|xfailed|xpassed))(?:, )?)+|(?:no tests collected(?: \(\d+ deselected\))?|\d+ tests? collected|\d+\/\d+ tests collected \(\d+ deselected\))(?:, \d+ errors?)?) in [\d.]+ ?(?:s|seconds)(?: \([^()]*\))?(?: =+)?$/;

/**
The final line of a `--collect-only` run, which runs no test: `21 tests collected in 0.16s`, `1 test collected`,
`7/21 tests collected (14 deselected)`, `no tests collected (21 deselected)`, with `, 1 error` when a module
failed to import. pytest adds only the errors to it: they are the collection errors the log reports.
*/
const collectOnlyLine =
	/^(?:no tests collected(?: \(\d+ deselected\))?|\d+ tests? collected|\d+\/\d+ tests collected \(\d+ deselected\))(?:, \d+ errors?)? in /;

/** How the warning of a `--collect-only` run starts (the rest says what pytest collected). */
export const collectOnlyWarning =
	'pytest only collected the tests (--collect-only)';

/** How the warning of a pytest usage error (exit status 4: a bad flag, a missing path) starts. */
export const usageErrorWarning = 'pytest usage error';

/** The warning of a usage error (`pytest usage error: file or directory not found: tests/x`), if pytest gave one. */
export function usageErrorOf(run: {
	readonly warnings: readonly Warning[];
}): string | undefined {
	return run.warnings.find(warning =>
		warning.message.startsWith(`${usageErrorWarning}: `),
	)?.message;
}

/**
The warning of a `--collect-only` run (`pytest only collected the tests (--collect-only): 6 tests collected; no
test ran`), or undefined when tests ran. An empty export or review of such a run would read as a clean one, so
every output that shows "no failures" says this instead.
*/
export function collectOnlyOf(run: {
	readonly warnings: readonly Warning[];
}): string | undefined {
	return run.warnings.find(warning =>
		warning.message.startsWith(collectOnlyWarning),
	)?.message;
}

/** What a `--collect-only` final line says was collected (`21 tests collected`), or undefined for any other line. */
export function collectedOnly(text: string): string | undefined {
	const line = text.replace(/^=+ /, '');
	return collectOnlyLine.test(line)
		? line.slice(0, line.lastIndexOf(' in '))
		: undefined;
}

// `53 subtests passed` (pytest 9, pytest-subtests) counts no test report: passed subtests are counted apart.
const item =
	/(\d+) (subtests? \w+|failed|passed|skipped|deselected|xfailed|xpassed|warnings?|errors?|rerun)/g;

/** The counts on pytest's final line, or undefined when the text is not one. */
export function parseFinalLine(text: string): Counts | undefined {
	const line = text.replace(/^=+ /, '').replace(/ =+$/, '');
	if (!finalLinePattern.test(line)) {
		return undefined;
	}

	const counts = emptyCounts();
	for (const match of line.matchAll(item)) {
		const value = Number(match[1]);
		const word = match[2]!;
		switch (word) {
			case 'failed':
			case 'passed':
			case 'skipped':
			case 'xfailed':
			case 'xpassed':
			case 'rerun': {
				counts[word] = value;
				break;
			}

			case 'error':
			case 'errors': {
				counts.error = value;
				break;
			}

			default: {
				break;
			}
		}
	}

	return counts;
}

/**
How many tests pytest's counts are about. Its final line counts reports, not tests: a test that failed (or
passed, or was skipped) and then errored in teardown is `1 failed, 1 error`, two counts for one test. In a
console log or a report log every teardown error is such a second report (its test's setup or call report is
counted too); JUnit XML writes a passing test's teardown error as the test's only test case, so there only a
teardown error that follows a test case of its test is one.
*/
export function testsCounted(
	run: Pick<Run, 'counts' | 'failures' | 'format' | 'tests'>,
): {readonly tests: number; readonly teardownErrors: number} {
	const {counts} = run;
	const reports =
		counts.passed +
		counts.failed +
		counts.error +
		counts.skipped +
		counts.xfailed +
		counts.xpassed;
	let teardownErrors = 0;
	if (run.format === 'junit') {
		const {tests} = run;
		for (let index = 1; index < tests.length; index++) {
			if (
				tests.outcomeAt(index) === 'error' &&
				tests.phaseAt(index) === 'teardown' &&
				tests.isSameIdAs(index, index - 1)
			) {
				teardownErrors++;
			}
		}
	} else {
		for (const failure of run.failures) {
			if (failure.outcome === 'error' && failure.phase === 'teardown') {
				teardownErrors++;
			}
		}
	}

	teardownErrors = Math.min(teardownErrors, counts.error);
	return {tests: reports - teardownErrors, teardownErrors};
}
