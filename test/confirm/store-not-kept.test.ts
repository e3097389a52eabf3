/**
`R` in a review on a team's store: the store keeps no confirmations (yet), and a review on it never reads the local
history. They were written to a `.triage/history.sqlite` made for them, contrary to "the local files are not read
or written", and the line said `kept in the run history`; reopened, the review showed no verdict (QA 33, the built
CLI in tmux on a real suite). Now nothing is written there and the line says they are not kept.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {createRerunHandler} from '../../source/confirm/handler.js';
import type {RerunOutcome} from '../../source/review/rerun.js';
import {openSession} from '../../source/session.js';

let directory: string;
const env = {PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1'};

beforeAll(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-confirm-store-'));
	fs.mkdirSync(path.join(directory, 'tests'));
	fs.writeFileSync(
		path.join(directory, 'tests', 'test_orders.py'),
		'def test_total():\n    assert 1 + 1 == 3\n',
	);
	const result = spawnSync(
		'python3',
		['-m', 'pytest', '-v', '-p', 'no:cacheprovider', 'tests'],
		{cwd: directory, env: {...process.env, ...env}, encoding: 'utf8'},
	);
	fs.writeFileSync(
		path.join(directory, 'run.log'),
		result.stdout + result.stderr,
	);
});

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

test('on a store, a confirmation says it is not kept, and no local history is made for it', async () => {
	const session = await openSession({
		logs: [path.join(directory, 'run.log')],
		triage: path.join(directory, 'triage.jsonl'),
		cwd: directory,
		history: false,
		now: () => new Date('2026-12-05T19:00:00Z'),
	});
	const [failure] = session.analysis.failures;
	expect(failure?.failure.id).toBe('tests/test_orders.py::test_total');
	const handler = createRerunHandler({
		runOf: () => session.analysis.run,
		historyFolder: path.join(directory, '.triage'),
		store: 'postgresql://triage@db.example.com/team',
		env,
	});
	const outcome = await handler(
		{
			tests: [
				{
					id: failure!.failure.id,
					phase: failure!.failure.phase,
					signature: failure!.cluster,
				},
			],
			repetitions: 1,
		},
		{
			signal: new AbortController().signal,
			onProgress() {
				// Progress is not what this test is about.
			},
		},
	);
	expect(outcome.kind).toBe('done');
	const done = outcome as Extract<RerunOutcome, {kind: 'done'}>;
	expect(done.confirmations[0]).toMatchObject({reproduced: 1, runs: 1});
	// It said `kept in the run history`, in a file no review on the store reads.
	expect(done.note).toBe("not kept (the team's store keeps no confirmations)");
	expect(fs.existsSync(path.join(directory, '.triage', 'history.sqlite'))).toBe(
		false,
	);
	await session.close();
});
