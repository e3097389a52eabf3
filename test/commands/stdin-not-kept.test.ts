/**
A log piped in (`-`) that cannot be kept in `.triage/logs/` says why in triage's own words, as every other
file triage cannot write does (`read-only file system`, `no space left on the device`), not in Node's
(`EROFS: read-only file system, mkdir '.triage'`, `ENOSPC: no space left on device, write`).
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const log = fs.readFileSync(path.resolve('fixtures/demo/run.log'));
const mounted: string[] = [];

/** A tmpfs mounted with `options`, when this machine lets us mount one (root, and a kernel that allows it). */
function mountTmpfs(options: string): string | undefined {
	if (process.platform !== 'linux') {
		return undefined;
	}

	const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-kept-'));
	if (
		spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mountPoint])
			.status === 0
	) {
		mounted.push(mountPoint);
		return mountPoint;
	}

	fs.rmdirSync(mountPoint);
	return undefined;
}

const readOnly = mountTmpfs('size=64k,ro');
const small = mountTmpfs('size=64k');
const full = mountTmpfs('size=64k');

/** Fill `folder`'s file system to its last byte. */
function fill(folder: string): void {
	const file = path.join(folder, 'fill');
	try {
		fs.writeFileSync(file, Buffer.alloc(1024 * 1024));
	} catch {
		// ENOSPC once it is full: what was written stays.
	}
}

afterAll(() => {
	for (const mountPoint of mounted) {
		spawnSync('umount', [mountPoint]);
		fs.rmdirSync(mountPoint);
	}
});

describe.skipIf(readOnly === undefined || small === undefined)(
	'stdin not kept, said in words (tmpfs mounts; skipped where mount is not permitted)',
	() => {
		test('in a read-only folder', () => {
			const result = runCli(['report', '-'], {
				cwd: readOnly!,
				input: log,
				env: {TRIAGE_HISTORY: ''},
			});
			expect(result.status).toBe(0);
			expect(result.stderr).toContain(
				'triage: warning: stdin not kept in .triage (read-only file system): reopening it later needs the log again\n',
			);
		});

		test('on a full disk', () => {
			// Room for .triage/ and its empty files, none for the log.
			fs.writeFileSync(path.join(small!, 'fill'), Buffer.alloc(60_000));
			const result = runCli(['record', '-'], {
				cwd: small!,
				input: log,
				env: {TRIAGE_HISTORY: ''},
			});
			expect(result.stderr).toContain(
				'triage: warning: stdin not kept (no space left on the device): reopening it later needs the log again\n',
			);
			expect(result.stderr).not.toContain('ENOSPC');
		});

		test("triage run's output on a full disk is not called stdin, nor the history off (QA 45)", () => {
			const suite = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-run-full-'));
			fs.writeFileSync(
				path.join(suite, 'test_one.py'),
				'def test_one():\n    assert 1 == 2\n',
			);
			fs.mkdirSync(path.join(full!, '.triage', 'logs'), {recursive: true});
			fill(full!);
			const result = runCli(
				[
					'run',
					'--triage',
					path.join(full!, 'triage.jsonl'),
					'--',
					'python3',
					'-m',
					'pytest',
					'-p',
					'no:cacheprovider',
					'test_one.py',
				],
				{cwd: suite, env: {TRIAGE_HISTORY: ''}},
			);
			fs.rmSync(suite, {recursive: true, force: true});
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				/triage: warning: the run's output not kept in \S*\.triage \(no space left on the device\): it cannot be reviewed again once this triage ends\n/,
			);
			expect(result.stderr).toContain(
				'triage: no terminal, so no review; the log was not kept (see the warning above): `| tee run.log` keeps a copy\n',
			);
			expect(result.stderr).not.toContain('stdin');
			expect(result.stderr).not.toContain('the history is off');
		});
	},
);
