/**
A long note, read and edited whole. The detail pane's line used to cut it at the terminal's width, and the `#`
editor showed only its end with the cursor stuck after it: the start of a long note could be neither read nor
changed. Now the pane wraps a long note onto lines of its own (the traceback gives them up), and the editor's
cursor moves by character (←/→, Home/End, Ctrl-A/Ctrl-E), typing and Backspace acting where it is.
*/
import {describe, expect, test} from 'vitest';
import {draftWindow} from '../../source/review/draft-window.js';
import {noteLinesOf} from '../../source/review/note-lines.js';
import {
	decisionsOnDisk,
	expectFits,
	fixture,
	frame,
	keys,
	press,
	renderReview,
	type,
} from './helpers.js';

const size = {rows: 30, columns: 80};
const home = '\u001B[H';
const end = '\u001B[F';
const left = '\u001B[D';
const right = '\u001B[C';
const ctrlA = '\u0001';
const ctrlE = '\u0005';

const longNote =
	'START the redis container was restarted by the orchestrator in the middle of the run, so every cache test after it failed to connect; see the infra channel for the incident report FINISH';

/** The status line while typing: the line that starts with the editor's label. */
function editorLine(text: string): string {
	return text.split('\n').find(line => line.startsWith('note:')) ?? '';
}

describe('a long note in the review', () => {
	test('the detail pane shows the whole note, wrapped, and still fits the terminal', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, size);
		await press(app, '#');
		await type(app, longNote);
		await press(app, keys.enter);
		await press(app, 'k');
		const text = frame(app).replaceAll('\n', ' ').replaceAll(/\s+/g, ' ');
		expect(text).toContain('START the redis');
		expect(text).toContain('incident report FINISH');
		expect(frame(app)).toContain('note below');
		const fits = expectFits(app, size);
		expect(fits.isShortEnough).toBe(true);
		expect(fits.tooWide).toEqual([]);
		app.unmount();
	});

	test('the editor moves its cursor and edits where it is, by character', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, size);
		await press(app, '#');
		await type(app, longNote);
		// The end shows while typing, the start is cut.
		expect(editorLine(frame(app))).toContain('FINISH');
		expect(editorLine(frame(app))).not.toContain('START');
		// Home: the start shows, and typing inserts there.
		await press(app, home);
		expect(editorLine(frame(app))).toContain('START');
		await press(app, right, right, right, right, right);
		await type(app, '!');
		expect(editorLine(frame(app))).toContain('START! the redis');
		// Backspace takes the character before the cursor, not the last one.
		await press(app, keys.backspace, left);
		await press(app, keys.backspace);
		// End, then Ctrl-A and Ctrl-E, as a shell's line editor.
		await press(app, end, ctrlA);
		await type(app, '[x] ');
		await press(app, ctrlE);
		await type(app, ' 🇫🇷');
		await press(app, left, keys.backspace);
		await press(app, keys.enter);
		const note = [...decisionsOnDisk(data).values()][0]?.note;
		expect(note).toBe(
			`[x] STAT the redis${longNote.slice('START the redis'.length)}🇫🇷`,
		);
		app.unmount();
	});
});

describe('draftWindow', () => {
	test.each([
		['short text, cursor at the end', 'abc', undefined, 10, ['abc', ' ', '']],
		['short text, cursor inside', 'abc', 1, 10, ['a', 'b', 'c']],
		['long text, cursor at the start', 'abcdefghij', 0, 6, ['', 'a', 'bcde…']],
		[
			'long text, cursor at the end',
			'abcdefghij',
			undefined,
			6,
			['…ghij', ' ', ''],
		],
		['long text, cursor inside', 'abcdefghij', 5, 7, ['…cde', 'f', 'g…']],
		['a flag under the cursor', 'a🇫🇷b', 1, 10, ['a', '🇫🇷', 'b']],
	] as const)('%s', (_what, draft, cursor, width, [before, at, after]) => {
		expect(draftWindow(draft, cursor, width)).toEqual({before, at, after});
	});
});

describe('noteLinesOf', () => {
	test('a note that fits its line has no lines of its own', () => {
		expect(noteLinesOf('short', 80, 20)).toEqual([]);
	});

	test('a long note wraps, with a hanging indent', () => {
		const lines = noteLinesOf('word '.repeat(30).trim(), 40, 20);
		expect(lines[0]).toMatch(/^note: word/);
		expect(lines.slice(1).every(line => line.startsWith('  word'))).toBe(true);
		expect(lines.join(' ').match(/word/g)).toHaveLength(30);
	});

	test('at most half the traceback: the cut ends in …', () => {
		const lines = noteLinesOf('word '.repeat(200).trim(), 40, 12);
		expect(lines.length).toBeLessThanOrEqual(4);
		expect(lines.at(-1)).toMatch(/…$/);
	});
});

test('a long note saved on the failure shown keeps its E lines in view', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 24, columns: 80});
	// The note is saved on the last failure: the cursor stays on it.
	await press(app, 'G', '#');
	await type(app, longNote);
	await press(app, keys.enter);
	const pane = frame(app).split('\n');
	expect(pane.some(line => /^ ?E {3}/.test(line.replace('»', ' ')))).toBe(true);
	app.unmount();
});
