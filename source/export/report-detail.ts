/**
The text report's detail section: every failure with its verdict (a decision, or the rule's suggestion), a
line at a time.
*/

import type {Analysis} from '../classify/analyze.js';
import {namedId} from '../log/sanitize.js';
import type {Category} from '../classify/categories.js';
import {confirmationLabel} from '../classify/confirmation.js';
import {describeFlaky, historyMarks} from '../classify/history-text.js';
import {fallbackRule} from '../classify/rules/built-in.js';
import {issueLinkOf} from '../triage/issue-link.js';
import {inert, rule, shownError} from './report-text.js';

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

/**
Where a suggestion came from, as the CSV's and JSON's `Source` say it: a rule by name, or `default` when no
rule matched (the fallback is not a rule's judgment).
*/
function suggestedBy(rule: string): string {
	return rule === fallbackRule.name
		? 'default (no rule matched)'
		: `suggested by rule ${rule}`;
}

/**
The report's last and largest section, line by line: a run with half a million failures gives millions of
lines, written as they come, never held in one array or one string.
*/
export function* detailLines(
	analysis: Analysis,
	categories: readonly Category[],
	verdicts: readonly Verdict[],
	hasDecisions: boolean,
): Generator<string> {
	yield 'DETAILED FAILURE ANALYSIS';
	yield rule;
	const severalRuns = analysis.runs.length > 1;
	let isFirst = true;
	for (const category of categories) {
		let count = 0;
		for (const verdict of verdicts) {
			if (verdict.category === category.name) {
				count++;
			}
		}

		if (count === 0) {
			continue;
		}

		if (!isFirst) {
			yield '';
		}

		isFirst = false;
		yield `${inert(category.name)} (${count}): ${inert(category.description)}`;
		let number = 0;
		for (const [index, analyzed] of analysis.failures.entries()) {
			const verdict = verdicts[index]!;
			if (verdict.category !== category.name) {
				continue;
			}

			number++;
			const {failure} = analyzed;
			yield '';
			yield `${number}. ${inert(namedId(failure.id))}`;
			yield `   File:     ${inert(failure.file)}`;
			yield `   Outcome:  ${failure.outcome}${failure.phase === 'call' ? '' : ` at ${failure.phase}`}`;
			yield `   Priority: ${inert(verdict.priority)}`;
			yield `   Reason:   ${inert(verdict.reason)}`;
			yield `   Error:    ${shownError(failure.headline)}`;
			if (severalRuns) {
				const flaky = describeFlaky(analyzed.flaky);
				yield `   Status:   ${analyzed.status}${flaky ? ` (${flaky})` : ''}; history ${historyMarks(analyzed.history)}`;
			}

			if (hasDecisions) {
				yield `   Source:   ${verdict.source === 'suggested' ? suggestedBy(analyzed.suggestion.rule) : verdict.source === 'stale' ? `decided, STALE: the error changed since${verdict.decidedOn === undefined ? '' : `; decided on: ${shownError(verdict.decidedOn)}`}` : 'decided'}`;
			}

			if (analyzed.confirmation) {
				yield `   Confirmed: ${confirmationLabel(analyzed.confirmation)}`;
			}

			const issue = issueLinkOf(verdict.issue, analysis.issueUrl);
			if (issue) {
				yield `   Issue:    ${inert(issue.ref)}${issue.url === undefined || issue.url === issue.ref ? '' : ` <${issue.url}>`}`;
			}

			if (verdict.note) {
				yield `   Note:     ${inert(verdict.note)}`;
			}
		}
	}

	if (isFirst) {
		yield 'No failures.';
	}

	yield '';
}
