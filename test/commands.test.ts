import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {describe, expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

const redis = path.resolve('fixtures/real/redis-py-killed-tb-short/run.log.gz');
// 65 of its tests failed in their call and then errored in their teardown.
const psycopg2 = path.resolve(
	'fixtures/real/psycopg2-pg-stopped-rA/run.log.gz',
);
const fresh = () => fs.mkdtempSync(path.join(os.tmpdir(), 'triage-commands-'));

describe('triage decide / undo / compact / report', () => {
	test('decisions saved from a shell, undone, compacted, and shown in the report', () => {
		const cwd = fresh();
		const cluster = runCli(
			[
				'decide',
				redis,
				'--match',
				'TestRedisCommands::test_module$',
				'--category',
				'environment',
				'--priority',
				'high',
				'--note',
				'redis was killed',
			],
			{cwd},
		);
		expect(cluster.status).toBe(0);
		expect(cluster.stdout).toBe(
			'saved ENVIRONMENT HIGH tests/test_commands.py::TestRedisCommands::test_module (setup error) · note "redis was killed"\n',
		);

		const one = runCli(
			[
				'decide',
				redis,
				'--id',
				'tests/test_commands.py::TestRedisCommands::test_acl_log',
				'--category',
				'BUG',
				'--priority',
				'LOW',
			],
			{cwd},
		);
		expect(one.stdout).toBe(
			'saved BUG LOW tests/test_commands.py::TestRedisCommands::test_acl_log\n',
		);

		const journal = fs
			.readFileSync(path.join(cwd, 'triage.jsonl'), 'utf8')
			.trim()
			.split('\n');
		expect(JSON.parse(journal[0]!)).toMatchObject({triage: 1});
		expect(journal).toHaveLength(3);

		const undo = runCli(['undo'], {cwd});
		expect(undo.status).toBe(0);
		// Its first line says what it undid and whose: a triage file does not record who, only that the
		// action came from another session than this command's. To a pipe, the id is whole (cut only to fit a terminal).
		expect(undo.stdout).toMatch(
			/^undid the newest action: a decision on tests\/test_commands\.py::TestRedisCommands::test_acl_log (at|on) [\d: -]+\n/,
		);
		expect(undo.stdout).toContain('test_acl_log has no decision again');

		const report = runCli(['report', redis], {cwd});
		expect(report.status).toBe(0);
		expect(report.stdout).toMatch(/Decided:\s+1 of 165/);

		const compact = runCli(['compact'], {cwd});
		expect(compact.status).toBe(0);
		expect(
			fs
				.readFileSync(path.join(cwd, 'triage.jsonl'), 'utf8')
				.trim()
				.split('\n'),
		).toHaveLength(2);
	});

	test('decide and undo say the issue and the start of the note, so that undoing a note or an issue does not read as undoing nothing (QA 49)', () => {
		const cwd = fresh();
		const id = 'tests/test_commands.py::TestRedisCommands::test_acl_log';
		const decide = ['decide', redis, '--id', id, '--category', 'BUG'];
		expect(runCli(decide, {cwd}).stdout).toBe(`saved BUG HIGH ${id}\n`);
		expect(runCli([...decide, '--issue', '#12'], {cwd}).stdout).toBe(
			`saved BUG HIGH ${id} · issue #12\n`,
		);
		const note =
			'seen on CI only \u001B[31mred, and a note longer than its forty columns';
		expect(runCli([...decide, '--note', note], {cwd}).stdout).toBe(
			`saved BUG HIGH ${id} · issue #12 · note "seen on CI only ␛[31mred, and a note lo…"\n`,
		);
		const undone = (result: {stdout: string}) => result.stdout.split('\n')[1];
		expect(undone(runCli(['undo'], {cwd}))).toBe(
			`undone: ${id} is BUG HIGH again · issue #12`,
		);
		expect(undone(runCli(['undo'], {cwd}))).toBe(
			`undone: ${id} is BUG HIGH again`,
		);
	});

	test('undo 3 undoes nothing and says why: undo, rules and compact take no argument', () => {
		const cwd = fresh();
		const decide = [
			'decide',
			redis,
			'--id',
			'tests/test_commands.py::TestRedisCommands::test_acl_log',
			'--category',
			'BUG',
		];
		expect(runCli(decide, {cwd}).status).toBe(0);
		const before = fs.readFileSync(path.join(cwd, 'triage.jsonl'), 'utf8');
		const undo = runCli(['undo', '3'], {cwd});
		expect(undo.status).toBe(2);
		expect(undo.stdout).toBe('');
		expect(undo.stderr).toBe(
			'triage: undo takes no LOG or other argument (got 3): it undoes the newest action; run it again to go further back\n',
		);
		expect(fs.readFileSync(path.join(cwd, 'triage.jsonl'), 'utf8')).toBe(
			before,
		);
		for (const command of ['rules', 'compact']) {
			const result = runCli([command, redis], {cwd});
			expect(result.status).toBe(2);
			expect(result.stderr).toBe(
				`triage: ${command} takes no LOG or other argument (got ${redis})\n`,
			);
		}
	});

	test('undo of a 138-report cluster decision: a count, the first 10 and how many more; --all lists each', () => {
		const cwd = fresh();
		const report = runCli(['report', redis], {cwd}).stdout;
		const hash = /^\s*138 {2}([\da-f]{10}) /m.exec(report)?.[1];
		const decide = ['decide', redis, '--cluster', hash!, '--category', 'BUG'];
		expect(runCli(decide, {cwd}).status).toBe(0);
		const undo = runCli(['undo'], {cwd});
		expect(undo.status).toBe(0);
		const lines = undo.stdout.trim().split('\n');
		expect(lines).toHaveLength(12);
		expect(lines[0]).toMatch(
			/^undid the newest action: 138 decisions (at|on) [\d: -]+$/,
		);
		expect(lines[1]).toMatch(
			/^undone: tests\/.+ has no decision again \(was BUG HIGH\)$/,
		);
		expect(lines[11]).toBe(
			'… and 128 more (triage undo --all lists each report)',
		);

		expect(runCli(decide, {cwd}).status).toBe(0);
		const all = runCli(['undo', '--all'], {cwd});
		expect(all.stdout.trim().split('\n')).toHaveLength(139);
		expect(all.stdout).not.toContain('more');
	});

	test('undo of a triage file that is not there: one line naming it, exit 2 (a missing input, as a missing LOG), as compact; an empty one has nothing to undo', () => {
		const cwd = fresh();
		const missing = path.join(cwd, 'path.jsonl');
		const folder = path.join(cwd, 'no', 'such');
		for (const command of ['undo', 'compact']) {
			const result = runCli([command, '--triage', missing], {cwd});
			expect(result.stderr).toBe(
				`triage: ${missing}: no triage journal here\n`,
			);
			expect(result.stdout).toBe('');
			expect(result.status).toBe(2);
			// In a folder that is not there: bad usage, the folder named.
			const typo = runCli([command, '--triage', path.join(folder, 'x.jsonl')], {
				cwd,
			});
			expect(typo.stderr).toBe(
				`triage: --triage ${path.join(folder, 'x.jsonl')}: the folder ${folder} does not exist (triage makes no folder: create it, or correct its name)\n`,
			);
			expect(typo.status).toBe(2);
		}

		// The default triage.jsonl alike, and nothing is created by asking.
		const here = runCli(['undo'], {cwd});
		expect(here.stderr).toBe('triage: triage.jsonl: no triage journal here\n');
		expect(here.status).toBe(2);
		expect(runCli(['compact'], {cwd}).status).toBe(2);
		expect(fs.readdirSync(cwd)).toEqual([]);

		for (const text of [
			'',
			'{"triage":1,"created":"2026-11-23T10:00:00.000Z"}\n',
		]) {
			fs.writeFileSync(path.join(cwd, 'triage.jsonl'), text);
			const empty = runCli(['undo'], {cwd});
			expect(empty.stdout).toBe('nothing to undo\n');
			expect(empty.stderr).toBe('');
			expect(empty.status).toBe(0);
		}
	});

	test('report, export, record and history record read a big triage file without writing a snapshot into the cache; decide writes one', () => {
		const cwd = fresh();
		const cache = path.join(cwd, 'cache');
		const lines = ['{"triage":1,"created":"2026-11-23T10:00:00.000Z"}'];
		// Past a snapshot's 1 MiB (`defaultMinBytes`): 4,600 decisions.
		for (let index = 0; index < 4600; index++) {
			lines.push(
				JSON.stringify({
					t: 'decide',
					id: `tests/test_commands.py::TestRedisCommands::test_${index % 500}`,
					category: 'BUG',
					priority: 'LOW',
					note: `note ${index} `.repeat(10),
					at: new Date(Date.UTC(2026, 10, 23) + index * 1000).toISOString(),
				}),
			);
		}

		const triage = path.join(cwd, 'triage.jsonl');
		fs.writeFileSync(triage, lines.join('\n') + '\n');
		expect(fs.statSync(triage).size).toBeGreaterThan(1024 * 1024);
		const env = {TRIAGE_CACHE_DIR: cache};
		expect(runCli(['report', redis], {cwd, env}).status).toBe(0);
		expect(runCli(['export', redis, '--json', '-'], {cwd, env}).status).toBe(0);
		// Recording runs reads the decisions too (the session joins them), and writes only the history.
		const recording = {...env, TRIAGE_HISTORY: ''};
		const record = runCli(['record', redis], {cwd, env: recording});
		expect(record.stdout).toMatch(/^recorded #1 /);
		expect(record.status).toBe(0);
		expect(fs.existsSync(cache)).toBe(false);
		const again = runCli(['history', 'record', psycopg2], {
			cwd,
			env: recording,
		});
		expect(again.stdout).toBe(
			'1 run recorded, 0 runs already in the history\n',
		);
		expect(again.status).toBe(0);
		expect(fs.existsSync(cache)).toBe(false);
		const decide = runCli(
			[
				'decide',
				redis,
				'--id',
				'tests/test_commands.py::TestRedisCommands::test_acl_log',
				'--category',
				'BUG',
			],
			{cwd, env},
		);
		expect(decide.status).toBe(0);
		expect(fs.readdirSync(path.join(cache, 'journal-snapshots'))).toEqual([
			expect.stringMatching(/\.snapshot$/),
		]);
	});

	test('a whole cluster by its signature hash: the first 10 reports saved and how many more, as undo; --all lists each', () => {
		const cwd = fresh();
		const exported = runCli(['export', redis, '--json', '-'], {cwd});
		expect(exported.status).toBe(0);
		const report = runCli(['report', redis], {cwd}).stdout;
		const hash = /^\s*138 {2}([\da-f]{10}) /m.exec(report)?.[1];
		expect(hash).toBeDefined();
		const result = runCli(
			['decide', redis, '--cluster', hash!, '--category', 'ENVIRONMENT'],
			{cwd},
		);
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines).toHaveLength(11);
		for (const line of lines.slice(0, 10)) {
			expect(line).toMatch(/^saved ENVIRONMENT HIGH tests\/\S+::\S+/);
		}

		expect(lines[10]).toBe(
			'… and 128 more (triage decide … --all lists each report)',
		);
		// Every report was saved, not only those listed.
		expect(runCli(['report', redis], {cwd}).stdout).toMatch(
			/Decided:\s+138 of 165/,
		);
		const all = runCli(
			['decide', redis, '--cluster', hash!, '--category', 'BUG', '--all'],
			{cwd},
		);
		expect(all.status).toBe(0);
		const each = all.stdout.trim().split('\n');
		expect(each).toHaveLength(138);
		expect(new Set(each).size).toBe(138);
		expect(all.stdout).not.toContain('more');
	});

	test.each([
		[
			'no selector',
			['decide', redis, '--category', 'BUG'],
			/exactly one of --id/,
		],
		[
			'unknown category',
			['decide', redis, '--id', 'x', '--category', 'NOPE'],
			/^triage: unknown category NOPE: one of BUG, CONFIGURATION/,
		],
		// A slip is named with what was meant, as a rules file's unknown category is.
		[
			'a category a slip away',
			['decide', redis, '--id', 'x', '--category', 'BUGG'],
			/^triage: unknown category BUGG \(did you mean BUG\?\): one of BUG, CONFIGURATION/,
		],
		[
			'a priority a slip away',
			['decide', redis, '--id', 'x', '--category', 'BUG', '--priority', 'hgih'],
			/^triage: --priority must be one of HIGH, MEDIUM, LOW \(did you mean HIGH\?\)\n$/,
		],
		[
			'unknown id',
			['decide', redis, '--id', 'tests/nope.py::t', '--category', 'BUG'],
			/no failure with id/,
		],
		[
			'bad regex',
			['decide', redis, '--match', '(', '--category', 'BUG'],
			/^triage: --match: missing closing \): `\(`$/m,
		],
		[
			'bad priority',
			[
				'decide',
				redis,
				'--match',
				'acl',
				'--category',
				'BUG',
				'--priority',
				'URGENT',
			],
			/--priority must be one of/,
		],
		[
			'an unknown phase',
			[
				'decide',
				redis,
				'--id',
				'tests/test_commands.py::TestRedisCommands::test_acl_log',
				'--phase',
				'body',
				'--category',
				'BUG',
			],
			/^triage: --phase must be one of setup, call, teardown, collect$/m,
		],
		[
			'--phase without --id',
			[
				'decide',
				redis,
				'--match',
				'acl',
				'--phase',
				'call',
				'--category',
				'BUG',
			],
			/--phase goes with --id/,
		],
		[
			'a phase the test has no report of',
			[
				'decide',
				redis,
				'--id',
				'tests/test_commands.py::TestRedisCommands::test_acl_log',
				'--phase',
				'teardown',
				'--category',
				'BUG',
			],
			/test_acl_log has no teardown report in the newest run \(it has call\)/,
		],
	])('decide with %s: exit 2, one line', (_name, args, message) => {
		const result = runCli(args, {cwd: fresh()});
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});

	test('a category and a priority named as the review shortens them: --category env --priority l is ENVIRONMENT LOW, test-design is TEST_DESIGN', () => {
		const cwd = fresh();
		const id = 'tests/test_commands.py::TestRedisCommands::test_acl_log';
		const short = runCli(
			['decide', redis, '--id', id, '--category', 'env', '--priority', 'l'],
			{cwd},
		);
		expect(short.stderr).toBe('');
		expect(short.stdout).toBe(`saved ENVIRONMENT LOW ${id}\n`);
		expect(short.status).toBe(0);
		const dashed = runCli(
			['decide', redis, '--id', id, '--category', 'test-design'],
			{cwd},
		);
		expect(dashed.stdout).toBe(`saved TEST_DESIGN LOW ${id}\n`);
		expect(dashed.status).toBe(0);
	});

	test('decide --id X --phase call decides the call failure only; the teardown error stays undecided', () => {
		const cwd = fresh();
		const id = 'tests/test_lobject.py::LargeObjectTests::test_close';
		const reports = () => {
			const csv = runCli(['export', psycopg2, '--csv', '-'], {cwd});
			expect(csv.status).toBe(0);
			const [header, ...records] = parse(csv.stdout);
			const column = (name: string) => header!.indexOf(name);
			return records
				.filter(record => record[column('Node ID')] === id)
				.map(record =>
					['Phase', 'Status', 'Category', 'Source', 'Stale'].map(
						name => record[column(name)],
					),
				);
		};

		expect(reports()).toEqual([
			['call', 'FAILED', 'ENVIRONMENT', expect.stringMatching(/^rule:/), 'no'],
			[
				'teardown',
				'ERROR',
				'ENVIRONMENT',
				expect.stringMatching(/^rule:/),
				'no',
			],
		]);
		const result = runCli(
			[
				'decide',
				psycopg2,
				'--id',
				id,
				'--phase',
				'call',
				'--category',
				'TEST_DESIGN',
			],
			{cwd},
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/^saved TEST_DESIGN \w+ tests\/test_lobject.py::LargeObjectTests::test_close\n$/,
		);
		expect(reports()).toEqual([
			['call', 'FAILED', 'TEST_DESIGN', 'manual', 'no'],
			[
				'teardown',
				'ERROR',
				'ENVIRONMENT',
				expect.stringMatching(/^rule:/),
				'no',
			],
		]);
		const events = fs
			.readFileSync(path.join(cwd, 'triage.jsonl'), 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map(line => JSON.parse(line) as Record<string, unknown>);
		expect(events).toMatchObject([{t: 'decide', id, phase: 'call'}]);
		expect(runCli(['report', psycopg2], {cwd}).stdout).toMatch(
			/Decided:\s+1 of 617/,
		);

		// Without --phase: every failing report of the test, one event each, with its phase.
		const both = runCli(
			[
				'decide',
				psycopg2,
				'--id',
				id,
				'--category',
				'BUG',
				'--priority',
				'LOW',
			],
			{cwd},
		);
		expect(both.stdout).toBe(
			`saved BUG LOW ${id}\nsaved BUG LOW ${id} (teardown error)\n`,
		);
		expect(reports().map(cells => cells.slice(0, 4))).toEqual([
			['call', 'FAILED', 'BUG', 'manual'],
			['teardown', 'ERROR', 'BUG', 'manual'],
		]);
	});

	test('a foreign triage file is refused and left as it was', () => {
		const cwd = fresh();
		const foreign = path.join(cwd, 'triage.jsonl');
		fs.writeFileSync(foreign, 'File,Test Name\na,b\n');
		const result = runCli(
			['decide', redis, '--match', 'acl_log', '--category', 'BUG'],
			{cwd},
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: triage.jsonl:1: not a triage journal\n',
		);
		expect(fs.readFileSync(foreign, 'utf8')).toBe('File,Test Name\na,b\n');
	});

	test('report --out writes a file; rules prints the rules in order', () => {
		const cwd = fresh();
		const result = runCli(['report', redis, '--out', 'report.txt'], {cwd});
		expect(result.status).toBe(0);
		const text = fs.readFileSync(path.join(cwd, 'report.txt'), 'utf8');
		for (const section of [
			'SUMMARY',
			'FAILURES BY CATEGORY',
			'FAILURES BY TEST FILE',
			'FAILURES BY AREA',
			'PRIORITY MATRIX',
			'CLUSTERS',
			'DETAILED FAILURE ANALYSIS',
		]) {
			expect(text).toContain(section);
		}

		const rules = runCli(['rules'], {cwd});
		expect(rules.status).toBe(0);
		expect(rules.stdout).toContain('RULES');
	});
});

describe('a run cut off before its FAILURES (a killed CI job): failures known by their progress line only', () => {
	const demo = fs.readFileSync('fixtures/demo/run.log', 'utf8');
	const cut = demo.slice(0, demo.search(/^=+ ERRORS =+$/m));
	const setUp = () => {
		const cwd = fresh();
		fs.writeFileSync(path.join(cwd, 'cut.log'), cut);
		return cwd;
	};

	test('export --csv leaves their Cluster cell empty: they are no cluster of one error, as the report says', () => {
		const cwd = setUp();
		const result = runCli(['export', 'cut.log', '--csv', '-'], {cwd});
		expect(result.status).toBe(0);
		const rows = parse<Record<string, string>>(result.stdout, {columns: true});
		expect(rows).toHaveLength(47);
		expect(rows.map(row => row['Cluster'])).toEqual(rows.map(() => ''));
		const report = runCli(['report', 'cut.log'], {cwd});
		expect(report.stdout).toContain(
			'47 failures whose error the log does not show are in no cluster.',
		);
	});

	test('export --json gives them no cluster (null), with their signature saying why', () => {
		const cwd = setUp();
		const result = runCli(['export', 'cut.log', '--json', '-'], {cwd});
		const {runs} = JSON.parse(result.stdout) as {
			runs: Array<{
				failures: Array<{cluster: string | null; signature: string}>;
			}>;
		};
		const {failures} = runs[0]!;
		expect(failures).toHaveLength(47);
		expect(new Set(failures.map(failure => failure.cluster))).toEqual(
			new Set([null]),
		);
		expect(failures[0]!.signature).toBe('(no traceback in the log)');
	});

	test('decide --cluster does not decide them all as one cluster', () => {
		const cwd = setUp();
		const json = runCli(['export', 'cut.log', '--json', '-'], {cwd});
		const {runs} = JSON.parse(json.stdout) as {
			runs: Array<{failures: Array<{signature: string}>}>;
		};
		// Its hash, as an older CSV named it, and the signature itself, which JSON gives.
		const {signature} = runs[0]!.failures[0]!;
		const result = runCli(
			['decide', 'cut.log', '--cluster', signature, '--category', 'BUG'],
			{cwd},
		);
		expect(result.stderr).toBe(
			`triage: ${signature} is no cluster: it gathers the 47 failures whose error the log does not show (decide them with --id or --match)\n`,
		);
		expect(result.status).toBe(2);
		expect(fs.existsSync(path.join(cwd, 'triage.jsonl'))).toBe(false);
	});
});

test('a rules file with several problems: one line names the first three and counts the rest, exit 2', () => {
	const cwd = fresh();
	fs.writeFileSync(
		path.join(cwd, 'r.json'),
		JSON.stringify({
			rules: [
				{name: 'a', match: {message: '(unclosed'}, category: 'BUG'},
				{name: 'b', match: {}, category: 'NOPE', priority: 'HIGH', reason: 'x'},
			],
		}),
	);
	const result = runCli(['rules', '--rules', 'r.json'], {cwd});
	expect(result.status).toBe(2);
	const lines = result.stderr.trim().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(
		/^triage: r\.json: rules\[0] \("a"\)\.match\.message: .*; r\.json: rules\[0] \("a"\)\.priority: missing; .*; r\.json: rules\[0] \("a"\)\.reason: .* \(and 1 more problem\)$/,
	);
});

test('report and export with no LOG use the logs last opened with this triage file', async () => {
	const {configHome} = await import('./cli-helpers.js');
	const {createPrefs} = await import('../source/prefs.js');
	const cwd = fresh();
	const saved = process.env['XDG_CONFIG_HOME'];
	process.env['XDG_CONFIG_HOME'] = configHome;
	try {
		createPrefs().setResume(path.join(cwd, 'triage.jsonl'), {logs: [redis]});
	} finally {
		if (saved === undefined) {
			delete process.env['XDG_CONFIG_HOME'];
		} else {
			process.env['XDG_CONFIG_HOME'] = saved;
		}
	}

	const report = runCli(['report'], {cwd});
	expect(report.status).toBe(0);
	expect(report.stdout).toContain('Failures to triage: 165');
	const none = runCli(['report'], {cwd: fresh()});
	expect(none.status).toBe(2);
	expect(none.stderr).toMatch(
		/^triage: no LOG given and none was opened with triage\.jsonl before/,
	);
});

describe('an unreadable line in the middle of the triage file', () => {
	test('report, decide and compact warn with its line number, as export does', () => {
		const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-corrupt-'));
		const log = path.resolve('fixtures/demo/run-1.log');
		const decided = runCli(
			['decide', log, '--match', 'test_', '--category', 'BUG'],
			{cwd},
		);
		expect(decided.status).toBe(0);
		const journal = path.join(cwd, 'triage.jsonl');
		const lines = fs.readFileSync(journal, 'utf8').split('\n');
		lines.splice(2, 0, '{"t":"decide", this is not json');
		fs.writeFileSync(journal, lines.join('\n'));
		const warning = /^triage: warning: triage\.jsonl:3: not JSON, skipped/m;
		for (const args of [
			['report', log],
			['decide', log, '--match', 'test_', '--category', 'BUG'],
			['export', log, '--csv', '-'],
			['compact'],
		]) {
			const result = runCli(args, {cwd});
			expect(result.status, args[0]).toBe(0);
			expect(result.stderr, args[0]).toMatch(warning);
		}
	});
});
