/**
Lines a log should never hold, but may: a test printing the same words a hundred thousand times, a message
of one 250 KB word. Each is read, classified and exported by the built CLI as a user would run it, killed
after 30 s: a pattern that backtracks over such a line takes minutes (or forever), and since a regular
expression cannot be interrupted inside a test, only a separate process shows it without hanging the suite.
*/

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-hostile-'));
afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

const width = 80;
function rule(title: string, fill = '='): string {
	const side = Math.max(1, Math.floor((width - title.length - 2) / 2));
	return `${fill.repeat(side)} ${title} ${fill.repeat(width - side - title.length - 2)}`;
}

const header = [
	rule('test session starts'),
	'platform linux -- Python 3.11.7, pytest-7.2.1, pluggy-1.0.0 -- /usr/bin/python3',
	'rootdir: /src/app',
	'collecting ... collected 2 items',
	'',
].join('\n');

/** A `-v --tb=short` log of two tests, whose progress lines hold `between` and whose failure's traceback holds `traceback`. */
function logOf(between: string, traceback: readonly string[]): string {
	return [
		header,
		'tests/test_a.py::test_a PASSED',
		between,
		'tests/test_a.py::test_b FAILED',
		'',
		rule('FAILURES'),
		rule('test_b', '_'),
		'tests/test_a.py:9: in test_b',
		...traceback,
		rule('short test summary info'),
		'FAILED tests/test_a.py::test_b - ValueError: cut',
		rule('1 failed, 1 passed in 0.05s'),
		'',
	].join('\n');
}

type Exported = {
	runs: Array<{
		tests: Array<{outcome: string}>;
		failures: Array<{headline: string; suggestion?: {category: string}}>;
	}>;
};

function exported(name: string, log: string): Exported {
	const file = path.join(folder, `${name}.log`);
	fs.writeFileSync(file, log);
	const result = runCli(['export', file, '--json', '-'], {timeout: 30_000});
	// Killed at the time limit: the status is null, and the signal says so.
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as Exported;
}

describe('a hostile line is read, classified and exported at once', () => {
	test.each([
		// A final line's `1 error` matched two alternatives (`errors?`, `error`): 2^40 ways for 40 items.
		[
			'a line shaped like a final line of many items',
			`= ${'1 error, '.repeat(40)}x`,
		],
		// Hunt 36's title check was tried from every `=`: 4.7 s for 80 KB, minutes for these 1 MB.
		[
			'four 250 KB lines of rule-like titles',
			Array.from({length: 4}, () => `${'==== '.repeat(50_000)}x`).join('\n'),
		],
	])('%s among the progress lines', (name, between) => {
		const run = exported(
			name.replaceAll(' ', '-'),
			logOf(between, ['E   ValueError: cut']),
		).runs[0]!;
		expect(run.tests.map(test => test.outcome)).toEqual(['passed', 'failed']);
	});

	test.each([
		// One word taken for the exception's type: `\w*Connect\w*Error$` tried from each `Connect`, 24 s for 400 KB.
		[
			'a 250 KB word for the exception',
			['    raise error', `E   ${'Connect'.repeat(36_000)}`],
		],
	])('%s', (name, traceback) => {
		const run = exported(name.replaceAll(' ', '-'), logOf('', traceback))
			.runs[0]!;
		expect(run.failures).toHaveLength(1);
		expect(run.failures[0]!.suggestion).toBeDefined();
	});
});
