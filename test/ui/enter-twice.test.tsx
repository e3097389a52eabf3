/**
Enter pressed twice to close a prompt decides nothing: the second Enter, right after the one that closed the
search (or the filter, the note), would accept the suggestion of the row under the cursor (QA 30, the built CLI in
tmux: `/auth`, Enter, Enter saved ENVIRONMENT HIGH on the first auth failure). It says that Enter again accepts;
Enter keeps accepting everywhere else, and an Enter pressed a second later is meant (QA 31: it was swallowed
however long after).
*/
import {describe, expect, test} from 'vitest';
import {enterTwiceWindow} from '../../source/review/enter-twice.js';
import {
	decisionsOnDisk,
	demoLog,
	fixture,
	frame,
	keys,
	press,
	renderReview,
	type,
} from './helpers.js';

describe('Enter twice after a prompt', () => {
	test('after / and Enter, a second Enter accepts nothing and says so; the next Enter accepts', async () => {
		const data = await fixture(demoLog);
		const app = await renderReview(data, {}, {rows: 30, columns: 120});
		await press(app, '/');
		await type(app, 'auth');
		await press(app, keys.enter, keys.enter);
		expect(decisionsOnDisk(data).size).toBe(0);
		expect(frame(app)).toContain(
			'Enter closed the search; Enter again (or a) accepts the suggestion',
		);
		await press(app, keys.enter);
		expect(decisionsOnDisk(data).size).toBe(1);
		expect(frame(app)).toContain('saved:');
		app.unmount();
	});

	test('a note saved with Enter, then Enter: nothing accepted', async () => {
		const data = await fixture(demoLog);
		const app = await renderReview(data, {}, {rows: 30, columns: 120});
		await press(app, '#');
		await type(app, 'dns');
		await press(app, keys.enter);
		const saved = decisionsOnDisk(data);
		await press(app, keys.enter);
		expect(decisionsOnDisk(data)).toEqual(saved);
		expect(frame(app)).toContain('Enter closed the note');
		app.unmount();
	});

	test('any other key in between ends the guard: after / Enter j, Enter accepts', async () => {
		const data = await fixture(demoLog);
		const app = await renderReview(data, {}, {rows: 30, columns: 120});
		await press(app, '/');
		await type(app, 'auth');
		await press(app, keys.enter, 'j', keys.enter);
		expect(decisionsOnDisk(data).size).toBe(1);
		app.unmount();
	});

	test('an Enter pressed a while after the one that closed the search is meant: it accepts', async () => {
		const data = await fixture(demoLog);
		const app = await renderReview(data, {}, {rows: 30, columns: 120});
		await press(app, '/');
		await type(app, 'auth');
		await press(app, keys.enter);
		// The person reads the failure the search found, then accepts its suggestion.
		await new Promise(resolve => {
			setTimeout(resolve, enterTwiceWindow + 100);
		});
		await press(app, keys.enter);
		expect(decisionsOnDisk(data).size).toBe(1);
		expect(frame(app)).toContain('saved:');
		expect(frame(app)).not.toContain('Enter closed the search');
		app.unmount();
	});

	test('Enter alone accepts, as before', async () => {
		const data = await fixture(demoLog);
		const app = await renderReview(data, {}, {rows: 30, columns: 120});
		await press(app, keys.enter);
		expect(decisionsOnDisk(data).size).toBe(1);
		app.unmount();
	});
});
