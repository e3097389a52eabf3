/**
Team tour 65: when a refresh brought other sessions' decisions, the review's line said `· another session changed
decisions too` (or `updated: another session changed decisions`) without saying which tests or who, though the rows
and the store knew both. It now names them as other lines do: `ana changed decisions on test_a, test_b and 1 more`.
*/
import {describe, expect, test} from 'vitest';
import type {Phase} from '../../source/log/model.js';
import {shortTestName} from '../../source/review/not-saved-rows.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {fixture, frame, press} from '../ui/helpers.js';
import {reviewOnStore, until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('others’ decisions named');

describe.skipIf(!server)('a refresh that brings a teammate’s decisions', () => {
	test(
		'names the tests and who decided them, after an own save and on its own',
		{timeout: 60_000},
		async () => {
			const url = await server!.createDatabase();
			const data = await fixture();
			const failures = data.analysis.failures.map(each => each.failure);
			const [, second, third, fourth, fifth] = failures;
			const {app, journal: ben} = await reviewOnStore(data, {
				url,
				who: 'ben',
				reconnectInterval: 200,
			});
			const ana = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'ana',
				listen: false,
			});
			try {
				await until(app, '0/165 decided');
				const decide = async (
					failures: ReadonlyArray<{id: string; phase: Phase}>,
				) =>
					ana.decideMany(
						failures.map(failure => ({
							id: failure.id,
							phase: failure.phase,
							category: 'ENVIRONMENT',
							priority: 'LOW',
						})),
					);
				/** The frame as one line: the status line wraps, and is cut at its second line's end. */
				const text = () => frame(app).replaceAll(/\s+/g, ' ');

				// On its own: one decision, named, and who made it.
				await decide([second!]);
				await until(app, '1/165 decided');
				await until(app, 'updated: ana');
				expect(text()).toContain(
					`updated: ana changed the decision on ${shortTestName(second!.id)}`,
				);

				await press(app, 'g', 'b');
				await until(app, 'saved: BUG');

				// A refresh after the save: its news replaces the word, two tests named and how many more.
				await decide([third!, fourth!, fifth!]);
				await until(app, '5/165 decided');
				await until(app, 'decisions on');
				expect(text()).toContain('saved: BUG');
				expect(text()).toContain(
					`· ana changed decisions on ${shortTestName(third!.id)}, ${shortTestName(fourth!.id).slice(0, 20)}`,
				);
				expect(text()).not.toContain(
					`ana changed the decision on ${shortTestName(second!.id)}`,
				);
				expect(text()).not.toContain('another session');
			} finally {
				app.unmount();
				await ana.close();
				await ben.close();
			}
		},
	);
});
