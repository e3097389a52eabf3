import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLogSessions} from '../../source/log/read.js';
import {groupRuns} from '../../source/runs/group.js';
import type {Run} from '../../source/log/model.js';
import {openJournal} from '../../source/triage/journal.js';
import type {EditorTarget} from '../../source/review/detail-text.js';
import {TestList} from '../../source/log/test-list.js';
import {
	decisionsOnDisk,
	expectFits,
	fakePrefs,
	fixture,
	fixtureOf,
	frame,
	keys,
	loadRun,
	press,
	redisLog,
	renderReview,
	resize,
	selectedLine,
	type,
} from './helpers.js';

const cpythonLog = path.resolve(
	'fixtures/real/cpython-net-offline-tb-line/run.log',
);

/** Ids in the order of the list. */
async function redisIds() {
	const run = await loadRun(redisLog);
	return run.failures.map(failure => failure.id);
}

describe('the screen', () => {
	test('header, list, detail and footer fit 80×24', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		const text = frame(app);
		expect(text).toContain('run.log.gz');
		expect(text).toContain('33 failed · 132 error');
		expect(text).toContain('complete');
		expect(text).toContain('0/165 decided');
		expect(text).toContain('› ');
		// Short names at 80 columns (list-columns.ts): the ids get the room.
		expect(text).toMatch(/FAIL high +bug/);
		expect(text).toContain('ERR  high env');
		expect(text).toContain('FAILED call · AssertionError');
		expect(text).toContain('suggested bug high by rule value-mismatch');
		expect(text).toContain(
			'»tests/test_commands.py:325: in test_acl_getuser_setuser',
		);
		expect(text).toContain(' E   AssertionError');
		expect(text).toContain('traceback 1–4 of 10 (PgUp/PgDn)');
		expect(text).toContain('j/k move  b/c/e/t/u category  1/2/3 priority');
		const fit = expectFits(app, {rows: 24, columns: 80});
		expect(fit.isShortEnough).toBe(true);
		expect(fit.tooWide).toEqual([]);
		app.unmount();
	});

	test('follows a resize to 120×40 and back to 60×15, never taller than the terminal', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		for (const size of [
			{rows: 40, columns: 120},
			{rows: 15, columns: 60},
			{rows: 24, columns: 80},
		]) {
			await resize(app, size);
			const fit = expectFits(app, size);
			expect(fit.isShortEnough).toBe(true);
			expect(fit.tooWide).toEqual([]);
		}

		await resize(app, {rows: 40, columns: 120});
		// More rows of the list and of the traceback at 40 rows.
		expect(frame(app)).toContain('test_psync');
		expect(frame(app)).toContain('traceback 1–9 of 9');
		app.unmount();
	});

	test('an incomplete run says so', async () => {
		const run = await loadRun(redisLog);
		const data = fixtureOf([{...run, complete: false}]);
		const app = await renderReview(data);
		expect(frame(app)).toContain('INCOMPLETE run');
		app.unmount();
	});

	test('flaky ~, stale ! and new + marks, decided in capitals and suggestions in lower case', async () => {
		const run = await loadRun(redisLog);
		const [first, second, third] = run.failures;
		const passingIn = (
			run_: Run,
			ids: ReadonlySet<string>,
			source: string,
		): Run => ({
			...run_,
			source,
			failures: run_.failures.filter(failure => !ids.has(failure.id)),
			tests: TestList.from(
				run_.tests.map(test =>
					ids.has(test.id) ? {...test, outcome: 'passed' as const} : test,
				),
			),
		});
		// first: failed, passed, failed (flaky); third: passed, passed, failed (new).
		const data = fixtureOf([
			passingIn(run, new Set([third!.id]), 'one.log'),
			passingIn(run, new Set([first!.id, third!.id]), 'two.log'),
			run,
		]);
		data.journal.decide({
			id: second!.id,
			category: 'BUG',
			priority: 'LOW',
			signature: 'an-older-error',
		});
		const app = await renderReview(data);
		const lines = frame(app).split('\n');
		const line = (id: string) =>
			lines.find(text => text.includes(id.slice(-30))) ?? '';
		expect(line(first!.id)).toMatch(/~ {3}/);
		expect(line(second!.id)).toContain('LOW  BUG');
		expect(line(second!.id)).toContain(' ! ');
		expect(line(third!.id)).toMatch(/ {3}\+ /);
		expect(frame(app)).toContain('1 stale !');
		expect(frame(app)).toMatch(/\d+ new \+/);
		expect(frame(app)).toContain('flaky ~');
		app.unmount();
	});
});

describe('movement', () => {
	test('j/k, arrows, g/G', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, 'j', 'j');
		expect(selectedLine(app)).toContain(ids[2]!.slice(-30));
		await press(app, keys.up);
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		await press(app, keys.down, 'k', 'k', 'k');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		await press(app, 'G');
		expect(selectedLine(app)).toContain(ids.at(-1)!.slice(-30));
		expect(frame(app)).toContain(`165/165: ${ids.at(-1)!.slice(0, 20)}`);
		await press(app, 'g');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		app.unmount();
	});

	test('PgDn/PgUp scroll the traceback; the detail mode shows it full screen', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		// The failure with the longest traceback.
		const lengths = data.analysis.failures.map(
			analyzed => analyzed.failure.traceback.split('\n').length,
		);
		const longest = lengths.indexOf(Math.max(...lengths));
		await press(app, ...Array.from({length: longest}, () => 'j'));
		const position = () => {
			const match = /traceback (\d+)–(\d+) of (\d+)/.exec(frame(app));
			return match ? match.slice(1).map(Number) : [];
		};

		// A long traceback opens at its E lines, not at its top.
		const [opening, , total] = position();
		expect(opening).toBeGreaterThan(1);
		expect(frame(app)).toMatch(/^ E {3}/m);
		await press(app, keys.pageUp);
		// A page of the 4-line pane at 80×24 keeps one line: 3 lines a key.
		expect(position()[0]).toBe(Math.max(1, opening! - 3));
		for (let index = 0; index < 12; index++) {
			await press(app, keys.pageUp);
		}

		expect(position()).toEqual([1, 4, total]);
		await press(app, keys.pageDown);
		expect(position()).toEqual([4, 7, total]);
		await press(app, 'l');
		expect(position()[1]! - position()[0]!).toBe(12);
		await press(app, 'g', 'j', 'j');
		expect(position()).toEqual([3, 15, total]);
		await press(app, 'G');
		expect(position()[1]).toBe(total);
		expect(frame(app)).toContain('Esc back');
		await press(app, keys.escape);
		expect(frame(app)).toContain('j/k move');
		app.unmount();
	});

	test('O shows the captured output instead of the traceback', async () => {
		const data = await fixture(cpythonLog);
		const app = await renderReview(data);
		const withCapture = data.analysis.failures.findIndex(
			analyzed => analyzed.failure.captured.length > 0,
		);
		await press(app, ...Array.from({length: withCapture}, () => 'j'));
		expect(frame(app)).toContain('captured: stderr call');
		await press(app, 'O');
		expect(frame(app)).toContain('─── Captured stderr call ───');
		expect(frame(app)).toContain('captured output 1–');
		await press(app, 'O');
		expect(frame(app)).toContain('traceback 1–');
		app.unmount();
	});
});

describe('deciding', () => {
	test('1 then b decides HIGH BUG on the current row and moves to the next undecided; e uses the row priority', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, '1');
		expect(frame(app)).toContain('priority HIGH for this failure');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		await press(app, 'b');
		expect(frame(app)).toContain('✓ saved: BUG HIGH');
		expect(frame(app)).toContain('1/165 decided');
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		expect(frame(app)).toMatch(/FAIL HIGH BUG/);
		await press(app, 'e');
		expect(frame(app)).toContain('✓ saved: ENVIRONMENT HIGH');
		const onDisk = decisionsOnDisk(data);
		expect(onDisk.get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: 'HIGH',
			signature: data.analysis.failures[0]!.cluster,
			// Named from the triage file's folder, not as the log was given (absolute here).
			run: path
				.relative(path.dirname(data.journalPath), redisLog)
				.split(path.sep)
				.join('/'),
		});
		expect(onDisk.get(ids[1]!)).toMatchObject({
			category: 'ENVIRONMENT',
			priority: 'HIGH',
		});
		app.unmount();
	});

	test('every category key and every priority key', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		const expected = [
			['b', 'BUG'],
			['c', 'CONFIGURATION'],
			['e', 'ENVIRONMENT'],
			['t', 'TEST_DESIGN'],
			['u', 'UNKNOWN'],
		] as const;
		for (const [key] of expected) {
			await press(app, key);
		}

		const onDisk = decisionsOnDisk(data);
		for (const [index, [, category]] of expected.entries()) {
			expect(onDisk.get(ids[index]!)?.category).toBe(category);
		}

		// A priority key on a decided row changes it at once, without moving.
		await press(app, 'g', '3');
		expect(decisionsOnDisk(data).get(ids[0]!)?.priority).toBe('LOW');
		await press(app, '2');
		expect(decisionsOnDisk(data).get(ids[0]!)?.priority).toBe('MEDIUM');
		expect(selectedLine(app)).toContain(ids[0]!.slice(-30));
		app.unmount();
	});

	test('a and Enter accept the suggestion', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, 'G', 'a');
		const last = data.analysis.failures.at(-1)!;
		expect(decisionsOnDisk(data).get(ids.at(-1)!)).toMatchObject({
			category: last.suggestion.category,
			priority: last.suggestion.priority,
		});
		await press(app, 'g', keys.enter);
		expect(decisionsOnDisk(data).get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: 'HIGH',
		});
		app.unmount();
	});

	test('z undoes, one action at a time', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, 'b', 'c');
		expect(decisionsOnDisk(data).size).toBe(2);
		await press(app, 'z');
		expect(frame(app)).toContain('undone: decision removed from');
		expect(decisionsOnDisk(data).size).toBe(1);
		// The undone row is selected again.
		expect(selectedLine(app)).toContain(ids[1]!.slice(-30));
		await press(app, 'z');
		expect(decisionsOnDisk(data).size).toBe(0);
		expect(frame(app)).toContain('0/165 decided');
		await press(app, 'z');
		expect(frame(app)).toContain('nothing to undo');
		app.unmount();
	});

	test('# edits the note', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, '#');
		expect(frame(app)).toContain('note:');
		await type(app, 'flaky ACL order');
		await press(app, keys.enter);
		expect(frame(app)).toContain('saved note (and BUG HIGH)');
		expect(frame(app)).toContain('note: flaky ACL order');
		expect(decisionsOnDisk(data).get(ids[0]!)?.note).toBe('flaky ACL order');
		// esc cancels an edit.
		await press(app, '#');
		await type(app, ' more');
		await press(app, keys.escape);
		expect(decisionsOnDisk(data).get(ids[0]!)?.note).toBe('flaky ACL order');
		app.unmount();
	});
});

describe('marks and clusters', () => {
	test('space marks and moves on; a category applies to every marked row as one undo step', async () => {
		const data = await fixture();
		const ids = await redisIds();
		const app = await renderReview(data);
		await press(app, keys.space, keys.space);
		expect(frame(app)).toContain('2 marked *');
		expect(
			frame(app)
				.split('\n')
				.filter(line => /^.\*/.test(line)),
		).toHaveLength(2);
		await press(app, '3', 'b');
		const onDisk = decisionsOnDisk(data);
		expect(onDisk.get(ids[0]!)).toMatchObject({
			category: 'BUG',
			priority: 'LOW',
		});
		expect(onDisk.get(ids[1]!)).toMatchObject({
			category: 'BUG',
			priority: 'LOW',
		});
		expect(frame(app)).toContain('saved: BUG LOW on 2 failures');
		expect(frame(app)).not.toContain('marked *');
		await press(app, 'z');
		expect(decisionsOnDisk(data).size).toBe(0);
		// Every event of the undo is a clear: the screen says they were removed, not restored.
		expect(frame(app)).toContain('undone: decisions removed from 2 tests');
		app.unmount();
	});

	test('V marks a range; esc drops the marks', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, keys.space, 'j', 'j', 'V');
		expect(frame(app)).toContain('4 marked *');
		await press(app, keys.escape);
		expect(frame(app)).toContain('marks cleared');
		expect(frame(app)).not.toContain('marked *');
		app.unmount();
	});

	test('x previews the rows of the cluster it would change; esc cancels, y applies', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		const cluster = data.analysis.clusters[0]!;
		const index = data.analysis.failures.findIndex(
			analyzed => analyzed.cluster === cluster.id,
		);
		await press(app, ...Array.from({length: index}, () => 'j'));
		// Decide it first: BUG LOW, then back to it.
		await press(app, '3', 'b', 'k');
		while (!selectedLine(app).includes('LOW')) {
			await press(app, 'k');
		}

		await press(app, 'x');
		const size = cluster.ids.length;
		expect(frame(app)).toContain(
			`Apply BUG LOW to ${size - 1} of ${size} failures in cluster ${cluster.id}?`,
		);
		expect(frame(app)).toContain(
			"(this failure's decision) y or Enter applies",
		);
		// At 80 columns each row names them as the list does, a suggestion in lower case (preview-replaced.test.tsx).
		expect(frame(app)).toMatch(/env high +→ BUG LOW/);
		expect(frame(app)).toContain('y apply  Esc cancel');
		await press(app, keys.escape);
		expect(frame(app)).toContain('nothing changed');
		expect(decisionsOnDisk(data).size).toBe(1);
		await press(app, 'x', 'y');
		expect(frame(app)).toContain(
			`saved: BUG LOW on ${size - 1} failures of cluster ${cluster.id}`,
		);
		const onDisk = decisionsOnDisk(data);
		expect(onDisk.size).toBe(size);
		for (const id of cluster.ids) {
			expect(onDisk.get(id)).toMatchObject({category: 'BUG', priority: 'LOW'});
		}

		// As after a single decision, the cursor went on to a failure that needs a look.
		expect(selectedLine(app)).not.toContain('BUG');
		while (!selectedLine(app).includes('LOW')) {
			await press(app, 'k');
		}

		// Nothing left to change.
		await press(app, 'x');
		expect(frame(app)).toContain(
			`all ${size} failures of cluster ${cluster.id} are already BUG LOW`,
		);
		// One undo step takes the whole cluster back.
		await press(app, 'z');
		expect(decisionsOnDisk(data).size).toBe(1);
		app.unmount();
	});

	test('x on an undecided row offers its suggestion; Enter applies', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		const cluster = data.analysis.clusters[1]!;
		const index = data.analysis.failures.findIndex(
			analyzed => analyzed.cluster === cluster.id,
		);
		await press(app, ...Array.from({length: index}, () => 'j'), 'x');
		expect(frame(app)).toContain(
			`Apply ENVIRONMENT HIGH to ${cluster.ids.length} of ${cluster.ids.length} failures`,
		);
		expect(frame(app)).toContain('(its suggestion)');
		await press(app, keys.enter);
		expect(decisionsOnDisk(data).size).toBe(cluster.ids.length);
		app.unmount();
	});

	test('Tab lists the clusters, largest first; Enter shows the failures of one', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, keys.tab);
		const [largest, second] = data.analysis.clusters;
		expect(frame(app)).toContain(
			`${data.analysis.clusters.length} clusters of identical failures, largest first`,
		);
		expect(frame(app)).toMatch(
			new RegExp(`  138 +0/138 decided ${largest!.id}`),
		);
		await press(app, 'g', 'j');
		expect(selectedLine(app)).toContain(second!.id);
		await press(app, keys.enter);
		expect(frame(app)).toContain(`filter cluster ${second!.id}: 5 shown`);
		expect(frame(app)).toContain(
			`cluster ${second!.id}: 5 failures; esc shows all`,
		);
		await press(app, keys.escape);
		expect(frame(app)).toContain('cluster filter cleared');
		expect(frame(app)).not.toContain('shown');
		await press(app, keys.tab, keys.tab);
		expect(frame(app)).toContain('j/k move  b/c/e/t/u category');
		app.unmount();
	});
});

describe('a decision belongs to a failure report', () => {
	test('deciding the FAIL row of a test that also errored in teardown leaves the ERR row undecided and not stale', async () => {
		const data = await fixture();
		const id =
			'tests/test_pubsub.py::TestPubSubSubcommands::test_pubsub_shardchannels_cluster';
		const [call, teardown] = data
			.review()
			.rows.filter(row => row.analyzed.failure.id === id);
		expect(call!.analyzed.failure.phase).toBe('call');
		expect(teardown!.analyzed.failure.phase).toBe('teardown');
		expect(call!.analyzed.cluster).not.toBe(teardown!.analyzed.cluster);

		const app = await renderReview(data);
		await press(app, 'F');
		await type(app, 'test_pubsub_shardchannels_cluster$');
		await press(app, keys.enter);
		expect(frame(app)).toContain(': 2 of 165');
		expect(selectedLine(app)).toMatch(/^› +FAIL /);
		await press(app, 't');
		expect(frame(app)).toContain('✓ saved: TEST_DESIGN');
		expect(frame(app)).toContain('1/165 decided');
		const lines = frame(app).split('\n');
		const failLine = lines.find(line =>
			/ FAIL .*shardchannels_cluster$/.test(line),
		);
		const errorLine = lines.find(line =>
			/ ERR .*shardchannels_cluster$/.test(line),
		);
		expect(failLine).toMatch(/FAIL \S+ +TEST /);
		// Lower case: a suggestion; no `!`: not stale.
		expect(errorLine).toBeDefined();
		expect(errorLine).not.toContain('TEST_DESIGN');
		expect(errorLine).not.toContain('!');
		expect(errorLine).toMatch(/ERR +[a-z]+ +[a-z_]+ /);
		// The cursor moved on to the ERR row: its detail says suggested, not STALE.
		expect(selectedLine(app)).toMatch(/^› +ERR /);
		expect(frame(app)).toContain('ERROR teardown');
		expect(frame(app)).not.toContain('STALE');
		expect(frame(app)).toMatch(/suggested [a-z_]+ [a-z]+ by rule/);

		const onDisk = decisionsOnDisk(data);
		expect(onDisk.get(call!.key)).toMatchObject({
			category: 'TEST_DESIGN',
			phase: 'call',
		});
		expect(onDisk.get(teardown!.key)).toBeUndefined();

		// Deciding the ERR row, then undoing that, leaves the FAIL row's decision as it was.
		await press(app, 'e');
		expect(decisionsOnDisk(data).get(teardown!.key)).toMatchObject({
			category: 'ENVIRONMENT',
			phase: 'teardown',
		});
		await press(app, 'z');
		expect(frame(app)).toContain('undone: decision removed from');
		expect(decisionsOnDisk(data).get(teardown!.key)).toBeUndefined();
		expect(decisionsOnDisk(data).get(call!.key)).toMatchObject({
			category: 'TEST_DESIGN',
		});
		expect(frame(app)).toContain('1/165 decided');
		app.unmount();
	});
});

describe('filters', () => {
	test('F filters by regex over id and headline as typed; ! inverts; a bad pattern says why; esc clears', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, 'F');
		await type(app, 'pubsub');
		await press(app, keys.enter);
		expect(frame(app)).toContain('filter /pubsub/: 54 shown');
		expect(frame(app)).toContain('filter /pubsub/: 54 of 165');
		expect(frame(app)).toContain('─── …ubSubSubscribeUnsubscribe::test_shard');
		await press(
			app,
			'F',
			keys.backspace,
			keys.backspace,
			keys.backspace,
			keys.backspace,
			keys.backspace,
			keys.backspace,
		);
		await type(app, '!pubsub');
		await press(app, keys.enter);
		expect(frame(app)).toContain('filter /!pubsub/: 111 shown');
		// The headline counts too: the connection errors.
		await press(app, 'F');
		for (let index = 0; index < 7; index++) {
			await press(app, keys.backspace);
		}

		await type(app, 'Connection refused|Error 111');
		await press(app, keys.enter);
		expect(frame(app)).toContain(
			'filter /Connection refused|Error 111/: 157 of 165',
		);
		await press(app, 'F');
		await type(app, '(');
		await press(app, keys.enter);
		expect(frame(app)).toContain('✗ filter');
		await press(app, keys.escape, keys.escape);
		expect(frame(app)).toContain('text filter cleared');
		expect(frame(app)).not.toContain('shown');
		app.unmount();
	});

	test('f cycles the quick filters', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, 'b', 'f');
		expect(frame(app)).toContain('filter undecided: 164 shown');
		await press(app, 'f');
		expect(frame(app)).toContain('filter stale: 0 shown');
		expect(frame(app)).toContain('No failure matches the filter');
		await press(app, 'f');
		expect(frame(app)).toContain('filter flaky: 0 shown');
		await press(app, 'f');
		// The decided row and the 7 plain assertion failures in the tests' own lines.
		expect(frame(app)).toContain('filter BUG: 8 shown');
		await press(app, 'f');
		expect(frame(app)).toMatch(/filter CONFIGURATION: \d+ shown/);
		await press(app, 'f', 'f', 'f', 'f');
		expect(frame(app)).toContain('filter: all (165)');
		app.unmount();
	});
});

describe('overlays', () => {
	test('s shows the summary: charts by category and area, the priority matrix, clusters, progress', async () => {
		const data = await fixture();
		const app = await renderReview(data, {}, {rows: 40, columns: 100});
		await press(app, 'b', 's');
		const text = frame(app);
		expect(text).toContain('Progress');
		expect(text).toContain('1/165 decided');
		expect(text).toContain('By category (decided + suggested)');
		expect(text).toMatch(/BUG +█*░+ +8 +\(1 decided\)/);
		expect(text).toContain('By area');
		expect(text).toContain('Priority matrix (category × priority)');
		expect(text).toMatch(/HIGH +MEDIUM +LOW/);
		await press(app, 'G');
		expect(frame(app)).toContain('Largest clusters');
		expect(frame(app)).toContain(data.analysis.clusters[0]!.id);
		await press(app, keys.escape);
		expect(frame(app)).toContain('j/k move');
		app.unmount();
	});

	test('? shows every key from the keymap and scrolls', async () => {
		const data = await fixture();
		const app = await renderReview(data);
		await press(app, '?');
		expect(frame(app)).toContain('› selected');
		expect(frame(app)).toContain('Failure list');
		expect(frame(app)).toMatch(/↓ j +next failure/);
		await press(app, 'G');
		expect(frame(app)).toContain('Typing a filter (F)');
		expect(frame(app)).toMatch(/of \d+ \(j\/k, PgUp\/PgDn\)/);
		await press(app, keys.escape);
		expect(frame(app)).toContain('j/k move');
		const fit = expectFits(app, {rows: 24, columns: 80});
		expect(fit.isShortEnough).toBe(true);
		app.unmount();
	});
});

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
		expect(frame(app)).toContain(
			'back from the editor (tests/test_commands.py)',
		);
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
		expect(frame(app)).toContain('back from the shell');
		expect(frame(app)).toContain('0/165 decided');
		await press(app, 'l', '\u001A');
		expect(suspended).toBe(2);
		app.unmount();
		const alone = await renderReview(data);
		await press(alone, '\u001A');
		expect(frame(alone)).toContain('no shell to suspend to here (q quits)');
		alone.unmount();
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
			filter: '@undecided commands',
			logs: [redisLog],
		});
		app.unmount();

		const again = await renderReview(data, {resume: saved});
		expect(selectedLine(again)).toContain(ids[2]!.slice(-30));
		expect(frame(again)).toMatch(/filter undecided \/commands\/: \d+ shown/);
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
		expect(frame(app)).toContain('updated: another session changed decisions');
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
		expect(frame(app)).toContain('another session changed decisions too');
		expect(frame(app)).toContain('2/165 decided');
		app.unmount();
	});
});

describe('runs and reruns', () => {
	test('a --lf session re-ran the failures: f reaches the rerun filter, s names the test that passed on it', async () => {
		const [run] = groupRuns([
			{
				log: 'two-sessions.log',
				sessions: await readLogSessions('fixtures/sessions/two-sessions.log'),
			},
		]);
		const data = fixtureOf([run!]);
		const app = await renderReview(data, {}, {rows: 40, columns: 120});
		let text = frame(app);
		for (let index = 0; index < 8 && !text.includes('filter: rerun'); index++) {
			await press(app, 'f');
			text = frame(app);
		}

		expect(text).toContain('filter: rerun (4 of 4)');
		await press(app, 'g');
		expect(frame(app)).toContain('re-run 1: failed');
		await press(app, 's');
		text = frame(app);
		expect(text).toContain('Passed only after a rerun (1): flaky evidence');
		expect(text).toContain(
			'tests/test_b.py::test_flaky_service   re-run 1: passed',
		);
		expect(text).toContain('Fixed since the run before (0)');
		app.unmount();
	});
});

test('the undecided filter keeps a stale decision: it needs deciding again', async () => {
	const data = await fixture();
	const first = data.review().rows[0]!;
	data.journal.decide({
		id: first.analyzed.failure.id,
		phase: first.analyzed.failure.phase,
		category: 'BUG',
		priority: 'HIGH',
		signature: 'an-older-error',
	});
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	expect(frame(app)).toContain('1 stale');
	await press(app, 'f');
	expect(frame(app)).toContain('filter: undecided (165 of 165)');
	app.unmount();
});

test('a filter or note typed with its Enter in one piece (a paste, a fast terminal) is applied, not lost', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, 'F', 'pubsub\r');
	expect(frame(app)).toMatch(/filter \/pubsub\/: \d+ shown/);
	await press(app, '#', 'flaky on CI\r');
	expect(frame(app)).toContain('note: flaky on CI');
	expect([...decisionsOnDisk(data).values()][0]).toMatchObject({
		note: 'flaky on CI',
	});
	app.unmount();
});

test('a note pasted over several lines is kept whole, as one line, and saved only by Enter', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	// A terminal without bracketed paste sends the paste's line breaks as Enter (tmux: \r).
	await press(app, '#', 'see log:\rcache expired\r\rtoo early\r');
	expect(decisionsOnDisk(data).size).toBe(0);
	expect(frame(app)).toContain('see log: cache expired too early');
	await press(app, '\r');
	expect(frame(app)).toContain('note: see log: cache expired too early');
	expect([...decisionsOnDisk(data).values()]).toMatchObject([
		{note: 'see log: cache expired too early'},
	]);
	// Nothing of the paste was taken as keys of the list: one decision, the one of the note.
	expect(frame(app)).toMatch(/ 1\/\d+ decided/);
	app.unmount();
});

test('a key that does nothing says so in the status line', async () => {
	const data = await fixture();
	const app = await renderReview(data, {}, {rows: 40, columns: 120});
	await press(app, 'Q');
	expect(frame(app)).toContain('Q: no such key here (? for help)');
	// A question has no help to point to: its own keys are in the footer.
	await press(app, 'x', '?');
	expect(frame(app)).toContain('Apply ');
	expect(frame(app)).toContain('?: no such key here');
	expect(frame(app)).not.toContain('(? for help)');
	await press(app, '\u001B');
	// Typed text is never a key.
	await press(app, '/', 'Q');
	expect(frame(app)).not.toContain('no such key');
	app.unmount();
});
