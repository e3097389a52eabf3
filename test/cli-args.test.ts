import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {flagProblem, inputProblem} from '../source/cli-args.js';
import {cliPath, runCli} from './cli-helpers.js';

const flags = {
	note: {type: 'string'},
	outageThreshold: {type: 'number'},
	history: {type: 'boolean'},
} as const;

test.each([
	[['report', 'a.log'], undefined],
	[['report', 'a.log', '--note', 'x', '--no-history'], undefined],
	[['report', '--note=--x', '--outage-threshold', '0.7'], undefined],
	[['report', '--bogus'], 'unknown flag --bogus (see triage --help)'],
	[
		['report', '--outage-threshold'],
		'--outage-threshold needs a value (see triage --help)',
	],
	[
		['report', '--outage-threshold', 'abc'],
		"--outage-threshold takes a number; got 'abc' (see triage --help)",
	],
	[
		['report', '--outage-threshold=0.5x'],
		"--outage-threshold takes a number; got '0.5x' (see triage --help)",
	],
	[
		['report', '--outage-threshold=\u001B[2Jx'],
		"--outage-threshold takes a number; got '\u241B[2Jx' (see triage --help)",
	],
	[['report', '--outage-threshold=7'], undefined],
	[
		['report', '--note', '--history'],
		'--note needs a value (see triage --help)',
	],
	[['run', '--', 'pytest', '--bogus'], undefined],
	[['--help'], undefined],
])('%j', (argv, expected) => {
	expect(flagProblem(argv, flags)).toBe(expected);
});

test('the built CLI: an unknown flag is one line, exit 2', () => {
	const unknown = runCli(['report', 'fixtures/demo/run.log', '--bogus']);
	expect(unknown.status).toBe(2);
	expect(unknown.stderr).toBe(
		'triage: unknown flag --bogus (see triage --help)\n',
	);
});

test.each([
	[['report', '-'], undefined],
	[['report', 'a.log', '-', 'b.log'], undefined],
	[
		['report', '-', '-'],
		'stdin (-) is named 2 times: it can be read only once',
	],
	[
		['history', 'record', '-', 'a.log', '-', '-'],
		'stdin (-) is named 3 times: it can be read only once',
	],
])('input %j', (input, expected) => {
	expect(inputProblem(input)).toBe(expected);
});

test.each([
	[['report', '-', '-']],
	[['export', '-', '-', '--json', '-']],
	[['decide', '-', '-', '--id', 'x', '--category', 'BUG']],
	[['record', '-', '-']],
	[['history', 'record', '-', '-']],
	[['import', '-', '-']],
	[['-', '-']],
])('the built CLI: stdin named twice (%j) is one line, exit 2', args => {
	const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-stdin-'));
	const result = runCli(args, {
		cwd,
		input: fs.readFileSync('fixtures/demo/run.log'),
	});
	expect(result.stderr).toBe(
		'triage: stdin (-) is named 2 times: it can be read only once\n',
	);
	expect(result.stdout).toBe('');
	expect(result.status).toBe(2);
	expect(fs.readdirSync(cwd)).toEqual([]);
});

test('import into a pipe closed early (| head -1) is no crash', () => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-epipe-'));
	const log = path.resolve('fixtures/real/redis-py-killed-tb-short/run.log.gz');
	const csv = path.join(directory, 'out.csv');
	expect(runCli(['export', log, '--csv', csv], {cwd: directory}).status).toBe(
		0,
	);
	// Change every category, so that import prints a line per row.
	const text = fs
		.readFileSync(csv, 'utf8')
		.replaceAll(/,(ENVIRONMENT|UNKNOWN|BUG|CONFIGURATION),/g, ',TEST_DESIGN,');
	fs.writeFileSync(csv, text);
	const result = spawnSync(
		'bash',
		[
			'-c',
			`${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} import out.csv ${JSON.stringify(log)} --no-history | head -1; echo "status \${PIPESTATUS[0]}" >&2`,
		],
		{cwd: directory, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}},
	);
	expect(result.stderr).not.toContain('Error');
	expect(result.stderr).toContain('status 0');
});
