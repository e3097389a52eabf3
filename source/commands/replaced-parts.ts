/**
How `record` and `history record` say that a run took the place of runs recorded before from some of its logs
alone (each CI shard recorded by its own job, then the shards together): those numbers are gone from
`triage history`, and a list that shrank without a word looked like lost runs.
*/

import {namesAndMore} from '../text.js';

/** `replacing #1, #2, #3 and #4 (recorded before from some of its logs alone)`, or nothing. */
export function replacedPartsText(ids: readonly number[]): string {
	if (ids.length === 0) {
		return '';
	}

	const names = ids.toSorted((a, b) => a - b).map(id => `#${id}`);
	// Up to nine named (`#1, #2 and #3`); more, the first eight and how many others (`#1, …, #8 and 4 more`).
	const listed =
		names.length === 1
			? `run ${names[0]!}`
			: names.length <= 9
				? `runs ${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`
				: `runs ${namesAndMore(names, 8)}`;
	return `replacing ${listed} (recorded before from some of its logs alone)`;
}
