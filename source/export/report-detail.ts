/**
The text report's detail section: every failure with its verdict (a decision, or the rule's suggestion).
*/

import type {Analysis} from '../classify/analyze.js';
import type {Category} from '../classify/categories.js';
import {confirmationLabel} from '../classify/confirmation.js';
import {describeFlaky, historyMarks} from '../classify/history-text.js';
import {issueLinkOf} from '../triage/issue-link.js';
import {inert, section} from './report-text.js';

/** Where a failure's category and priority come from: a decision, or the rule's suggestion. */
export type Verdict = {
	readonly category: string;
	readonly priority: string;
	readonly reason: string;
	readonly source: 'decided' | 'stale' | 'suggested';
	readonly note?: string;
	readonly issue?: string;
	/** A stale decision's error, as the history remembers it. */
	readonly decidedOn?: string;
};

export function detailSection(
	analysis: Analysis,
	categories: readonly Category[],
	verdicts: readonly Verdict[],
	hasDecisions: boolean,
): string[] {
	const lines: string[] = [];
	const severalRuns = analysis.runs.length > 1;
	for (const category of categories) {
		const members = analysis.failures
			.map((analyzed, index) => ({analyzed, verdict: verdicts[index]!}))
			.filter(({verdict}) => verdict.category === category.name);
		if (members.length === 0) {
			continue;
		}

		lines.push(
			`${inert(category.name)} (${members.length}): ${inert(category.description)}`,
		);
		for (const [index, {analyzed, verdict}] of members.entries()) {
			const {failure} = analyzed;
			lines.push(
				'',
				`${index + 1}. ${inert(failure.id)}`,
				`   File:     ${inert(failure.file)}`,
				`   Outcome:  ${failure.outcome}${failure.phase === 'call' ? '' : ` at ${failure.phase}`}`,
				`   Priority: ${inert(verdict.priority)}`,
				`   Reason:   ${inert(verdict.reason)}`,
				`   Error:    ${inert(failure.headline)}`,
			);
			if (severalRuns) {
				const flaky = describeFlaky(analyzed.flaky);
				lines.push(
					`   Status:   ${analyzed.status}${flaky ? ` (${flaky})` : ''}; history ${historyMarks(analyzed.history)}`,
				);
			}

			if (hasDecisions) {
				lines.push(
					`   Source:   ${verdict.source === 'suggested' ? `suggested by rule ${analyzed.suggestion.rule}` : verdict.source === 'stale' ? `decided, STALE: the error changed since${verdict.decidedOn === undefined ? '' : `; decided on: ${inert(verdict.decidedOn)}`}` : 'decided'}`,
				);
			}

			if (analyzed.confirmation) {
				lines.push(`   Confirmed: ${confirmationLabel(analyzed.confirmation)}`);
			}

			const issue = issueLinkOf(verdict.issue, analysis.issueUrl);
			if (issue) {
				lines.push(
					`   Issue:    ${inert(issue.ref)}${issue.url === undefined || issue.url === issue.ref ? '' : ` <${issue.url}>`}`,
				);
			}

			if (verdict.note) {
				lines.push(`   Note:     ${inert(verdict.note)}`);
			}
		}

		lines.push('');
	}

	if (lines.length === 0) {
		lines.push('No failures.');
	} else {
		lines.pop();
	}

	return section('DETAILED FAILURE ANALYSIS', lines);
}
