/**
Inputs that are not files: a FIFO with no writer blocks an open forever and `/dev/zero` never ends.
Each run of the built CLI has a timeout, so a hang fails the test instead of stalling the suite.
*/

import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cliPath, configHome} from './cli-helpers.js';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-hostile-'));
const log = path.resolve('fixtures/real/cpython-net-offline-tb-line/run.log');
const fifo = path.join(temporary, 'fifo');
const hasFifo =
	process.platform !== 'win32' &&
	spawnSync('mkfifo', [fifo]).status === 0 &&
	fs.statSync(fifo).isFIFO();
const hasZero = fs.existsSync('/dev/zero');

/** The built CLI, killed after `timeout` ms (status null then) and capped at 512 MB of heap. */
function runBounded(
	args: readonly string[],
	timeout = 15_000,
): {status: number | null; stderr: string; stdout: string} {
	const result = spawnSync(
		process.execPath,
		['--max-old-space-size=512', cliPath, ...args],
		{
			cwd: temporary,
			encoding: 'utf8',
			timeout,
			env: {
				...process.env,
				NO_COLOR: '1',
				XDG_CONFIG_HOME: configHome,
				TRIAGE_HISTORY: 'off',
				// The heap flag above is the point: no respawn with a larger one.
				TRIAGE_HEAP_RESPAWNED: '1',
			},
		},
	);
	return {status: result.status, stderr: result.stderr, stdout: result.stdout};
}

function expectRefused(
	result: {status: number | null; stderr: string},
	name: string,
): void {
	expect(result.status).toBe(2);
	const lines = result.stderr.trim().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toContain(name);
	expect(lines[0]).toMatch(/not a regular file|not a triage journal/);
}

describe.skipIf(!hasFifo)(
	'a FIFO with no writer is refused, never waited on',
	() => {
		test('as the LOG', () => {
			expectRefused(runBounded(['report', fifo]), fifo);
		});

		test('as --triage', () => {
			expectRefused(runBounded(['report', log, '--triage', fifo]), fifo);
		});

		test.each([
			['compact'],
			['undo'],
			['decide', log, '--id', 'x', '--category', 'BUG'],
		])('as --triage of %s', (...args) => {
			expectRefused(runBounded([...args, '--triage', fifo]), fifo);
		});

		test('as --rules', () => {
			expectRefused(runBounded(['report', log, '--rules', fifo]), fifo);
		});

		test('as the CSV to import', () => {
			expectRefused(runBounded(['import', fifo]), fifo);
		});

		test('a LOG piped in as - is still read', () => {
			const result = spawnSync(
				process.execPath,
				[cliPath, 'report', '-', '--no-history'],
				{
					cwd: temporary,
					input: fs.readFileSync(log),
					encoding: 'utf8',
					timeout: 15_000,
					env: {...process.env, XDG_CONFIG_HOME: configHome},
				},
			);
			expect(result.status).toBe(0);
		});
	},
);

describe.skipIf(!hasZero)('/dev/zero is refused, never read to the end', () => {
	test('as --rules', () => {
		expectRefused(
			runBounded(['report', log, '--rules', '/dev/zero']),
			'/dev/zero',
		);
	});

	test('as the CSV to import', () => {
		expectRefused(runBounded(['import', '/dev/zero']), '/dev/zero');
	});

	test('as the LOG', () => {
		expectRefused(runBounded(['report', '/dev/zero']), '/dev/zero');
	});

	test('as the CSV on stdin (import -): read up to a bound, then refused', () => {
		const zero = fs.openSync('/dev/zero', 'r');
		try {
			const result = spawnSync(
				process.execPath,
				['--max-old-space-size=512', cliPath, 'import', '-'],
				{
					cwd: temporary,
					stdio: [zero, 'pipe', 'pipe'],
					encoding: 'utf8',
					timeout: 30_000,
					env: {
						...process.env,
						XDG_CONFIG_HOME: configHome,
						TRIAGE_HISTORY: 'off',
						TRIAGE_HEAP_RESPAWNED: '1',
					},
				},
			);
			expect(result.status).toBe(2);
			expect(result.stderr.trim()).toMatch(/^triage: stdin: more than \d+ MB/);
		} finally {
			fs.closeSync(zero);
		}
	});
});

describe("a LOG that cannot be opened is named in words, not the system's (QA 45)", () => {
	test('a loop of symbolic links', () => {
		const loop = path.join(temporary, 'loop.log');
		fs.symlinkSync('loop.log', loop);
		const result = runBounded(['report', 'loop.log']);
		expect(result.status).toBe(2);
		// It said 'loop.log: cannot read (ELOOP: too many symbolic links encountered, open 'loop.log')'.
		expect(result.stderr).toBe(
			'triage: loop.log: is a loop of symbolic links\n',
		);
	});

	test.skipIf(process.platform === 'win32')('a UNIX socket', async () => {
		const {createServer} = await import('node:net');
		const server = createServer();
		await new Promise<void>(resolve => {
			server.listen(path.join(temporary, 'run.sock'), resolve);
		});
		try {
			const result = runBounded(['report', 'run.sock']);
			expect(result.status).toBe(2);
			expect(result.stderr).toBe('triage: run.sock: is a socket, not a file\n');
		} finally {
			server.close();
		}
	});
});

describe('--outage-threshold takes a share from 0 to 1', () => {
	test('abc is refused with exit 2, quoted', () => {
		const result = runBounded(['report', log, '--outage-threshold=abc']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			"triage: --outage-threshold takes a number; got 'abc' (see triage --help)\n",
		);
	});

	test.each(['-5', '7', 'Infinity'])('%s is refused with exit 2', value => {
		const result = runBounded(['report', log, `--outage-threshold=${value}`]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('between 0 and 1');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});

	test.each(['0', '0.3', '1'])('%s is accepted', value => {
		const result = runBounded(['report', log, `--outage-threshold=${value}`]);
		expect(result.status).toBe(0);
	});
});

describe('JUnit XML without results', () => {
	test('<testsuites> with 100k nested unknown elements: exit 2, one line', () => {
		const depth = 100_000;
		const file = path.join(temporary, 'nested.xml');
		fs.writeFileSync(
			file,
			`<testsuites>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</testsuites>`,
		);
		const result = runBounded(['report', file]);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim()).toBe(
			`triage: ${file}: holds no test results (no <testcase>, and no <testsuite tests="0">): not a JUnit report of a run`,
		);
	});
});

describe.skipIf(!fs.existsSync('/proc/version'))(
	'a /proc file (0 bytes by its size, text when read) as --triage',
	() => {
		test.each([
			['report', log],
			['compact'],
			['undo'],
			['decide', log, '--id', 'x', '--category', 'BUG'],
		])('%s refuses it as not a triage journal', (...args) => {
			const result = runBounded([...args, '--triage', '/proc/version']);
			expect(result.status).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr.trim()).toBe(
				'triage: /proc/version: says it is empty but has content (a /proc or /sys file): not a triage journal',
			);
		});
	},
);
