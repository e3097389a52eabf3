import type {Failure} from '../../source/log/model.js';

/** A failing test with an assertion in its own code; `overrides` change what a case needs. */
export function failing(id: string, overrides: Partial<Failure> = {}): Failure {
	const file = id.split('::')[0]!;
	return {
		id,
		file,
		outcome: 'failed',
		phase: 'call',
		headline: 'AssertionError: Should experience some contention under load',
		exceptionType: 'AssertionError',
		traceback: `${file}:42: in test\n    assert False\nE   AssertionError: Should experience some contention under load`,
		captured: [],
		...overrides,
	};
}

/** A failure whose log says nothing but its id (`--tb=no`): only the name rules can speak. */
export function nameOnly(id: string): Failure {
	return failing(id, {
		headline: 'AssertionError',
		traceback: '',
	});
}
