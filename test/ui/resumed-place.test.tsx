/**
The place kept from last time is a failure report, not only a test: a test whose call failed and whose teardown
errored has two rows, and the review reopens on the one it was left on. Before, it reopened on the test's first
row (its call failure) when it was left on the teardown error.
*/
import path from 'node:path';
import {expect, test} from 'vitest';
import {
	fakePrefs,
	fixture,
	keys,
	press,
	renderReview,
	selectedLine,
} from './helpers.js';

const log = path.resolve('fixtures/traps/wide-p9-v/run.log');
const id = 'wide/test_wide.py::test_teardown_ab';

test('the review reopens on the teardown error of a test it was left on, not on its call failure', async () => {
	const data = await fixture(log);
	const rows = data.review().rows.map(row => row.analyzed.failure);
	const teardown = rows.findIndex(
		failure => failure.id === id && failure.phase === 'teardown',
	);
	expect(teardown).toBeGreaterThanOrEqual(0);
	expect(
		rows.some(failure => failure.id === id && failure.phase === 'call'),
	).toBe(true);

	const prefs = fakePrefs();
	const app = await renderReview(data, {prefs}, {rows: 30, columns: 120});
	await press(app, 'g', ...Array.from({length: teardown}, () => 'j'));
	const left = selectedLine(app);
	expect(left).toContain('ERR');
	expect(left).toContain('test_teardown_ab');
	await press(app, 'q');
	const saved = prefs.saved.get(data.journalPath);
	expect(saved).toMatchObject({selectedId: id, selectedPhase: 'teardown'});
	app.unmount();

	const again = await renderReview(
		data,
		{resume: saved},
		{rows: 30, columns: 120},
	);
	expect(selectedLine(again)).toBe(left);
	await press(again, keys.escape);
	again.unmount();
});

test('a place kept without its phase (kept by an earlier triage) is the call failure, as before', async () => {
	const data = await fixture(log);
	const app = await renderReview(
		data,
		{resume: {selectedId: id}},
		{rows: 30, columns: 120},
	);
	expect(selectedLine(app)).toContain('FAIL');
	expect(selectedLine(app)).toContain('test_teardown_ab');
	app.unmount();
});

test('a test that passed since: the review reopens on the nearest test below it that still fails, not at the top', async () => {
	const data = await fixture(path.resolve('fixtures/demo/run.log'));
	const rows = data.review().rows.map(row => row.analyzed.failure);
	const prefs = fakePrefs();
	const app = await renderReview(data, {prefs}, {rows: 30, columns: 120});
	await press(app, 'g', 'j', 'j');
	await press(app, 'q');
	const saved = prefs.saved.get(data.journalPath)!;
	app.unmount();
	// The tests below the one left on, nearest first, each once.
	const below = [...new Set(rows.slice(3).map(failure => failure.id))].filter(
		id => id !== saved.selectedId,
	);
	expect(below.length).toBeGreaterThan(10);
	expect(saved.nextIds).toEqual(below.slice(0, 10));

	// The next run: the test left on and the one below it passed, so neither has a row.
	const again = await renderReview(
		data,
		{
			resume: {
				...saved,
				selectedId: 'tests/test_gone.py::test_passed_since',
				nextIds: ['tests/test_gone.py::test_passed_too', ...below.slice(1)],
			},
		},
		{rows: 30, columns: 120},
	);
	const name = below[1]!.split('::').at(-1)!;
	expect(selectedLine(again)).toContain(name);
	await press(again, keys.escape);
	again.unmount();
});
