/**
A team's rule that suggests nothing (a pattern that matches no failure, or one an earlier rule always wins over) said
so nowhere: the team never learnt its rule was dead (QA 40). `report` names such rules in its summary.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-idle-rules-'));
afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

function rule(name: string, message: string) {
	return {
		name,
		match: {message},
		category: 'BUG',
		priority: 'LOW',
		reason: 'ours',
	};
}

function report(rules: readonly unknown[]): string {
	const file = path.join(folder, 'rules.json');
	fs.writeFileSync(file, JSON.stringify({rules}));
	const result = runCli(
		[
			'report',
			path.resolve('fixtures/demo/run.log'),
			'--rules',
			'rules.json',
			'--triage',
			path.join(folder, 'triage.jsonl'),
		],
		{cwd: folder, env: {TRIAGE_HISTORY: 'off'}},
	);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return result.stdout;
}

test('report names the rules of a rules file that suggested nothing, and not those that did', () => {
	const text = report([
		rule('any-assertion', 'assert'),
		rule('never-seen', 'no such message ever printed'),
		rule('shadowed', 'assert'),
	]);
	expect(text).toContain(
		'2 rules of rules.json suggested nothing for any failure: never-seen, shadowed (triage rules shows what each matches)',
	);
});

test('when every rule suggested something, report says nothing of them', () => {
	expect(report([rule('any-assertion', 'assert')])).not.toContain(
		'suggested nothing',
	);
});
