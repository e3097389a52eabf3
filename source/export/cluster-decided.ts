/**
What people decided on a cluster's failures, beside what the rules suggested for it: the report's and the
Markdown's cluster lists show both, so that a cluster decided otherwise than suggested says so.
*/

/** A member failure's decision, if it has one. */
export type MemberDecision = {
	readonly category: string;
	readonly priority: string;
	/** Decided on another error than the one the failure shows now. */
	readonly isStale?: boolean;
};

/** The decisions on one cluster's failures. */
export type ClusterDecided = {
	/** The cluster's failures. */
	total: number;
	/** How many have a decision. */
	decided: number;
	stale: number;
	/** Decided failures by category, and by category and priority. */
	readonly categories: Map<string, number>;
	readonly verdicts: Map<string, {category: string; priority: string}>;
};

/**
The decisions on the clusters `ids`, from every failure (`clusterOf` its cluster id, `decisionOf` its
decision): one pass, whatever the number of failures.
*/
export function tallyClusters<Member>(
	ids: Iterable<string>,
	members: Iterable<Member>,
	clusterOf: (member: Member) => string,
	decisionOf: (member: Member) => MemberDecision | undefined,
): Map<string, ClusterDecided> {
	const tallies = new Map<string, ClusterDecided>();
	for (const id of ids) {
		tallies.set(id, {
			total: 0,
			decided: 0,
			stale: 0,
			categories: new Map(),
			verdicts: new Map(),
		});
	}

	for (const member of members) {
		const tally = tallies.get(clusterOf(member));
		if (tally === undefined) {
			continue;
		}

		tally.total++;
		const decision = decisionOf(member);
		if (decision === undefined) {
			continue;
		}

		tally.decided++;
		if (decision.isStale) {
			tally.stale++;
		}

		const {category, priority} = decision;
		tally.categories.set(category, (tally.categories.get(category) ?? 0) + 1);
		tally.verdicts.set(`${category}\u0000${priority}`, {category, priority});
	}

	return tallies;
}

/**
What was decided on a cluster, in words: `BUG HIGH` when every decided failure got it (`separator` between
category and priority, as the export writes a suggestion), `BUG` when their priorities differ, `mixed: BUG 2,
ENVIRONMENT 1` when their categories do; `(3 of 5)` when not all are decided, and how many decisions are
stale. Undefined when none is decided.
*/
export function decidedText(
	tally: ClusterDecided | undefined,
	separator: string,
): string | undefined {
	if (tally === undefined || tally.decided === 0) {
		return undefined;
	}

	const [only] = tally.verdicts.values();
	let text: string;
	if (tally.verdicts.size === 1 && only) {
		text = `${only.category}${separator}${only.priority}`;
	} else if (tally.categories.size === 1) {
		text = [...tally.categories.keys()][0]!;
	} else {
		const counts = [...tally.categories]
			.toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([category, count]) => `${category} ${count}`);
		text = `mixed: ${counts.join(', ')}`;
	}

	const notes = [
		...(tally.decided < tally.total
			? [`${tally.decided} of ${tally.total}`]
			: []),
		...(tally.stale > 0 ? [`${tally.stale} stale`] : []),
	];
	return notes.length > 0 ? `${text} (${notes.join(', ')})` : text;
}
