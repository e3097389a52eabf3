/**
A person with `CI` set in a real terminal (a CI job's shell reached over SSH, a dev container): Ink, which reads
`CI` once as it loads, drew no frame until the review ended, so the review was a blank terminal. Ink is now
loaded with `CI` hidden when the review draws on a terminal, and `CI` put back for what the review runs.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadedForTerminal} from '../../source/ink-terminal.js';
import {hasTmux, keys, start, tmux, waitFor} from '../tmux.js';

const log = path.resolve('fixtures/renamed/day2.log');

describe('loading Ink for a terminal', () => {
	test('CI and CONTINUOUS_INTEGRATION are not there while Ink loads, and as they were after', async () => {
		const environment: NodeJS.ProcessEnv = {
			CI: 'true',
			CONTINUOUS_INTEGRATION: '1',
			HOME: '/home/a',
		};
		const seen = await loadedForTerminal(
			async () => ({...environment}),
			true,
			environment,
		);
		expect(seen).toEqual({HOME: '/home/a'});
		expect(environment).toEqual({
			CI: 'true',
			CONTINUOUS_INTEGRATION: '1',
			HOME: '/home/a',
		});
	});

	test('a variable that was not set stays unset', async () => {
		const environment: NodeJS.ProcessEnv = {CI: '1'};
		const seen = await loadedForTerminal(
			async () => ({...environment}),
			true,
			environment,
		);
		expect(seen).toEqual({});
		expect(environment).toEqual({CI: '1'});
		expect('CONTINUOUS_INTEGRATION' in environment).toBe(false);
	});

	test('not a terminal (the review written to a pipe): nothing hidden', async () => {
		const environment: NodeJS.ProcessEnv = {CI: 'true'};
		const seen = await loadedForTerminal(
			async () => ({...environment}),
			false,
			environment,
		);
		expect(seen).toEqual({CI: 'true'});
	});

	test('a load that fails puts the variables back too', async () => {
		const environment: NodeJS.ProcessEnv = {CI: 'true'};
		await expect(
			loadedForTerminal(
				async () => {
					throw new Error('no module');
				},
				true,
				environment,
			),
		).rejects.toThrow('no module');
		expect(environment).toEqual({CI: 'true'});
	});
});

describe.skipIf(!hasTmux)('the review in a terminal where CI is set', () => {
	test.each(['CI=true', 'CI=1 CONTINUOUS_INTEGRATION=true'])(
		'%s: the review draws, follows keys and quits',
		async environment => {
			const name = start(
				[log, '--no-history', '--triage', `ci-${environment.length}.jsonl`],
				undefined,
				undefined,
				environment,
				['FORCE_COLOR', 'NO_COLOR'],
			);
			const text = await waitFor(
				name,
				t =>
					t.includes('tests/sub/test_b.py::test_one') && t.includes('decided'),
				'the review',
			);
			expect(text).toMatch(/^day2\.log · complete · 2 failed · 2 passed/m);
			expect(text).toMatch(/^› +FAIL .*tests\/sub\/test_b\.py::test_one/m);
			// In colour, as without CI: chalk finds no colour where CI is there at all.
			const coloured = tmux('capture-pane', '-e', '-p', '-t', name);
			expect(coloured).toContain('\u001B[31mFAIL');
			keys(name, 'j');
			await waitFor(
				name,
				t => /^› +FAIL .*tests\/sub\/test_b\.py::test_two/m.test(t),
				'the cursor on the second failure',
			);
			keys(name, 'b');
			await waitFor(name, t => t.includes('1/2 decided'), 'the decision');
			keys(name, 'q');
			await waitFor(name, t => t.includes('EXITED 0'), 'the exit');
		},
		30_000,
	);
});
