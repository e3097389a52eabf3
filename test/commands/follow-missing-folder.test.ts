/**
`--follow` waits for a log not there yet, but a folder that is not there is a typo: the one line names the folder
and says what to do. It said `nodir/run.log: no such file`, which read as if `--follow` did not wait (QA 47).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

describe('--follow on a log whose folder does not exist', () => {
	test('names the folder, exit 2', () => {
		const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-follow-'));
		const result = runCli(['--follow', 'nodir/sub/run.log'], {cwd});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: nodir/sub/run.log: the folder nodir/sub does not exist (--follow waits for a log that is not there yet, in a folder that is: create it, or correct its name)\n',
		);
		expect(fs.readdirSync(cwd)).toEqual([]);
	});

	test('a missing log of another command is still no such file', () => {
		const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-follow-'));
		const result = runCli(['report', 'nodir/run.log'], {cwd});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe('triage: nodir/run.log: no such file\n');
	});
});
