/**
What changed since the runs before, in four counts a person reads in the report and the review's summary alike:
the failing reports that are new and still failing, the tests flaky across the runs and those fixed since.
*/
import type {Analysis} from './analyze.js';

export type ChangeCounts = {
	readonly new: number;
	readonly stillFailing: number;
	readonly flaky: number;
	readonly fixed: number;
};

export function changeCounts(
	analysis: Pick<Analysis, 'failures' | 'flaky' | 'fixed'>,
): ChangeCounts {
	let fresh = 0;
	let still = 0;
	for (const {status} of analysis.failures) {
		if (status === 'new') {
			fresh++;
		} else if (status === 'still failing') {
			still++;
		}
	}

	return {
		new: fresh,
		stillFailing: still,
		flaky: analysis.flaky.length,
		fixed: analysis.fixed.length,
	};
}
