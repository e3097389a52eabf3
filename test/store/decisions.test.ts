import {spawn} from 'node:child_process';
import {once} from 'node:events';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openStoreJournal} from '../../source/store/decisions.js';
import {StoreError} from '../../source/store/connection.js';
import {closeAllStores} from '../../source/store/open-clients.js';
import {decisionFor} from '../../source/triage/journal.js';
import {bundledScript} from '../child-script.js';
import {sql, serverForTests} from './server.js';

const server = await serverForTests('store');

const now = () => new Date('2026-12-01T10:00:00Z');
const decider = bundledScript(path.join(import.meta.dirname, 'decider.ts'));

function spawnDecider(url: string, name: string, count: number) {
	return spawn(process.execPath, [decider, url, name, String(count)], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}

async function until(condition: () => boolean, timeout = 5000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error('timed out');
		}

		await new Promise(resolve => {
			setTimeout(resolve, 20);
		});
	}
}

describe.skipIf(!server)('decisions on a PostgreSQL store', () => {
	test('runs are named from the triage file folder, as the file names them, not as typed', async () => {
		const url = await server!.createDatabase();
		const id = 'tests/test_a.py::test_one';
		const older = await openStoreJournal({url, now, who: 'ada', listen: false});
		// A decision an older triage wrote with this machine's path.
		await older.appendRaw([
			{
				t: 'decide',
				id,
				phase: 'call',
				category: 'BUG',
				priority: 'HIGH',
				note: '',
				run: '/home/ada/elsewhere/old.log',
				at: '2026-11-30T10:00:00.000Z',
				by: 'ada',
			},
		]);
		await older.close();
		const journal = await openStoreJournal({
			url,
			now,
			who: 'bob',
			listen: false,
			runsFrom: '/home/bob/repo/triage.jsonl',
		});
		await journal.decide({
			id,
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
			run: '/home/bob/repo/logs/run.log',
		});
		await journal.undo();
		const events = await journal.allEvents();
		expect(events.map(event => event.t === 'decide' && event.run)).toEqual([
			'/home/ada/elsewhere/old.log',
			'logs/run.log',
			// The undo restores the older decision; another machine's path outside the folder: its name alone.
			'old.log',
		]);
		await journal.close();
	});

	test('a log outside the triage file folder is named as the history names it: by its file name', async () => {
		const url = await server!.createDatabase();
		const id = 'tests/test_a.py::test_one';
		const older = await openStoreJournal({url, now, who: 'ada', listen: false});
		// A decision a store wrote before, named from the folder with `../`.
		await older.appendRaw([
			{
				t: 'decide',
				id,
				phase: 'call',
				category: 'BUG',
				priority: 'HIGH',
				note: '',
				run: '../logs/old.log',
				at: '2026-11-30T10:00:00.000Z',
				by: 'ada',
			},
		]);
		await older.close();
		const journal = await openStoreJournal({
			url,
			now,
			who: 'bob',
			listen: false,
			runsFrom: '/home/bob/repo/triage.jsonl',
		});
		await journal.decideMany([
			{
				id,
				phase: 'call',
				category: 'ENVIRONMENT',
				priority: 'LOW',
				run: '/home/bob/logs/run.log',
			},
			{
				id: 'tests/test_a.py::test_two',
				phase: 'call',
				category: 'BUG',
				priority: 'LOW',
				run: '/home/bob/repo/logs/a.log + /home/bob/b.log',
			},
		]);
		await journal.undo();
		const events = await journal.allEvents();
		expect(events.map(event => event.t === 'decide' && event.run)).toEqual([
			'../logs/old.log',
			'run.log',
			'logs/a.log + b.log',
			// The undo restores the older decisions, named as the store names runs now.
			'old.log',
			false,
		]);
		await journal.close();
	});

	test('a decision, the last one wins, undo appends, each event says who', async () => {
		const url = await server!.createDatabase();
		const journal = await openStoreJournal({
			url,
			now,
			who: 'ada',
			listen: false,
		});
		const id = 'tests/test_a.py::test_one';
		await journal.decide({
			id,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
		});
		await journal.decide({
			id,
			phase: 'call',
			category: 'ENVIRONMENT',
			priority: 'LOW',
		});
		expect(decisionFor(journal.state(), id, 'call')?.category).toBe(
			'ENVIRONMENT',
		);
		const undone = await journal.undo();
		expect(undone).toHaveLength(1);
		expect(decisionFor(journal.state(), id, 'call')?.category).toBe('BUG');
		await journal.close();

		const again = await openStoreJournal({url, now, who: 'bob', listen: false});
		expect(decisionFor(again.state(), id, 'call')?.category).toBe('BUG');
		const events = await again.allEvents();
		expect(events.map(event => event.by)).toEqual(['ada', 'ada', 'ada']);
		expect(events.map(event => event.t)).toEqual([
			'decide',
			'decide',
			'decide',
		]);
		await again.close();
	});

	test('a signature added to a decision made before its error was known: kept, and part of no undo step', async () => {
		const url = await server!.createDatabase();
		const journal = await openStoreJournal({
			url,
			now,
			who: 'ada',
			listen: false,
		});
		const id = 'tests/test_a.py::test_live';
		await journal.decide({
			id,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
		});
		const decision = decisionFor(journal.state(), id, 'call')!;
		expect(decision.signature).toBeUndefined();
		await journal.addSignatures([{decision, signature: 'a1b2c3d4e5'}]);
		expect(decisionFor(journal.state(), id, 'call')).toEqual({
			...decision,
			signature: 'a1b2c3d4e5',
		});
		const again = await openStoreJournal({url, now, who: 'bob', listen: false});
		expect(decisionFor(again.state(), id, 'call')?.signature).toBe(
			'a1b2c3d4e5',
		);
		// The decision is what `z` undoes.
		expect(await journal.nextUndo()).toMatchObject({isOwn: true});
		await journal.undo();
		expect(decisionFor(journal.state(), id, 'call')).toBeUndefined();
		await journal.close();
		await again.close();
	});

	test('a run named alone on a decision whose error never came (a pipe left early): kept, no signature', async () => {
		const url = await server!.createDatabase();
		const journal = await openStoreJournal({
			url,
			now,
			who: 'ada',
			listen: false,
		});
		const id = 'tests/test_a.py::test_piped';
		await journal.decide({
			id,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			run: '-',
		});
		const decision = decisionFor(journal.state(), id, 'call')!;
		expect(decision.run).toBe('-');
		const [event] = await journal.addSignatures([
			{decision, run: 'stdin-1.log'},
		]);
		expect(event).toMatchObject({adds: 'run'});
		const again = await openStoreJournal({url, now, who: 'bob', listen: false});
		const named = decisionFor(again.state(), id, 'call');
		expect(named?.run).toMatch(/stdin-1\.log$/);
		expect(named?.signature).toBeUndefined();
		await journal.close();
		await again.close();
	});

	// The store has no polling: without LISTEN/NOTIFY the other session never sees the decision, and the wait ends
	// in failure. How soon it sees it is not asserted here (a unit test's time is noise on a shared machine).
	test('two sessions see each other’s decisions (LISTEN/NOTIFY)', async () => {
		const url = await server!.createDatabase();
		const first = await openStoreJournal({url, now, who: 'ada'});
		const second = await openStoreJournal({url, now, who: 'bob'});
		const id = 'tests/test_b.py::test_two';
		await first.decide({id, phase: 'call', category: 'BUG', priority: 'HIGH'});
		await until(() => second.refresh(), 10_000);
		expect(decisionFor(second.state(), id, 'call')?.category).toBe('BUG');
		await second.decide({
			id,
			phase: 'call',
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		await until(() => first.refresh(), 10_000);
		expect(decisionFor(first.state(), id, 'call')?.category).toBe(
			'TEST_DESIGN',
		);
		await first.close();
		await second.close();
	});

	test('a decision still being saved when the command ends (the review quit on `b q`) commits before the connections close', async () => {
		const url = await server!.createDatabase();
		const journal = await openStoreJournal({url, now, who: 'ada'});
		const id = 'tests/test_c.py::test_quit';
		const saving = journal.decide({
			id,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
		});
		expect(await closeAllStores()).toEqual([]);
		await saving;
		const again = await openStoreJournal({url, now, who: 'bob', listen: false});
		expect(decisionFor(again.state(), id, 'call')?.category).toBe('BUG');
		await again.close();
	});

	test('a newer schema is refused with one line and never written to', async () => {
		const url = await server!.createDatabase();
		const journal = await openStoreJournal({
			url,
			now,
			who: 'ada',
			listen: false,
		});
		await journal.close();
		await sql(url, "UPDATE meta SET value = '99' WHERE name = 'store_schema'");
		const error = await openStoreJournal({url, now, who: 'ada'}).catch(
			(error: unknown) => error,
		);
		expect(error).toBeInstanceOf(StoreError);
		expect(await sql(url, 'SELECT value FROM meta ORDER BY name')).toEqual([
			{value: '99'},
		]);
		expect(
			await sql(url, 'SELECT count(*)::int AS n FROM decision_events'),
		).toEqual([{n: 0}]);
		expect((error as Error).message).toMatch(
			/^store postgresql:\/\/triage@.*: written by a newer triage \(store schema 99, this one knows 1\); not used$/,
		);
	});

	test('two deciders × 500 decisions at once: nothing lost', async () => {
		const url = await server!.createDatabase();
		// Set up the schema first: both deciders then only append.
		const setup = await openStoreJournal({
			url,
			now,
			who: 'setup',
			listen: false,
		});
		await setup.close();
		const children = [
			spawnDecider(url, 'ada', 500),
			spawnDecider(url, 'bob', 500),
		];
		const codes = await Promise.all(
			children.map(async child => {
				let errors = '';
				child.stderr.on('data', (chunk: Buffer) => {
					errors += chunk.toString();
				});
				const [code] = await once(child, 'exit');
				expect(errors).toBe('');
				return code as number;
			}),
		);
		expect(codes).toEqual([0, 0]);
		const journal = await openStoreJournal({
			url,
			now,
			who: 'check',
			listen: false,
		});
		const state = journal.state();
		for (const name of ['ada', 'bob']) {
			for (let index = 0; index < 500; index++) {
				expect(
					decisionFor(state, `tests/test_${name}.py::test_${index}`, 'call')
						?.category,
				).toBe(index % 2 === 0 ? 'BUG' : 'ENVIRONMENT');
			}
		}

		const events = await journal.allEvents();
		expect(events).toHaveLength(1000);
		await journal.close();
	}, 180_000);

	test('kill -9 of a decider: nothing it acknowledged is lost', async () => {
		const url = await server!.createDatabase();
		const setup = await openStoreJournal({
			url,
			now,
			who: 'setup',
			listen: false,
		});
		await setup.close();
		const child = spawnDecider(url, 'eve', 100_000);
		let acknowledged = -1;
		let buffer = '';
		child.stdout.on('data', (chunk: Buffer) => {
			buffer += chunk.toString();
			const lines = buffer.split('\n');
			buffer = lines.pop()!;
			for (const line of lines) {
				acknowledged = Number(line.slice(4));
			}
		});
		await until(() => acknowledged >= 200, 150_000);
		child.kill('SIGKILL');
		await once(child, 'exit');
		expect(acknowledged).toBeGreaterThanOrEqual(200);
		const journal = await openStoreJournal({
			url,
			now,
			who: 'check',
			listen: false,
		});
		for (let index = 0; index <= acknowledged; index++) {
			expect(
				decisionFor(
					journal.state(),
					`tests/test_eve.py::test_${index}`,
					'call',
				),
			).toBeDefined();
		}

		await journal.close();
	}, 180_000);
});
