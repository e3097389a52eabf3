/** The review screen as it is drawn: its parts fit the terminal, follow a resize, and mark each row. */
import {describe, expect, test} from 'vitest';
import type {Run} from '../../source/log/model.js';
import {TestList} from '../../source/log/test-list.js';
import {
	expectFits,
	fixture,
	fixtureOf,
	frame,
	loadRun,
	redisLog,
	renderReview,
	resize,
} from './helpers.js';

describe('the screen', () => {
	test('header, list, detail and footer fit 80×24', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		const text = frame(app);
		expect(text).toContain('run.log.gz');
		expect(text).toContain('33 failed · 132 error');
		expect(text).toContain('complete');
		expect(text).toContain('0/165 decided');
		expect(text).toContain('› ');
		// Short names at 80 columns (list-columns.ts): the ids get the room.
		expect(text).toMatch(/FAIL high +bug/);
		expect(text).toContain('ERR  high env');
		expect(text).toContain('FAILED call · AssertionError');
		expect(text).toContain('suggested bug high by rule value-mismatch');
		expect(text).toContain(
			'»tests/test_commands.py:325: in test_acl_getuser_setuser',
		);
		expect(text).toContain(' E   AssertionError');
		expect(text).toContain('traceback 1–4 of 10 (PgUp/PgDn)');
		// The priority keys before the category keys: a category key moves on, so the priority is set first.
		expect(text.split('\n').at(-1)).toBe(
			'j/k move  1/2/3 priority  b/c/e/t/u category  a accept  # note  ? help  q quit',
		);
		const fit = expectFits(app, {rows: 24, columns: 80});
		expect(fit.isShortEnough).toBe(true);
		expect(fit.tooWide).toEqual([]);
		app.unmount();
	});

	test('follows a resize to 120×40 and back to 60×15, never taller than the terminal', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		for (const size of [
			{rows: 40, columns: 120},
			{rows: 15, columns: 60},
			{rows: 24, columns: 80},
		]) {
			await resize(app, size);
			const fit = expectFits(app, size);
			expect(fit.isShortEnough).toBe(true);
			expect(fit.tooWide).toEqual([]);
		}

		await resize(app, {rows: 40, columns: 120});
		// More rows of the list and of the traceback at 40 rows.
		expect(frame(app)).toContain('test_psync');
		expect(frame(app)).toContain('traceback 1–9 of 9');
		app.unmount();
	});

	test('an incomplete run says so', async () => {
		const run = await loadRun(redisLog);
		const data = fixtureOf([{...run, complete: false}]);
		const app = await renderReview(data);
		expect(frame(app)).toContain('INCOMPLETE run');
		app.unmount();
	});

	test('flaky ~, stale ! and new + marks, decided in capitals and suggestions in lower case', async () => {
		const run = await loadRun(redisLog);
		const [first, second, third] = run.failures;
		const passingIn = (
			run_: Run,
			ids: ReadonlySet<string>,
			source: string,
		): Run => ({
			...run_,
			source,
			failures: run_.failures.filter(failure => !ids.has(failure.id)),
			tests: TestList.from(
				run_.tests.map(test =>
					ids.has(test.id) ? {...test, outcome: 'passed' as const} : test,
				),
			),
		});
		// first: failed, passed, failed (flaky); third: passed, passed, failed (new).
		const data = fixtureOf([
			passingIn(run, new Set([third!.id]), 'one.log'),
			passingIn(run, new Set([first!.id, third!.id]), 'two.log'),
			run,
		]);
		data.journal.decide({
			id: second!.id,
			category: 'BUG',
			priority: 'LOW',
			signature: 'an-older-error',
		});
		const app = await renderReview(data);
		const lines = frame(app).split('\n');
		const line = (id: string) =>
			lines.find(text => text.includes(id.slice(-30))) ?? '';
		expect(line(first!.id)).toMatch(/~ {3}/);
		expect(line(second!.id)).toContain('LOW  BUG');
		expect(line(second!.id)).toContain(' ! ');
		expect(line(third!.id)).toMatch(/ {3}\+ /);
		expect(frame(app)).toContain('1 stale !');
		expect(frame(app)).toMatch(/\d+ new \+/);
		expect(frame(app)).toContain('flaky ~');
		app.unmount();
	});
});
