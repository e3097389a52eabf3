/**
Why a failure got its suggestion, read whole. The detail pane's line cut the reason at the terminal's width (at 80
columns, `exception type AssertionError; raise…`) and no screen of the review showed the rest; full screen (`l`)
now wraps it onto lines of its own below the info, as a long note is, and the traceback gives them up.
*/
import {describe, expect, test} from 'vitest';
import {reasonLinesOf} from '../../source/review/reason-lines.js';
import {
	expectFits,
	fixture,
	frame,
	keys,
	press,
	renderReview,
} from './helpers.js';

/** The frame's text on one line, wrapped lines joined. */
function flat(text: string): string {
	return text.replaceAll(/\s+/g, ' ');
}

const reasonEnd = 'what the test expects: a plain value mismatch';

describe('a suggestion’s reason longer than its line', () => {
	test.each([
		{rows: 24, columns: 80},
		{rows: 20, columns: 60},
	])('full screen at $columns×$rows shows it whole, and fits', async size => {
		const data = await fixture();
		const app = await renderReview(data, {}, size);
		// The list's pane keeps its one line, cut.
		expect(flat(frame(app))).not.toContain(reasonEnd);
		await press(app, 'l');
		const text = frame(app);
		expect(text).toContain('why below');
		expect(text).toMatch(/^why: exception type AssertionError/m);
		expect(flat(text)).toContain(reasonEnd);
		// The error itself still shows below it.
		expect(text).toContain(' E   AssertionError: assert');
		const fits = expectFits(app, size);
		expect(fits.isShortEnough).toBe(true);
		expect(fits.tooWide).toEqual([]);
		app.unmount();
	});

	test('once decided, the line says the decision and no reason takes lines', async () => {
		const size = {rows: 24, columns: 80};
		const data = await fixture();
		const app = await renderReview(data, {}, size);
		await press(app, 'l', 'b');
		await press(app, keys.escape);
		await press(app, 'k', 'l');
		const text = frame(app);
		expect(text).toContain('decided BUG');
		expect(text).not.toContain('why:');
		app.unmount();
	});
});

describe('reasonLinesOf', () => {
	test('none in the list’s pane, nor for a row absent', async () => {
		const data = await fixture();
		const row = data.review().rows[0]!;
		expect(reasonLinesOf(row, 80, 18, false)).toEqual([]);
		expect(reasonLinesOf(undefined, 80, 18, true)).toEqual([]);
		expect(reasonLinesOf(row, 80, 18, true)[0]).toMatch(/^why: /);
		// Wide enough for the whole line: nothing below.
		expect(reasonLinesOf(row, 400, 18, true)).toEqual([]);
	});
});
