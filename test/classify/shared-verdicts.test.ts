import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {areaOf} from '../../source/classify/area.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {suggest} from '../../source/classify/rules/match.js';
import type {RuleSet} from '../../source/classify/rules/types.js';
import {
	SharedVerdicts,
	WatchedFailure,
} from '../../source/classify/shared-verdicts.js';
import {signatureOf} from '../../source/classify/signature.js';
import type {Failure, Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import {makeRun} from './make-run.js';

const root = path.join(import.meta.dirname, '../..');

/** Each failure classified on its own, as if no other failure had been. */
function alone(run: Run, ruleSet: RuleSet) {
	return run.failures.map(failure => ({
		id: failure.id,
		signature: signatureOf(failure).text,
		category: suggest(failure, {
			rules: ruleSet.rules,
			area: areaOf(failure.file),
			isFlaky: false,
		}),
	}));
}

function shared(run: Run, ruleSet: RuleSet) {
	return analyze([run], {rules: ruleSet}).failures.map(analyzed => ({
		id: analyzed.failure.id,
		signature: analyzed.signature,
		category: {
			category: analyzed.suggestion.category,
			priority: analyzed.suggestion.priority,
			reason: analyzed.suggestion.reason,
			rule: analyzed.suggestion.rule,
		},
	}));
}

describe('failures that share a traceback share one verdict', () => {
	// Outages: hundreds of failures, a few tracebacks (scipy's 273 failures have two).
	test.each([
		'fixtures/demo/outage.log',
		'fixtures/real/scipy-io-stale-tmp-tb-short/run.log.gz',
		'fixtures/real/redis-py-killed-tb-short/run.log.gz',
		'fixtures/demo/run.log',
	])('%s: every verdict is the one it gets alone', async file => {
		const run = await readLog(path.join(root, file));
		const ruleSet = builtInRuleSet();
		const expected = alone(run, ruleSet).map(({id, signature, category}) => ({
			id,
			signature,
			category: {
				category: category.category,
				priority: category.priority,
				reason: category.reason,
				rule: category.rule,
			},
		}));
		expect(shared(run, ruleSet)).toEqual(expected);
	});

	test('a rule on the test id tells apart failures with the same traceback', () => {
		const traceback =
			'tests/conftest.py:64: in upstream\n    server.bind()\nE   OSError: [Errno 98] Address already in use';
		const failure: Partial<Failure> = {
			phase: 'setup',
			headline: 'OSError: [Errno 98] Address already in use',
			exceptionType: 'OSError',
			traceback,
		};
		const run = makeRun('run.log', {
			'tests/test_a.py::test_pickle': {outcome: 'error', failure},
			'tests/test_a.py::test_other': {outcome: 'error', failure},
			'tests/test_a.py::test_third': {outcome: 'error', failure},
		});
		const loaded = loadRulesFile(
			JSON.stringify({
				rules: [
					{
						match: {id: 'test_pickle'},
						category: 'TEST_DESIGN',
						priority: 'LOW',
						reason: 'pickling test',
					},
				],
			}),
			'triage.rules.json',
		);
		if (!loaded.ok) {
			throw new Error(loaded.errors.join('\n'));
		}

		const analyzed = analyze([run], {rules: loaded.ruleSet}).failures;
		expect(analyzed.map(({suggestion}) => suggestion.reason)).toEqual([
			expect.stringContaining('pickling test'),
			expect.not.stringContaining('pickling test'),
			expect.not.stringContaining('pickling test'),
		]);
	});

	test('what classifying read decides which failures share its verdict', () => {
		const base: Failure = {
			id: 'tests/test_a.py::test_one',
			file: 'tests/test_a.py',
			outcome: 'failed',
			phase: 'call',
			headline: 'Failed: Timeout >1.0s',
			traceback: 'E   Failed: Timeout >1.0s',
			captured: [{name: 'Captured stderr call', text: 'Stack of Thread-1'}],
		};
		const other: Failure = {...base, id: 'tests/test_a.py::test_two'};
		const otherOutput: Failure = {
			...other,
			captured: [{name: 'Captured stderr call', text: 'Stack of Thread-9'}],
		};
		const verdicts = new SharedVerdicts();
		let classified = 0;
		/** The verdict of a failure, from a classifier that reads what `reads` names. */
		const verdictOf = (
			failure: Failure,
			reads: 'nothing' | 'id' | 'captured',
		) => {
			const watched = new WatchedFailure(failure);
			return verdicts.verdictOf(watched, failure, false, () => {
				classified++;
				const text =
					reads === 'id'
						? watched.id
						: reads === 'captured'
							? watched.captured[0]!.text
							: watched.headline;
				return {
					signature: signatureOf(watched),
					suggestion: {
						category: 'UNKNOWN',
						priority: 'LOW',
						reason: text,
						rule: 'test',
					},
				};
			});
		};

		// Read neither: every failure with this traceback has the first one's verdict.
		expect(verdictOf(base, 'nothing').suggestion.reason).toBe(base.headline);
		expect(verdictOf(other, 'nothing')).toBe(verdictOf(base, 'nothing'));
		expect(verdictOf(otherOutput, 'nothing')).toBe(verdictOf(base, 'nothing'));
		expect(classified).toBe(1);

		// A different traceback is classified on its own.
		const elsewhere: Failure = {
			...base,
			traceback: 'E   Failed: Timeout >2.0s',
		};
		expect(verdictOf(elsewhere, 'captured').suggestion.reason).toBe(
			'Stack of Thread-1',
		);
		expect(classified).toBe(2);
		// It read the captured output: the same output shares it, other output does not.
		expect(
			verdictOf({...elsewhere, id: other.id}, 'captured').suggestion.reason,
		).toBe('Stack of Thread-1');
		expect(classified).toBe(2);
		expect(
			verdictOf({...elsewhere, captured: otherOutput.captured}, 'captured')
				.suggestion.reason,
		).toBe('Stack of Thread-9');
		expect(classified).toBe(3);

		// It read the id: only that id shares it.
		const third: Failure = {...base, traceback: 'E   Failed: Timeout >3.0s'};
		expect(verdictOf(third, 'id').suggestion.reason).toBe(base.id);
		expect(verdictOf({...third, id: other.id}, 'id').suggestion.reason).toBe(
			other.id,
		);
		expect(classified).toBe(5);
	});

	test('failures alike but for one field the classifier reads, or for being flaky, are classified each', () => {
		const base: Failure = {
			id: 'tests/test_a.py::test_one',
			file: 'tests/test_a.py',
			outcome: 'failed',
			phase: 'call',
			headline: 'AssertionError: assert 1 == 2',
			exceptionType: 'AssertionError',
			location: {path: 'tests/test_a.py', line: 3},
			traceback: 'E   AssertionError: assert 1 == 2',
			captured: [],
		};
		const verdicts = new SharedVerdicts();
		let classified = 0;
		const verdictOf = (failure: Failure, isFlaky = false) => {
			const watched = new WatchedFailure(failure);
			return verdicts.verdictOf(watched, failure, isFlaky, () => {
				classified++;
				return {
					signature: signatureOf(watched),
					suggestion: {
						category: 'UNKNOWN',
						priority: 'LOW',
						reason: String(classified),
						rule: 'test',
					},
				};
			});
		};

		const first = verdictOf(base);
		const others: Failure[] = [
			{...base, file: 'tests/test_b.py'},
			{...base, outcome: 'error'},
			{...base, phase: 'setup'},
			{...base, headline: 'AssertionError: assert 1 == 3'},
			{...base, exceptionType: 'ValueError'},
			{...base, location: {path: 'tests/test_a.py', line: 4}},
			{...base, location: {path: 'tests/test_c.py', line: 3}},
		];
		for (const other of others) {
			expect(verdictOf(other)).not.toBe(first);
		}

		expect(verdictOf(base, true)).not.toBe(first);
		expect(classified).toBe(others.length + 2);
		// Each of them again, and the first: each is found, none classified again.
		for (const other of others) {
			expect(verdictOf({...other, id: 'tests/test_a.py::test_two'})).toBe(
				verdictOf(other),
			);
		}

		expect(verdictOf({...base, id: 'tests/test_a.py::test_three'})).toBe(first);
		expect(classified).toBe(others.length + 2);
	});
});
