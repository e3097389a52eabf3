/**
The status line after another session changes the decision this one just saved: `✓ saved: BUG HIGH …` with
`another session changed decisions too` read as still saved, while the decision was undone (`triage undo` in
another terminal) or replaced. The line says what became of it; a change to other failures keeps the
confirmation, as before. Another session's decision committed right after this one's save, and read back with it
(two people pressing a key on one failure at once on a store), said `✓ saved: TEST_DESIGN MEDIUM …` beside a row
showing CONFIGURATION (QA 50).
*/
import {describe, expect, test} from 'vitest';
import {openJournal} from '../../source/triage/journal.js';
import {
	fixture,
	frame,
	loadRun,
	press,
	redisLog,
	renderReview,
} from './helpers.js';

async function redisIds() {
	const run = await loadRun(redisLog);
	return run.failures.map(failure => failure.id);
}

async function settleRefresh(): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, 100);
	});
}

describe('another session changes the decision just saved', () => {
	test('undone there: the line says it has no decision now, not saved', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data, {refreshInterval: 20});
		await press(app, '1', 'b');
		expect(frame(app)).toContain('✓ saved: BUG HIGH');
		// `triage undo` in another terminal.
		openJournal(data.journalPath, {now: () => new Date()}).undo();
		await settleRefresh();
		const text = frame(app);
		expect(text).not.toContain('✓ saved: BUG HIGH');
		expect(text).toMatch(
			/updated: another session undid your decision on\s+\S*test_acl_getuser_setuser/,
		);
		expect(text).toContain(ids[0]!.slice(-20));
		expect(text).toContain('0/165 decided');
		app.unmount();
	});

	test('decided again there: the line says what it is now', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data, {refreshInterval: 20});
		await press(app, '1', 'b');
		openJournal(data.journalPath, {now: () => new Date()}).decide({
			id: ids[0]!,
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		await settleRefresh();
		expect(frame(app)).toMatch(
			/updated: another session replaced your decision: TEST_DESIGN LOW on\s+\S*test_acl_getuser_setuser/,
		);
		app.unmount();
	});

	test('only its note or issue changed there: the line says so, not that the decision was replaced (QA 29)', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data, {refreshInterval: 20});
		await press(app, '1', 'b');
		expect(frame(app)).toContain('✓ saved: BUG HIGH');
		// A teammate's `#` on that failure: the same category and priority, a note added.
		const other = openJournal(data.journalPath, {now: () => new Date()});
		other.decide({
			id: ids[0]!,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			note: 'leaks 2MB per call',
		});
		await settleRefresh();
		expect(frame(app)).not.toContain('replaced your decision');
		expect(frame(app)).toMatch(
			/updated: another session changed the note of your decision \(BUG HIGH\) on\s+\S*test_acl_getuser_setuser/,
		);
		await press(app, 'k', '3');
		// Saved LOW again here, then an issue linked there.
		expect(frame(app)).toContain('✓ saved: BUG LOW');
		other.decide({
			id: ids[0]!,
			phase: 'call',
			category: 'BUG',
			priority: 'LOW',
			note: 'leaks 2MB per call',
			issue: '#12',
		});
		await settleRefresh();
		expect(frame(app)).toMatch(
			/updated: another session changed the issue link of your decision \(BUG LOW\) on\s+\S*test_acl_getuser_setuser/,
		);
		app.unmount();
	});

	test('several saved at once, some changed there: how many', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data, {refreshInterval: 20});
		// Three marked rows decided with one key.
		await press(app, ' ', ' ', ' ', 'b');
		expect(frame(app)).toContain('✓ saved');
		openJournal(data.journalPath, {now: () => new Date()}).decide({
			id: ids[1]!,
			category: 'UNKNOWN',
			priority: 'LOW',
		});
		await settleRefresh();
		expect(frame(app)).toContain(
			'updated: another session changed 1 of the 3 decisions you saved',
		);
		app.unmount();
	});

	test('decided there right after the save, before it was read back: what it is now, not saved', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const real = data.journal;
		const other = openJournal(data.journalPath, {now: () => new Date()});
		// The save returns with the other session's decision already in the state read back.
		const journal = new Proxy(real, {
			get(target, key) {
				if (key === 'decideMany') {
					return (inputs: Parameters<typeof real.decideMany>[0]) => {
						const events = real.decideMany(inputs);
						other.decide({
							id: ids[0]!,
							phase: 'call',
							category: 'CONFIGURATION',
							priority: 'MEDIUM',
						});
						real.refresh();
						return events;
					};
				}

				const value = Reflect.get(target, key, target) as unknown;
				return typeof value === 'function'
					? (value as (...arguments_: unknown[]) => unknown).bind(target)
					: value;
			},
		});
		const app = await renderReview(data, {journal});
		await press(app, '1', 't');
		const text = frame(app);
		expect(text).not.toContain('✓ saved');
		expect(text).toMatch(
			/updated: another session replaced your decision: CONFIGURATION MEDIUM on\s+\S*test_acl_getuser_setuser/,
		);
		app.unmount();
	});
});
