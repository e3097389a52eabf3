import path from 'node:path';
import {expect, test} from 'vitest';
import {fixtureOf, frame, loadRun, press, renderReview} from './helpers.js';

const demo = (name: string) => path.resolve('fixtures/demo', name);

test('at 80 columns an outage run keeps its counts: the OUTAGE label gets short instead', async () => {
	const data = fixtureOf([await loadRun(demo('outage.log'))]);
	const app = await renderReview(data, {}, {rows: 24, columns: 80});
	const [top] = frame(app).split('\n');
	expect(top).toMatch(
		/^outage\.log · complete · OUTAGE · 6 failed · 44 error · 7 passed · 1 skipped/,
	);
	app.unmount();
});

test('with earlier runs too, the passed count still shows at 80 columns', async () => {
	const runs = await Promise.all(
		['run-1.log', 'run-2.log', 'run-3.log', 'outage.log'].map(async name =>
			loadRun(demo(name)),
		),
	);
	const app = await renderReview(fixtureOf(runs), {}, {rows: 24, columns: 80});
	const [top] = frame(app).split('\n');
	expect(top).toContain('OUTAGE');
	expect(top).toContain('7 passed');
	app.unmount();
});

test('where the line has room, the OUTAGE label says what it means', async () => {
	const data = fixtureOf([await loadRun(demo('outage.log'))]);
	const app = await renderReview(data, {}, {rows: 24, columns: 140});
	const [top] = frame(app).split('\n');
	expect(top).toBe(
		'outage.log · complete · OUTAGE: most tests failed at once · 6 failed · 44 error · 7 passed · 1 skipped · 2 xfailed',
	);
	app.unmount();
});

test('the summary (s) at 80 columns wraps what an outage most likely is, and the runs line, instead of cutting them', async () => {
	const data = fixtureOf([await loadRun(demo('outage.log'))]);
	const app = await renderReview(data, {}, {rows: 40, columns: 80});
	await press(app, 's');
	const lines = frame(app).split('\n');
	const outage = lines.findIndex(line => line.startsWith('OUTAGE: '));
	expect(outage).toBeGreaterThan(-1);
	const said = lines
		.slice(outage, outage + 3)
		.map(line => line.trim())
		.join(' ');
	expect(said).toContain('most likely the environment, not the tests');
	expect(lines[outage]).not.toContain('…');
	const runs = lines.findIndex(line =>
		line.startsWith('  no earlier run known:'),
	);
	expect(runs).toBeGreaterThan(-1);
	expect(`${lines[runs]!} ${lines[runs + 1]!.trim()}`).toContain(
		'(every run read is kept in the run history)',
	);
	app.unmount();
});
