import type {Outcome, Run, TestResult} from '../../source/log/model.js';

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

/** xdist's report for a test whose worker crashed (`worker 'gw1' crashed while running 'id'`). */
const workerCrash = /^worker '[^']+' crashed while running /;

/**
The pairs the console and pytest's XML can agree on, each once, but a collection error once per report (each xdist
worker collects, and reports it), and under xdist's `--dist each` every pair once per report (`isEachWorker`). Four differences are by design:
- a test that passed and then errored in teardown is one `<error>` testcase in the XML but two reports
  on the console (pytest counts `1 passed, 1 error`);
- a module-level skip is a testcase in the XML but is never named on the console;
- a test with a failed subtest: the console reports the subtest (`SUBFAILED`, `SUBFAIL`) and the test
  itself, which can say `PASSED` (pytest counts both), while the XML has only the test's testcase with a
  `<failure>`: a `passed` pair beside a `failed` one of the same id is left out;
- a test whose xdist worker crashed: the console and pytest's final line call it failed, the XML a setup
  `<error>` (xdist's crash report is no call report).
*/
export function comparablePairs(
	run: Run,
	keep: (outcome: Outcome) => boolean = () => true,
	/** xdist's `--dist each` ran every test on every worker: pytest counts and its XML names each worker's report, so every pair is kept once per report. */
	isEachWorker = false,
): string[] {
	const crashed = new Set(
		run.failures
			.filter(failure => workerCrash.test(failure.headline))
			.map(failure => `${failure.id} ${failure.phase}`),
	);
	const outcomeOf = (test: TestResult): Outcome =>
		test.outcome === 'error' && crashed.has(`${test.id} ${test.phase}`)
			? 'failed'
			: test.outcome;
	const teardownErrors = new Set(
		run.tests
			.filter(test => test.outcome === 'error' && test.phase === 'teardown')
			.map(test => test.id),
	);
	const failed = new Set(
		run.tests.filter(test => outcomeOf(test) === 'failed').map(test => test.id),
	);
	const collectErrors = new Set(
		run.tests
			.filter(test => test.outcome === 'error' && test.phase === 'collect')
			.map(test => `${dottedKey(test.id)} error`),
	);
	// Under `--dist each` a console log's passed call before its teardown error is left out once per teardown error:
	// another worker's passed report of it is a testcase of its own (the XML has no passed call before its `<error>`).
	const teardownsLeft = new Map<string, number>();
	for (const test of run.tests) {
		if (test.outcome === 'error' && test.phase === 'teardown') {
			teardownsLeft.set(test.id, (teardownsLeft.get(test.id) ?? 0) + 1);
		}
	}

	const isPassedBeforeTeardown = (test: TestResult): boolean => {
		if (!isEachWorker) {
			return teardownErrors.has(test.id);
		}

		if (run.format === 'junit') {
			return false;
		}

		const left = teardownsLeft.get(test.id) ?? 0;
		teardownsLeft.set(test.id, left - 1);
		return left > 0;
	};

	return (
		run.tests
			.filter(test => keep(outcomeOf(test)))
			.filter(
				test =>
					!(
						test.outcome === 'passed' &&
						(failed.has(test.id) || isPassedBeforeTeardown(test))
					),
			)
			.filter(test => !(test.outcome === 'skipped' && !test.id.includes('::')))
			.map(test => {
				const outcome = outcomeOf(test);
				return `${dottedKey(test.id)} ${outcome === 'xpassed' ? 'passed' : outcome}`;
			})
			.toSorted()
			// The truth is a set of (id, outcome) pairs: two testcases with one id are one pair. But a collection error
			// is reported by each xdist worker that collects the module, and pytest counts and its XML names each.
			.filter(
				(pair, index, all) =>
					isEachWorker ||
					index === 0 ||
					all[index - 1] !== pair ||
					collectErrors.has(pair),
			)
	);
}

/**
The headline pytest's XML gives each failure, looked up by the key the XML allows. A testcase can hold several
`<failure>`s (a test's failed subtests, then its own): each of the XML's is matched to one failure of the log, the
one with its headline if any is left, else the first left (the last when the log has more).
*/
export function xmlHeadlines(
	xml: Run,
): (failure: {
	id: string;
	phase: string;
	headline?: string;
}) => string | undefined {
	const byKey = new Map<string, Array<string | undefined>>();
	for (const failure of xml.failures) {
		const key = `${dottedKey(failure.id)} ${failure.phase}`;
		const list = byKey.get(key);
		if (list) {
			list.push(failure.headline);
		} else {
			byKey.set(key, [failure.headline]);
		}
	}

	const used = new Map<string, Set<number>>();
	// A crashed xdist worker's report is FAILED on the console, a setup error in the XML (see comparablePairs).
	return failure => {
		const key = `${dottedKey(failure.id)} ${
			failure.headline !== undefined && workerCrash.test(failure.headline)
				? 'setup'
				: failure.phase
		}`;
		const list = byKey.get(key);
		if (!list) {
			return undefined;
		}

		let taken = used.get(key);
		if (!taken) {
			taken = new Set();
			used.set(key, taken);
		}

		// The XML's failure with this headline not matched yet, else the first not matched yet (the last when all are).
		const free = list
			.map((_, index) => index)
			.filter(index => !taken.has(index));
		const index =
			free.find(index => list[index] === failure.headline) ??
			free[0] ??
			list.length - 1;
		taken.add(index);
		return list[index];
	};
}

/**
The note, of those written for a run (one or a list), of what its log says instead of a failure's error: the one
whose `id` and `outcome` (each optional: any) are the failure's.
*/
export function saidOf<
	Note extends {readonly id?: string; readonly outcome?: string},
>(
	notes: Note | Note[] | undefined,
	failure: {readonly id: string; readonly outcome: string},
): Note | undefined {
	const list: Note[] = notes === undefined ? [] : ([notes].flat() as Note[]);
	return list.find(
		note =>
			(note.id ?? failure.id) === failure.id &&
			(note.outcome ?? failure.outcome) === failure.outcome,
	);
}
