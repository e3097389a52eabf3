import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {decisionFor} from '../../source/triage/journal.js';
import {fixture, frame, press} from '../ui/helpers.js';
import {reviewOnStore, until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('review');

describe.skipIf(!server)('a review session on a store', () => {
	test('another session’s decision shows up; the server stopped says NOT saved, restarted recovers', async () => {
		const url = await server!.createDatabase();
		const data = await fixture();
		const {app, journal} = await reviewOnStore(data, {
			url,
			who: 'ada',
			reconnectInterval: 200,
		});
		await until(app, '0/165 decided');
		const first = data.analysis.failures[0]!.failure;
		const second = data.analysis.failures[1]!.failure;
		await press(app, 'b');
		await until(app, 'saved: BUG');
		await until(app, '1/165 decided');

		// Another session on the same store: its decision shows (the store has no polling: only NOTIFY brings it).
		const other = await openStoreJournal({
			url,
			now: () => new Date(),
			who: 'bob',
			listen: false,
		});
		await other.decide({
			id: data.analysis.failures[5]!.failure.id,
			phase: data.analysis.failures[5]!.failure.phase,
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		await until(app, '2/165 decided', 10_000);
		await other.close();

		server!.stop();
		await until(app, 'store connection lost');
		// One line that says it once: not "… until it is back (connection lost (terminating …))".
		expect(frame(app)).toMatch(
			/store connection lost, decisions NOT saved until it is back: (?!connection lost)/,
		);
		await press(app, 'e');
		await until(app, 'NOT saved');
		expect(frame(app)).toContain('2/165 decided');
		expect(
			decisionFor(journal.state(), second.id, second.phase),
		).toBeUndefined();

		server!.start();
		await until(app, 'store connected again');
		// The failed save left the cursor on the failure it did not save: deciding again decides it.
		await press(app, 'c');
		await until(app, 'saved: CONFIGURATION');
		await until(app, '3/165 decided');
		app.unmount();
		await journal.close();

		const check = await openStoreJournal({
			url,
			now: () => new Date(),
			who: 'check',
			listen: false,
		});
		expect(decisionFor(check.state(), first.id, first.phase)?.category).toBe(
			'BUG',
		);
		const events = await check.allEvents();
		expect(
			events.map(event => [
				event.by,
				event.t === 'decide' ? event.category : 'clear',
			]),
		).toEqual([
			['ada', 'BUG'],
			['bob', 'TEST_DESIGN'],
			['ada', 'CONFIGURATION'],
		]);
		await check.close();
	});

	test("z on another session's bulk decision asks; n keeps it; a decision meanwhile makes y ask again; y undoes", async () => {
		const url = await server!.createDatabase();
		const data = await fixture();
		const {app, journal} = await reviewOnStore(data, {url, who: 'ada'});
		await until(app, '0/165 decided');
		await press(app, 'b');
		await until(app, '1/165 decided');
		const bob = await openStoreJournal({
			url,
			now: () => new Date(),
			who: 'bob',
			listen: false,
		});
		await bob.decideMany(
			data.analysis.failures.slice(10, 40).map(({failure}) => ({
				id: failure.id,
				phase: failure.phase,
				category: 'ENVIRONMENT',
				priority: 'LOW',
			})),
		);
		await until(app, '31/165 decided');
		const text = () => frame(app).replaceAll(/\s+/g, ' ');
		await press(app, 'z');
		await until(app, 'y/n');
		expect(text()).toMatch(
			/undo another session's action: 30 decisions by bob (at|on) [\d: -]+\? y\/n/,
		);
		await press(app, 'n');
		await until(app, 'nothing undone');
		expect(journal.state().size).toBe(31);

		await press(app, 'z');
		await until(app, 'y/n');
		const last = data.analysis.failures[50]!.failure;
		await bob.decide({
			id: last.id,
			phase: last.phase,
			category: 'BUG',
			priority: 'HIGH',
		});
		await press(app, 'y');
		await until(app, 'changed meanwhile');
		expect(text()).toContain(
			"now the newest is another session's action: a decision on",
		);
		expect(journal.state().size).toBe(32);
		await press(app, 'y');
		await until(app, "undone another session's action");
		await until(app, '31/165 decided');
		await press(app, 'z');
		await until(app, 'y/n');
		await press(app, 'y');
		await until(app, '1/165 decided');
		// Ada's own decision: undone without a question.
		await press(app, 'z');
		await until(app, '0/165 decided');
		expect(frame(app)).toContain('✓ undone: decision removed from');
		app.unmount();
		await bob.close();
		await journal.close();
	});

	test('the detail pane says who made the decision shown: another session’s, then one’s own', async () => {
		const url = await server!.createDatabase();
		const data = await fixture();
		const first = data.analysis.failures[0]!.failure;
		const bob = await openStoreJournal({
			url,
			now: () => new Date(),
			who: 'bob',
			listen: false,
		});
		await bob.decide({
			id: first.id,
			phase: first.phase,
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		const {app, journal} = await reviewOnStore(data, {url, who: 'ada'});
		await until(app, '1/165 decided');
		expect(frame(app)).toMatch(/decided TEST_DESIGN LOW on [\d: -]+ by bob/);
		// Decided again here: the pane says it is Ada's now.
		await press(app, 'b');
		await until(app, 'saved: BUG');
		await press(app, 'g');
		await until(app, 'by ada');
		expect(frame(app)).toMatch(/decided BUG LOW on [\d: -]+ by ada/);
		app.unmount();
		await bob.close();
		await journal.close();
	});
});
