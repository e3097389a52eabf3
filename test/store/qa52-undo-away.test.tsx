/**
`z` with the store away (QA 52, the built CLI in tmux: `pg_ctl stop -m immediate` mid-review, then `z`): the status
line said only `✗ store …: could not connect to 127.0.0.1:55433 (Connection terminated unexpectedly)`, not what
became of the undo. It says `NOT undone`, the decision stays on screen and in the store, and `z` undoes it once the
store is back.
*/
import {describe, expect, test} from 'vitest';
import {decisionFor} from '../../source/triage/journal.js';
import {fixture, frame, press} from '../ui/helpers.js';
import {reviewOnStore, until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('undo with the store away');

describe.skipIf(!server)('z with the store away', () => {
	test(
		'says NOT undone and keeps the decision; z undoes it once the store is back',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const data = await fixture();
			const {app, journal} = await reviewOnStore(data, {
				url,
				who: 'ada',
				reconnectInterval: 200,
			});
			try {
				await until(app, '0/165 decided');
				const first = data.analysis.failures[0]!.failure;
				await press(app, 'b');
				await until(app, 'saved: BUG');
				server!.stop();
				try {
					await until(app, 'store connection lost');
					await press(app, 'z');
					await until(app, 'NOT undone: ');
					expect(frame(app)).toContain('1/165 decided');
				} finally {
					server!.start();
				}

				await until(app, 'store connected again');
				expect(
					decisionFor(journal.state(), first.id, first.phase)?.category,
				).toBe('BUG');
				await press(app, 'z');
				await until(app, 'undone: decision removed from');
				await until(app, '0/165 decided');
			} finally {
				app.unmount();
				await journal.close();
			}
		},
	);
});
