import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	expectFits,
	fixture,
	fixtureOf,
	loadRun,
	frame,
	keys,
	press,
	renderReview,
	type Size,
} from './helpers.js';

const psycopgLog = path.resolve(
	'fixtures/real/psycopg2-pg-stopped-rA/run.log.gz',
);
const terminal80x24 = {rows: 24, columns: 80} as const;
const bug551 =
	'tests/test_connection.py::SignalTestCase::test_bug_551_no_returning';
const tail = "on that host and accepting TCP/IP connections?'";

/**
The review of the psycopg2 run with only test_bug_551_no_returning failing: the one with the long line.
(Typing a filter instead loses a key now and then under load.)
*/
async function renderBug551(size: Size = terminal80x24) {
	const run = await loadRun(psycopgLog);
	const app = await renderReview(
		fixtureOf([
			{
				...run,
				failures: run.failures.filter(failure => failure.id === bug551),
			},
		]),
		{},
		size,
	);
	expect(frame(app)).toContain('test_bug_551_no_returning');
	return app;
}

function expectFitsTerminal(
	app: Awaited<ReturnType<typeof renderBug551>>,
	size: Size = terminal80x24,
) {
	const fit = expectFits(app, size);
	expect(fit.isShortEnough, frame(app)).toBe(true);
	expect(fit.tooWide).toEqual([]);
}

describe('long traceback lines', () => {
	test("wrap at 80 columns: the tail of psycopg2's `b'Traceback …'` line shows; w cuts it with …, w again wraps", async () => {
		const app = await renderBug551();
		let text = frame(app);
		// The pane opens on the start of the error; its tail is a few pages down (4 lines a page at 80×24).
		expect(text).toContain(' E   AssertionError: False is not true');
		for (let page = 0; page < 4 && !text.includes(tail); page++) {
			await press(app, keys.pageDown);
			text = frame(app);
		}

		expect(text).toContain('Connection refused');
		expect(text).toContain(`    ${tail}`);
		// The position line counts screen lines: 14 traceback lines, 8 more for wrapped pieces.
		expect(text).toMatch(/traceback \d+–\d+ of 22 \(PgUp\/PgDn\)/);
		expect(text).toContain('w cuts');
		expectFitsTerminal(app);

		await press(app, 'w');
		text = frame(app);
		expect(text).not.toContain(tail);
		expect(text).not.toContain('Connection refused');
		expect(text).toContain(' E   AssertionError: False is not true : b');
		expect(text).toMatch(/E {3}AssertionError: False is not true : b.*…/);
		expect(text).toMatch(/traceback \d+–\d+ of 14 \(PgUp\/PgDn\)/);
		expect(text).toContain('w wraps');
		expectFitsTerminal(app);

		await press(app, 'w');
		// Wrapping again keeps the top line; the tail is further down.
		await press(app, ...Array.from({length: 6}, () => keys.pageDown));
		expect(frame(app)).toContain(tail);
		expectFitsTerminal(app);
		app.unmount();
	});

	test('full screen (l) wraps too; paging walks screen lines and the frame never grows', async () => {
		const app = await renderBug551();
		await press(app, 'l');
		expect(frame(app)).toContain(tail);
		expect(frame(app)).toContain('Connection refused');
		expectFitsTerminal(app);
		const seen = new Set<string>();
		for (const key of [
			'g',
			keys.pageDown,
			keys.pageDown,
			keys.pageDown,
			'G',
			keys.pageUp,
		]) {
			await press(app, key);
			expectFitsTerminal(app);
			const position = /traceback (\d+)–(\d+) of (\d+)/.exec(frame(app));
			expect(position?.[3]).toBe('22');
			seen.add(position![0]);
		}

		// 13 lines of traceback full screen at 80×24, less the 3 of the undecided failure's reason (`reason-lines.ts`).
		expect(seen).toContain('traceback 1–10 of 22');
		expect(seen).toContain('traceback 13–22 of 22');
		await press(app, 'w');
		expect(frame(app)).not.toContain(tail);
		// The line at the top stays at the top (toggleWrap).
		expect(frame(app)).toContain('traceback 3–12 of 14');
		expectFitsTerminal(app);
		app.unmount();
	});

	test('at 60×15 and 120×40 the wrapped pane keeps to the terminal', async () => {
		for (const size of [
			{rows: 15, columns: 60},
			{rows: 40, columns: 120},
		]) {
			const app = await renderBug551(size);
			expectFitsTerminal(app, size);
			await press(app, 'l', 'G');
			expectFitsTerminal(app, size);
			expect(frame(app)).toContain('TCP/IP');
			app.unmount();
		}
	});
});

describe('the crash mark and noise frames', () => {
	test('the position line says what » means; the help explains » and the dim frames', async () => {
		const app = await renderReview(await fixture());
		expect(frame(app)).toContain('»tests/test_commands.py:325');
		expect(frame(app)).toContain('· » crash line ·');
		await press(app, '?');
		expect(frame(app)).toContain('» crash line: where the error was raised');
		expect(frame(app)).toContain('dim: frames outside the project');
		app.unmount();
	});
});
