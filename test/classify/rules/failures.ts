/**
What the rule tests of the acceptance suites' kinds share: a failure made for one test, the rule the
built-in rules pick for it, and the suggestion a real run's analysis made for a test by its name.
*/
import type {Analysis} from '../../../source/classify/analyze.js';
import {builtInRules} from '../../../source/classify/rules/built-in.js';
import {suggest} from '../../../source/classify/rules/match.js';
import type {Suggestion} from '../../../source/classify/rules/types.js';
import type {Failure} from '../../../source/log/model.js';

/** A failure of `tests/test_a.py::test_a` at call, with these fields. */
export function failure(overrides: Partial<Failure>): Failure {
	return {
		id: 'tests/test_a.py::test_a',
		file: 'tests/test_a.py',
		outcome: 'failed',
		phase: 'call',
		headline: '',
		traceback: '',
		captured: [],
		...overrides,
	};
}

/** The name of the built-in rule that suggests for such a failure. */
export function ruleFor(overrides: Partial<Failure>): string {
	return suggest(failure(overrides), {rules: builtInRules}).rule;
}

/** The suggestion for the test of this name (the last part of its id) at this phase, in an analysed run. */
export function suggestionFor(
	analysis: Analysis,
	name: string,
	phase = 'call',
): Suggestion | undefined {
	return analysis.failures.find(
		found =>
			found.failure.id.endsWith(`::${name}`) && found.failure.phase === phase,
	)?.suggestion;
}
