import {expect, test} from 'vitest';
import {fixture, frame, keys, press, renderReview} from './helpers.js';

const size = {rows: 24, columns: 80};

/** The status line: the line above the footer (the frame is one line shorter than the terminal). */
function statusLine(text: string): string {
	return text.split('\n').at(-2) ?? '';
}

test('q quits, said by esc in the list, is gone once the next key opens the summary or moves', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, size);
	await press(app, keys.escape);
	expect(statusLine(frame(app))).toBe('q quits');
	await press(app, 's');
	expect(frame(app)).toContain('By category');
	expect(frame(app)).not.toContain('q quits');
	await press(app, keys.escape);
	await press(app, keys.escape);
	expect(statusLine(frame(app))).toBe('q quits');
	await press(app, 'j');
	expect(frame(app)).not.toContain('q quits');
	expect(statusLine(frame(app))).toMatch(/^2\/\d+: /);
	app.unmount();
});

test('no such key: said of that key, gone at the next', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, size);
	await press(app, 'Q');
	expect(frame(app)).toContain('Q: no such key here (? for help)');
	await press(app, '?');
	expect(frame(app)).not.toContain('no such key');
	app.unmount();
});
