import type {Outcome, Run} from '../../source/log/model.js';

/** The key pytest's JUnit XML allows matching on: dotted path and name (`a.b.test_x.TestC.test_y[p]`). */
export function dottedKey(id: string): string {
	const bracket = id.indexOf('[');
	const head = bracket === -1 ? id : id.slice(0, bracket);
	const tail = bracket === -1 ? '' : id.slice(bracket);
	const dotted = head
		.replace(/^(?:\.\.\/)+/, '')
		.replace(/\.py(?=::|$)/, '')
		.replaceAll('::', '.')
		.replaceAll('/', '.');
	return dotted + tail;
}

/** (key, outcome) pairs as a sorted list; xpassed counts as passed, as in pytest's XML. */
export function outcomePairs(
	run: Run,
	keep: (outcome: Outcome) => boolean = () => true,
): string[] {
	return run.tests
		.filter(test => keep(test.outcome))
		.map(
			test =>
				`${dottedKey(test.id)} ${test.outcome === 'xpassed' ? 'passed' : test.outcome}`,
		)
		.toSorted();
}
