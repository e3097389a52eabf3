import {spawn} from 'node:child_process';
import {once} from 'node:events';
import path from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import {undoCommand} from '../../source/commands/undo.js';
import {openStoreJournal} from '../../source/store/decisions.js';
import {decisionFor, sameAction} from '../../source/triage/journal.js';
import {runCli} from '../cli-helpers.js';
import {bundledScript} from '../child-script.js';
import {serverForTests} from './server.js';

const server = await serverForTests('store');

const now = () => new Date('2026-12-02T10:42:00Z');
const decider = bundledScript(path.join(import.meta.dirname, 'decider.ts'));

/** COUNT decisions by NAME, one action each, from another process; resolves once it exited. */
async function decideElsewhere(url: string, name: string, count: number) {
	const child = spawn(process.execPath, [decider, url, name, String(count)], {
		stdio: 'ignore',
	});
	const [code] = await once(child, 'exit');
	expect(code).toBe(0);
}

describe.skipIf(!server)(
	"undo and another session's action, on a store",
	() => {
		test("another process's action: described as not ours and by whom, refused without asking, undone once asked about", async () => {
			const url = await server!.createDatabase();
			const review = await openStoreJournal({
				url,
				now,
				who: 'ada',
				listen: false,
			});
			await review.decide({
				id: 'tests/test_ada.py::test_0',
				phase: 'call',
				category: 'BUG',
				priority: 'HIGH',
			});
			expect(await review.nextUndo()).toMatchObject({
				isOwn: true,
				by: 'ada',
				tests: 1,
				at: '2026-12-02T10:42:00.000Z',
			});

			await decideElsewhere(url, 'bob', 2);
			// Not listening: nextUndo reads what bob committed first.
			const target = (await review.nextUndo())!;
			expect(target).toMatchObject({
				isOwn: false,
				by: 'bob',
				tests: 1,
				reports: 1,
				id: 'tests/test_bob.py::test_1',
			});
			const refused = await review.undoIf(each => each.isOwn);
			expect(refused.events).toEqual([]);
			expect(
				decisionFor(review.state(), 'tests/test_bob.py::test_1', 'call'),
			).toBeDefined();

			const undone = await review.undoIf(sameAction(target.group));
			expect(undone.events.map(event => [event.t, event.id, event.by])).toEqual(
				[['clear', 'tests/test_bob.py::test_1', 'ada']],
			);
			await review.close();

			// A third session sees bob's other action as the newest, and not as its own.
			const third = await openStoreJournal({
				url,
				now,
				who: 'ada',
				listen: false,
			});
			expect(await third.nextUndo()).toMatchObject({
				isOwn: false,
				by: 'bob',
				id: 'tests/test_bob.py::test_0',
			});
			await third.close();
		});

		test('another process appends between the question and the answer: nothing is undone', async () => {
			const url = await server!.createDatabase();
			const review = await openStoreJournal({
				url,
				now,
				who: 'ada',
				listen: false,
			});
			await decideElsewhere(url, 'bob', 1);
			const asked = (await review.nextUndo())!;
			await decideElsewhere(url, 'carol', 1);
			const outcome = await review.undoIf(sameAction(asked.group));
			expect(outcome.events).toEqual([]);
			expect(outcome.target).toMatchObject({isOwn: false, by: 'carol'});
			expect(review.state().size).toBe(2);
			await review.close();
		});

		test("triage undo: another person's action needs --yes; one's own is undone and the output says whose", async () => {
			const url = await server!.createDatabase();
			await decideElsewhere(url, 'bob', 1);
			const refused = runCli(['undo', '--store', url, '--who', 'ada']);
			expect(refused.status).toBe(1);
			expect(refused.stderr).toContain(
				"triage undo: nothing undone; the newest is another person's action: a decision on tests/test_bob.py::test_0 by bob",
			);
			expect(refused.stderr).toContain('. To undo it: triage undo --yes\n');

			const forced = runCli(['undo', '--store', url, '--who', 'ada', '--yes']);
			expect(forced.stderr).toBe('');
			expect(forced.status).toBe(0);
			expect(forced.stdout).toMatch(
				/^undid another person's action: a decision on tests\/test_bob\.py::test_0 by bob (at|on) /,
			);
			expect(forced.stdout).toContain(
				'undone: tests/test_bob.py::test_0 has no decision again (was BUG HIGH)',
			);

			await decideElsewhere(url, 'ada', 1);
			const own = runCli(['undo', '--store', url, '--who', 'ada']);
			expect(own.status).toBe(0);
			expect(own.stdout).toMatch(
				/^undid your action: a decision on tests\/test_ada\.py::test_0 by ada /,
			);
		});

		test('triage undo on a terminal: n keeps it; another action while asked: nothing undone', async () => {
			const url = await server!.createDatabase();
			await decideElsewhere(url, 'bob', 1);
			const errors: string[] = [];
			const spy = vi
				.spyOn(process.stderr, 'write')
				.mockImplementation((text: string | Uint8Array) => {
					errors.push(String(text));
					return true;
				});
			try {
				const questions: string[] = [];
				const kept = await undoCommand(
					{store: url, who: 'ada'},
					{
						async ask(question) {
							questions.push(question);
							return 'n';
						},
					},
				);
				expect(kept).toBe(1);
				expect(questions).toEqual([
					expect.stringMatching(
						/^Undo another person's action: a decision on tests\/test_bob\.py::test_0 by bob (at|on) [\d: -]+\? \[y\/N] $/,
					),
				]);
				expect(errors.join('')).toBe('nothing undone\n');

				errors.length = 0;
				const raced = await undoCommand(
					{store: url, who: 'ada'},
					{
						async ask() {
							await decideElsewhere(url, 'carol', 1);
							return 'y';
						},
					},
				);
				expect(raced).toBe(1);
				expect(errors.join('')).toMatch(
					/^triage undo: the newest action changed while you were asked \(now: a decision on tests\/test_carol\.py::test_0 by carol (at|on) [\d: -]+\); nothing undone\n$/,
				);
			} finally {
				spy.mockRestore();
			}

			const check = await openStoreJournal({
				url,
				now,
				who: 'check',
				listen: false,
			});
			expect(check.state().size).toBe(2);
			await check.close();
		});
	},
);
