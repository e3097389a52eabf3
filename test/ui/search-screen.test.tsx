import {describe, expect, test} from 'vitest';
import {
	demoLog,
	fixture,
	frame,
	keys,
	press,
	renderReview,
	selectedLine,
	type,
} from './helpers.js';

describe('search on the screen', () => {
	test('/ jumps to the first match as typed and counts; n and N go on and say when they wrap', async () => {
		const data = await fixture();
		const pubsub = data
			.review()
			.rows.filter(row => row.analyzed.failure.id.includes('pubsub'));
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		await press(app, '/');
		expect(frame(app)).toContain('search /');
		await type(app, 'pubsub');
		expect(frame(app)).toContain('match 1/54');
		expect(selectedLine(app)).toContain(
			pubsub[0]!.analyzed.failure.id.slice(-40),
		);
		// Search hides nothing.
		expect(frame(app)).not.toContain('shown');
		await press(app, keys.enter);
		expect(frame(app)).toContain('match 1/54 · n next, N previous');
		await press(app, 'n');
		expect(frame(app)).toContain('match 2/54');
		expect(selectedLine(app)).toContain(
			pubsub[1]!.analyzed.failure.id.slice(-40),
		);
		await press(app, 'N', 'N');
		expect(frame(app)).toContain('match 54/54 · wrapped around to the bottom');
		expect(selectedLine(app)).toContain(
			pubsub.at(-1)!.analyzed.failure.id.slice(-40),
		);
		await press(app, 'n');
		expect(frame(app)).toContain('match 1/54 · wrapped around to the top');
		app.unmount();
	});

	test('esc while typing a search goes back to the row it started from', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		await press(app, 'j');
		const before = selectedLine(app);
		await press(app, '/');
		await type(app, 'acl');
		expect(selectedLine(app)).not.toBe(before);
		await press(app, keys.escape);
		expect(selectedLine(app)).toBe(before);
		expect(frame(app)).toContain('j/k move');
		app.unmount();
	});

	test('esc drops what the screen shows: the filter its line names once the search line is gone', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		await press(app, '/');
		await type(app, 'pubsub');
		await press(app, keys.enter);
		expect(frame(app)).toContain('n next, N previous');
		// The quick filter replaces the search's line: the screen now says esc shows all.
		await press(app, 'f');
		expect(frame(app)).toContain('esc for all');
		expect(frame(app)).not.toContain('match ');
		await press(app, keys.escape);
		expect(frame(app)).toContain('filter: all');
		expect(frame(app)).not.toContain('filter undecided');
		// The search is still there for n, and its line shows again: esc drops it now.
		await press(app, 'n');
		expect(frame(app)).toMatch(/match \d+\/54/);
		await press(app, keys.escape);
		expect(frame(app)).toContain('search "pubsub" cleared');
		// With no filter left, esc drops a search whose line is gone too.
		await press(app, '/');
		await type(app, 'acl');
		await press(app, keys.enter, 'j');
		await press(app, 'b');
		expect(frame(app)).not.toContain('n next, N previous');
		await press(app, keys.escape);
		expect(frame(app)).toContain('search "acl" cleared');
		app.unmount();
	});

	test('Backspaces that arrive in one read (held down, a loaded machine) each delete a character', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		await press(app, '/');
		await type(app, 'pubsubx');
		expect(frame(app)).toContain('search /pubsubx');
		await press(app, keys.backspace.repeat(4));
		expect(frame(app)).toContain('search /pub');
		expect(frame(app)).not.toContain('search /pubs');
		await type(app, 'sub');
		expect(frame(app)).toContain('match 1/54');
		app.unmount();
	});

	test('F filters live: the list and the header follow each key before Enter', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		await press(app, 'F');
		expect(frame(app)).toContain('filter /');
		await type(app, 'pubsub');
		expect(frame(app)).toContain('filter /pubsub/: 54 shown');
		expect(frame(app)).toContain('filter /pubsub/: 54 of 165');
		await type(app, '(');
		expect(frame(app)).toContain('✗ filter pubsub(');
		expect(frame(app)).toContain('filter /pubsub/: 54 shown');
		await press(app, keys.backspace, keys.enter);
		expect(frame(app)).toContain('filter /pubsub/: 54 shown');
		await press(app, 'F', keys.backspace, keys.backspace);
		expect(frame(app)).toContain('filter /pubs/');
		await press(app, keys.escape);
		expect(frame(app)).toContain('filter /pubsub/: 54 shown');
		app.unmount();
	});

	test('# edits the note; the detail pane names the key', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		expect(frame(app)).toContain('no note (# adds one)');
		await press(app, '#');
		expect(frame(app)).toContain('note:');
		await type(app, 'see PR 12');
		await press(app, keys.enter);
		expect(frame(app)).toContain('note: see PR 12');
		app.unmount();
	});

	test('/ in the help finds a key and marks its line', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, '?', '/');
		await type(app, 'back to where the search');
		await press(app, keys.enter);
		expect(frame(app)).toContain('match 1/1 · n next, N previous');
		expect(frame(app)).toMatch(/^› Esc +cancel: back to where the search/m);
		app.unmount();
	});
	test('the search line follows the cursor: j onto the next match says so, off every match it drops the ordinal', async () => {
		const data = await fixture(demoLog);
		const {rows} = data.review();
		const isAuth = (index: number) =>
			rows[index]!.analyzed.failure.id.includes('auth') ||
			rows[index]!.analyzed.failure.headline.toLowerCase().includes('auth');
		const matching = rows.flatMap((_row, index) =>
			isAuth(index) ? [index] : [],
		);
		// The first two matches are next to each other, after a row that is none.
		expect(matching[0]).toBeGreaterThan(0);
		expect(matching[1]).toBe(matching[0]! + 1);
		expect(isAuth(matching[0]! - 1)).toBe(false);
		const count = matching.length;
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		await press(app, '/');
		await type(app, 'auth');
		await press(app, keys.enter);
		expect(frame(app)).toContain(`match 1/${count} · n next, N previous`);
		await press(app, 'j');
		expect(selectedLine(app)).toContain(
			rows[matching[1]!]!.analyzed.failure.id.slice(-40),
		);
		expect(frame(app)).toContain(`match 2/${count} · n next, N previous`);
		expect(frame(app)).not.toContain(`match 1/${count}`);
		// Onto a row that is no match: no ordinal, the search is still there for n and esc.
		await press(app, 'k', 'k');
		expect(frame(app)).not.toMatch(/match \d+\//);
		expect(frame(app)).toContain(
			`${count} matches for "auth" · n next, N previous`,
		);
		await press(app, 'n');
		expect(frame(app)).toContain(`match 1/${count}`);
		await press(app, 'k', keys.escape);
		expect(frame(app)).toContain('search "auth" cleared');
		app.unmount();
	});
});
