import {describe, expect, test} from 'vitest';
import {
	confirmationLabel,
	confirmationOf,
	confirmedCount,
	confirmedSuggestion,
	describeConfirmation,
	latestConfirmations,
	withConfirmations,
	type Confirmation,
	type RepetitionResult,
} from '../../source/classify/confirmation.js';
import {analyze} from '../../source/classify/analyze.js';
import {defaultCategories} from '../../source/classify/categories.js';
import {builtInRules} from '../../source/classify/rules/built-in.js';
import type {Failure} from '../../source/log/model.js';
import {reportKey} from '../../source/triage/journal.js';
import {makeRun} from './make-run.js';

const about = {at: '2026-12-01T14:00:00.000Z', command: 'python3 -m pytest'};
const test1 = {
	id: 'tests/a.py::test_x',
	phase: 'call' as const,
	signature: 'aaaa',
};
const failed = (signature = 'aaaa'): RepetitionResult => ({
	outcome: 'failed',
	signature,
});
const passed: RepetitionResult = {outcome: 'passed'};

describe('the verdict of N repetitions', () => {
	const cases: Array<
		[string, RepetitionResult[], string, Confirmation['verdict'], string]
	> = [
		[
			'every time, same error',
			[failed(), failed(), failed(), failed(), failed()],
			'5/5',
			'stable',
			'reproduced 5/5, same error',
		],
		[
			'some of the time',
			[passed, failed(), passed, failed(), passed],
			'2/5',
			'flaky',
			'reproduced 2/5',
		],
		[
			'every time, but the error varies',
			[failed(), failed('bbbb'), failed(), failed(), failed()],
			'5/5',
			'flaky',
			'reproduced 5/5, errors vary',
		],
		[
			'every time with another error than the one confirmed',
			[failed('bbbb'), failed('bbbb')],
			'2/2',
			'flaky',
			'reproduced 2/2, errors vary',
		],
		[
			'never again',
			[passed, passed, passed],
			'0/3',
			'passed',
			'reproduced 0/3, passed on every retry',
		],
		[
			'an error at setup counts as failing again',
			[{outcome: 'error', signature: 'aaaa'}],
			'1/1',
			'stable',
			'reproduced 1/1, same error',
		],
	];
	test.each(cases)('%s', (_, results, count, verdict, text) => {
		const confirmation = confirmationOf(test1, results, about)!;
		expect(confirmedCount(confirmation)).toBe(count);
		expect(confirmation.verdict).toBe(verdict);
		expect(describeConfirmation(confirmation)).toBe(text);
		expect(confirmationLabel(confirmation)).toContain(text);
	});

	test('a repetition that did not report the test confirms nothing; nor do no repetitions', () => {
		expect(
			confirmationOf(test1, [failed(), {outcome: 'missing'}], about),
		).toBeUndefined();
		expect(confirmationOf(test1, [], about)).toBeUndefined();
	});

	test("a failure whose error was not known yet (a live run's progress line) is judged on the runs' own errors", () => {
		const unknown = {...test1, signature: ''};
		const same = confirmationOf(
			unknown,
			[failed('cccc'), failed('cccc')],
			about,
		)!;
		expect([same.verdict, same.signature, same.isSameError]).toEqual([
			'stable',
			'cccc',
			true,
		]);
		expect(
			confirmationOf(unknown, [failed('cccc'), failed('dddd')], about)!.verdict,
		).toBe('flaky');
		expect(confirmationOf(unknown, [passed], about)!.signature).toBe('');
	});

	test('skipped is not failing again', () => {
		expect(
			confirmationOf(test1, [{outcome: 'skipped'}, failed()], about)!.verdict,
		).toBe('flaky');
	});
});

function failureOf(id: string, headline: string, type: string): Failure {
	const file = id.split('::')[0]!;
	return {
		id,
		file,
		outcome: 'failed',
		phase: 'call',
		headline,
		exceptionType: type,
		traceback: `    def test():\n>       raise ${headline}\nE       ${headline}\n\n${file}:3: ${type}`,
		captured: [],
	};
}

const context = {rules: builtInRules, categories: defaultCategories, area: 'x'};
const confirmed = (verdict: Confirmation['verdict'], reproduced: number) =>
	({
		...test1,
		runs: 5,
		reproduced,
		isSameError: verdict !== 'flaky' || reproduced < 5,
		verdict,
		...about,
	}) satisfies Confirmation;

describe('the suggestion once confirmed', () => {
	const unexplained = failureOf(
		'tests/test_misc.py::test_thing',
		'ZeroDivisionError: division by zero',
		'ZeroDivisionError',
	);
	const reset = failureOf(
		'tests/test_net.py::test_jitter',
		'ConnectionResetError: [Errno 104] Connection reset by peer',
		'ConnectionResetError',
	);

	test('stable and no rule explains it: BUG, saying why', () => {
		const suggestion = confirmedSuggestion(
			unexplained,
			confirmed('stable', 5),
			context,
		);
		expect(suggestion.category).toBe('BUG');
		expect(suggestion.reason).toMatch(
			/^reproduced 5\/5, same error: a stable failure, so BUG — /,
		);
	});

	test("stable and a rule explains it: the rule's category", () => {
		const suggestion = confirmedSuggestion(
			reset,
			confirmed('stable', 5),
			context,
		);
		expect(suggestion.category).toBe('ENVIRONMENT');
		expect(suggestion.reason).toContain('a stable failure, and rule');
	});

	test('flaky: the rules read it as a flaky test (ENVIRONMENT by the connection rule, else TEST_DESIGN)', () => {
		const network = confirmedSuggestion(reset, confirmed('flaky', 2), context);
		expect(network.category).toBe('ENVIRONMENT');
		expect(network.reason).toMatch(
			/^reproduced 2\/5: flaky \(it fails only some of the time\)/,
		);
		const other = confirmedSuggestion(
			unexplained,
			confirmed('flaky', 2),
			context,
		);
		expect(other.category).toBe('TEST_DESIGN');
		const gone = confirmedSuggestion(
			unexplained,
			confirmed('passed', 0),
			context,
		);
		expect(gone.category).toBe('TEST_DESIGN');
		expect(gone.reason).toContain(
			'it failed in the run and passed every retry',
		);
	});

	test('renamed categories: the renamed BUG', () => {
		const categories = defaultCategories.map(category =>
			category.name === 'BUG' ? {...category, name: 'DEFECT'} : category,
		);
		expect(
			confirmedSuggestion(unexplained, confirmed('stable', 5), {
				...context,
				categories,
			}).category,
		).toBe('DEFECT');
	});
});

describe('confirmations on an analysis', () => {
	test('only the failure report confirmed, and only while its error is the one confirmed', () => {
		const analysis = analyze([
			makeRun('run.log', {
				'tests/test_a.py::test_one': 'failed',
				'tests/test_b.py::test_two': {
					outcome: 'failed',
					failure: {headline: 'KeyError: two', exceptionType: 'KeyError'},
				},
			}),
		]);
		const [one, two] = analysis.failures;
		const good: Confirmation = {
			...confirmed('stable', 5),
			id: one!.failure.id,
			signature: one!.cluster,
		};
		const otherError: Confirmation = {
			...confirmed('flaky', 2),
			id: two!.failure.id,
			signature: 'not-its-error',
		};
		const map = latestConfirmations([good, otherError], reportKey);
		const next = withConfirmations(analysis, map, builtInRules, reportKey);
		expect(next.failures[0]!.confirmation).toBe(good);
		expect(next.failures[0]!.suggestion.reason).toContain('reproduced 5/5');
		expect(next.failures[1]).toBe(two);
		expect(withConfirmations(next, map, builtInRules, reportKey)).toBe(next);
	});

	test('the newest confirmation of a report wins', () => {
		const older = {...confirmed('flaky', 2), at: '2026-12-01T10:00:00.000Z'};
		const newer = {...confirmed('stable', 5), at: '2026-12-01T11:00:00.000Z'};
		const map = latestConfirmations([newer, older], reportKey);
		expect(map.get(reportKey(test1.id, 'call'))).toBe(newer);
	});
});
