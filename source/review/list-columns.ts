/**
The failure list's priority and category columns: full names where the screen is wide, short names
(`ENV`, `CONF`, `MED`) below `narrowWidth` columns, so that an 80-column terminal gives the ids the room.
The cluster list names a suggestion the same way.
*/
import type {Category, Priority} from '../classify/categories.js';

/** Below this many columns, the list shows short names. */
export const narrowWidth = 100;

/** Widest a column gets, however long a team's names are. */
const maximumWidth = 13;

export type ListColumns = {
	readonly category: number;
	readonly priority: number;
	/** Name → what the column shows (a short name on a narrow screen); a name not in it shows as it is. */
	readonly categoryLabels: ReadonlyMap<string, string>;
	readonly priorityLabels: ReadonlyMap<string, string>;
};

/** A name's short form: its own, else the first word of the name (`TEST_DESIGN` → `TEST`), at most 5 letters. */
export function shortNameOf(entry: Category | Priority): string {
	return (
		entry.short ?? (entry.name.split(/[_\s-]/)[0] || entry.name).slice(0, 5)
	);
}

/** Labels for a list of names: short ones when they stay distinct, else the names. */
function labelsOf(
	entries: ReadonlyArray<Category | Priority>,
	isNarrow: boolean,
): Map<string, string> {
	const shorts = entries.map(entry => shortNameOf(entry));
	const isDistinct = new Set(shorts).size === shorts.length;
	return new Map(
		entries.map((entry, index) => [
			entry.name,
			isNarrow && isDistinct ? shorts[index]! : entry.name,
		]),
	);
}

function widthOf(labels: ReadonlyMap<string, string>): number {
	return Math.min(
		maximumWidth,
		Math.max(3, ...[...labels.values()].map(label => label.length)),
	);
}

export function listColumnsOf(
	categories: readonly Category[],
	priorities: readonly Priority[],
	width: number,
): ListColumns {
	const isNarrow = width < narrowWidth;
	const categoryLabels = labelsOf(categories, isNarrow);
	const priorityLabels = labelsOf(priorities, isNarrow);
	return {
		category: widthOf(categoryLabels),
		priority: widthOf(priorityLabels),
		categoryLabels,
		priorityLabels,
	};
}
