/**
A failure decided during a live run on a team's store, before pytest printed its traceback: the signature is
added when the traceback comes. When the store was away at that moment (`pg_ctl stop` as the run ended), the line
said `decisions saved, but not the errors they were made on` and the signature was never added, even once the
store was back with the review still open: the decision could never go stale on a later day (QA 29, the built
CLI in tmux, real pytest 7.2). The review tries again when the store says it is back.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import App from '../../source/app.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {LiveReview} from '../../source/live/live-review.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {decisionFor} from '../../source/triage/journal.js';
import {press, resize, settle} from '../ui/helpers.js';
import {until} from './review-on-store.js';
import {serverForTests} from './server.js';

const server = await serverForTests('late signature, store away');
const log = fs.readFileSync('fixtures/pytest9/v/run.log');
const failing = 'tests/sub/test_other.py::test_fail_assert';

async function* parts(list: readonly Buffer[], between: () => Promise<void>) {
	for (const part of list) {
		yield part;
		await between();
	}
}

describe.skipIf(!server)(
	'a live decision whose signature comes while the store is away',
	() => {
		test('the signature is added once the store is back', async () => {
			const url = await server!.createDatabase();
			const journal = await openStoreJournal({
				url,
				now: () => new Date(),
				who: 'ada',
				reconnectInterval: 200,
			});
			const live = new LiveReview({
				source: 'run.log',
				ruleSet: builtInRuleSet(),
				journal,
				minimumInterval: 0,
			});
			const text = log.toString('utf8');
			const failuresAt = Buffer.byteLength(
				text.slice(0, text.search(/^=+ (?:ERRORS|FAILURES) =+$/m)),
			);
			let step: () => void = () => undefined;
			const gate = async () =>
				new Promise<void>(resolve => {
					step = resolve;
				});
			const stream = live.tap(
				parts(
					[log.subarray(0, failuresAt), log.subarray(failuresAt)],
					async () => {
						await live.flush();
						await gate();
					},
				),
			);
			const reading = (async () => {
				for await (const _ of stream) {
					// Consumed as the real read would.
				}
			})();
			await settle();
			await settle();
			const app = render(
				<App
					review={live.get().review!}
					journal={journal}
					refreshInterval={50}
					theme={{isColor: false}}
					live={live}
				/>,
			);
			await settle();
			await resize(app, {rows: 30, columns: 100});
			await press(app, 'g', 'b');
			await until(app, 'saved: BUG');
			expect(decisionFor(journal.state(), failing, 'call')?.signature).toBe(
				undefined,
			);

			// The store goes away; then the run prints its FAILURES.
			server!.stop();
			try {
				await until(app, 'store connection lost');
				step();
				await until(
					app,
					'decisions saved, but not the errors they were made on',
				);
			} finally {
				server!.start();
			}

			await until(app, 'store connected again');
			const row = live
				.get()
				.review!.rows.find(each => each.analyzed.failure.id === failing)!;
			// What the store holds, read afresh each time: a journal opened without LISTEN reads the store once, when it
			// opens (`refresh` only says whether a notification came), so one opened before the signature committed never
			// saw it (the test failed so under load: the check opened within the milliseconds between the notice that the
			// store was back and the signature's commit).
			const signed = async () => {
				const check = await openStoreJournal({
					url,
					now: () => new Date(),
					who: 'check',
					listen: false,
				});
				try {
					return decisionFor(check.state(), failing, 'call');
				} finally {
					await check.close();
				}
			};

			// The loop ends as soon as the signature is there: the deadline only bounds a machine under load (a run of
			// the whole suite on two workers beside other work once took more than 5 s here).
			const deadline = Date.now() + 30_000;
			let decision = await signed();
			while (decision?.signature === undefined && Date.now() < deadline) {
				await new Promise(resolve => {
					setTimeout(resolve, 100);
				});
				decision = await signed();
			}

			expect(decision).toMatchObject({
				category: 'BUG',
				signature: row.analyzed.cluster,
			});

			step();
			await reading;
			live.stop();
			app.unmount();
			await journal.close();
		});
	},
);
