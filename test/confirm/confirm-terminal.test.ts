/**
Confirming a failure in a real terminal (tmux), with the built CLI on fixtures/live-suite: Ctrl+C during a
confirmation stops it and leaves the review usable; a confirmation that runs to the end shows its verdict
and a decision made then records it.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {hasTmux, keys, start, temporary, waitFor} from '../tmux.js';

const hasPytest =
	spawnSync('python3', ['-m', 'pytest', '--version']).status === 0;

describe.skipIf(!hasTmux || !hasPytest)('R in tmux', () => {
	test('Ctrl+C during a confirmation stops it and the review goes on; a whole one shows 5/5 and a decision records it', async () => {
		const folder = path.join(temporary, 'confirm-suite');
		fs.cpSync(
			path.resolve('fixtures/live-suite/tests'),
			path.join(folder, 'tests'),
			{recursive: true},
		);
		const counter = path.join(folder, 'counter');
		const environment = {
			TRIAGE_FLAKY_COUNTER: counter,
			TRIAGE_SLOW_SECONDS: '0',
			PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1',
		};
		const pytest = spawnSync(
			'python3',
			['-m', 'pytest', '-v', '-p', 'no:cacheprovider', 'tests'],
			{cwd: folder, env: {...process.env, ...environment}, encoding: 'utf8'},
		);
		fs.writeFileSync(path.join(folder, 'run.log'), pytest.stdout);
		const journal = path.join(folder, 'triage.jsonl');
		const name = start(
			['--triage', journal, path.join(folder, 'run.log')],
			undefined,
			undefined,
			Object.entries(environment)
				.map(([key, value]) => `${key}=${value}`)
				.join(' '),
		);
		await waitFor(
			name,
			t => t.includes('› ') && t.includes('test_cache_eviction_order'),
			'the review',
			30_000,
		);
		// The first failure is the deterministic one: run it again, then Ctrl+C while it runs.
		keys(name, 'R');
		await waitFor(
			name,
			t => t.includes('run again, times:') && t.includes('(empty: 5)'),
			'the prompt',
		);
		keys(name, 'Enter');
		await waitFor(
			name,
			t => t.includes('[run again: 0/5 done]'),
			'the progress',
		);
		keys(name, 'C-c');
		const stopped = await waitFor(
			name,
			t => t.includes('stopped after'),
			'the stop',
			20_000,
		);
		expect(stopped).toMatch(/stopped after [0-4]\/5 runs: nothing kept/);
		expect(stopped).not.toContain('EXITED');
		expect(stopped).not.toContain('reproduced');
		const confirmFolder = path.join(folder, '.triage', 'confirm');
		expect(
			fs.existsSync(confirmFolder) ? fs.readdirSync(confirmFolder) : [],
		).toEqual([]);

		// Usable: keys move, and a whole confirmation runs.
		keys(name, 'j');
		await waitFor(
			name,
			t => /› .*test_database_pool_after_failover/.test(t),
			'the next failure selected',
		);
		keys(name, 'k', 'R');
		await waitFor(
			name,
			t => t.includes('run again, times:') && t.includes('(empty: 5)'),
			'the prompt',
		);
		keys(name, 'Enter');
		const done = await waitFor(
			name,
			t => t.includes('confirmed:'),
			'the confirmation',
			90_000,
		);
		expect(done).toContain('reproduced 5/5, same error (stable)');
		expect(fs.readdirSync(confirmFolder)).toHaveLength(1);
		keys(name, 'b');
		await waitFor(name, t => t.includes('saved: BUG'), 'the decision');
		const last = fs.readFileSync(journal, 'utf8').trim().split('\n').at(-1)!;
		expect(JSON.parse(last)).toMatchObject({
			t: 'decide',
			id: 'tests/test_chaos_live.py::test_cache_eviction_order',
			category: 'BUG',
			confirmed: '5/5',
		});
		keys(name, 'q');
		await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
	}, 180_000);
});
