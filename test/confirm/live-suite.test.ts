/**
Confirming failures for real (issue 13): fixtures/live-suite run by pytest, its failures run again N times
by the runner the review uses, stored in the history, shown on the next session, exported, and recorded
with a decision.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {createRerunHandler} from '../../source/confirm/handler.js';
import {runConfirmation} from '../../source/confirm/run.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import type {RerunOutcome} from '../../source/review/rerun.js';
import {openSession} from '../../source/session.js';
import {runCli} from '../cli-helpers.js';

const suite = path.resolve('fixtures/live-suite');
const file = 'tests/test_chaos_live.py';
const ids = {
	stable: `${file}::test_cache_eviction_order`,
	flaky: `${file}::test_network_jitter`,
	once: `${file}::test_auth_token_refresh`,
	timeout: `${file}::test_database_pool_after_failover`,
};
const repetitions = 4;
let directory: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-confirm-e2e-'));
	env = {
		TRIAGE_FLAKY_COUNTER: path.join(directory, 'counter'),
		TRIAGE_SLOW_SECONDS: '0',
		TRIAGE_FAIL_ONCE: path.join(directory, 'once'),
		// Plugins installed on the machine (hypothesis, benchmark) take seconds to import each run.
		PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1',
	};
	// The jitter test fails on even calls: the run's call is the second, so it fails in the run.
	fs.writeFileSync(env['TRIAGE_FLAKY_COUNTER']!, '1');
	fs.writeFileSync(env['TRIAGE_FAIL_ONCE']!, '');
	const result = spawnSync(
		'python3',
		['-m', 'pytest', '-v', '-p', 'no:cacheprovider', 'tests'],
		{cwd: suite, env: {...process.env, ...env}, encoding: 'utf8'},
	);
	fs.writeFileSync(
		path.join(directory, 'run.log'),
		result.stdout + result.stderr,
	);
});

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

async function session() {
	return openSession({
		logs: [path.join(directory, 'run.log')],
		triage: path.join(directory, 'triage.jsonl'),
		cwd: directory,
		now: () => new Date('2026-12-01T15:00:00Z'),
	});
}

describe('confirm on fixtures/live-suite', () => {
	test(`the run's failures run ${repetitions} times: stable N/N, flaky 0<k<N, passed 0/N; stored, shown, exported, decided`, async () => {
		const first = await session();
		expect(
			first.analysis.failures.map(item => item.failure.id).toSorted(),
		).toEqual(Object.values(ids).toSorted());
		const {run} = first.analysis;
		expect(run.header.rootdir).toBe(suite);
		expect(run.header.executable).toMatch(/python/);

		const handler = createRerunHandler({
			runOf: () => run,
			historyFolder: path.join(directory, '.triage'),
			env,
		});
		const progress: string[] = [];
		const outcome = await handler(
			{
				tests: first.analysis.failures.map(item => ({
					id: item.failure.id,
					phase: item.failure.phase,
					signature: item.cluster,
				})),
				repetitions,
			},
			{
				signal: new AbortController().signal,
				onProgress(done, total) {
					progress.push(`${done}/${total}`);
				},
			},
		);
		expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
		expect(outcome.kind).toBe('done');
		const done = outcome as Extract<RerunOutcome, {kind: 'done'}>;
		// Kept, and the console logs agreed with the JUnit XML on every test (no warning after "kept").
		expect(done.note).toBe('kept in the run history');
		const byId = new Map(done.confirmations.map(item => [item.id, item]));
		expect(byId.get(ids.stable)).toMatchObject({
			reproduced: 4,
			runs: 4,
			isSameError: true,
			verdict: 'stable',
		});
		expect(byId.get(ids.timeout)?.verdict).toBe('stable');
		const flaky = byId.get(ids.flaky)!;
		expect(flaky.verdict).toBe('flaky');
		expect(flaky.reproduced).toBeGreaterThan(0);
		expect(flaky.reproduced).toBeLessThan(repetitions);
		expect(byId.get(ids.once)).toMatchObject({
			reproduced: 0,
			verdict: 'passed',
		});
		// Each repetition's console log and XML are kept under .triage/confirm/.
		const kept = fs.readdirSync(path.join(directory, '.triage', 'confirm'));
		expect(kept).toHaveLength(1);
		expect(
			fs
				.readdirSync(path.join(directory, '.triage', 'confirm', kept[0]!))
				.toSorted(),
		).toEqual([
			'1.log',
			'1.xml',
			'2.log',
			'2.xml',
			'3.log',
			'3.xml',
			'4.log',
			'4.xml',
		]);

		// The next session reads them back from the history: shown, and the suggestion uses them.
		const second = await session();
		const analyzed = new Map(
			second.analysis.failures.map(item => [item.failure.id, item]),
		);
		expect(analyzed.get(ids.stable)?.confirmation?.verdict).toBe('stable');
		expect(analyzed.get(ids.stable)?.suggestion.reason).toMatch(
			/^reproduced 4\/4, same error: a stable failure/,
		);
		expect(analyzed.get(ids.flaky)?.suggestion.category).toBe('ENVIRONMENT');
		expect(analyzed.get(ids.flaky)?.suggestion.reason).toMatch(
			/^reproduced \d\/4: flaky/,
		);
		expect(['ENVIRONMENT', 'TEST_DESIGN']).toContain(
			analyzed.get(ids.once)?.suggestion.category,
		);
		// Never mixed into the run being triaged: its counts are pytest's.
		expect(second.analysis.run.counts.failed).toBe(4);
		expect(second.analysis.runs).toHaveLength(1);

		// A decision made now records the confirmation.
		let state = createReviewState({review: second.review()});
		state = reviewReducer(state, {type: 'key', name: 'a'});
		const save = state.effects.find(effect => effect.type === 'save');
		expect(save?.type === 'save' && save.decisions[0]?.confirmed).toMatch(
			/^\d\/4$/,
		);
		second.journal.decideMany(save?.type === 'save' ? save.decisions : []);
		const line = fs
			.readFileSync(path.join(directory, 'triage.jsonl'), 'utf8')
			.trim()
			.split('\n')
			.at(-1)!;
		expect(JSON.parse(line)).toMatchObject({
			t: 'decide',
			confirmed: expect.stringMatching(/^\d\/4$/),
		});

		// Exports: the CSV read back with a CSV parser, and the JSON.
		// With the history, where the confirmations are.
		const cli = (...args: string[]) =>
			runCli(args, {cwd: directory, env: {TRIAGE_HISTORY: 'on'}});
		const csv = cli('export', 'run.log', '--csv', '-');
		expect(csv.status).toBe(0);
		const rows = parse<Record<string, string>>(csv.stdout, {columns: true});
		expect(rows).toHaveLength(4);
		const confirmedOf = (id: string) =>
			rows.find(row => row['Node ID'] === id)?.['Confirmed'];
		expect(confirmedOf(ids.stable)).toBe('reproduced 4/4, same error (stable)');
		expect(confirmedOf(ids.flaky)).toMatch(/^reproduced [123]\/4 \(flaky\)$/);
		expect(confirmedOf(ids.once)).toBe(
			'reproduced 0/4, passed on every retry (passed on retry)',
		);
		const json = cli('export', 'run.log', '--json', '-');
		expect(json.status).toBe(0);
		const exported = JSON.parse(json.stdout) as {
			runs: Array<{
				failures: Array<{
					id: string;
					confirmation: {verdict: string; reproduced: number} | null;
				}>;
			}>;
		};
		const failures = exported.runs.at(-1)!.failures;
		expect(
			failures.find(item => item.id === ids.stable)?.confirmation,
		).toMatchObject({verdict: 'stable', reproduced: 4, runs: 4});
		const report = cli('report', 'run.log');
		expect(report.stdout).toContain(
			'Confirmed: reproduced 4/4, same error (stable)',
		);
		const markdown = cli('export', 'run.log', '--markdown', '-');
		expect(markdown.stdout).toContain('| Confirmed |');
		expect(markdown.stdout).toContain('reproduced 4/4, same error (stable)');
	}, 180_000);

	test('a relative history folder (a relative --triage): the JUnit XML goes there, not into the rootdir', async () => {
		// The review names the folder from the triage file's path as given; the command runs in the rootdir, and
		// a relative --junitxml wrote the XML into the suite's own .triage/ (then read as missing beside the log).
		const folder = path.relative(
			process.cwd(),
			path.join(directory, 'relative'),
		);
		expect(path.isAbsolute(folder)).toBe(false);
		const result = await runConfirmation(
			{
				tests: [{id: ids.stable, phase: 'call', signature: 'x'}],
				repetitions: 1,
				rootdir: suite,
				folder,
			},
			{env},
		);
		expect(result.kind).toBe('done');
		expect(result.kind === 'done' && result.warnings).toEqual([]);
		expect(fs.existsSync(path.join(suite, folder))).toBe(false);
		const [batch] = fs.readdirSync(path.join(folder, 'confirm'));
		expect(
			fs.readdirSync(path.join(folder, 'confirm', batch!)).toSorted(),
		).toEqual(['1.log', '1.xml']);
	}, 60_000);

	test('stopped midway: the command is killed and nothing is kept', async () => {
		const controller = new AbortController();
		const folder = path.join(directory, 'stopped');
		const started = Date.now();
		const running = runConfirmation(
			{
				tests: [
					{
						id: `${file}::test_database_failover_slow`,
						phase: 'call',
						signature: 'x',
					},
				],
				repetitions: 3,
				rootdir: suite,
				folder,
			},
			{
				env: {...env, TRIAGE_SLOW_SECONDS: '60'},
				signal: controller.signal,
				onProgress() {
					throw new Error('no repetition ends');
				},
			},
		);
		setTimeout(() => {
			controller.abort();
		}, 1500);
		const result = await running;
		expect(result).toEqual({kind: 'stopped', done: 0});
		expect(Date.now() - started).toBeLessThan(30_000);
		expect(fs.readdirSync(path.join(folder, 'confirm'))).toEqual([]);
	}, 60_000);

	test('cannot run here: python that does not exist, a rootdir that is gone; one line each', async () => {
		const base = {
			tests: [{id: ids.stable, phase: 'call' as const, signature: 'x'}],
			repetitions: 2,
			folder: path.join(directory, 'unavailable'),
		};
		const noPython = await runConfirmation({
			...base,
			rootdir: suite,
			python: path.join(directory, 'no-such-python'),
		});
		expect(noPython).toEqual({
			kind: 'unavailable',
			message: `cannot run the tests again here: ${path.join(directory, 'no-such-python')}: command not found`,
		});
		const gone = await runConfirmation({
			...base,
			rootdir: path.join(directory, 'gone'),
		});
		expect(gone.kind === 'unavailable' && gone.message).toMatch(
			/is not on this machine$/,
		);
		// A python without pytest: it starts, but runs nothing.
		const noPytest = await runConfirmation(
			{
				...base,
				rootdir: suite,
				template: 'python3 -c "import sys; sys.exit(4)" {ids}',
			},
			{env},
		);
		expect(noPytest.kind === 'unavailable' && noPytest.message).toMatch(
			/exited with code 4 without running them$/,
		);
	}, 60_000);
	test('a crafted log naming another program as its python: R does not run it, runs python3, and says so in one line', async () => {
		// A log is untrusted: its platform line names the interpreter pytest ran under, and R used to run it.
		const payload = path.join(directory, 'payload.sh');
		const marker = path.join(directory, 'payload-ran');
		fs.writeFileSync(payload, `#!/bin/sh\ntouch '${marker}'\n`, {mode: 0o755});
		const log = fs.readFileSync(path.join(directory, 'run.log'), 'utf8');
		const crafted = log.replace(
			/^(platform .* -- )\/\S+$/m,
			(_, start: string) => `${start}${payload}`,
		);
		expect(crafted).not.toBe(log);
		fs.mkdirSync(path.join(directory, 'crafted'));
		fs.writeFileSync(path.join(directory, 'crafted', 'run.log'), crafted);
		const opened = await openSession({
			logs: [path.join(directory, 'crafted', 'run.log')],
			triage: path.join(directory, 'crafted', 'triage.jsonl'),
			cwd: path.join(directory, 'crafted'),
			now: () => new Date('2026-12-01T15:00:00Z'),
		});
		const {run} = opened.analysis;
		expect(run.header.executable).toBe(payload);
		const handler = createRerunHandler({
			runOf: () => run,
			historyFolder: path.join(directory, 'crafted', '.triage'),
			env,
		});
		const outcome = await handler(
			{
				tests: [{id: ids.stable, phase: 'call', signature: 'x'}],
				repetitions: 1,
			},
			{
				signal: new AbortController().signal,
				onProgress(done) {
					expect(done).toBe(1);
				},
			},
		);
		expect(fs.existsSync(marker)).toBe(false);
		expect(outcome.kind).toBe('done');
		const done = outcome as Extract<RerunOutcome, {kind: 'done'}>;
		expect(done.confirmations[0]).toMatchObject({reproduced: 1, runs: 1});
		expect(done.note).toBe(
			`kept in the run history; the log names ${payload} as its python, which is not a Python interpreter's name: python3 ran instead`,
		);
	}, 60_000);
});
