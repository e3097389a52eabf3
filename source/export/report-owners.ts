/**
The report's owners part (`triage report` with a CODEOWNERS file): one block per owner, most failures
first, with its failures' categories and the failures themselves; failures nobody owns last.
*/
import type {AnalyzedFailure} from '../classify/analyze.js';
import {failuresByOwner} from '../classify/owners.js';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {cutMiddleColumns} from '../text-width.js';
import {columnWidth, padColumn} from './report-text.js';

/** What the report decided a failure is: its decision, else its suggestion. */
export type OwnedVerdict = {
	readonly category: string;
	readonly priority: string;
};

/** Failures listed per owner; the CSV's `Owners` column has every one. */
const listedPerOwner = 50;

/** The section's lines, title and rule included; none without a CODEOWNERS file. */
export function ownersSection(
	codeowners: string | undefined,
	failures: readonly AnalyzedFailure[],
	verdicts: readonly OwnedVerdict[],
	rule: string,
): string[] {
	if (codeowners === undefined) {
		return [];
	}

	const owners = failuresByOwner(failures);
	// Up to 30 columns: a longer owner loses its middle, so the counts after it line up.
	const width = Math.min(
		30,
		columnWidth(
			owners.map(([owner]) => sanitizeLine(owner)),
			10,
		),
	);
	// As wide as the widest label (a rules file's category names are few and short): the ids after it line up.
	const labels = new Set(
		verdicts.map(verdict => `${verdict.category}/${verdict.priority}`),
	);
	const verdictWidth = columnWidth(
		[...labels].map(label => sanitizeLine(label)),
	);
	const lines: string[] = [];
	for (const [owner, indexes] of owners) {
		const categories = new Map<string, number>();
		for (const index of indexes) {
			const {category} = verdicts[index]!;
			categories.set(category, (categories.get(category) ?? 0) + 1);
		}

		const spread = [...categories]
			.toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([category, count]) => `${sanitizeLine(category)} ${count}`)
			.join(', ');
		if (lines.length > 0) {
			lines.push('');
		}

		lines.push(
			`${padColumn(cutMiddleColumns(sanitizeLine(owner), width), width)} ${String(indexes.length).padStart(4)} ${indexes.length === 1 ? 'failure ' : 'failures'}  (${spread})`,
		);
		for (const index of indexes.slice(0, listedPerOwner)) {
			const {failure} = failures[index]!;
			const verdict = verdicts[index]!;
			const label = `${sanitizeLine(verdict.category)}/${sanitizeLine(verdict.priority)}`;
			lines.push(
				`  ${padColumn(label, verdictWidth)}  ${shownId(failure.id)}${failure.phase === 'call' ? '' : ` (${failure.phase})`}`,
			);
		}

		if (indexes.length > listedPerOwner) {
			lines.push(
				`  … and ${indexes.length - listedPerOwner} more (the CSV export's Owners column has them all)`,
			);
		}
	}

	return [
		`FAILURES BY OWNER (${sanitizeLine(codeowners)})`,
		rule,
		...(lines.length > 0 ? lines : ['No failures.']),
		'',
	];
}
