/**
Keys faster than a save: a terminal sends keys pressed within milliseconds in one read (`tmux send-keys c 3`),
so the second key reaches the reducer before the first one's save has run. Each must act on the state the key
before it produced.
*/
import {describe, expect, test} from 'vitest';
import type {ReviewJournal} from '../../source/app.js';
import type {DecisionInput} from '../../source/triage/journal.js';
import {
	decisionsOnDisk,
	type Fixture,
	fixture,
	frame,
	type Rendered,
	renderReview,
	selectedLine,
	settle,
} from './helpers.js';

/** Every failure but the first `except` decided ENVIRONMENT HIGH, so that a decision leaves the cursor where it is. */
function decideAll(data: Fixture, except = 0) {
	data.journal.decideMany(
		data
			.review()
			.rows.slice(except)
			.map((row): DecisionInput => ({
				id: row.analyzed.failure.id,
				phase: row.analyzed.failure.phase,
				category: 'ENVIRONMENT',
				priority: 'HIGH',
			})),
	);
}

/** Wide enough for the list's whole category names. */
const wide = {rows: 30, columns: 140};

function firstKey(data: Fixture): string {
	return data.review().rows[0]!.key;
}

/** Keys in one write, as a terminal delivers keys pressed within a read. */
async function burst(app: Rendered, keys: string) {
	app.stdin.write(keys);
	await settle();
}

describe('keys pressed faster than a save', () => {
	test('a priority right after a category keeps that category (a decided failure)', async () => {
		const data = await fixture();
		decideAll(data);
		const app = await renderReview(data, {}, wide);
		await burst(app, 'c3');
		const decision = decisionsOnDisk(data).get(firstKey(data));
		expect(decision?.category).toBe('CONFIGURATION');
		expect(decision?.priority).toBe('LOW');
		expect(selectedLine(app)).toContain('LOW    CONFIGURATION');
		app.unmount();
	});

	test('a priority right after a category keeps that category (the last undecided failure)', async () => {
		const data = await fixture();
		decideAll(data, 1);
		const app = await renderReview(data, {}, wide);
		await burst(app, 'c3');
		const decision = decisionsOnDisk(data).get(firstKey(data));
		expect(decision?.category).toBe('CONFIGURATION');
		expect(decision?.priority).toBe('LOW');
		app.unmount();
	});

	test('two category keys: the second wins, with the priority the first left', async () => {
		const data = await fixture();
		decideAll(data);
		const app = await renderReview(data, {}, wide);
		await burst(app, '3cu');
		const decision = decisionsOnDisk(data).get(firstKey(data));
		expect(decision?.category).toBe('UNKNOWN');
		expect(decision?.priority).toBe('LOW');
		app.unmount();
	});

	test('a note typed right after a category is saved with that category', async () => {
		const data = await fixture();
		decideAll(data);
		const app = await renderReview(data, {}, wide);
		await burst(app, 'b#db down\r');
		const decision = decisionsOnDisk(data).get(firstKey(data));
		expect(decision?.category).toBe('BUG');
		expect(decision?.note).toBe('db down');
		app.unmount();
	});

	test('an undo right after a category undoes it', async () => {
		const data = await fixture();
		decideAll(data);
		const app = await renderReview(data, {}, wide);
		await burst(app, 'cz');
		expect(decisionsOnDisk(data).get(firstKey(data))?.category).toBe(
			'ENVIRONMENT',
		);
		expect(selectedLine(app)).toContain('HIGH   ENVIRONMENT');
		app.unmount();
	});

	test('a category right after an undo acts on what the undo restored', async () => {
		const data = await fixture();
		decideAll(data);
		const app = await renderReview(data, {}, wide);
		await burst(app, '#hi\r');
		expect(decisionsOnDisk(data).get(firstKey(data))?.note).toBe('hi');
		await burst(app, 'zc');
		const decision = decisionsOnDisk(data).get(firstKey(data));
		expect(decision?.category).toBe('CONFIGURATION');
		expect(decision?.note).toBe('');
		expect(frame(app)).not.toContain('note: hi');
		app.unmount();
	});

	test('a slow store: the decision shows at once, and one that fails is taken back and said', async () => {
		const data = await fixture();
		decideAll(data);
		const saves: Array<() => void> = [];
		const journal: ReviewJournal = {
			...data.journal,
			async decideMany(inputs) {
				const call = saves.length;
				await new Promise<void>(resolve => {
					saves.push(resolve);
				});
				// The first save fails (a lost connection); the next ones are saved.
				if (call === 0) {
					throw new Error('connection lost');
				}

				return data.journal.decideMany(inputs);
			},
			state: () => data.journal.state(),
			undoIf: accept => data.journal.undoIf(accept),
			refresh: () => data.journal.refresh(),
		};
		const app = await renderReview(data, {journal}, wide);
		await burst(app, 'c');
		expect(selectedLine(app)).toContain('HIGH   CONFIGURATION');
		expect(frame(app)).toContain('saving…');
		await burst(app, '3');
		expect(selectedLine(app)).toContain('LOW    CONFIGURATION');
		// The category's save fails, the priority's (CONFIGURATION LOW) is still on its way.
		saves[0]!();
		await settle();
		expect(frame(app)).toContain('NOT saved: connection lost');
		expect(selectedLine(app)).toContain('LOW    CONFIGURATION');
		saves[1]!();
		await settle();
		await settle();
		expect(decisionsOnDisk(data).get(firstKey(data))?.category).toBe(
			'CONFIGURATION',
		);
		expect(frame(app)).not.toContain('saving…');
		app.unmount();
	});

	test('a failed save alone leaves the journal’s decision on screen', async () => {
		const data = await fixture();
		decideAll(data);
		const journal: ReviewJournal = {
			...data.journal,
			async decideMany() {
				throw new Error('disk full');
			},
			state: () => data.journal.state(),
			undoIf: accept => data.journal.undoIf(accept),
			refresh: () => data.journal.refresh(),
		};
		const app = await renderReview(data, {journal}, wide);
		await burst(app, 'c3');
		await settle();
		expect(frame(app)).toContain('NOT saved: disk full');
		expect(selectedLine(app)).toContain('HIGH   ENVIRONMENT');
		app.unmount();
	});
});
