/** The review and the world outside it: the editor, the shell, the clipboard, quitting and resuming, saves that fail, other sessions. */
import {describe, expect, test} from 'vitest';
import {openJournal} from '../../source/triage/journal.js';
import type {EditorTarget} from '../../source/review/detail-text.js';
import {
	decisionsOnDisk,
	fakePrefs,
	fixture,
	frame,
	frameWith,
	keys,
	press,
	redisIds,
	redisLog,
	renderReview,
	selectedLine,
	type,
} from './helpers.js';

describe('the outside world', () => {
	test('o asks for the editor at the failing line', async () => {
		const data = await fixture();
		const opened: EditorTarget[] = [];
		const app = await renderReview(data, {
			onOpenEditor(target) {
				opened.push(target);
			},
		});
		await press(app, 'o');
		expect(opened).toEqual([
			{file: 'tests/test_commands.py', line: 325, rootdir: expect.any(String)},
		]);
		// The line comes when the editor's promise resolves: on a loaded machine after the two macrotasks `press` waits.
		expect(
			await frameWith(app, 'back from the editor (tests/test_commands.py)'),
		).toContain('back from the editor (tests/test_commands.py)');
		app.unmount();
	});

	test('Ctrl+Z asks to be suspended, in the list and the detail, and says when it is back; with no shell it says so', async () => {
		const data = await fixture();
		let suspended = 0;
		const app = await renderReview(data, {
			onSuspend() {
				suspended++;
			},
		});
		await press(app, '\u001A');
		expect(suspended).toBe(1);
		expect(await frameWith(app, 'back from the shell')).toContain(
			'back from the shell',
		);
		expect(frame(app)).toContain('0/165 decided');
		await press(app, 'l', '\u001A');
		expect(suspended).toBe(2);
		app.unmount();
		const alone = await renderReview(data);
		await press(alone, '\u001A');
		expect(frame(alone)).toContain('no shell to suspend to here (q quits)');
		alone.unmount();
	});

	test('Ctrl+Z suspends in a question and while typing too, and fg finds them as they were', async () => {
		const data = await fixture();
		let suspended = 0;
		const app = await renderReview(
			data,
			{
				onSuspend() {
					suspended++;
				},
			},
			{rows: 40, columns: 120},
		);
		// test_module and test_module_loadex share a cluster: x asks before deciding both.
		await press(app, 'j', 'j', 'j', 'j', 'e', 'k', 'x');
		expect(frame(app)).toContain('y or Enter applies');
		await press(app, '\u001A');
		// Unsuspended, `fg` and its Enter came here next: Enter applied the decision to the cluster.
		expect(suspended).toBe(1);
		expect(frame(app)).toContain('y or Enter applies');
		expect(frame(app)).not.toContain('no such key');
		expect(decisionsOnDisk(data).size).toBe(1);
		await press(app, keys.escape);

		await press(app, '#');
		await type(app, 'abc');
		await press(app, '\u001A');
		expect(suspended).toBe(2);
		await press(app, keys.enter);
		const noted = [...decisionsOnDisk(data).values()].map(
			decision => decision.note,
		);
		expect(noted).toContain('abc');

		for (const [key, prompt] of [
			['/', 'search /x'],
			['F', 'filter /x'],
		] as const) {
			await press(app, key, 'x', '\u001A');
			expect(frame(app)).toContain(prompt);
			expect(await frameWith(app, 'back from the shell')).toContain(
				'back from the shell',
			);
			await press(app, keys.escape);
		}

		expect(suspended).toBe(4);
		app.unmount();
	});

	test('y copies the node id and shows it', async () => {
		const data = await fixture();
		const copied: string[] = [];
		const ids = await redisIds();
		const app = await renderReview(data, {
			onCopy(text) {
				copied.push(text);
			},
		});
		await press(app, 'y');
		expect(copied).toEqual([ids[0]]);
		expect(frame(app)).toContain(`copied: ${ids[0]!}`);
		app.unmount();
	});

	test('q saves the resume state and quits; the next start returns to the same test and filter', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const prefs = fakePrefs();
		let quits = 0;
		const onQuit = () => {
			quits++;
		};

		const app = await renderReview(data, {
			prefs,
			logs: [redisLog],
			onQuit,
		});
		await press(app, 'f', 'F');
		await type(app, 'commands');
		await press(app, keys.enter, 'j', 'j', 'q');
		expect(quits).toBe(1);
		const saved = prefs.saved.get(data.journalPath);
		expect(saved).toEqual({
			selectedId: ids[2],
			// The tests below it in the filtered list, where the next start opens should it pass
			// (resumed-place.test.tsx).
			nextIds: expect.any(Array),
			filter: '@undecided commands',
			logs: [redisLog],
		});
		expect(saved!.nextIds).toHaveLength(10);
		expect(saved!.nextIds).not.toContain(ids[2]);
		app.unmount();

		const again = await renderReview(data, {resume: saved});
		expect(selectedLine(again)).toContain(ids[2]!.slice(-30));
		expect(frame(again)).toMatch(/filter undecided \/commands\/: \d+ shown/);
		again.unmount();
	});

	test('a cluster chosen in the cluster list is the list again at the next start, and esc still brings back the filter before', async () => {
		const data = await fixture();
		const prefs = fakePrefs();
		const app = await renderReview(data, {prefs, logs: [redisLog]});
		// The undecided filter, then a cluster of the list: the cluster's failures alone, the filter put aside.
		await press(app, 'f', '\t', keys.enter, 'j');
		const chosen = /filter (cluster \w+): (\d+) shown/.exec(frame(app));
		expect(chosen).not.toBeNull();
		const selected = selectedLine(app);
		await press(app, 'q');
		const saved = prefs.saved.get(data.journalPath);
		// It kept no cluster, and as filter the empty one the cluster filter leaves: the next start showed every failure.
		expect(saved).toMatchObject({filter: '@undecided'});
		expect(saved?.cluster).toBe(chosen![1]!.slice('cluster '.length));
		app.unmount();

		const again = await renderReview(data, {resume: saved});
		expect(frame(again)).toContain(
			`filter ${chosen![1]!}: ${chosen![2]!} shown`,
		);
		expect(selectedLine(again)).toBe(selected);
		await press(again, keys.escape);
		expect(frame(again)).toContain(
			'cluster filter cleared; the filter before it is back',
		);
		expect(frame(again)).toMatch(/filter undecided: \d+ shown/);
		again.unmount();
	});

	test('Ctrl+C quits like q, also while typing a note', async () => {
		const data = await fixture();
		const prefs = fakePrefs();
		const app = await renderReview(data, {prefs});
		await press(app, '\u0003');
		expect(prefs.saved.has(data.journalPath)).toBe(true);
		app.unmount();
		const typing = fakePrefs();
		const again = await renderReview(data, {prefs: typing});
		await press(again, '#', 'x', '\u0003');
		expect(typing.saved.has(data.journalPath)).toBe(true);
		expect(decisionsOnDisk(data).size).toBe(0);
		again.unmount();
	});

	test('a resume state naming a test that is gone starts at the top', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data, {
			resume: {selectedId: 'tests/gone.py::test_gone', filter: '(bad'},
		});
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		app.unmount();
	});

	test('a failing save says NOT saved and keeps the row undecided', async () => {
		const data = await fixture();
		const app = await renderReview(data, {
			journal: {
				...data.journal,
				decideMany() {
					throw new Error('disk full');
				},
				state: () => data.journal.state(),
				undoIf: accept => data.journal.undoIf(accept),
				refresh: () => data.journal.refresh(),
			},
		});
		await press(app, 'b');
		expect(frame(app)).toContain('✗ NOT saved: disk full');
		expect(frame(app)).toContain('0/165 decided');
		app.unmount();
	});

	test('a failing save gives back the cursor, the marks and the note: pressing again retries the same failure', async () => {
		const data = await fixture();
		const ids = await redisIds();
		let isFull = true;
		const app = await renderReview(data, {
			journal: {
				...data.journal,
				decideMany(inputs) {
					if (isFull) {
						throw new Error('disk full');
					}

					return data.journal.decideMany(inputs);
				},
				state: () => data.journal.state(),
				undoIf: accept => data.journal.undoIf(accept),
				refresh: () => data.journal.refresh(),
			},
		});
		// The cursor stays on the failure that was not saved (it moved on before the save failed).
		await press(app, 'b');
		expect(frame(app)).toContain('✗ NOT saved: disk full');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		// The marks come back, and so does a pending priority.
		await press(app, keys.space, keys.space, '3', 'e');
		expect(frame(app)).toContain('✗ NOT saved: disk full');
		expect(frame(app)).toContain('2 marked *');
		// A note being saved: its editor opens again with the text, and Enter tries again.
		await press(app, keys.escape, 'g', '#');
		await type(app, 'redis down');
		await press(app, keys.enter);
		expect(frame(app)).toContain('✗ NOT saved: disk full');
		expect(frame(app)).toContain('note: redis down');
		isFull = false;
		await press(app, keys.enter);
		expect(frame(app)).toContain('saved note (and BUG HIGH)');
		expect(decisionsOnDisk(data).get(ids[0]!)?.note).toBe('redis down');
		app.unmount();
	});

	test('decisions appended by another session show up', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data, {refreshInterval: 20});
		// Another process: a second journal on the same file.
		openJournal(data.journalPath, {now: () => new Date()}).decide({
			id: ids[3]!,
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		await new Promise(resolve => {
			setTimeout(resolve, 100);
		});
		// Named since team tour 65: which test, where it said `another session changed decisions`.
		expect(frame(app)).toContain(
			'updated: another session changed the decision on',
		);
		expect(frame(app)).toContain('1/165 decided');
		app.unmount();
	});

	test('an own save stays confirmed when another session decides right after it', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data, {refreshInterval: 20});
		await press(app, '1', 'b');
		expect(frame(app)).toContain('✓ saved: BUG HIGH');
		openJournal(data.journalPath, {now: () => new Date()}).decide({
			id: ids[3]!,
			category: 'TEST_DESIGN',
			priority: 'LOW',
		});
		await new Promise(resolve => {
			setTimeout(resolve, 100);
		});
		expect(frame(app)).toContain('✓ saved: BUG HIGH');
		expect(frame(app)).toContain('another session changed the decision on');
		expect(frame(app)).toContain('2/165 decided');
		app.unmount();
	});
});
