/**
The orders `S` cycles the failure list through, as one table: a new order is one entry here. Log order is
how pytest printed the failures; with xdist that interleaves the workers, so the other orders bring what
belongs together next to each other. Within a group the log order stays. `filters.ts`'s `visibleRows` is
where the list is sorted, and its `cycleSort` is the key.
*/
import type {Analysis} from '../classify/analyze.js';
import type {ReviewRow} from '../triage/review.js';

type SortDefinition = {
	readonly name: string;
	/** How the header and the status line name it: `sorted by cluster`. */
	readonly label: string;
	/** Compare two rows; 0 keeps the log order between them. Undefined: log order. */
	readonly compare?: (
		analysis: Analysis,
	) => (a: ReviewRow, b: ReviewRow) => number;
	/** A decision changes where a row goes (its priority): a new decision sorts the list again. */
	readonly dependsOnDecisions: boolean;
};

function byText(
	text: (row: ReviewRow) => string,
): (a: ReviewRow, b: ReviewRow) => number {
	return (a, b) => {
		const left = text(a);
		const right = text(b);
		return left < right ? -1 : left > right ? 1 : 0;
	};
}

/** Ranks by a list's order (clusters largest first, priorities as the rules file lists them); others last. */
function byRank(
	names: readonly string[],
	name: (row: ReviewRow) => string,
): (a: ReviewRow, b: ReviewRow) => number {
	const ranks = new Map(names.map((entry, index) => [entry, index]));
	const rank = (row: ReviewRow) => ranks.get(name(row)) ?? names.length;
	return (a, b) => rank(a) - rank(b);
}

const definitions: readonly SortDefinition[] = [
	{name: 'log', label: 'log order', dependsOnDecisions: false},
	{
		name: 'cluster',
		label: 'cluster, largest first',
		compare: analysis =>
			byRank(
				analysis.clusters.map(cluster => cluster.id),
				row => row.analyzed.cluster,
			),
		dependsOnDecisions: false,
	},
	{
		name: 'priority',
		label: 'priority',
		compare: analysis =>
			byRank(
				analysis.priorities.map(priority => priority.name),
				row => row.priority,
			),
		dependsOnDecisions: true,
	},
	{
		name: 'area',
		label: 'area',
		compare: () => byText(row => row.analyzed.area),
		dependsOnDecisions: false,
	},
	{
		name: 'file',
		label: 'file',
		compare: () => byText(row => row.analyzed.failure.file),
		dependsOnDecisions: false,
	},
];

const byName = new Map(
	definitions.map(definition => [definition.name, definition]),
);

/** `log`, `cluster`, `priority`, `area` or `file`. */
export type SortOrder = string;

/** The orders, in the order `S` offers them. */
export const sortOrders: readonly SortOrder[] = definitions.map(
	definition => definition.name,
);

export const defaultSortOrder: SortOrder = 'log';

/** A known order's name, else log order (a resume state from another version). */
export function parseSortOrder(name: string | undefined): SortOrder {
	return name !== undefined && byName.has(name) ? name : defaultSortOrder;
}

export function sortLabel(order: SortOrder): string {
	return byName.get(order)?.label ?? order;
}

export function sortDependsOnDecisions(order: SortOrder): boolean {
	return byName.get(order)?.dependsOnDecisions ?? false;
}

const comparators = new WeakMap<
	Analysis,
	Map<SortOrder, (a: ReviewRow, b: ReviewRow) => number>
>();

/** How two rows compare in an order, undefined for log order (built once per analysis and order). */
export function rowComparator(
	order: SortOrder,
	analysis: Analysis,
): ((a: ReviewRow, b: ReviewRow) => number) | undefined {
	const definition = byName.get(order);
	if (!definition?.compare) {
		return undefined;
	}

	let byOrder = comparators.get(analysis);
	if (!byOrder) {
		byOrder = new Map();
		comparators.set(analysis, byOrder);
	}

	let compare = byOrder.get(order);
	if (!compare) {
		compare = definition.compare(analysis);
		byOrder.set(order, compare);
	}

	return compare;
}

/** Sort indexes into `rows` (in log order) in place by an order; ties keep the log order. */
export function sortIndexes(
	indexes: number[],
	rows: readonly ReviewRow[],
	order: SortOrder,
	analysis: Analysis,
): number[] {
	const compare = rowComparator(order, analysis);
	if (compare) {
		indexes.sort((a, b) => compare(rows[a]!, rows[b]!) || a - b);
	}

	return indexes;
}
