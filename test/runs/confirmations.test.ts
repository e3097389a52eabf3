import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {signatureOf} from '../../source/classify/signature.js';
import {
	planRerun,
	pythonOf,
	templateProblem,
	templateWords,
} from '../../source/confirm/command.js';
import type {ConfirmationBatch} from '../../source/runs/history/confirmations.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {makeRun} from '../classify/make-run.js';

let directory: string;
let file: string;
const now = () => new Date('2026-12-01T06:00:00Z');

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-confirm-'));
	file = path.join(directory, '.triage', 'history.sqlite');
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

const stable = {
	id: 'tests/a.py::test_x',
	phase: 'call' as const,
	signature: 's1',
};
const flaky = {
	id: 'tests/a.py::test_y',
	phase: 'setup' as const,
	signature: 's2',
};

function batchOf(name: string, at: string): ConfirmationBatch {
	return {
		batch: name,
		command: 'python3 -m pytest 2 tests',
		rootdir: '/repo',
		forRun: 'run.log',
		at,
		tests: [stable, flaky],
		repetitions: [
			{
				log: 'confirm/b/1.log',
				results: [
					{outcome: 'failed', signature: 's1'},
					{outcome: 'error', signature: 's2'},
				],
			},
			{
				log: 'confirm/b/2.log',
				results: [{outcome: 'failed', signature: 's1'}, {outcome: 'passed'}],
			},
			{
				log: 'confirm/b/3.log',
				results: [{outcome: 'failed', signature: 's1'}, {outcome: 'passed'}],
			},
		],
	};
}

describe('confirmation runs in the history', () => {
	test('stored per repetition and read back as verdicts, apart from the runs', () => {
		const store = HistoryStore.open(file, {now});
		const run = makeRun('run.log', {'tests/a.py::test_x': 'failed'});
		store.record({
			run,
			key: 'k1',
			logs: [{path: 'run.log', hash: 'h1', bytes: 1}],
			signatureOf: failure => signatureOf(failure).hash,
		});
		store.recordConfirmation(batchOf('b1', '2026-12-01T06:00:00.000Z'));
		const confirmations = store.confirmations([stable.id, flaky.id, 'other']);
		expect(
			confirmations.map(item => [
				item.id,
				item.phase,
				`${item.reproduced}/${item.runs}`,
				item.verdict,
				item.isSameError,
			]),
		).toEqual([
			[stable.id, 'call', '3/3', 'stable', true],
			[flaky.id, 'setup', '1/3', 'flaky', true],
		]);
		expect(confirmations[0]!.command).toBe('python3 -m pytest 2 tests');
		// Never a run: the history lists the one run recorded, with its counts unchanged.
		expect(store.list().map(item => [item.key, item.counts.failed])).toEqual([
			['k1', 1],
		]);
		const db = new Database(file, {readonly: true});
		expect(
			db.prepare('SELECT COUNT(*) FROM confirmation_runs').pluck().get(),
		).toBe(3);
		db.close();
		store.close();
	});

	test('each batch is its own confirmation', () => {
		const store = HistoryStore.open(file, {now});
		store.recordConfirmation(batchOf('b1', '2026-12-01T06:00:00.000Z'));
		store.recordConfirmation(batchOf('b2', '2026-12-01T07:00:00.000Z'));
		expect(store.confirmations([stable.id]).map(item => item.at)).toEqual([
			'2026-12-01T06:00:00.000Z',
			'2026-12-01T07:00:00.000Z',
		]);
		store.close();
	});

	test('a version 1 history gains the tables, keeps its runs, and reads back read-only before that', () => {
		const store = HistoryStore.open(file, {now});
		store.record({
			run: makeRun('run.log', {'tests/a.py::test_x': 'failed'}),
			key: 'k1',
			logs: [{path: 'run.log', hash: 'h1', bytes: 1}],
			signatureOf: failure => signatureOf(failure).hash,
		});
		store.close();
		// Make it what version 1 wrote.
		const db = new Database(file);
		db.exec(
			"DROP TABLE confirmation_results; DROP TABLE confirmation_runs; UPDATE meta SET value = '1' WHERE name = 'schema'",
		);
		db.close();
		const readonly = HistoryStore.open(file, {now, readonly: true});
		expect(readonly.list()).toHaveLength(1);
		expect(readonly.confirmations([stable.id])).toEqual([]);
		readonly.close();
		const upgraded = HistoryStore.open(file, {now});
		expect(upgraded.list()).toHaveLength(1);
		upgraded.recordConfirmation(batchOf('b1', '2026-12-01T06:00:00.000Z'));
		expect(upgraded.confirmations([stable.id])).toHaveLength(1);
		expect(upgraded.getMeta('schema')).toBe('2');
		upgraded.close();
	});
});

describe('the command that runs failures again', () => {
	test('by default: python -m pytest in the rootdir, without random order or cache, with a JUnit XML', () => {
		const plan = planRerun({
			ids: ['tests/a.py::test_x', 'tests/b.py::test_y[1]'],
			rootdir: directory,
			python: '/venv/bin/python3',
			junitxml: '/tmp/x/1.xml',
		});
		expect(plan).toEqual({
			argv: [
				'/venv/bin/python3',
				'-m',
				'pytest',
				'-v',
				'-p',
				'no:randomly',
				'-p',
				'no:cacheprovider',
				`--rootdir=${directory}`,
				'--junitxml=/tmp/x/1.xml',
				'tests/a.py::test_x',
				'tests/b.py::test_y[1]',
			],
			cwd: directory,
			writesJunit: true,
			display: `/venv/bin/python3 -m pytest -v -p no:randomly -p no:cacheprovider --rootdir=${directory} 2 tests`,
		});
		expect(
			planRerun({ids: ['a'], rootdir: directory, junitxml: 'x'}),
		).toHaveProperty(['argv', 0], 'python3');
	});

	test("the rules file's template: {ids} spread, quotes group words, no shell", () => {
		const plan = planRerun({
			ids: ['t::a', 't::b'],
			rootdir: directory,
			template: `tox -e "py 311" -- {ids} --junitxml={junitxml} -k '$(rm -rf)'`,
			junitxml: '/j.xml',
		});
		expect(plan).toMatchObject({
			argv: [
				'tox',
				'-e',
				'py 311',
				'--',
				't::a',
				't::b',
				'--junitxml=/j.xml',
				'-k',
				'$(rm -rf)',
			],
			cwd: directory,
			writesJunit: true,
		});
		expect(
			planRerun({
				ids: ['t::a'],
				rootdir: directory,
				template: 'nox -s tests -- {ids}',
				junitxml: '/j.xml',
			}),
		).toMatchObject({writesJunit: false});
	});

	test("an id that starts with - or @ goes as ./… (an option, or pytest 8.2's file of arguments, otherwise), by default and in a template", () => {
		const ids = ['-2/t.py::a', '@x/t.py::b', '--basetemp=/home/u', 't.py::c'];
		const words = [
			'./-2/t.py::a',
			'./@x/t.py::b',
			'./--basetemp=/home/u',
			't.py::c',
		];
		const plan = planRerun({ids, rootdir: directory, junitxml: '/j.xml'});
		expect(plan).toHaveProperty('argv', expect.arrayContaining(words));
		expect('argv' in plan && plan.argv.slice(-4)).toEqual(words);
		expect(
			planRerun({
				ids,
				rootdir: directory,
				template: 'tox -- {ids}',
				junitxml: '/j.xml',
			}),
		).toHaveProperty('argv', ['tox', '--', ...words]);
	});

	test('templates that cannot work are refused with why', () => {
		expect(templateProblem('tox -e py311')).toMatch(/needs {ids}/);
		expect(templateProblem('tox -- {ids} {idz}')).toMatch(
			/unknown placeholder {idz}/,
		);
		expect(templateProblem('tox "-- {ids}')).toMatch(/quote is not closed/);
		expect(templateProblem('tox -- {ids}')).toBeUndefined();
		expect(templateWords(`a "b c" 'd'`)).toEqual(['a', 'b c', 'd']);
	});

	test('cannot run here: no rootdir, a rootdir not on this machine', () => {
		expect(planRerun({ids: ['a'], rootdir: undefined, junitxml: 'x'})).toEqual({
			problem:
				'cannot run the tests again here: the log does not say where they ran (no rootdir line)',
		});
		expect(
			planRerun({
				ids: ['a'],
				rootdir: path.join(directory, 'gone'),
				junitxml: 'x',
			}),
		).toMatchObject({
			problem: expect.stringMatching(/is not on this machine$/),
		});
	});

	test("the run's python: the command's own, else the one pytest printed", () => {
		expect(
			pythonOf('/usr/bin/python3', ['/venv/bin/python', '-m', 'pytest']),
		).toEqual({python: '/venv/bin/python'});
		expect(pythonOf('/usr/bin/python3', ['pytest', '-v'])).toEqual({
			python: '/usr/bin/python3',
		});
		expect(pythonOf(undefined, ['pytest'])).toEqual({});
	});

	test.each([
		'/usr/bin/python',
		'/usr/bin/python3',
		'/opt/py/bin/python3.11',
		'/usr/local/bin/python3.13t',
		'/usr/bin/python3.7m',
		'/usr/bin/python3-dbg',
		'/opt/pypy/bin/pypy3',
		'/opt/pypy/bin/pypy3.10',
		String.raw`C:\Python311\python.exe`,
	])('a header naming %s: that python runs', executable => {
		expect(pythonOf(executable)).toEqual({python: executable});
	});

	test.each([
		'/srv/ci/payload.sh',
		'/bin/sh',
		'/usr/bin/rm',
		'/srv/ci/python3/evil',
		'/srv/ci/python3.sh',
		'/srv/ci/python3 -c evil',
		'/srv/ci/notpython3',
		String.raw`C:\Temp\evil.exe`,
	])(
		'a header naming %s (a crafted log): not run, python3 instead, and said in one line',
		executable => {
			const {python, refused} = pythonOf(executable);
			expect(python).toBeUndefined();
			expect(refused).toMatch(
				/^the log names .+ as its python, which is not a Python interpreter's name: python3 ran instead$/,
			);
			expect(refused).not.toContain('\n');
			expect(
				planRerun({
					ids: ['t.py::a'],
					rootdir: directory,
					junitxml: 'x.xml',
					...(python !== undefined && {python}),
				}),
			).toMatchObject({argv: expect.arrayContaining(['python3']) as unknown});
		},
	);

	test("the command line's python wins over a header's crafted one, which is then not said", () => {
		expect(pythonOf('/srv/ci/payload', ['python3.12', '-m', 'pytest'])).toEqual(
			{
				python: 'python3.12',
			},
		);
	});
});
