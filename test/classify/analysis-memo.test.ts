import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {AnalysisMemo} from '../../source/classify/analysis-memo.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';

const demo = path.join(import.meta.dirname, '../../fixtures/demo/run.log');

/** What a person sees of each failure's classification. */
function verdicts(run: Run, options: Parameters<typeof analyze>[1]) {
	const analysis = analyze([run], options);
	return {
		failures: analysis.failures.map(analyzed => ({
			id: analyzed.failure.id,
			signature: analyzed.signature,
			cluster: analyzed.cluster,
			suggestion: analyzed.suggestion,
		})),
		clusters: analysis.clusters,
	};
}

describe('the live review keeps verdicts across reads of a growing run', () => {
	test('with the memo the analysis is the one without it, read after read', async () => {
		const run = await readLog(demo);
		const rules = builtInRuleSet();
		const memo = new AnalysisMemo();
		const plain = verdicts(run, {rules});
		expect(verdicts(run, {rules, memo})).toEqual(plain);
		// The second time every verdict comes from the memo.
		expect(verdicts(run, {rules, memo})).toEqual(plain);
	});

	test('a failure whose traceback arrived since, or other rules, are classified again', async () => {
		const run = await readLog(demo);
		const rules = builtInRuleSet();
		const memo = new AnalysisMemo();
		const pending: Run = {
			...run,
			failures: run.failures.map(failure => ({
				...failure,
				headline: 'traceback not printed yet',
				exceptionType: undefined,
				traceback: '',
				captured: [],
			})),
		};
		const before = verdicts(pending, {rules, memo});
		expect(before.failures[0]!.suggestion).toEqual(
			verdicts(pending, {rules}).failures[0]!.suggestion,
		);
		// The traceback came: the verdicts are the full run's, not the pending ones.
		expect(verdicts(run, {rules, memo})).toEqual(verdicts(run, {rules}));
		// Another rule set (a rules file edited) starts again.
		const other = {
			...rules,
			rules: [
				{
					name: 'all-bugs',
					match: {},
					category: 'BUG',
					priority: 'LOW',
					reason: 'everything is a bug here',
					origin: 'test',
				},
			],
		};
		const changed = verdicts(run, {rules: other, memo});
		expect(
			changed.failures.every(failure => failure.suggestion.rule === 'all-bugs'),
		).toBe(true);
	});
});
