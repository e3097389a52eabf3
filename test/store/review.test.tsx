import {afterAll, describe, expect, test} from 'vitest';
import {render} from 'ink-testing-library';
import App from '../../source/app.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {buildReview} from '../../source/triage/review.js';
import {decisionFor} from '../../source/triage/journal.js';
import {fixture, frame, press} from '../ui/helpers.js';
import {startPostgres} from './server.js';

const started = await startPostgres();
if (!started.ok) {
	console.warn(`PostgreSQL review tests skipped: ${started.reason}`);
}

const server = started.ok ? started.server : undefined;
afterAll(() => {
	server?.destroy();
});

async function until(
	app: ReturnType<typeof render>,
	text: string,
	timeout = 10_000,
): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!frame(app).includes(text)) {
		if (Date.now() > deadline) {
			throw new Error(`"${text}" never showed; last frame:\n${frame(app)}`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}
}

describe.skipIf(!server)('a review session on a store', () => {
	test('another session’s decision shows up; the server stopped says NOT saved, restarted recovers', async () => {
		const url = await server!.createDatabase();
		const data = await fixture();
		const journal = await openStoreJournal({
			url,
			now: () => new Date(),
			who: 'ada',
			reconnectInterval: 200,
		});
		const app = render(
			<App
				review={buildReview(data.analysis, journal.state())}
				journal={journal}
				refreshInterval={50}
				theme={{isColor: false}}
			/>,
		);
		await until(app, '0/165 decided');
		const first = data.analysis.failures[0]!.failure;
		const second = data.analysis.failures[1]!.failure;
		await press(app, 'b');
		await until(app, 'saved: BUG');
		await until(app, '1/165 decided');

		// Another session on the same store: its decision shows within a second.
		const other = await openStoreJournal({
			url,
			now: () => new Date(),
			who: 'bob',
			listen: false,
		});
		const before = Date.now();
		await other.decide({
			id: data.analysis.failures[5]!.failure.id,
			phase: data.analysis.failures[5]!.failure.phase,
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		await until(app, '2/165 decided', 1000);
		expect(Date.now() - before).toBeLessThan(1000);
		await other.close();

		server!.stop();
		await until(app, 'store connection lost');
		await press(app, 'e');
		await until(app, 'NOT saved');
		expect(frame(app)).toContain('2/165 decided');
		expect(
			decisionFor(journal.state(), second.id, second.phase),
		).toBeUndefined();

		server!.start();
		await until(app, 'store connected again');
		await press(app, 'k', 'c');
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
});
