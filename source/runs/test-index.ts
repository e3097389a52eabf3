/**
Each test of a run's reports once, by id: the outcomes its reports had, folded as pytest's XML writes them, and
the first duration one of them has. A console log and its JUnit XML of half a million tests are compared and
joined through it (same-run.ts): a number per test and a bit per outcome, not a set, a map entry and a report
object per report, which made the pair of a 100 MB log and its XML take 1 GB.
*/
import type {Outcome} from '../log/model.js';
import type {TestList} from '../log/test-list.js';

/**
An XPASS is a passing testcase in the XML. A failure and an error are one class: a test whose xdist worker
crashed is FAILED in the console and a setup `<error>` in the XML.
*/
export function folded(outcome: Outcome): Outcome {
	return outcome === 'xpassed'
		? 'passed'
		: outcome === 'error'
			? 'failed'
			: outcome;
}

/** The folded outcomes, a bit each, in the order a test's outcomes are named. */
const foldedOutcomes: readonly Outcome[] = [
	'passed',
	'failed',
	'skipped',
	'xfailed',
];
const bitOf = new Map<Outcome, number>(
	foldedOutcomes.map((outcome, index) => [outcome, 1 << index]),
);
const passedBit = bitOf.get('passed')!;
const failedBit = bitOf.get('failed')!;

const indexes = new WeakMap<TestList, TestIndex>();

export class TestIndex {
	/** The index of a list, made once for it (a list does not change). */
	static of(tests: TestList): TestIndex {
		let index = indexes.get(tests);
		if (index === undefined) {
			index = new TestIndex(tests);
			indexes.set(tests, index);
		}

		return index;
	}

	/** How many tests (distinct ids) the list names. */
	readonly size: number;
	/** Passing reports of tests that also failed or errored (a pass, then a teardown error; a rerun). */
	readonly passesOfFailing: number;
	readonly #numbers = new Map<string, number>();
	readonly #ids: string[] = [];
	/** Each report's test number. */
	readonly #ofReport: Int32Array;
	readonly #masks: Uint8Array;
	/** Each test's first duration (NaN: none). */
	readonly #durations: Float64Array;

	private constructor(tests: TestList) {
		const {length} = tests;
		this.#ofReport = new Int32Array(length);
		const masks: number[] = [];
		const durations: number[] = [];
		let number = -1;
		for (let index = 0; index < length; index++) {
			// Consecutive reports of one test share its id's row: its id is looked up once.
			if (index === 0 || !tests.isSameIdAs(index, index - 1)) {
				const id = tests.idAt(index);
				const known = this.#numbers.get(id);
				if (known === undefined) {
					number = this.#ids.length;
					this.#numbers.set(id, number);
					this.#ids.push(id);
					masks.push(0);
					durations.push(Number.NaN);
				} else {
					number = known;
				}
			}

			this.#ofReport[index] = number;
			masks[number]! |= bitOf.get(folded(tests.outcomeAt(index)))!;
			const duration = tests.durationAt(index);
			if (duration !== undefined && Number.isNaN(durations[number])) {
				durations[number] = duration;
			}
		}

		let passes = 0;
		for (let index = 0; index < length; index++) {
			if (
				tests.outcomeAt(index) === 'passed' &&
				(masks[this.#ofReport[index]!]! & failedBit) !== 0
			) {
				passes++;
			}
		}

		this.passesOfFailing = passes;
		this.size = this.#ids.length;
		this.#masks = Uint8Array.from(masks, mask =>
			// A test that passed and then errored in teardown, or failed in one of its subtests, is one failing
			// testcase in pytest's XML: its pass is left out.
			(mask & failedBit) !== 0 && mask !== failedBit ? mask & ~passedBit : mask,
		);
		this.#durations = Float64Array.from(durations);
	}

	/** The test number of an id, or undefined when the list does not name it. */
	numberOf(id: string): number | undefined {
		return this.#numbers.get(id);
	}

	idOf(number: number): string {
		return this.#ids[number]!;
	}

	/** The test number of report `index`. */
	numberAtReport(index: number): number {
		return this.#ofReport[index]!;
	}

	/** A test's folded outcomes as bits (see `outcomesIn`). */
	outcomeBits(number: number): number {
		return this.#masks[number]!;
	}

	/** A test's first duration, when one of its reports has one. */
	durationOf(number: number): number | undefined {
		const seconds = this.#durations[number]!;
		return Number.isNaN(seconds) ? undefined : seconds;
	}
}

/** The outcomes `bits` stand for, in the order passed, failed, skipped, xfailed. */
export function outcomesIn(bits: number): Outcome[] {
	return foldedOutcomes.filter(outcome => (bits & bitOf.get(outcome)!) !== 0);
}
