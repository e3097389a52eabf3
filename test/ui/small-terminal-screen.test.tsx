import {expect, test} from 'vitest';
import {
	expectFits,
	demoLog,
	fixture,
	frame,
	keys,
	press,
	renderReview,
	type,
} from './helpers.js';

const small = {rows: 24, columns: 80};

function failureRows(text: string): string[] {
	return text.split('\n').filter(line => /^[› ][* ] (?:FAIL|ERR )/.test(line));
}

test('at 80×24: nine failures with short category and priority names, ids with the room', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, small);
	const rows = failureRows(frame(app));
	expect(rows).toHaveLength(9);
	// `›  FAIL high env      tests/…`: the suggestion's short names, 58 columns left for the id.
	expect(rows.some(row => / (?:high|med|low) +env +/.test(row))).toBe(true);
	expect(frame(app)).not.toContain('environment  ');
	const id = data.review().rows[0]!.analyzed.failure.id;
	expect(rows[0]).toContain(id.length <= 58 ? id : id.slice(-57));
	expect(frame(app)).toContain('─── traceback');
	const fit = expectFits(app, small);
	expect(fit.isShortEnough).toBe(true);
	expect(fit.tooWide).toEqual([]);
	app.unmount();
});

test('+ hides the detail pane and the list takes the screen; + shows it again', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, small);
	await press(app, '+');
	expect(failureRows(frame(app))).toHaveLength(19);
	expect(frame(app)).not.toContain('─── traceback');
	expect(frame(app)).toContain('detail pane hidden');
	expect(expectFits(app, small).isShortEnough).toBe(true);
	await press(app, 'j', '+');
	expect(failureRows(frame(app))).toHaveLength(9);
	expect(frame(app)).toContain('─── traceback');
	app.unmount();
});

test('the help at 80 columns is wrapped, not cut, and / finds a key in it', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, small);
	await press(app, '?');
	expect(expectFits(app, small).tooWide).toEqual([]);
	expect(frame(app)).toContain('+ new since the');
	expect(frame(app)).toMatch(/^ {4}previous run$/m);
	await press(app, '/');
	await type(app, 'hide the detail');
	await press(app, keys.enter);
	expect(frame(app)).toContain('match 1/1');
	expect(frame(app)).toMatch(/^› \+ +hide the detail pane so the list takes/m);
	expect(frame(app)).toMatch(/^ {19}lazygit\), or show it again$/m);
	app.unmount();
});

test('the cluster list at 80 columns: short suggestion names and the crash site under each cluster', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, small);
	await press(app, keys.tab);
	const [largest] = data.analysis.clusters;
	const lines = frame(app).split('\n');
	const row = lines.findIndex(line => line.includes(largest!.id));
	expect(lines[row]).toMatch(
		new RegExp(`${largest!.id} env +redis\\.exceptions`),
	);
	expect(lines[row + 1]).toContain(
		'tests/conftest.py:460 in _get_client · e.g. …',
	);
	expect(expectFits(app, small).tooWide).toEqual([]);
	app.unmount();
});

test.each([
	[{rows: 5, columns: 20}, ['? help', 'q quit']],
	[{rows: 6, columns: 30}, ['─── ', '? help']],
	[{rows: 4, columns: 20}, ['? help  q quit']],
	[{rows: 3, columns: 10}, []],
])('at %j the top line is the run, and the frame fits', async (size, shown) => {
	const data = await fixture(demoLog);
	const app = await renderReview(data, {}, size);
	const lines = frame(app).split('\n');
	expect(lines[0]).toMatch(/^run\.log/);
	for (const text of shown) {
		expect(frame(app)).toContain(text);
	}

	// Every line is one part's: none drawn over another (`? help  q quiti/tes…` at 20×4).
	expect(lines.filter(line => /quit./.test(line))).toEqual([]);
	const fit = expectFits(app, size);
	expect(fit.isShortEnough).toBe(true);
	expect(fit.tooWide).toEqual([]);
	app.unmount();
});

test('at 40×10 the footer keeps the category keys, the priority hint fits its line, and x shows where it is', async () => {
	const size = {rows: 10, columns: 40};
	const data = await fixture(demoLog);
	const app = await renderReview(data, {}, size);
	const lines = () => frame(app).split('\n');
	expect(lines().at(-1)).toBe('b/c/e/t/u category  ? help  q quit');
	await press(app, '1');
	// The status line whole, above the footer (the hint's long form would be cut at `now a c…`).
	expect(lines().at(-2)).toBe('HIGH: now b c e t u, or a to accept');
	await press(app, keys.escape, ' ', ' ', '2');
	expect(lines().at(-2)).toBe('MEDIUM for 2 marked: now b c e t u or a');
	expect(lines().at(-1)).toBe('b/c/e/t/u category  ? help  q quit');
	await press(app, keys.escape, keys.escape);
	// A cluster of three failures (a scratch folder left behind): one row shows, and where it is.
	await press(app, '/');
	await type(app, 'oauth_provider');
	await press(app, keys.enter, 'x');
	expect(frame(app)).toContain('Apply TEST_DESIGN LOW to 3 of 3');
	expect(frame(app)).toContain('── 1–1 of 3 (j/k) ──');
	await press(app, 'j');
	expect(frame(app)).toContain('── 2–2 of 3 (j/k) ──');
	const fit = expectFits(app, size);
	expect(fit.isShortEnough).toBe(true);
	expect(fit.tooWide).toEqual([]);
	app.unmount();
});

test('at 60×20 the footer has the movement, category and priority keys', async () => {
	const data = await fixture(demoLog);
	const app = await renderReview(data, {}, {rows: 20, columns: 60});
	expect(frame(app).split('\n').at(-1)).toBe(
		'j/k move  1/2/3 priority  b/c/e/t/u category  ? help  q quit',
	);
	app.unmount();
});

test('at 40×10 the traceback full screen (l) shows traceback lines, and j and G scroll them', async () => {
	const size = {rows: 10, columns: 40};
	const data = await fixture(demoLog);
	const app = await renderReview(data, {}, size);
	await press(app, 'l');
	// The four info lines and the position line filled the pane: not one line of the traceback showed.
	const tracebackLines = () =>
		frame(app)
			.split('\n')
			.filter(line => /^[» ] *(?:E {3}|tests\/|assert )/.test(line));
	expect(frame(app)).toContain('FAILED call · AssertionError');
	expect(frame(app)).toMatch(/─── traceback \d–\d of \d/);
	expect(tracebackLines().length).toBeGreaterThanOrEqual(2);
	await press(app, 'g');
	expect(frame(app)).toContain('─── traceback 1–2 of');
	expect(frame(app)).toContain('»tests/api/test_orders_api.py:47');
	await press(app, 'j');
	expect(frame(app)).toContain('─── traceback 2–3 of');
	await press(app, 'G');
	// Wrapped at 40 columns, the four lines of the traceback take more screen lines: the last two show.
	expect(frame(app)).toMatch(/─── traceback (\d+)–(\d+) of \2 /);
	expect(frame(app)).toContain('[500]>.status_code');
	const fit = expectFits(app, size);
	expect(fit.isShortEnough).toBe(true);
	expect(fit.tooWide).toEqual([]);
	app.unmount();
});
