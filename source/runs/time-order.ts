/**
Runs given out of the order they ran. Logs are successive runs in the order given, oldest first; but a glob sorts
`run-10.xml` before `run-9.xml`, and a person names this week's log before last week's. When every run says when it
ended (`Run.endedAt`: a JUnit XML, a report log, a CI service's times), they are read in that order, as the
history keeps them: the run analyzed is the newest, and new, fixed and flaky follow when the runs ran. When any says
nothing, they are read and recorded in the order given (`endedAfter`).
*/
import type {Run} from '../log/model.js';

/** The runs oldest first as they ran, and the line that says they were given otherwise; as given when any says nothing. */
export function inTimeOrder(runs: readonly Run[]): {
	readonly runs: readonly Run[];
	readonly warning?: string;
} {
	if (runs.length < 2 || runs.some(run => run.endedAt === undefined)) {
		return {runs};
	}

	// Stable: the sessions of one log share its time, and keep their order.
	const sorted = runs.toSorted((a, b) =>
		a.endedAt! < b.endedAt! ? -1 : a.endedAt! > b.endedAt! ? 1 : 0,
	);
	if (sorted.every((run, index) => run === runs[index])) {
		return {runs};
	}

	return {
		runs: sorted,
		warning: `the logs given are not in the order they ran (their times say so): read oldest first as they ran, the newest being ${sorted.at(-1)!.source}`,
	};
}

/** For each run (oldest first), when the earliest of the runs after it ended, where their logs say. */
export function endedAfter(runs: readonly Run[]): Array<string | undefined> {
	const times: Array<string | undefined> = [];
	let earliest: string | undefined;
	for (let index = runs.length - 1; index >= 0; index--) {
		times[index] = earliest;
		const {endedAt} = runs[index]!;
		if (
			endedAt !== undefined &&
			(earliest === undefined || endedAt < earliest)
		) {
			earliest = endedAt;
		}
	}

	return times;
}
