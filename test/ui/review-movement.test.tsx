/** Moving through the failures and their tracebacks: the list keys, paging the traceback, the captured output. */
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	fixture,
	frame,
	keys,
	press,
	redisIds,
	renderReview,
	selectedLine,
} from './helpers.js';

const cpythonLog = path.resolve(
	'fixtures/real/cpython-net-offline-tb-line/run.log',
);

describe('movement', () => {
	test('j/k, arrows, g/G', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, 'j', 'j');
		expect(selectedLine(app)).toContain(ids[2]!.slice(-30));
		await press(app, keys.up);
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		await press(app, keys.down, 'k', 'k', 'k');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		await press(app, 'G');
		expect(selectedLine(app)).toContain(ids.at(-1)!.slice(-30));
		expect(frame(app)).toContain(`165/165: ${ids.at(-1)!.slice(0, 20)}`);
		await press(app, 'g');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		app.unmount();
	});

	test('PgDn/PgUp scroll the traceback; the detail mode shows it full screen', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		// The failure with the longest traceback.
		const lengths = data.analysis.failures.map(
			analyzed => analyzed.failure.traceback.split('\n').length,
		);
		const longest = lengths.indexOf(Math.max(...lengths));
		await press(app, ...Array.from({length: longest}, () => 'j'));
		const position = () => {
			const match = /traceback (\d+)–(\d+) of (\d+)/.exec(frame(app));
			return match ? match.slice(1).map(Number) : [];
		};

		// A long traceback opens at its E lines, not at its top.
		const [opening, , total] = position();
		expect(opening).toBeGreaterThan(1);
		expect(frame(app)).toMatch(/^ E {3}/m);
		await press(app, keys.pageUp);
		// A page of the 4-line pane at 80×24 keeps one line: 3 lines a key.
		expect(position()[0]).toBe(Math.max(1, opening! - 3));
		for (let index = 0; index < 12; index++) {
			await press(app, keys.pageUp);
		}

		expect(position()).toEqual([1, 4, total]);
		await press(app, keys.pageDown);
		expect(position()).toEqual([4, 7, total]);
		await press(app, 'l');
		// 13 lines full screen, less the 3 of the undecided failure's reason (`reason-lines.ts`).
		expect(position()[1]! - position()[0]!).toBe(9);
		await press(app, 'g', 'j', 'j');
		expect(position()).toEqual([3, 12, total]);
		await press(app, 'G');
		expect(position()[1]).toBe(total);
		expect(frame(app)).toContain('Esc back');
		await press(app, keys.escape);
		expect(frame(app)).toContain('j/k move');
		app.unmount();
	});

	test('O shows the captured output instead of the traceback', async () => {
		const data = await fixture(cpythonLog);
		const app = await renderReview(data);
		const withCapture = data.analysis.failures.findIndex(
			analyzed => analyzed.failure.captured.length > 0,
		);
		await press(app, ...Array.from({length: withCapture}, () => 'j'));
		expect(frame(app)).toContain('captured: stderr call');
		await press(app, 'O');
		expect(frame(app)).toContain('─── Captured stderr call ───');
		expect(frame(app)).toContain('captured output 1–');
		await press(app, 'O');
		expect(frame(app)).toContain('traceback 1–');
		app.unmount();
	});
});
