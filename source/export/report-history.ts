/**
The text report's sections on runs: tests re-run within the run, flaky, new and fixed tests across runs, and
the decisions that found no failure in this run.
*/

import type {AnalyzedFailure, Analysis} from '../classify/analyze.js';
import {type TestHistory} from '../classify/flaky.js';
import {changeCounts} from '../classify/change-counts.js';
import {
	describeFlaky,
	historyLegend,
	historyMarks,
} from '../classify/history-text.js';
import {describeRerun} from '../classify/reruns.js';
import {unmatchedName, type UnmatchedDecision} from '../triage/unmatched.js';
import {inert, percent, section} from './report-text.js';

export function rerunsSection(analysis: Analysis): string[] {
	const passed: string[] = [];
	const failed: string[] = [];
	for (const summary of analysis.reruns) {
		(summary.passedOnRerun ? passed : failed).push(
			`  ${inert(summary.id)}   ${describeRerun(summary)}`,
		);
	}

	const lines: string[] = [];
	if (passed.length > 0) {
		lines.push(
			`Passed only after a rerun (${passed.length}): flaky evidence`,
			...passed,
		);
	}

	if (failed.length > 0) {
		lines.push(
			...(lines.length > 0 ? [''] : []),
			`Re-run and failed again (${failed.length}):`,
			...failed,
		);
	}

	return section(`RERUNS (${analysis.reruns.length})`, lines);
}

export function flakyAndNewSection(analysis: Analysis): string[] {
	const lines = ['Runs, oldest first:'];
	for (const run of analysis.runs) {
		lines.push(
			`  ${run.index + 1}. ${inert(run.source)}${run.isFromHistory ? ` (history${run.historyId === undefined ? '' : ` #${run.historyId}`})` : ''}: ${run.failing} of ${run.ran} failing (${percent(run.failing, run.ran)})${run.isOutage ? '  OUTAGE: most tests failed at once; not counted for flakiness' : ''}`,
		);
	}

	const byStatus = (status: AnalyzedFailure['status']) =>
		analysis.failures.filter(failure => failure.status === status);
	const fresh = byStatus('new');
	const counts = changeCounts(analysis);
	lines.push(
		'',
		`New: ${counts.new}   Still failing: ${counts.stillFailing}   Flaky: ${counts.flaky}   Fixed: ${counts.fixed}`,
		`History: one letter per run, oldest first: ${historyLegend}.`,
	);
	const list = (
		title: string,
		histories: readonly TestHistory[],
		extra: (history: TestHistory) => string = () => '',
	) => {
		if (histories.length === 0) {
			return;
		}

		lines.push('', `${title}:`);
		for (const history of histories) {
			lines.push(
				`  ${inert(history.id)}`,
				`      ${historyMarks(history.entries)}${extra(history)}`,
			);
		}
	};

	const historyOf = (failures: readonly AnalyzedFailure[]) => {
		const seen = new Set<string>();
		const histories: TestHistory[] = [];
		for (const {failure, history, flaky} of failures) {
			if (!seen.has(failure.id)) {
				seen.add(failure.id);
				histories.push({
					id: failure.id,
					file: failure.file,
					entries: history,
					flaky,
				});
			}
		}

		return histories;
	};

	list(
		'Flaky',
		analysis.flaky,
		history => `   ${describeFlaky(history.flaky)}`,
	);
	list('New', historyOf(fresh));
	list('Fixed', analysis.fixed);
	return section(`FLAKY AND NEW (${analysis.runs.length} runs)`, lines);
}

/** The decisions listed before the report says how many more there are. */
const unmatchedShown = 50;

/**
The triage file's decisions that found no failure in this run: what the run says of each test (passed, or not
named: renamed, moved, deleted, or not run), its category and when it was decided.
*/
export function unmatchedSection(
	unmatched: readonly UnmatchedDecision[],
): string[] {
	if (unmatched.length === 0) {
		return [];
	}

	const lines = unmatched
		.slice(0, unmatchedShown)
		.map(({decision, outcome}) => {
			const what = outcome === undefined ? 'not in this run' : `${outcome} now`;
			const when = decision.at.slice(0, 10);
			return `  ${inert(unmatchedName(decision))}   ${inert(decision.category)} · ${what} · decided ${inert(when)}`;
		});
	if (unmatched.length > unmatchedShown) {
		lines.push(`  … and ${unmatched.length - unmatchedShown} more`);
	}

	return section(
		`DECISIONS WITH NO FAILURE IN THIS RUN (${unmatched.length}: fixed, or tests renamed or moved)`,
		lines,
	);
}
