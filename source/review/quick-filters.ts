/**
The quick filters `f` cycles through, as one table: a new quick filter is one entry here. After the
built-in ones come the categories of the analysis, one filter each, then with a CODEOWNERS file one per
owner (`owner:@org/team`, most failures first) and `owner:none`.
*/
import {type Analysis, isFlakyFailure} from '../classify/analyze.js';
import type {ReviewRow} from '../triage/review.js';
import {failuresByOwner, unowned} from '../classify/owners.js';

/** `all`, `undecided`, `stale`, `new`, `flaky`, `rerun`, a category name, or `owner:` and an owner. */
export type QuickFilter = string;

/** The quick filter of one owner: `owner:@org/team`; `owner:none` is the failures nobody owns. */
export const ownerPrefix = 'owner:';
export const noOwner = `${ownerPrefix}none`;

type QuickFilterDefinition = {
	readonly name: string;
	readonly passes: (row: ReviewRow) => boolean;
	/** Whether a row's decision decides whether it passes: a new decision re-filters the list. */
	readonly dependsOnDecisions: boolean;
	/** Offered only when the analysis has something to show (`new` needs an earlier run). */
	readonly isOffered?: (analysis: Analysis) => boolean;
};

/** Rows that need a person: no decision, or a stale one (the error changed since: decide it again). */
export function needsLook(row: ReviewRow): boolean {
	return row.decision === undefined || row.isStale;
}

/** How many rows `needsLook`, from a review's progress: what the `undecided` quick filter shows. */
export function lookCount(progress: {
	readonly undecided: number;
	readonly stale: number;
}): number {
	return progress.undecided + progress.stale;
}

/** The built-in quick filters, in the order `f` offers them. */
const builtInQuickFilters: readonly QuickFilterDefinition[] = [
	{name: 'all', passes: () => true, dependsOnDecisions: false},
	{name: 'undecided', passes: needsLook, dependsOnDecisions: true},
	{name: 'stale', passes: row => row.isStale, dependsOnDecisions: true},
	{
		name: 'new',
		passes: row => row.analyzed.status === 'new',
		dependsOnDecisions: false,
		isOffered: analysis => analysis.runs.length > 1,
	},
	{
		name: 'flaky',
		passes: row => isFlakyFailure(row.analyzed),
		dependsOnDecisions: false,
	},
	{
		name: 'rerun',
		passes: row => row.analyzed.rerun !== undefined,
		dependsOnDecisions: false,
		isOffered: analysis => analysis.failures.some(failure => failure.rerun),
	},
];

const byName = new Map(
	builtInQuickFilters.map(definition => [definition.name, definition]),
);

/** The built-in quick filters' names other than `all`, in order (for the help of `f`). */
export const builtInQuickFilterNames: readonly string[] = builtInQuickFilters
	.map(definition => definition.name)
	.filter(name => name !== 'all');

/** Whether a name is a quick filter's, offered for this analysis or not: a built-in one, or an owner's. */
export function isQuickFilterName(name: string): boolean {
	return byName.has(name) || name.startsWith(ownerPrefix);
}

/** The quick filters `f` cycles through, for this analysis. */
export function quickFiltersOf(analysis: Analysis): QuickFilter[] {
	return [
		...builtInQuickFilters
			.filter(definition => definition.isOffered?.(analysis) ?? true)
			.map(definition => definition.name),
		...analysis.categories.map(category => category.name),
		...ownerFiltersOf(analysis),
	];
}

/** One filter per owner of a failure, most failures first, then `owner:none` when some have none. */
function ownerFiltersOf(analysis: Analysis): QuickFilter[] {
	if (analysis.codeowners === undefined) {
		return [];
	}

	return failuresByOwner(analysis.failures).map(([owner]) =>
		owner === unowned ? noOwner : `${ownerPrefix}${owner}`,
	);
}

/** Does a row pass the quick filter? A name that is not built in or an owner's is a category. */
export function passesQuick(row: ReviewRow, quick: QuickFilter): boolean {
	const definition = byName.get(quick);
	if (definition) {
		return definition.passes(row);
	}

	if (quick.startsWith(ownerPrefix)) {
		const owners = row.analyzed.owners ?? [];
		return quick === noOwner
			? owners.length === 0
			: owners.includes(quick.slice(ownerPrefix.length));
	}

	return row.category === quick;
}

/** Whether the rows this filter shows change when a decision does (every category filter does). */
export function dependsOnDecisions(quick: QuickFilter): boolean {
	return (
		byName.get(quick)?.dependsOnDecisions ?? !quick.startsWith(ownerPrefix)
	);
}
