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
	},
);
