/**
Live runs in a real terminal (tmux), as a person uses them: `triage run -- pytest …` on a small real suite
(failures appear and are decided before pytest ends; afterwards the run agrees with the JUnit XML pytest
wrote, and the kept log reopens), `--follow` on a file written in bursts, a pipe that closes early, and a
run killed midway.
*/
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parse} from 'csv-parse/sync';
import {readLog} from '../../source/log/read.js';
import {openJournal} from '../../source/triage/journal.js';
import {cli, hasTmux, keys, start, temporary, waitFor} from '../tmux.js';

const hasPytest =
	spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;
const suite = path.resolve('fixtures/live-suite/tests');
let folders = 0;
const byText = (a: string | undefined, b: string | undefined) =>
	(a ?? '').localeCompare(b ?? '');

/** A copy of the live suite in its own folder under the tmux tests' cwd; its name, relative. */
function suiteCopy(): string {
	const name = `live-${++folders}`;
	fs.cpSync(suite, path.join(temporary, name, 'tests'), {recursive: true});
	return name;
}

function failingIds(run: Awaited<ReturnType<typeof readLog>>): string[] {
	return run.failures
		.map(failure => `${failure.id} ${failure.outcome}`)
		.toSorted(byText);
}

describe.skipIf(!hasTmux || !hasPytest)('live runs in tmux', () => {
	test('triage run: failures are decided while pytest runs; the run then agrees with its XML and reopens', async () => {
		const folder = suiteCopy();
		const journal = path.join(temporary, `${folder}.jsonl`);
		const name = start(
			[
				'--triage',
				journal,
				'run',
				'--',
				'python3',
				'-m',
				'pytest',
				'-v',
				'-p',
				'no:cacheprovider',
				`--junitxml=${folder}/run.xml`,
				`${folder}/tests`,
			],
			undefined,
			undefined,
			`TRIAGE_SLOW_SECONDS=6 TRIAGE_FLAKY_COUNTER=${path.join(temporary, folder, 'counter')}`,
		);
		await waitFor(
			name,
			t => t.includes('RUNNING') && t.includes('test_cache_eviction_order'),
			'the first failure while pytest runs',
			30_000,
		);
		keys(name, 'b');
		const decided = await waitFor(
			name,
			t => t.includes('saved: BUG'),
			'a decision during the run',
		);
		// Saved while the slow test still runs: the header still says so.
		expect(decided).toContain('RUNNING');
		const ended = await waitFor(
			name,
			t =>
				t.includes(' complete ') &&
				t.includes('test_database_pool_after_failover'),
			'the end of the run',
			30_000,
		);
		expect(ended).toMatch(/FAIL +\w+ +BUG\b.*test_cache_eviction_order/);
		expect(ended).toContain('1/2 decided');
		expect(ended).toMatch(/^run-[\dT-]+-[\da-f]{8}\.log/);
		// Decided before its traceback was printed: not stale once it is.
		expect(ended).not.toContain('stale');
		keys(name, 'q');
		// pytest's own exit code: tests failed.
		await waitFor(name, t => t.includes('EXITED 1'), 'the exit');

		expect(openJournal(journal, {now: () => new Date()}).state().size).toBe(1);
		const kept = fs
			.readdirSync(path.join(temporary, '.triage', 'logs'))
			.map(file => path.join(temporary, '.triage', 'logs', file));
		const keptRuns = await Promise.all(kept.map(async file => readLog(file)));
		const run = keptRuns.find(candidate =>
			candidate.tests.some(test => test.id.startsWith(`${folder}/`)),
		)!;
		expect(run.complete).toBe(true);
		const xml = await readLog(path.join(temporary, folder, 'run.xml'));
		expect(failingIds(run)).toEqual(failingIds(xml));
		expect(
			run.tests.map(test => `${test.id} ${test.outcome}`).toSorted(byText),
		).toEqual(
			xml.tests.map(test => `${test.id} ${test.outcome}`).toSorted(byText),
		);

		// With no LOG, export opens the kept log of the run.
		const exported = execFileSync(
			process.execPath,
			[cli, 'export', '--triage', journal, '--csv', '-'],
			{
				cwd: temporary,
				encoding: 'utf8',
				env: {...process.env, TRIAGE_HISTORY: ''},
			},
		);
		const rows: Array<Record<string, string>> = parse(exported, {
			columns: true,
		});
		expect(rows.map(row => row['Test Name']).toSorted(byText)).toEqual([
			'test_cache_eviction_order',
			'test_database_pool_after_failover',
		]);
		expect(
			rows.find(row => row['Test Name'] === 'test_cache_eviction_order')?.[
				'Category'
			],
		).toBe('BUG');
	}, 90_000);

	test('triage run killed midway: the run is incomplete, the decision kept, the exit code passed on', async () => {
		const folder = suiteCopy();
		const journal = path.join(temporary, `${folder}.jsonl`);
		const name = start(
			[
				'--triage',
				journal,
				'run',
				'--',
				'python3',
				'-m',
				'pytest',
				'-v',
				'-p',
				'no:cacheprovider',
				`${folder}/tests`,
			],
			undefined,
			undefined,
			`TRIAGE_SLOW_SECONDS=60 TRIAGE_FLAKY_COUNTER=${path.join(temporary, folder, 'counter')}`,
		);
		await waitFor(
			name,
			t =>
				t.includes('RUNNING') &&
				!t.includes('test_database_failover_slow') &&
				t.includes('test_cache_eviction_order'),
			'the first failure',
			30_000,
		);
		keys(name, 'e');
		await waitFor(name, t => t.includes('saved: ENVIRONMENT'), 'the decision');
		execFileSync('pkill', [
			'-KILL',
			'-f',
			`pytest -v -p no:cacheprovider ${folder}/tests`,
		]);
		const ended = await waitFor(
			name,
			t => t.includes('INCOMPLETE run'),
			'the incomplete run',
			30_000,
		);
		expect(ended).toMatch(
			/FAIL +\w+ +ENVIRONMENT\b.*test_cache_eviction_order/,
		);
		// The final review names the kept log.
		expect(ended).toMatch(/^run-[\dT-]+-[\da-f]{8}\.log/);
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 137'), 'the exit');
		expect(openJournal(journal, {now: () => new Date()}).state().size).toBe(1);
	}, 90_000);

	test('--follow: a log written in bursts shows as it grows, and completes', async () => {
		const source = path.resolve('fixtures/pytest9/v/run.log');
		const file = path.join(temporary, 'followed.log');
		fs.writeFileSync(file, '');
		const name = start(
			['--triage', path.join(temporary, 'follow.jsonl'), '--follow', file],
			undefined,
			undefined,
		);
		const lines = fs.readFileSync(source, 'utf8').split(/(?<=\n)/);
		fs.appendFileSync(file, lines.slice(0, 12).join(''));
		await waitFor(
			name,
			t => t.includes('RUNNING') && t.includes('test_fail_assert'),
			'the first failures',
		);
		fs.appendFileSync(file, lines.slice(12, 120).join(''));
		await new Promise(resolve => {
			setTimeout(resolve, 300);
		});
		fs.appendFileSync(file, lines.slice(120).join(''));
		const text = await waitFor(
			name,
			t => t.includes(' complete ') || t.includes('INCOMPLETE'),
			'the end of the followed log',
		);
		expect(text).toContain(' complete ');
		expect(text).toContain('0/19 decided');
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
	}, 60_000);

	test('--follow before the log exists: waits for it on screen, then reads it as it grows; q quits while waiting', async () => {
		const source = path.resolve('fixtures/pytest9/v/run.log');
		const file = path.join(temporary, 'not-yet.log');
		const name = start([
			'--triage',
			path.join(temporary, 'not-yet.jsonl'),
			'--follow',
			file,
		]);
		const waiting = await waitFor(
			name,
			t => t.includes('waiting for not-yet.log…'),
			'the waiting screen',
		);
		expect(waiting).toContain('q quits');
		expect(waiting).not.toContain('EXITED');
		const lines = fs.readFileSync(source, 'utf8').split(/(?<=\n)/);
		fs.writeFileSync(file, lines.slice(0, 12).join(''));
		await waitFor(
			name,
			t => t.includes('RUNNING') && t.includes('test_fail_assert'),
			'the first failures once the log appeared',
		);
		fs.appendFileSync(file, lines.slice(12).join(''));
		const text = await waitFor(
			name,
			t => t.includes(' complete '),
			'the end of the followed log',
		);
		expect(text).toContain('0/19 decided');
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');

		const never = start(['--follow', path.join(temporary, 'never.log')]);
		await waitFor(
			never,
			t => t.includes('waiting for never.log…'),
			'the waiting screen',
		);
		keys(never, 'q');
		await waitFor(never, t => t.includes('EXITED 0'), 'q while waiting');
	}, 60_000);

	test('a pipe quit before it ends: the log read so far is kept and recorded as triage run keeps its own, and the screen says where', async () => {
		const source = path.resolve('fixtures/pytest9/v/run.log');
		const folder = path.join(temporary, 'pipe-quit');
		fs.mkdirSync(folder);
		const journal = path.join(folder, 'triage.jsonl');
		const name = start(
			['--triage', journal, '-'],
			undefined,
			`head -c 1500 ${source}; sleep 30; cat ${source}`,
		);
		await waitFor(
			name,
			t => t.includes('RUNNING') && t.includes('test_fail_assert'),
			'the failures piped so far',
		);
		keys(name, 'b');
		await waitFor(name, t => t.includes('saved: BUG'), 'the decision');
		keys(name, 'q');
		const text = await waitFor(
			name,
			t => t.includes('reopens it)'),
			'where the log read so far is kept',
		);
		const kept = fs.readdirSync(path.join(folder, '.triage', 'logs'));
		expect(kept).toHaveLength(1);
		expect(text.replaceAll('\n', '')).toContain(
			`the log read so far is kept in ${path.join('pipe-quit', '.triage', 'logs', kept[0]!)}`,
		);
		expect(
			fs.readFileSync(path.join(folder, '.triage', 'logs', kept[0]!), 'utf8'),
		).toBe(fs.readFileSync(source, 'utf8').slice(0, 1500));
		expect(openJournal(journal, {now: () => new Date()}).state().size).toBe(1);
		// Recorded, and what `triage` with no LOG opens.
		const report = spawnSync(
			process.execPath,
			[cli, 'report', '--triage', journal],
			{
				cwd: folder,
				encoding: 'utf8',
				env: {
					...process.env,
					NO_COLOR: '1',
					XDG_CONFIG_HOME: path.join(temporary, 'config'),
				},
			},
		);
		expect(report.stdout).toContain(`Run: .triage/logs/${kept[0]!}`);
	}, 60_000);

	test.each([
		['--no-history', ['--no-history'], ''],
		['TRIAGE_HISTORY=off', [], 'TRIAGE_HISTORY=off'],
	])(
		'a pipe quit before it ends with %s: says on leaving that the log read so far was not kept',
		async (_how, flags, environment) => {
			const source = path.resolve('fixtures/pytest9/v/run.log');
			const folder = path.join(temporary, `pipe-quit-off-${flags.length}`);
			fs.mkdirSync(folder);
			const journal = path.join(folder, 'triage.jsonl');
			const name = start(
				['--triage', journal, ...flags, '-'],
				undefined,
				`head -c 1500 ${source}; sleep 30; cat ${source}`,
				environment,
			);
			await waitFor(
				name,
				t => t.includes('RUNNING') && t.includes('test_fail_assert'),
				'the failures piped so far',
			);
			keys(name, 'q');
			// The shell's EXITED waits for the writer, which goes on for 30 seconds.
			const text = await waitFor(
				name,
				t => t.replaceAll('\n', '').includes('keeps a copy)'),
				'the line said on leaving',
			);
			expect(text.replaceAll('\n', '')).toContain(
				'quit before the pipe ended; the log read so far was not kept (the history is off',
			);
			expect(fs.existsSync(path.join(folder, '.triage'))).toBe(false);
		},
		60_000,
	);

	test('a pipe that closes early: an incomplete run, reviewed as far as it went', async () => {
		const source = path.resolve('fixtures/pytest9/v/run.log');
		const name = start(
			['--triage', path.join(temporary, 'early.jsonl'), '-'],
			undefined,
			`head -c 1500 ${source}`,
		);
		const text = await waitFor(
			name,
			t => t.includes('INCOMPLETE run') && t.includes('q quit'),
			'the incomplete run',
		);
		expect(text).toContain('test_fail_assert');
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
	});
});

describe.skipIf(!hasTmux)('a command that cannot run', () => {
	test('triage run -- a command not found: says so, exit 127 (not "stdin: empty file", exit 2)', async () => {
		const name = start(['run', '--', 'triage-no-such-command-here', '-v']);
		const ended = await waitFor(
			name,
			t => t.includes('EXITED'),
			'triage to exit',
		);
		expect(ended).toContain(
			'triage: triage-no-such-command-here: command not found\nEXITED 127',
		);
		expect(ended).not.toContain('stdin');
	});

	test('triage run -- a command that prints no test log: its last line and its exit code (not "stdin: not a test log", exit 2)', async () => {
		const name = start([
			'run',
			'--',
			'sh',
			'-c',
			'echo starting; echo "No module named pytest" >&2; exit 3',
		]);
		const ended = await waitFor(
			name,
			t => t.includes('EXITED'),
			'triage to exit',
		);
		expect(ended).toContain(
			'triage: sh exited with code 3 and printed no test log; its last line: No module named pytest\nEXITED 3',
		);
		expect(ended).not.toContain('stdin');
	});

	test('triage run -- a command that succeeds without a test log: exit 2, and what it printed', async () => {
		const name = start(['run', '--', 'echo', 'hello']);
		const ended = await waitFor(
			name,
			t => t.includes('EXITED'),
			'triage to exit',
		);
		expect(ended).toContain(
			'triage: echo exited with code 0 and printed no test log; its last line: hello\nEXITED 2',
		);
	});

	test('triage run -- a command that prints nothing at all', async () => {
		const name = start(['run', '--', 'false']);
		const ended = await waitFor(
			name,
			t => t.includes('EXITED'),
			'triage to exit',
		);
		expect(ended).toContain(
			'triage: false exited with code 1 and printed nothing\nEXITED 1',
		);
	});
});

describe.skipIf(!hasTmux)('a command printing before its test log', () => {
	test('triage run -- a command printing before its test log: the loading screen names the command, not stdin', async () => {
		const name = start([
			'run',
			'--',
			'sh',
			'-c',
			'echo installing the dependencies in ./venv/lib; sleep 30',
		]);
		const loading = await waitFor(
			name,
			t => t.includes('bytes read'),
			'the loading screen to count what the command printed',
		);
		expect(loading).toContain(
			'triage · loading sh -c echo installing the dependencies in ./venv/lib; sleep 30…',
		);
		expect(loading).not.toContain('stdin');
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED'), 'triage to exit');
	});
});

describe.skipIf(!hasTmux)('- when stdin is the terminal', () => {
	test.each([[['-']], [['report', '-']]])(
		'triage %j with no pipe: one line saying to pipe a log in, exit 2 (it waited for a log typed at the keyboard)',
		async args => {
			const name = start(args);
			const ended = await waitFor(
				name,
				t => t.includes('EXITED'),
				'triage to exit',
			);
			expect(ended).toContain(
				'triage: - reads a log from stdin, and stdin is this terminal: pipe a log in (pytest -v | triage -)\nEXITED 2',
			);
		},
	);
});
