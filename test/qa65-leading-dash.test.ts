/**
QA tour 65: a LOG whose name starts with a dash (`-flaky.log`) was refused as an unknown flag with "triage's
flags start with --", and `--` before it is refused too (it is for `triage run`): nothing said how to give
it. The refusal names the way that works, and that way reads the log.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-qa65-dash-'));
fs.copyFileSync(
	'fixtures/real/cpython-net-offline-tb-line/run.log',
	path.join(folder, '-flaky.log'),
);

test('a LOG named -flaky.log: the refusal says ./-flaky.log, which reads it', () => {
	const refused = runCli(['export', '--csv', '-', '-flaky.log'], {
		cwd: folder,
	});
	expect(refused.status).toBe(2);
	expect(refused.stderr).toBe(
		'triage: unknown flag -flaky.log: a LOG whose name starts with - is given as ./-flaky.log (see triage --help)\n',
	);

	const read = runCli(['export', '--csv', '-', './-flaky.log'], {cwd: folder});
	expect(read.stderr).toBe('');
	expect(read.status).toBe(0);
	expect(read.stdout.split('\n')[1]).toContain(',FAILED,');
});

test('a mistyped flag keeps its own hint', () => {
	const refused = runCli(['export', '--csv', '-', '-x'], {cwd: folder});
	expect(refused.status).toBe(2);
	expect(refused.stderr).toBe(
		"triage: unknown flag -x: triage's flags start with -- (see triage --help)\n",
	);
});
