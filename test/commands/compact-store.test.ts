/**
`triage compact` where a store is in effect refuses, and says where the store comes from: `--store`,
`TRIAGE_STORE`, or the rules file's `store` (a team's triage.rules.json, read without being named). Before, it
said 'run it without --store or TRIAGE_STORE' to someone who had given neither. And `undo --help` lists `--rules`,
whose `store` names the store the undo acts on; a bad TRIAGE_STORE is named as such.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

let cwd: string;
const url = 'postgresql://triage@db.example.com/triage';

beforeEach(() => {
	cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-compact-store-'));
	fs.writeFileSync(
		path.join(cwd, 'triage.jsonl'),
		'{"triage":1,"created":"2026-12-06T08:00:00.000Z"}\n',
	);
});

afterEach(() => {
	fs.rmSync(cwd, {recursive: true, force: true});
});

test.each([
	[[], {}, 'the "store" of triage.rules.json'],
	[['--rules', 'team.json'], {}, 'the "store" of team.json'],
	[['--store', url], {}, '--store'],
	[[], {TRIAGE_STORE: url}, 'TRIAGE_STORE'],
])(
	'compact %j %j names where the store comes from: %s',
	(args, env: Record<string, string>, source) => {
		const rules = JSON.stringify({store: url, rules: []});
		fs.writeFileSync(path.join(cwd, 'triage.rules.json'), rules);
		fs.writeFileSync(path.join(cwd, 'team.json'), rules);
		const result = runCli(['compact', ...args], {
			cwd,
			env: {TRIAGE_STORE: '', ...env},
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`triage: compact rewrites a triage file; a store keeps every event (its size is no concern): the store here comes from ${source}\n`,
		);
		expect(result.stdout).toBe('');
	},
);

test('undo --help lists --rules: its "store" names the store undo acts on', () => {
	const result = runCli(['undo', '--help']);
	expect(result.stdout).toContain(
		'--rules FILE      a rules file (default ./triage.rules.json when present)',
	);
});

test.each([
	['garbage', 'TRIAGE_STORE takes a PostgreSQL URL'],
	['postgresql://a@b:99999/x', 'TRIAGE_STORE: not a valid URL'],
])(
	'a bad TRIAGE_STORE (%s) is named as TRIAGE_STORE, not as a --store nobody gave',
	(value, message) => {
		const log = path.resolve('fixtures/demo/run.log');
		const result = runCli(['report', log], {
			cwd,
			env: {TRIAGE_STORE: value},
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(new RegExp(`^triage: ${message}`));
		const flag = runCli(['report', log, '--store', value], {cwd});
		expect(flag.stderr).toMatch(/^triage: --store/);
	},
);
