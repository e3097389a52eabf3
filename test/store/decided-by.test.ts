/*
Who decided, shown wherever a decision is: the review's detail pane (`review.test.tsx`), and here the report
and the JSON export, from a store that records it; a triage file that does not record it says nothing.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {describe, expect, test} from 'vitest';
import {cliPath} from '../cli-helpers.js';
import {serverForTests} from './server.js';

const server = await serverForTests('decided-by');
const demo = path.resolve('fixtures/demo/run.log');

function runCli(args: readonly string[], cwd: string) {
	return spawnSync(process.execPath, [cliPath, ...args], {
		cwd,
		encoding: 'utf8',
		env: {
			...process.env,
			TRIAGE_STORE: '',
			TRIAGE_HISTORY: 'off',
			NO_COLOR: '1',
			USER: 'someone',
		},
	});
}

type Exported = {
	runs: Array<{
		failures: Array<{id: string; decision: {by: string | null} | null}>;
	}>;
};

function decisionsBy(json: string): Record<string, string | null> {
	const document = JSON.parse(json) as Exported;
	return Object.fromEntries(
		document.runs[0]!.failures.flatMap(failure =>
			failure.decision ? [[failure.id, failure.decision.by]] : [],
		),
	);
}

const outage =
	'tests/chaos/auth/test_auth_chaos.py::TestAuth::test_authentication_service_outage';

describe.skipIf(!server)('who decided, on a store', () => {
	test('the report and the JSON export name who made each decision', async () => {
		const url = await server!.createDatabase();
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-by-'));
		const decided = runCli(
			[
				'decide',
				demo,
				'--store',
				url,
				'--who',
				'bob',
				'--id',
				outage,
				'--category',
				'BUG',
			],
			folder,
		);
		expect(decided.stderr).toBe('');
		expect(decided.status).toBe(0);

		const exported = runCli(
			['export', demo, '--store', url, '--json', '-'],
			folder,
		);
		expect(exported.status).toBe(0);
		expect(decisionsBy(exported.stdout)).toEqual({[outage]: 'bob'});

		const report = runCli(['report', demo, '--store', url], folder);
		expect(report.status).toBe(0);
		expect(report.stdout).toContain('Reason:   decided by bob; the suggestion');
		fs.rmSync(folder, {recursive: true, force: true});
	});
});

test('a triage file records no one: the JSON says null, the report "a person"', () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-by-'));
	const journal = path.join(folder, 'triage.jsonl');
	expect(
		runCli(
			[
				'decide',
				demo,
				'--triage',
				journal,
				'--id',
				outage,
				'--category',
				'BUG',
			],
			folder,
		).status,
	).toBe(0);
	const exported = runCli(
		['export', demo, '--triage', journal, '--json', '-'],
		folder,
	);
	expect(decisionsBy(exported.stdout)).toEqual({[outage]: null});
	const report = runCli(['report', demo, '--triage', journal], folder);
	expect(report.stdout).toContain('Reason:   decided by a person;');
	fs.rmSync(folder, {recursive: true, force: true});
});
