/**
Hand-built runs for classification tests: a Run from a table of outcomes.
*/

import {
	emptyCounts,
	fileOfId,
	isFailureOutcome,
	type Failure,
	type Outcome,
	type Run,
	type TestResult,
} from '../../source/log/model.js';
import {TestList} from '../../source/log/test-list.js';

export type TestSpec =
	| Outcome
	| {
			readonly outcome: Outcome;
			readonly reruns?: number;
			/** Overrides for the failure of a failed or errored test. */
			readonly failure?: Partial<Failure>;
	  };

/**
A failed or errored test whose log printed no traceback (as `--tb=no` does): nothing in its error says
more than its name, so the old analyzer's name rules decide its suggestion.
*/
export function untraced(outcome: 'failed' | 'error'): TestSpec {
	return {outcome, failure: {traceback: ''}};
}

/** A complete run of the given tests; failed and errored tests get an assertion failure unless told otherwise. */
export function makeRun(
	source: string,
	tests: Readonly<Record<string, TestSpec>>,
): Run {
	const results: TestResult[] = [];
	const failures: Failure[] = [];
	const counts = emptyCounts();
	for (const [id, spec] of Object.entries(tests)) {
		const {outcome, reruns, failure} =
			typeof spec === 'string'
				? {outcome: spec, reruns: undefined, failure: undefined}
				: spec;
		const file = fileOfId(id);
		const phase = outcome === 'error' ? 'setup' : 'call';
		results.push({
			id,
			file,
			outcome,
			phase,
			...(reruns === undefined ? {} : {reruns}),
		});
		counts[outcome]++;
		counts.rerun += reruns ?? 0;
		if (isFailureOutcome(outcome)) {
			const name = id.slice(id.lastIndexOf('::') + 2);
			failures.push({
				id,
				file,
				outcome,
				phase,
				headline: `AssertionError: ${name} went wrong`,
				exceptionType: 'AssertionError',
				traceback: `${file}:10: in ${name}\n    assert check()\nE   AssertionError: ${name} went wrong`,
				captured: [],
				...failure,
			});
		}
	}

	return {
		source,
		format: 'pytest',
		header: {pytest: '8.3.0', python: '3.12.1'},
		tests: TestList.from(results),
		failures,
		counts,
		reportedCounts: counts,
		complete: true,
		warnings: [],
	};
}
