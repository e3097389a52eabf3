/**
The text report's breakdowns of the newest run's failures that need no decision: by test file (with pass
rates when the log names passing tests), by area, and into clusters of one signature.
*/

import type {Analysis} from '../classify/analyze.js';
import {
	type LargestClusters,
	unreadText,
} from '../classify/cluster-summaries.js';
import {isFailureOutcome} from '../log/model.js';
import {cutMiddleColumns} from '../text-width.js';
import {type ClusterDecided, decidedText} from './cluster-decided.js';
import {
	columnWidth,
	inert,
	padColumn,
	percent,
	plural,
	section,
	shownError,
} from './report-text.js';

/** The widest the file column gets: the counts after it stay within the report's 80 columns. */
const fileColumn = 50;

export function byFileSection(analysis: Analysis): string[] {
	const failuresByFile = new Map<string, number>();
	for (const {failure} of analysis.failures) {
		failuresByFile.set(
			failure.file,
			(failuresByFile.get(failure.file) ?? 0) + 1,
		);
	}

	const passes = new Map<string, {passed: number; failing: number}>();
	let listedPasses = 0;
	// One pass over the run's reports; a test's second report (a teardown error) follows its first.
	let tally: {passed: number; failing: number} | undefined;
	/** Whether the test of the last report was counted as passed. */
	let wasPassed = false;
	const {tests} = analysis.run;
	for (let index = 0; index < tests.length; index++) {
		if (index > 0 && tests.isSameIdAs(index, index - 1)) {
			// A test that passed and then errored in teardown did not pass. Pytest's counts still name its pass,
			// so the pass stays listed for `knowsPasses`.
			if (wasPassed && isFailureOutcome(tests.outcomeAt(index))) {
				tally!.passed--;
				tally!.failing++;
				wasPassed = false;
			}

			continue;
		}

		// Tests of one file are listed together: reuse the last file's tally while the file is the same.
		if (tally === undefined || !tests.isSameFileAs(index, index - 1)) {
			const file = tests.fileAt(index);
			tally = passes.get(file);
			if (!tally) {
				tally = {passed: 0, failing: 0};
				passes.set(file, tally);
			}
		}

		const outcome = tests.outcomeAt(index);
		wasPassed = outcome === 'passed' || outcome === 'xpassed';
		if (wasPassed) {
			tally.passed++;
			listedPasses++;
		} else if (isFailureOutcome(outcome)) {
			tally.failing++;
		}
	}

	// Progress dots and `-rfE` name only failing tests: passes per file are not in the log.
	const {counts} = analysis.run;
	const knowsPasses = listedPasses >= counts.passed + counts.xpassed;
	const files = [...failuresByFile].toSorted(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
	);
	// As wide as the longest path, up to 50 columns: a longer path loses its middle, so the counts line up.
	const fileWidth = Math.min(
		fileColumn,
		columnWidth(
			files.map(([file]) => inert(file)),
			20,
		),
	);
	const lines = files.map(([file, failures]) => {
		const tally = passes.get(file) ?? {passed: 0, failing: failures};
		const ran = tally.passed + tally.failing;
		return `${padColumn(cutMiddleColumns(inert(file), fileWidth), fileWidth)} ${String(failures).padStart(4)} ${failures === 1 ? 'failure ' : 'failures'}${knowsPasses ? `  (${percent(tally.passed, ran)} pass rate)` : ''}`;
	});
	if (!knowsPasses && lines.length > 0) {
		lines.push(
			'(No pass rates: this log names only the failing tests; run pytest with -v or -rA for them.)',
		);
	}

	return section(
		'FAILURES BY TEST FILE',
		lines.length > 0 ? lines : ['No failures.'],
	);
}

export function byAreaSection(analysis: Analysis): string[] {
	const areas = new Map<string, number>();
	for (const {area} of analysis.failures) {
		areas.set(area, (areas.get(area) ?? 0) + 1);
	}

	const total = analysis.failures.length;
	// 20 columns, or as wide as the longest area (a top folder can be long), so the counts line up.
	const areaWidth = columnWidth(
		[...areas.keys()].map(area => inert(area)),
		20,
	);
	const lines = [...areas]
		.toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(
			([area, count]) =>
				`${padColumn(inert(area), areaWidth)} ${String(count).padStart(4)}  ${percent(count, total).padStart(6)}`,
		);
	return section(
		'FAILURES BY AREA',
		lines.length > 0 ? lines : ['No failures.'],
	);
}

/**
The largest clusters: their size, signature and suggestion, and with the decisions (`decided`, when the
report has them) what people decided on their failures.
*/
export function clustersSection(
	largest: LargestClusters,
	top: number,
	decided?: ReadonlyMap<string, ClusterDecided>,
): string[] {
	const {shown, count, failuresNotShown, unread} = largest;
	const lines: string[] = [];
	const countWidth = String(shown[0]?.ids.length ?? 0).length;
	for (const cluster of shown) {
		const indent = `${' '.repeat(countWidth)}  ${' '.repeat(cluster.id.length)}  `;
		const site =
			cluster.crashSite === undefined
				? ''
				: `; crashed at ${inert(cluster.crashSite)}`;
		const decidedPart =
			decided === undefined
				? ''
				: `, decided ${inert(decidedText(decided.get(cluster.id), '/') ?? 'none')}`;
		lines.push(
			`${String(cluster.ids.length).padStart(countWidth)}  ${cluster.id}  ${inert(cluster.signature)}`,
			`${indent}suggested ${cluster.suggestion.category}/${cluster.suggestion.priority}${decidedPart}${site}; e.g. ${inert(cluster.ids[0] ?? '')}`,
		);
		// What the masking hid, when the whole cluster shares it: which server, which value.
		if (
			cluster.headline !== undefined &&
			!cluster.signature.startsWith(cluster.headline)
		) {
			lines.push(`${indent}all failed with: ${shownError(cluster.headline)}`);
		}
	}

	if (count > shown.length) {
		lines.push(
			`… and ${plural(count - shown.length, 'more cluster')} with ${plural(failuresNotShown, 'failure')}.`,
		);
	}

	if (unread > 0) {
		lines.push(unreadText(unread));
	}

	const title =
		count > top ? `CLUSTERS (top ${top} of ${count})` : `CLUSTERS (${count})`;
	return section(title, lines.length > 0 ? lines : ['No failures.']);
}
