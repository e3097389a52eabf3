/**
Team tour 64: quitting (`q`) with decisions NOT saved while the store was away, the terminal's last line counted them
(`2 decisions were NOT saved to store …`) but did not name them, as the screen's not-saved rows and the "back" line do:
the person did not know which to make again once the screen was gone. The line names their tests.
*/
import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import App from '../../source/app.js';
import {notSavedLine} from '../../source/commands/review-not-saved.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {buildReview} from '../../source/triage/review.js';
import {fixture, press} from '../ui/helpers.js';
import {until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('decisions not saved, named on leaving');

/** The name a line gives a test: its last `::` part, with its class (`TestX.test_y`). */
function shortName(id: string): string {
	return id.split('::').slice(-2).join('.');
}

describe.skipIf(!server)('quitting with decisions NOT saved', () => {
	test('the line on leaving names their tests', {timeout: 60_000}, async () => {
		const url = await server!.createDatabase();
		const data = await fixture();
		const journal = await openStoreJournal({
			url,
			who: 'ana',
			reconnectInterval: 60_000,
			now: () => new Date(),
		});
		let quit: {count: number; tests: readonly string[]} | undefined;
		const app = render(
			<App
				review={buildReview(data.analysis, journal.state())}
				journal={journal}
				refreshInterval={50}
				theme={{isColor: false}}
				onQuit={(_isInterrupt, notSaved, _note, tests = []) => {
					quit = {count: notSaved, tests};
				}}
			/>,
		);
		const [first, second] = data.analysis.failures.map(each => each.failure);
		try {
			await until(app, '0/165 decided');
			server!.stop();
			try {
				await until(app, 'store connection lost');
				await press(app, 'e');
				await until(app, 'NOT saved');
				await press(app, 'j', 'b');
				await until(app, 'NOT saved');
				await press(app, 'q');
				await new Promise<void>(resolve => {
					const poll = setInterval(() => {
						if (quit !== undefined) {
							clearInterval(poll);
							resolve();
						}
					}, 25);
				});
			} finally {
				server!.start();
			}

			expect(quit?.count).toBe(2);
			const line = notSavedLine(quit!.count, journal.path, quit!.tests);
			expect(line).toContain('2 decisions were NOT saved to ');
			expect(line).toContain(
				`: ${shortName(first!.id)}, ${shortName(second!.id)}`,
			);
		} finally {
			app.unmount();
			await journal.close();
		}
	});

	test('a line names at most three, and counts the rest', () => {
		expect(
			notSavedLine(5, 'triage.jsonl', ['test_a', 'test_b', 'test_c', 'test_d']),
		).toBe(
			'5 decisions were NOT saved to triage.jsonl (make them again once it can be written): test_a, test_b, test_c and 2 more',
		);
		expect(notSavedLine(1, 'triage.jsonl', [])).toBe(
			'1 decision was NOT saved to triage.jsonl (make it again once it can be written)',
		);
	});
});
