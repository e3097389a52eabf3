import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {
	flagProblem,
	inputProblem,
	terminalStdinProblem,
} from '../source/cli-args.js';
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
	[['report', '--bogus'], 'unknown flag --bogus (see triage report --help)'],
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
	// Answered before flagProblem when alone (cli-help.ts); beside a command they were ignored.
	[['report', 'a.log', '--version'], '--version goes alone: triage --version'],
	[['--version', 'a.log'], '--version goes alone: triage --version'],
	// A slip of the keyboard is named with what was probably meant.
	[
		['decide', '--nte', 'x'],
		'unknown flag --nte: did you mean --note? (see triage decide --help)',
	],
	[
		['decide', '--NOTE=x'],
		'unknown flag --NOTE: did you mean --note? (see triage decide --help)',
	],
	// Two neighbouring letters swapped: one slip, not two (--ntoe was past a short word's one edit).
	[
		['decide', '--ntoe', 'x'],
		'unknown flag --ntoe: did you mean --note? (see triage decide --help)',
	],
	// A short name no slip explains: --md read as --id.
	[
		['export', 'a.log', '--md', 'out.md'],
		'unknown flag --md: did you mean --markdown? (see triage export --help)',
	],
	// Single-dash flags: meow dropped them silently (`-o FILE` wrote the report to stdout, `-h` opened the review).
	[['-h'], 'unknown flag -h: did you mean --help? (see triage --help)'],
	[
		['report', 'a.log', '-o', 'x'],
		"unknown flag -o: triage's flags start with -- (see triage --help)",
	],
	[
		['report', '-note', 'x'],
		'unknown flag -note: did you mean --note? (see triage --help)',
	],
	[
		['report', '-\u001B[2J'],
		"unknown flag -\u241B[2J: triage's flags start with -- (see triage --help)",
	],
	// Not flags: stdin, a value after its flag, a negative number, `triage run` without `--` (its own message).
	[['report', '-'], undefined],
	[['report', '--note', '-x'], undefined],
	[['report', '--outage-threshold', '-0.5'], undefined],
	[['run', 'pytest', '-x'], undefined],
	// A value flag given twice: meow threw (a stack trace); a boolean given twice is harmless, the last one wins.
	[
		['report', '--note', 'a', '--note=b'],
		"--note is given twice ('a', then 'b'): give it once (see triage --help)",
	],
	[
		['report', '--outageThreshold', '0.3', '--outage-threshold', '0.4'],
		"--outage-threshold is given twice ('0.3', then '0.4'): give it once (see triage --help)",
	],
	[['report', '--history', '--no-history', '--history'], undefined],
])('%j', (argv, expected) => {
	expect(flagProblem(argv, flags)).toBe(expected);
});

test('the built CLI: an unknown flag is one line, exit 2', () => {
	const unknown = runCli(['report', 'fixtures/demo/run.log', '--bogus']);
	expect(unknown.status).toBe(2);
	expect(unknown.stderr).toBe(
		'triage: unknown flag --bogus (see triage report --help)\n',
	);
});

test.each([
	[['export', 'LOG', '--csv', 'a.csv', '--csv', 'b.csv'], '--csv'],
	[['LOG', '--triage', 'a.jsonl', '--triage=b.jsonl'], '--triage'],
])(
	'the built CLI: a value flag given twice (%j) is one line, exit 2',
	(args, flag) => {
		const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-twice-'));
		const result = runCli(
			args.map(argument =>
				argument === 'LOG' ? path.resolve('fixtures/demo/run.log') : argument,
			),
			{cwd},
		);
		expect(result.stderr).toMatch(
			new RegExp(
				`^triage: ${flag} is given twice \\([^\\n]+\\): give it once \\(see triage --help\\)\\n$`,
			),
		);
		expect(result.stdout).toBe('');
		expect(result.status).toBe(2);
		expect(fs.readdirSync(cwd)).toEqual([]);
	},
);

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
	[['-'], true, true],
	[['report', 'a.log', '-'], true, true],
	[['-'], false, false],
	[['report', 'a.log'], true, false],
])(
	'input %j, stdin a terminal: %s → refused: %s',
	(input, isTerminal, isRefused) => {
		expect(terminalStdinProblem(input, isTerminal) !== undefined).toBe(
			isRefused,
		);
	},
);

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

test('the built CLI: a mistyped flag or command is one line naming what was meant, exit 2', () => {
	const flag = runCli(['report', 'fixtures/demo/run.log', '--csvv', 'x.csv']);
	expect(flag.status).toBe(2);
	expect(flag.stderr).toBe(
		'triage: unknown flag --csvv: did you mean --csv? triage report does not take --csv (export takes it; see triage report --help)\n',
	);
	const swapped = runCli(['export', 'fixtures/demo/run.log', '--cvs', '-']);
	expect(swapped.status).toBe(2);
	expect(swapped.stderr).toBe(
		'triage: unknown flag --cvs: did you mean --csv? (see triage export --help)\n',
	);
	const short = runCli(['report', 'fixtures/demo/run.log', '-o', 'x.txt']);
	expect(short.status).toBe(2);
	expect(short.stdout).toBe('');
	expect(short.stderr).toBe(
		"triage: unknown flag -o: triage's flags start with -- (see triage --help)\n",
	);
	const command = runCli(['reportt', 'fixtures/demo/run.log']);
	expect(command.status).toBe(2);
	expect(command.stderr).toBe(
		'triage: reportt: no such file, nor a command: did you mean triage report? (see triage --help)\n',
	);
	// The help says "review the failures": the review is the command with no word.
	const review = runCli(['review', 'fixtures/demo/run.log']);
	expect(review.status).toBe(2);
	expect(review.stderr).toBe(
		'triage: review: no such file, nor a command: the review is `triage LOG…`, with no command word (see triage --help)\n',
	);
	// A missing LOG whose name is no command's is still the reader's plain complaint.
	expect(runCli(['report', 'nope.log']).stderr).toBe(
		'triage: nope.log: no such file\n',
	);
});

test('the built CLI: an error quoting a file never sends its escape sequences to the terminal', () => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-escapes-'));
	// A triage.rules.json committed to a repository is read from the current directory by default.
	fs.writeFileSync(
		path.join(directory, 'triage.rules.json'),
		'\u001B]0;owned\u0007\u001B[2J{}',
	);
	const log = path.resolve('fixtures/demo/run.log');
	const result = runCli(['report', log], {cwd: directory});
	expect(result.status).toBe(2);
	// The mistake is named, not quoted: the escape as JSON writes it.
	expect(result.stderr).toBe(
		'triage: triage.rules.json:1:1: not valid JSON: unexpected "\\u001b" where a value was expected\n',
	);

	expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
	expect(result.stderr.split('\n')).toHaveLength(2);
	const named = runCli(['report', 'a\u001B[2Jb.log'], {
		cwd: fs.mkdtempSync(path.join(os.tmpdir(), 'triage-escapes-')),
	});
	expect(named.status).toBe(2);
	expect(named.stderr).toBe('triage: a\u241B[2Jb.log: no such file\n');
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
