import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {beforeEach, describe, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const demo = path.resolve('fixtures/demo/run.log');
const id =
	'tests/chaos/auth/test_auth_chaos.py::TestAuth::test_authentication_service_outage';
let directory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-issue-cli-'));
	fs.writeFileSync(
		path.join(directory, 'triage.rules.json'),
		JSON.stringify({
			issueUrl: 'https://github.com/org/repo/issues/%s',
			rules: [],
		}),
	);
});

function cli(...args: string[]) {
	return runCli(args, {cwd: directory});
}

function issueCells(): Record<string, string> {
	const result = cli('export', demo, '--csv', '-');
	expect(result.status).toBe(0);
	const rows = parse<Record<string, string>>(result.stdout, {columns: true});
	return Object.fromEntries(
		rows.filter(row => row['Issue']).map(row => [row['Node ID'], row['Issue']]),
	);
}

describe('triage decide --issue', () => {
	test('links, keeps the link through a new decision, and removes it with an empty REF', () => {
		let result = cli(
			'decide',
			demo,
			'--id',
			id,
			'--category',
			'environment',
			'--issue',
			'#412',
		);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(`saved ENVIRONMENT HIGH ${id} · issue #412\n`);
		expect(issueCells()).toEqual({
			[id]: 'https://github.com/org/repo/issues/412',
		});

		result = cli('decide', demo, '--id', id, '--category', 'bug');
		expect(result.stdout).toContain('· issue #412');
		expect(issueCells()[id]).toBe('https://github.com/org/repo/issues/412');

		result = cli(
			'decide',
			demo,
			'--id',
			id,
			'--category',
			'bug',
			'--issue',
			'',
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(`saved BUG HIGH ${id}\n`);
		expect(issueCells()).toEqual({});
		const last = fs
			.readFileSync(path.join(directory, 'triage.jsonl'), 'utf8')
			.trim()
			.split('\n')
			.at(-1)!;
		expect(JSON.parse(last)).not.toHaveProperty('issue');
	});

	test('a bad reference is one line, exit 2, nothing written', () => {
		const result = cli(
			'decide',
			demo,
			'--id',
			id,
			'--category',
			'bug',
			'--issue',
			'JIRA 45',
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'triage: --issue: an issue reference is one word, such as #123, JIRA-45 or a URL: no spaces\n',
		);
		expect(fs.existsSync(path.join(directory, 'triage.jsonl'))).toBe(false);
	});

	test('a bad issueUrl in the rules file is one line naming it, exit 2', () => {
		fs.writeFileSync(
			path.join(directory, 'triage.rules.json'),
			JSON.stringify({
				issueUrl: 'https://github.com/org/repo/issues/',
				rules: [],
			}),
		);
		const result = cli('report', demo);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(
			/^triage: triage\.rules\.json: issueUrl: must be an http\(s\) URL with one %s/,
		);
	});
});
