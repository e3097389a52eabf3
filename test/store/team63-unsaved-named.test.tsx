/**
Team tour 63: decisions made while the store was away are NOT saved; once it was back the line said `2 decisions made
while it was away were NOT saved (make them again)`, but not which, and the rows showed them undecided among every
other undecided row. The line now names their tests, first, before a narrow line cuts it.
*/
import {describe, expect, test} from 'vitest';
import {fixture, frame, press} from '../ui/helpers.js';
import {reviewOnStore, until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('decisions not saved, named');

/** The name the line gives a test: its last `::` parts. */
function lastPart(id: string): string {
	return id.split('::').at(-1)!;
}

describe.skipIf(!server)('the store back after an outage', () => {
	test(
		'names the tests whose decisions were NOT saved while it was away',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const data = await fixture();
			const {app, journal} = await reviewOnStore(data, {
				url,
				who: 'ana',
				reconnectInterval: 200,
			});
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
				} finally {
					server!.start();
				}

				await until(app, 'store connected again');
				const text = frame(app);
				expect(text).toContain(
					'2 decisions were NOT saved while it was away, make them again:',
				);
				expect(text).toContain(lastPart(first!.id));
				expect(text).toContain(lastPart(second!.id));
				expect(text).toContain('0/165 decided');
			} finally {
				app.unmount();
				await journal.close();
			}
		},
	);
});
