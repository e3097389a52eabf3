/**
Reruns and retries of one run: pytest-rerunfailures' `RERUN`s, and later sessions that re-ran the run's
failures (`--lf`). A test that passed only after one is flaky evidence, and is named wherever the run is
shown: the review, the report, the CSV and the JSON.
*/

import type {Outcome, Run} from '../log/model.js';
import {severityIndex} from './flaky.js';

export type RerunSummary = {
	readonly id: string;
	/** pytest-rerunfailures' reruns before the run's own outcome. */
	readonly reruns: number;
	/** The run's own outcome (the worst of its reports). */
	readonly outcome: Outcome;
	/** Outcomes in the re-run sessions, in order. */
	readonly retries: readonly Outcome[];
	/** It failed first and passed in the end: flaky evidence. */
	readonly passedOnRerun: boolean;
};

/** Every test of the run that was re-run, in log order. */
export function rerunsOf(run: Run): Map<string, RerunSummary> {
	// Most tests were never re-run: find the few that were before keeping anything per test.
	const wanted = new Set<string>();
	for (const index of run.tests.rerunIndexes()) {
		if ((run.tests.rerunsAt(index) ?? 0) > 0) {
			wanted.add(run.tests.idAt(index));
		}
	}

	for (const retry of run.retries ?? []) {
		wanted.add(retry.id);
	}

	if (wanted.size === 0) {
		return new Map();
	}

	const outcomes = new Map<string, {outcome: Outcome; reruns: number}>();
	const {tests} = run;
	for (let index = 0; index < tests.length; index++) {
		const id = tests.idAt(index);
		if (!wanted.has(id)) {
			continue;
		}

		const test = {
			id,
			outcome: tests.outcomeAt(index),
			reruns: tests.rerunsAt(index),
		};

		const previous = outcomes.get(test.id);
		const reruns = Math.max(previous?.reruns ?? 0, test.reruns ?? 0);
		const outcome =
			previous && severityIndex[previous.outcome] < severityIndex[test.outcome]
				? previous.outcome
				: test.outcome;
		outcomes.set(test.id, {outcome, reruns});
	}

	for (const failure of run.failures) {
		if (wanted.has(failure.id) && !outcomes.has(failure.id)) {
			outcomes.set(failure.id, {outcome: failure.outcome, reruns: 0});
		}
	}

	const retries = new Map<string, Outcome[]>();
	for (const retry of run.retries ?? []) {
		const list = retries.get(retry.id) ?? [];
		// One outcome per session: the worst of a test's reports in it.
		const index = retry.attempt - 1;
		const previous = list[index];
		list[index] =
			previous !== undefined &&
			severityIndex[previous] < severityIndex[retry.outcome]
				? previous
				: retry.outcome;
		retries.set(retry.id, list);
	}

	const result = new Map<string, RerunSummary>();
	for (const [id, {outcome, reruns}] of outcomes) {
		const tried = retries.get(id)?.filter(Boolean) ?? [];
		if (reruns === 0 && tried.length === 0) {
			continue;
		}

		const last = tried.at(-1) ?? outcome;
		result.set(id, {
			id,
			reruns,
			outcome,
			retries: tried,
			passedOnRerun: last === 'passed',
		});
	}

	return result;
}

/** `2 reruns, passed` or `re-run 1: passed`: for a CSV cell, a report line, the detail pane. */
export function describeRerun(summary: RerunSummary): string {
	const parts: string[] = [];
	if (summary.reruns > 0) {
		parts.push(
			`${summary.reruns} rerun${summary.reruns === 1 ? '' : 's'}, ${summary.outcome}`,
		);
	}

	for (const [index, outcome] of summary.retries.entries()) {
		parts.push(`re-run ${index + 1}: ${outcome}`);
	}

	return parts.join('; ');
}
