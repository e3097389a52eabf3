/** Filters: a regex over id and headline, the quick filters, and what the undecided filter keeps. */
import {describe, expect, test} from 'vitest';
import {fixture, frame, keys, press, renderReview, type} from './helpers.js';

describe('filters', () => {
	test('F filters by regex over id and headline as typed; ! inverts; a bad pattern says why; esc clears', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, 'F');
		await type(app, 'pubsub');
		await press(app, keys.enter);
		expect(frame(app)).toContain('filter /pubsub/: 54 shown');
		expect(frame(app)).toContain('filter /pubsub/: 54 of 165');
		expect(frame(app)).toContain('─── …ubSubSubscribeUnsubscribe::test_shard');
		await press(
			app,
			'F',
			keys.backspace,
			keys.backspace,
			keys.backspace,
			keys.backspace,
			keys.backspace,
			keys.backspace,
		);
		await type(app, '!pubsub');
		await press(app, keys.enter);
		expect(frame(app)).toContain('filter /!pubsub/: 111 shown');
		// The headline counts too: the connection errors.
		await press(app, 'F');
		for (let index = 0; index < 7; index++) {
			await press(app, keys.backspace);
		}

		await type(app, 'Connection refused|Error 111');
		await press(app, keys.enter);
		expect(frame(app)).toContain(
			'filter /Connection refused|Error 111/: 157 of 165',
		);
		await press(app, 'F');
		await type(app, '(');
		await press(app, keys.enter);
		expect(frame(app)).toContain('✗ filter');
		await press(app, keys.escape, keys.escape);
		expect(frame(app)).toContain('text filter cleared');
		expect(frame(app)).not.toContain('shown');
		// What esc did is true of that moment: the next key, opening the summary, takes it away.
		await press(app, 's');
		expect(frame(app)).not.toContain('text filter cleared');
		app.unmount();
	});

	test('f cycles the quick filters', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, 'b', 'f');
		expect(frame(app)).toContain('filter undecided: 164 shown');
		await press(app, 'f');
		expect(frame(app)).toContain('filter stale: 0 shown');
		expect(frame(app)).toContain('No failure matches the filter');
		await press(app, 'f');
		expect(frame(app)).toContain('filter flaky: 0 shown');
		await press(app, 'f');
		// The decided row and the 7 plain assertion failures in the tests' own lines.
		expect(frame(app)).toContain('filter BUG: 8 shown');
		await press(app, 'f');
		expect(frame(app)).toMatch(/filter CONFIGURATION: \d+ shown/);
		await press(app, 'f', 'f', 'f', 'f');
		expect(frame(app)).toContain('filter: all (165)');
		app.unmount();
	});
});

test('the undecided filter keeps a stale decision: it needs deciding again', async () => {
	const data = await fixture();
	const first = data.review().rows[0]!;
	data.journal.decide({
		id: first.analyzed.failure.id,
		phase: first.analyzed.failure.phase,
		category: 'BUG',
		priority: 'HIGH',
		signature: 'an-older-error',
	});
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	expect(frame(app)).toContain('1 stale');
	await press(app, 'f');
	expect(frame(app)).toContain('filter: undecided (165 of 165)');
	app.unmount();
});
