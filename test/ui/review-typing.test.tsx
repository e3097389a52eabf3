/** Typing in the review: text that arrives with its Enter in one piece, a pasted note, a key that does nothing. */
import {expect, test} from 'vitest';
import {
	decisionsOnDisk,
	fixture,
	frame,
	frameWith,
	keys,
	press,
	renderReview,
} from './helpers.js';

test('a filter or note typed with its Enter in one piece (a paste, a fast terminal) is applied, not lost', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, 'F', 'pubsub\r');
	expect(frame(app)).toMatch(/filter \/pubsub\/: \d+ shown/);
	await press(app, '#', 'flaky on CI\r');
	expect(frame(app)).toContain('note: flaky on CI');
	expect([...decisionsOnDisk(data).values()][0]).toMatchObject({
		note: 'flaky on CI',
	});
	app.unmount();
});

test('a search typed or pasted with its Enter in one read is kept for n and N: the Enter is not dropped', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, '/', 'auth\r');
	expect(frame(app)).toMatch(/match 1\/\d+ · n next, N previous/);
	// With bracketed paste's marks, the Enter right after the paste's end in the same read.
	await press(app, '\u001B');
	await press(app, '/', '\u001B[200~connection\u001B[201~\r');
	expect(frame(app)).toMatch(/match \d+\/\d+ · .*n next, N previous/);
	expect(frame(app)).not.toContain('search /');
	app.unmount();
});

test('a note pasted over several lines is kept whole, as one line, and saved only by Enter', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	// A terminal without bracketed paste sends the paste's line breaks as Enter (tmux: \r). The paste comes once the
	// note's line is open: on a loaded machine two macrotasks after `#` did not always see it (a CI run took the paste's
	// letters as keys of the list).
	await press(app, '#');
	await frameWith(app, 'type a note, Enter saves');
	await press(app, 'see log:\rcache expired\r\rtoo early\r');
	expect(decisionsOnDisk(data).size).toBe(0);
	expect(frame(app)).toContain('see log: cache expired too early');
	await press(app, '\r');
	expect(frame(app)).toContain('note: see log: cache expired too early');
	expect([...decisionsOnDisk(data).values()]).toMatchObject([
		{note: 'see log: cache expired too early'},
	]);
	// Nothing of the paste was taken as keys of the list: one decision, the one of the note.
	expect(frame(app)).toMatch(/ 1\/\d+ decided/);
	app.unmount();
});

test('a paste read right after `#`, before the frame that opens the note, is the note: no key of the list', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	// Two reads with no frame between them (a loaded machine, a terminal sending `#` and the paste apart): the
	// second was read against the list the last frame showed, so `nope` after the line break were keys of the list.
	app.stdin.write('#');
	app.stdin.write('flaky\rnope');
	await frameWith(app, 'flaky nope');
	expect(decisionsOnDisk(data).size).toBe(0);
	await press(app, '\r');
	expect([...decisionsOnDisk(data).values()]).toMatchObject([
		{note: 'flaky nope'},
	]);
	expect(frame(app)).toMatch(/ 1\/\d+ decided/);
	// The same with bracketed paste's marks, each mark its own read: the paste is the search's, not dropped.
	app.stdin.write('/');
	app.stdin.write('\u001B[200~');
	app.stdin.write('auth');
	app.stdin.write('\u001B[201~');
	await frameWith(app, 'search /auth');
	expect(frame(app)).not.toContain('pasted text ignored');
	app.unmount();
});

test('a pasted note keeps the space after an escape sequence in it (Ink splits the paste there)', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	// QA 48: `a ESC[0m b` pasted gave `ab`: each piece of the paste dropped its leading space. (An arrow's sequence
	// here: Ink's own parser, which the tests use, crashes on `ESC[0m`; the bundle's stub makes it no key.)
	await press(app, '#', '\u001B[200~a\u001B[A b\u001B[B c\u001B[201~');
	await press(app, '\r');
	expect([...decisionsOnDisk(data).values()]).toMatchObject([{note: 'a b c'}]);
	app.unmount();
});

test('a key that does nothing says so in the status line', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, 'Q');
	expect(frame(app)).toContain('Q: no such key here (? for help)');
	// A question has no help to point to: its own keys are in the footer.
	await press(app, 'x', '?');
	expect(frame(app)).toContain('Apply ');
	expect(frame(app)).toContain('?: no such key here');
	expect(frame(app)).not.toContain('(? for help)');
	await press(app, '\u001B');
	// Typed text is never a key.
	await press(app, '/', 'Q');
	expect(frame(app)).not.toContain('no such key');
	app.unmount();
});

test('Backspace in a note takes the last character as seen: a whole flag, a joined emoji, a letter with its accent', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	// It took one code point: half a flag (a lone regional indicator) was left, and saved so.
	await press(app, '#', 'ab🇫🇷');
	await press(app, keys.backspace);
	expect(frame(app)).toMatch(/note: ab$/m);
	await press(app, '👨‍👩‍👧');
	await press(app, keys.backspace);
	expect(frame(app)).toMatch(/note: ab$/m);
	await press(app, 'ce\u0301');
	await press(app, keys.backspace);
	await press(app, '\r');
	expect([...decisionsOnDisk(data).values()]).toMatchObject([{note: 'abc'}]);
	app.unmount();
});
