import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {describe, expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-cli-'));
const jinja = path.resolve('fixtures/real/jinja-skew-tb-short/run.log.gz');
const cpython = path.resolve(
	'fixtures/real/cpython-net-offline-tb-line/run.log',
);

describe('triage --help / --version', () => {
	test('--help prints usage and exits 0', () => {
		const result = runCli(['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Usage');
		expect(result.stdout).toContain('triage export');
	});

	test('--help after a command prints the help and runs nothing (undo, compact)', () => {
		const triage = path.join(temporary, 'help-after-command.jsonl');
		const decided = runCli([
			'decide',
			cpython,
			'--triage',
			triage,
			'--match',
			'testStream',
			'--category',
			'BUG',
		]);
		expect(decided.status).toBe(0);
		const before = fs.readFileSync(triage, 'utf8');
		for (const command of ['undo', 'compact']) {
			const result = runCli([command, '--triage', triage, '--help']);
			expect(result.status).toBe(0);
			expect(result.stdout).toContain('Usage');
			expect(result.stderr).toBe('');
		}

		expect(fs.readFileSync(triage, 'utf8')).toBe(before);
	});

	test.each([
		['export', '--csv FILE', 'triage export run.log --csv failures.csv'],
		['decide', '--category C', "triage decide run.log --match 'Connection"],
		['undo', '--yes', 'triage undo'],
		['report', '--out FILE', 'triage report run-1.log run-2.log'],
		['import', '--who NAME', 'triage import failures.csv run.log'],
		['compact', '--triage FILE', 'triage compact --triage team.jsonl'],
	])(
		"triage %s --help prints that command's usage, flags and an example, and exits 0",
		(command, flag, example) => {
			const result = runCli([command, '--help']);
			expect(result.status).toBe(0);
			expect(result.stderr).toBe('');
			expect(result.stdout).toContain(`  Usage\n    $ triage ${command} `);
			expect(result.stdout).toContain(`    ${flag} `);
			expect(result.stdout).toContain(`  Example\n    $ ${example}`);
			expect(result.stdout).toContain('    --help            show this help');
			// Its own lines of the whole help, and no other command's.
			expect(result.stdout.match(/\$ triage /g)).toHaveLength(2);
			expect(runCli(['--help']).stdout).toContain(
				result.stdout.split('\n')[3]!,
			);
		},
	);

	test('one run exported says "only run known" as the review does, not new; its CSV imports back; two runs say new', () => {
		const cwd = fs.mkdtempSync(path.join(temporary, 'one-run-'));
		const demo = path.resolve('fixtures/demo/run.log');
		const csv = runCli(['export', demo, '--csv', 'x.csv'], {cwd});
		expect(csv.status).toBe(0);
		const text = fs.readFileSync(path.join(cwd, 'x.csv'), 'utf8');
		const records = parse<Record<string, string>>(text, {columns: true});
		expect(new Set(records.map(record => record['Run Status']))).toEqual(
			new Set(['only run known']),
		);
		const json = JSON.parse(
			runCli(['export', demo, '--json', '-'], {cwd}).stdout,
		) as {runs: Array<{failures: Array<{status: string}>}>};
		expect(
			new Set(json.runs[0]!.failures.map(failure => failure.status)),
		).toEqual(new Set(['only run known']));
		const markdown = runCli(['export', demo, '--markdown', '-'], {cwd}).stdout;
		expect(markdown).toContain(' | only run known | ');
		expect(markdown).not.toContain(' | new | ');
		// Read back by import: a Category cell edited becomes a decision.
		const [header, first, ...rest] = text.split('\n');
		const edited = first!.replace(/,BUG,HIGH,/, ',ENVIRONMENT,HIGH,');
		expect(edited).not.toBe(first);
		fs.writeFileSync(
			path.join(cwd, 'x.csv'),
			[header, edited, ...rest].join('\n'),
		);
		const imported = runCli(['import', 'x.csv', demo], {cwd});
		expect(imported.stderr).toBe('');
		expect(imported.stdout).toContain('Imported 1 decision from x.csv');
		expect(imported.status).toBe(0);
		const two = runCli(
			[
				'export',
				path.resolve('fixtures/demo/run-1.log'),
				path.resolve('fixtures/demo/run-2.log'),
				'--json',
				'-',
			],
			{cwd},
		);
		const newest = (JSON.parse(two.stdout) as typeof json).runs.at(-1)!;
		expect(new Set(newest.failures.map(failure => failure.status))).toEqual(
			new Set(['new', 'still failing']),
		);
	});

	test('a triage file cut short in a bulk decision (a crash mid-write): report says so on stderr and applies none of it', () => {
		const cwd = fs.mkdtempSync(path.join(temporary, 'cut-'));
		const demo = path.resolve('fixtures/demo/run.log');
		const decided = runCli(
			['decide', demo, '--match', 'test_cache', '--category', 'BUG'],
			{cwd},
		);
		expect(decided.status).toBe(0);
		const journal = path.join(cwd, 'triage.jsonl');
		const lines = fs.readFileSync(journal, 'utf8').split('\n');
		expect(lines[1]).toContain('"of":5');
		// The header and two of the five events whole, the third torn.
		fs.writeFileSync(
			journal,
			`${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 50)}`,
		);
		const report = runCli(['report', demo], {cwd});
		expect(report.status).toBe(0);
		expect(report.stderr).toBe(
			[
				'triage: warning: triage.jsonl:4: incomplete last line (an interrupted write), skipped',
				'triage: warning: triage.jsonl:2: the last bulk decision was not complete when written and is not applied (2 of its 5 events are here)',
				'',
			].join('\n'),
		);
		expect(report.stdout).toMatch(/Decided: +0 of 47/);
		const compacted = runCli(['compact'], {cwd});
		expect(compacted.stderr).toContain(
			'triage.jsonl:2: the last bulk decision was not complete when written and is not applied (2 of its 5 events are here) (not carried over)',
		);
		expect(fs.readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(1);
	});

	test('--version', () => {
		const result = runCli(['--version']);
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
		// The package's, not dist/package.json's (which only makes dist/cli.js CommonJS, and has no version).
		const {version} = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
			version: string;
		};
		expect(result.stdout).toBe(`${version}\n`);
	});

	test.each([[['--version']], [['--help']], [['report', cpython]]])(
		"%j starts without Node's ES module loader (dist/cli.js is CommonJS)",
		args => {
			// Preloaded: at exit, whether Node ran an ES module job (createRequire loads the loader itself, not this).
			const preload = path.join(temporary, 'esm-modules.cjs');
			fs.writeFileSync(
				preload,
				"process.on('exit', () => process.stderr.write('esm: ' + process.moduleLoadList.filter(name => name.includes('esm/module_job')).join(',') + '\\n'));\n",
			);
			const result = runCli(args, {
				env: {NODE_OPTIONS: `--require=${preload}`},
			});
			expect(result.status).toBe(0);
			expect(result.stderr).toBe('esm: \n');
		},
	);
});

describe('triage export --json', () => {
	test('to stdout with -', () => {
		const result = runCli(['export', cpython, '--json', '-']);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		const document = JSON.parse(result.stdout) as {
			runs: Array<{
				format: string;
				complete: boolean;
				counts: Record<string, number>;
				failures: Array<{
					id: string;
					outcome: string;
					phase: string;
					headline: string;
				}>;
			}>;
		};
		const [run] = document.runs;
		expect(run).toMatchObject({
			format: 'pytest',
			complete: true,
			counts: {passed: 1299, failed: 1, error: 2, skipped: 210},
		});
		expect(
			run!.failures.map(failure => [
				failure.id,
				failure.outcome,
				failure.phase,
			]),
		).toEqual([
			[
				'test_socket.py::ThreadedVSOCKSocketStreamTest::testStream',
				'failed',
				'call',
			],
			[
				'test_socket.py::ThreadedVSOCKSocketStreamTest::testStream',
				'error',
				'teardown',
			],
			['test_ssl.py::test_wrap_socket', 'error', 'setup'],
		]);
	});

	test('to a file, several runs, and a log on stdin', () => {
		const out = path.join(temporary, 'out.json');
		const result = runCli(['export', jinja, '-', '--json', out], {
			input: fs.readFileSync(cpython),
		});
		expect(result.status).toBe(0);
		const document = JSON.parse(fs.readFileSync(out, 'utf8')) as {
			runs: Array<{source: string; tests: unknown[]}>;
		};
		expect(document.runs.map(run => run.source)).toEqual([jinja, '-']);
		expect(document.runs[0]!.tests).toHaveLength(911);
	});

	test.each([
		[
			'a missing file',
			['export', 'missing.log', '--json', '-'],
			/^triage: missing\.log: no such file\n$/,
		],
		[
			'a directory',
			['export', '.', '--json', '-'],
			/^triage: \.: is a directory, not a log file\n$/,
		],
		['no format', ['export', cpython], /^triage: export needs a format/],
		[
			'no log',
			['export', '--json', '-'],
			// The example runs the command typed: `triage run.log` would open the review.
			/^triage: no LOG given and none was opened with triage.jsonl before: pass one, e\.g\. `triage export run\.log …`\n$/,
		],
	])('%s: one line on stderr, exit 2', (_name, args, message) => {
		const result = runCli(args);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	test('no log, decisions on a store: the message names the store, without its password, not a triage file it does not use', () => {
		const result = runCli(['report'], {
			env: {TRIAGE_STORE: 'postgresql://team:secret@127.0.0.1:1/triage'},
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: no LOG given and none was opened with the store postgresql://team@127.0.0.1:1/triage from this folder before: pass one, e.g. `triage report run.log`\n',
		);
	});

	test('an output in a folder that does not exist: exit 2, one line naming the folder, nothing made', () => {
		const result = runCli([
			'export',
			cpython,
			'--json',
			path.join(temporary, 'no/such/dir/out.json'),
		]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`triage: --json ${path.join(temporary, 'no/such/dir/out.json')}: the folder ${path.join(temporary, 'no/such/dir')} does not exist (triage makes no folder: create it, or correct its name)\n`,
		);
		expect(fs.existsSync(path.join(temporary, 'no'))).toBe(false);
	});

	test.each([
		[['report', cpython, '--out', 'typo/report.txt'], '--out typo/report.txt'],
		[['export', cpython, '--csv', 'typo/x.csv'], '--csv typo/x.csv'],
		[['export', cpython, '--markdown', 'typo/x.md'], '--markdown typo/x.md'],
		// With the history on, its `.triage/` made the missing folder and the triage file went into it.
		[
			[
				'decide',
				cpython,
				'--triage',
				'typo/x.triage',
				'--match',
				'testStream',
				'--category',
				'BUG',
			],
			'--triage typo/x.triage',
		],
		[
			['export', cpython, '--csv', '-', '--triage', 'typo/x.triage'],
			'--triage typo/x.triage',
		],
		[
			['record', cpython, '--triage', 'typo/x.triage'],
			'--triage typo/x.triage',
		],
	])('%j: refused, exit 2, no folder made', (args, named) => {
		const cwd = fs.mkdtempSync(path.join(temporary, 'typo-'));
		const result = runCli(args, {cwd, env: {TRIAGE_HISTORY: 'on'}});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`triage: ${named}: the folder typo does not exist (triage makes no folder: create it, or correct its name)\n`,
		);
		expect(result.stdout).toBe('');
		expect(fs.readdirSync(cwd)).toEqual([]);
	});

	// An unset variable (`--triage "$TRIAGE_FILE"`, `triage "$LOG"`): the empty name read as the current folder.
	test.each([
		[
			['report', cpython, '--triage', ''],
			'--triage needs a FILE, got an empty name (see triage --help)',
		],
		[
			['decide', cpython, '--triage=', '--match', 'x', '--category', 'BUG'],
			'--triage needs a FILE, got an empty name (see triage --help)',
		],
		[
			['compact', '--triage', ''],
			'--triage needs a FILE, got an empty name (see triage --help)',
		],
		[
			['rules', '--rules', ''],
			'--rules needs a FILE, got an empty name (see triage --help)',
		],
		[
			['report', ''],
			"an empty argument ('') names no file (a variable that is not set?)",
		],
		[
			['import', '', cpython],
			"an empty argument ('') names no file (a variable that is not set?)",
		],
		[
			['history', 'record', cpython, ''],
			"an empty argument ('') names no file (a variable that is not set?)",
		],
		[
			['report', cpython, '--triage', '-'],
			'--triage needs a FILE: - (standard input or output) cannot hold the decisions',
		],
		[
			['decide', cpython, '--triage', '-', '--match', 'x', '--category', 'BUG'],
			'--triage needs a FILE: - (standard input or output) cannot hold the decisions',
		],
	])(
		'%j: an empty name is refused, exit 2, nothing written',
		(args, message) => {
			const cwd = fs.mkdtempSync(path.join(temporary, 'empty-name-'));
			const result = runCli(args, {cwd, env: {TRIAGE_HISTORY: 'on'}});
			expect(result.status).toBe(2);
			expect(result.stderr).toBe(`triage: ${message}\n`);
			expect(result.stdout).toBe('');
			expect(fs.readdirSync(cwd)).toEqual([]);
		},
	);

	test.each([
		[['report', 'run.log', 'run.log'], 'run.log is named twice'],
		[
			['export', 'run.log', './run.log', '--csv', '-'],
			'run.log and ./run.log are one log',
		],
		[
			['report', 'old.log', 'run.log', 'latest.log'],
			'run.log and latest.log are one log',
		],
		[['record', 'run.log', 'latest.log'], 'run.log and latest.log are one log'],
	])(
		'%j: one log given twice is refused (it was read as a run and a later run, which showed no failure as new)',
		(args, named) => {
			const cwd = fs.mkdtempSync(path.join(temporary, 'twice-'));
			fs.copyFileSync(cpython, path.join(cwd, 'run.log'));
			fs.copyFileSync(cpython, path.join(cwd, 'old.log'));
			fs.symlinkSync('run.log', path.join(cwd, 'latest.log'));
			const result = runCli(args, {cwd});
			expect(result.stderr).toBe(
				`triage: ${named}: each LOG is read once (a run given twice would be compared with itself)\n`,
			);
			expect(result.status).toBe(2);
			expect(result.stdout).toBe('');
		},
	);

	test.each([
		['the LOG', ['report', 'run.log', '--out', 'run.log'], 'run.log', 'a LOG'],
		[
			'the LOG, spelled another way',
			['report', 'run.log', '--out', './sub/../run.log'],
			'run.log',
			'a LOG',
		],
		[
			'the triage file',
			['report', 'run.log', '--out', 'triage.jsonl'],
			'triage.jsonl',
			'the triage file',
		],
		[
			'a link to the LOG',
			['export', 'run.log', '--csv', 'latest.log'],
			'run.log',
			'a LOG',
		],
	])(
		'an output that is %s is refused before anything is written (exit 2)',
		(_name, args, kept, what) => {
			const cwd = fs.mkdtempSync(path.join(temporary, 'clobber-'));
			fs.mkdirSync(path.join(cwd, 'sub'));
			fs.copyFileSync(cpython, path.join(cwd, 'run.log'));
			fs.symlinkSync('run.log', path.join(cwd, 'latest.log'));
			const decided = runCli(
				['decide', 'run.log', '--match', '.', '--category', 'BUG'],
				{cwd},
			);
			expect(decided.status).toBe(0);
			const before = fs.readFileSync(path.join(cwd, kept));
			const result = runCli(args, {cwd});
			expect(result.stderr).toBe(
				`triage: ${args.at(-1)!}: refusing to overwrite ${what} with the ${args[0]!}\n`,
			);
			expect(result.status).toBe(2);
			expect(fs.readFileSync(path.join(cwd, kept))).toEqual(before);
		},
	);

	test.each([
		[['export', cpython, '--csv', '.'], '--csv .'],
		[['report', cpython, '--out', '.'], '--out .'],
		[['export', cpython, '--json', '-', '--triage', '.'], '--triage .'],
		[['record', cpython, '--triage', '.'], '--triage .'],
	])(
		'%j: a folder named as the file is bad usage (exit 2), named as typed',
		(args, named) => {
			const result = runCli(args, {cwd: temporary});
			expect(result.status).toBe(2);
			expect(result.stderr).toBe(`triage: ${named}: is a folder, not a file\n`);
			expect(result.stdout).toBe('');
		},
	);
});

test("the README's Usage is the --help text", () => {
	const help = runCli(['--help']).stdout.replaceAll(/^ {2}/gm, '').trim();
	const readme = fs.readFileSync('README.md', 'utf8');
	const block = /<!-- help -->\n```\n([\s\S]*?)\n```\n<!-- \/help -->/.exec(
		readme,
	)?.[1];
	expect(block).toBe(help);
});

describe('decide --match runs on RE2', () => {
	const demo = path.resolve('fixtures/demo/run-1.log');
	test('a pattern that backtracks forever elsewhere answers at once', () => {
		const result = runCli(
			[
				'decide',
				demo,
				'--match',
				String.raw`(\w+\s?)*x$`,
				'--category',
				'BUG',
				'--triage',
				path.join(temporary, 'match.jsonl'),
			],
			{cwd: temporary},
		);
		// Nothing matches; what matters is the answer, not a hang (vitest's timeout would fail it).
		expect(result.stderr).toMatch(/^triage: --match .* matches no failure/);
		expect(result.status).toBe(2);
	});

	test('an empty pattern (a shell variable left unset) decides nothing, exit 2', () => {
		const triageFile = path.join(temporary, 'empty-match.jsonl');
		const result = runCli(
			[
				'decide',
				demo,
				'--match',
				'',
				'--category',
				'BUG',
				'--triage',
				triageFile,
			],
			{cwd: temporary},
		);
		expect(result.stderr).toBe(
			'triage: --match needs a pattern: an empty one matches every failure (to decide them all, say --match .)\n',
		);
		expect(result.status).toBe(2);
		expect(fs.existsSync(triageFile)).toBe(false);
	});

	test('lookaround is refused in one line, exit 2', () => {
		const result = runCli(
			['decide', demo, '--match', '(?=x)', '--category', 'BUG'],
			{cwd: temporary},
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: --match: a lookahead `(?=` is not supported: it cannot run in linear time\n',
		);
	});
});

test('a flag value that starts with - is the value, not a flag (--note "- see JIRA-1")', () => {
	const journal = path.join(temporary, 'dash-note.jsonl');
	const result = runCli(
		[
			'decide',
			path.resolve('fixtures/sessions/call-and-teardown.log'),
			'--id',
			'errors/test_phases.py::test_setup_fails',
			'--category',
			'BUG',
			'--note',
			'- see JIRA-1',
			'--triage',
			journal,
		],
		{cwd: temporary},
	);
	expect(result.status).toBe(0);
	expect(fs.readFileSync(journal, 'utf8')).toContain('"note":"- see JIRA-1"');
});
