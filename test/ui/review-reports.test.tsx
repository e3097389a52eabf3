/** A decision belongs to a failure report: a test's call failure and its teardown error are decided apart. */
import {describe, expect, test} from 'vitest';
import {
	decisionsOnDisk,
	fixture,
	frame,
	keys,
	press,
	renderReview,
	selectedLine,
	type,
} from './helpers.js';

describe('a decision belongs to a failure report', () => {
	test('deciding the FAIL row of a test that also errored in teardown leaves the ERR row undecided and not stale', async () => {
		const data = await fixture();
		const id =
			'tests/test_pubsub.py::TestPubSubSubcommands::test_pubsub_shardchannels_cluster';
		const [call, teardown] = data
			.review()
			.rows.filter(row => row.analyzed.failure.id === id);
		expect(call!.analyzed.failure.phase).toBe('call');
		expect(teardown!.analyzed.failure.phase).toBe('teardown');
		expect(call!.analyzed.cluster).not.toBe(teardown!.analyzed.cluster);

		const app = await renderReview(data);
		await press(app, 'F');
		await type(app, 'test_pubsub_shardchannels_cluster$');
		await press(app, keys.enter);
		expect(frame(app)).toContain(': 2 of 165');
		expect(selectedLine(app)).toMatch(/^› +FAIL /);
		await press(app, 't');
		expect(frame(app)).toContain('✓ saved: TEST_DESIGN');
		expect(frame(app)).toContain('1/165 decided');
		const lines = frame(app).split('\n');
		const failLine = lines.find(line =>
			/ FAIL .*shardchannels_cluster$/.test(line),
		);
		const errorLine = lines.find(line =>
			/ ERR .*shardchannels_cluster$/.test(line),
		);
		expect(failLine).toMatch(/FAIL \S+ +TEST /);
		// Lower case: a suggestion; no `!`: not stale.
		expect(errorLine).toBeDefined();
		expect(errorLine).not.toContain('TEST_DESIGN');
		expect(errorLine).not.toContain('!');
		expect(errorLine).toMatch(/ERR +[a-z]+ +[a-z_]+ /);
		// The cursor moved on to the ERR row: its detail says suggested, not STALE.
		expect(selectedLine(app)).toMatch(/^› +ERR /);
		expect(frame(app)).toContain('ERROR teardown');
		expect(frame(app)).not.toContain('STALE');
		expect(frame(app)).toMatch(/suggested [a-z_]+ [a-z]+ by rule/);

		const onDisk = decisionsOnDisk(data);
		expect(onDisk.get(call!.key)).toMatchObject({
			category: 'TEST_DESIGN',
			phase: 'call',
		});
		expect(onDisk.get(teardown!.key)).toBeUndefined();

		// Deciding the ERR row, then undoing that, leaves the FAIL row's decision as it was.
		await press(app, 'e');
		expect(decisionsOnDisk(data).get(teardown!.key)).toMatchObject({
			category: 'ENVIRONMENT',
			phase: 'teardown',
		});
		await press(app, 'z');
		expect(frame(app)).toContain('undone: decision removed from');
		expect(decisionsOnDisk(data).get(teardown!.key)).toBeUndefined();
		expect(decisionsOnDisk(data).get(call!.key)).toMatchObject({
			category: 'TEST_DESIGN',
		});
		expect(frame(app)).toContain('1/165 decided');
		app.unmount();
	});
});
