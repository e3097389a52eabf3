/** Deciding from the review: category and priority keys, accepting a suggestion, undo, the note. */
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	decisionsOnDisk,
	fixture,
	frame,
	keys,
	press,
	redisIds,
	redisLog,
	renderReview,
	selectedLine,
	type,
} from './helpers.js';

describe('deciding', () => {
	test('1 then b decides HIGH BUG on the current row and moves to the next undecided; e uses the row priority', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, '1');
		expect(frame(app)).toContain('priority HIGH for this failure');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		await press(app, 'b');
		expect(frame(app)).toContain('✓ saved: BUG HIGH');
		expect(frame(app)).toContain('1/165 decided');
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		expect(frame(app)).toMatch(/FAIL HIGH BUG/);
		await press(app, 'e');
		expect(frame(app)).toContain('✓ saved: ENVIRONMENT HIGH');
		const onDisk = decisionsOnDisk(data);
		expect(onDisk.get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: 'HIGH',
			signature: data.analysis.failures[0]!.cluster,
			// Named from the triage file's folder, not as the log was given (absolute here).
			run: path
				.relative(path.dirname(data.journalPath), redisLog)
				.split(path.sep)
				.join('/'),
		});
		expect(onDisk.get(ids[1]!)).toMatchObject({
			category: 'ENVIRONMENT',
			priority: 'HIGH',
		});
		app.unmount();
	});

	test('every category key and every priority key', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		const expected = [
			['b', 'BUG'],
			['c', 'CONFIGURATION'],
			['e', 'ENVIRONMENT'],
			['t', 'TEST_DESIGN'],
			['u', 'UNKNOWN'],
		] as const;
		for (const [key] of expected) {
			await press(app, key);
		}

		const onDisk = decisionsOnDisk(data);
		for (const [index, [, category]] of expected.entries()) {
			expect(onDisk.get(ids[index]!)?.category).toBe(category);
		}

		// A priority key on a decided row changes it at once, without moving.
		await press(app, 'g', '3');
		expect(decisionsOnDisk(data).get(ids[0]!)?.priority).toBe('LOW');
		await press(app, '2');
		expect(decisionsOnDisk(data).get(ids[0]!)?.priority).toBe('MEDIUM');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		app.unmount();
	});

	test('a and Enter accept the suggestion', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, 'G', 'a');
		const last = data.analysis.failures.at(-1)!;
		expect(decisionsOnDisk(data).get(ids.at(-1)!)).toMatchObject({
			category: last.suggestion.category,
			priority: last.suggestion.priority,
		});
		await press(app, 'g', keys.enter);
		expect(decisionsOnDisk(data).get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: 'HIGH',
		});
		app.unmount();
	});

	test('z undoes, one action at a time', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, 'b', 'c');
		expect(decisionsOnDisk(data).size).toBe(2);
		await press(app, 'z');
		expect(frame(app)).toContain('undone: decision removed from');
		expect(decisionsOnDisk(data).size).toBe(1);
		// The undone row is selected again.
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		await press(app, 'z');
		expect(decisionsOnDisk(data).size).toBe(0);
		expect(frame(app)).toContain('0/165 decided');
		await press(app, 'z');
		expect(frame(app)).toContain('nothing to undo');
		app.unmount();
	});

	test("a priority pressed on the next row does not follow z's undo back to the row it selects", async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		const suggested = data.analysis.failures[0]!.suggestion.priority;
		await press(app, 'b');
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		await press(app, '3');
		expect(frame(app)).toContain('priority LOW for this failure');
		await press(app, 'z');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		await press(app, 'b');
		expect(decisionsOnDisk(data).get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: suggested,
		});
		expect(suggested).not.toBe('LOW');
		app.unmount();
	});

	test('# edits the note', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, '#');
		expect(frame(app)).toContain('note:');
		await type(app, 'flaky ACL order');
		await press(app, keys.enter);
		expect(frame(app)).toContain('saved note (and BUG HIGH)');
		expect(frame(app)).toContain('note: flaky ACL order');
		expect(decisionsOnDisk(data).get(ids[0]!)?.note).toBe('flaky ACL order');
		// esc cancels an edit.
		await press(app, '#');
		await type(app, ' more');
		await press(app, keys.escape);
		expect(decisionsOnDisk(data).get(ids[0]!)?.note).toBe('flaky ACL order');
		app.unmount();
	});
});
