/** Whether two folds' states say the same: what lets an open journal keep its undo history across a compaction. */
import type {Decision} from './events.js';
import type {DecisionState} from './fold.js';

/** Whether two states hold the same decisions and tombstones (a decision's fields compared as written). */
export function isSameState(one: DecisionState, other: DecisionState): boolean {
	if (one.size !== other.size) {
		return false;
	}

	for (const [key, decision] of one) {
		if (!other.has(key)) {
			return false;
		}

		const theirs = other.get(key);
		if (
			(decision === undefined) !== (theirs === undefined) ||
			(decision !== undefined &&
				JSON.stringify(sortedFields(decision)) !==
					JSON.stringify(sortedFields(theirs!)))
		) {
			return false;
		}
	}

	return true;
}

function sortedFields(decision: Decision): Array<[string, unknown]> {
	return Object.entries(decision)
		.filter(([, value]) => value !== undefined)
		.toSorted(([one], [other]) => (one < other ? -1 : one > other ? 1 : 0));
}
