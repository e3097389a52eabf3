/**
Work done in steps, run either at once or in turns with the event loop. A long loop written as a generator
that yields between batches is run to its end by `toEnd` (`export`, `report`: nothing else waits) or by
`inTurns`, which lets the event loop run whenever `turnMs` have passed since it last did: the review's loading
screen then reads q and Ctrl-C while the 57,357 failures of the 100 MB bench log are classified (2.5 s),
where a key waited for the whole step.
*/
import {performance} from 'node:perf_hooks';

/** Loops over every test yield when `(index & stepMask) === stepMask`: every 65,536 tests. */
export const stepMask = 0xff_ff;

/** Loops whose items can each cost a hundred tests' rows (a failing report, a FAILURES entry) yield every 4,096. */
export const fineStepMask = 0xf_ff;

/** A loop's steps: each `yield` is a point where the event loop may run; the return value is the result. */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs every step at once. */
export function toEnd<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) {
			return next.value;
		}
	}
}

/** Runs the steps, giving the event loop a turn once `turnMs` have passed since its last. */
export async function inTurns<T>(steps: Steps<T>, turnMs: number): Promise<T> {
	let last = performance.now();
	for (;;) {
		const next = steps.next();
		if (next.done) {
			return next.value;
		}

		if (performance.now() - last >= turnMs) {
			await new Promise(resolve => {
				setImmediate(resolve);
			});
			last = performance.now();
		}
	}
}
