import path from 'node:path';
import {expect, test} from 'vitest';
import {fixture, frame, renderReview} from './helpers.js';

const collectOnly = path.resolve('fixtures/hunt/collectonly-p9-co/run.log');

test('a --collect-only run: the empty list says no test ran, not "No failures in this run"', async () => {
	const app = await renderReview(await fixture(collectOnly));
	const text = frame(app);
	expect(text).toContain(
		'No test ran: pytest only collected the tests (--collect-only).',
	);
	expect(text).not.toContain('No failures');
	app.unmount();
});

test('a run whose failing report the log never names (-q --no-summary): the empty list says so, not "No failures"', async () => {
	const app = await renderReview(
		await fixture(
			path.resolve('fixtures/real-suites/mpmath-p9-q-nosummary/run.log'),
		),
	);
	const text = frame(app);
	expect(text).toContain(
		'pytest counts 1 failing report the log never names (--no-summary, --tb=no?)',
	);
	expect(text).not.toContain('No failures');
	app.unmount();
});

test('a run pytest refused (a usage error, exit status 4): the screen says why no test ran, not "No failures"', async () => {
	const app = await renderReview(
		await fixture(path.resolve('fixtures/hunt/usage-p9-v-missing/run.log')),
		{},
		{rows: 24, columns: 120},
	);
	const lines = frame(app).split('\n');
	const said =
		'No test ran: pytest usage error: file or directory not found: usage/test_missing.py';
	// In the list, and on the status line where a run with failures names the one selected.
	expect(lines[2]).toBe(`  ${said}.`);
	expect(lines.at(-2)).toBe(`${said}. q quits.`);
	expect(frame(app)).not.toContain('No failures');
	app.unmount();
});
