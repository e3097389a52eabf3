import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from 'vitest';
import {loadRulesFile} from '../../source/classify/rules/load.js';
import {runCli} from '../cli-helpers.js';

// Team-lead tour 64: a team's category with a key the review takes ('h', help) was refused, and the rule that
// names it was then told its category was unknown, in the same line, though the file defines it: two errors for
// one mistake, the second pointing away from it. The line also gave no hint which keys are free.
const file = {
	categories: [
		{name: 'CHAOS', key: 'h', description: 'A chaos experiment did its job'},
	],
	rules: [
		{
			name: 'token-expired',
			match: {exception: 'TokenExpiredError$'},
			category: 'CHAOS',
			priority: 'LOW',
			reason: 'Clock skew the chaos suite injects',
		},
	],
};

test('a category refused for its key is one error, naming the keys still free', () => {
	const loaded = loadRulesFile(JSON.stringify(file), 'triage.rules.json');
	expect(loaded.ok).toBe(false);
	const errors = loaded.ok ? [] : loaded.errors;
	expect(errors).toHaveLength(1);
	expect(errors[0]).toContain(
		"categories[0] (CHAOS): key 'h' is taken by the review screen; choose another (free: d, i, m, p, r, v)",
	);
	expect(errors[0]).not.toContain('unknown category');
});

test('a free key offered is one the file can take', () => {
	const loaded = loadRulesFile(JSON.stringify(file), 'triage.rules.json');
	const free =
		/\(free: ([^)]+)\)/
			.exec(loaded.ok ? '' : loaded.errors[0]!)?.[1]
			?.split(', ') ?? [];
	expect(free.length).toBeGreaterThan(0);
	for (const key of free) {
		const fixed = {...file, categories: [{...file.categories[0]!, key}]};
		expect(loadRulesFile(JSON.stringify(fixed), 'triage.rules.json').ok).toBe(
			true,
		);
	}
});

test('a rule naming a category the file never defines is still told it is unknown', () => {
	const other = {...file, rules: [{...file.rules[0]!, category: 'CHAOTIC'}]};
	const loaded = loadRulesFile(JSON.stringify(other), 'triage.rules.json');
	expect(loaded.ok ? '' : loaded.errors.join('\n')).toContain(
		'rules[0] ("token-expired").category: unknown category "CHAOTIC"',
	);
});

test('triage rules prints the one mistake on one line, exit 2', () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-lead64-'));
	fs.writeFileSync(
		path.join(folder, 'triage.rules.json'),
		JSON.stringify(file),
	);
	const result = runCli(['rules'], {cwd: folder});
	expect(result.status).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr.trim().split('\n')).toHaveLength(1);
	expect(result.stderr).toContain("key 'h' is taken by the review screen");
	expect(result.stderr).toContain('(free: d, i, m, p, r, v)');
	expect(result.stderr).not.toContain('unknown category');
});

test('with every free lower-case letter taken by the file, the upper-case ones are offered', () => {
	const loaded = loadRulesFile(
		JSON.stringify({
			categories: [{name: 'NONE_LEFT', key: 'h', description: 'x'}],
		}),
		'triage.rules.json',
	);
	const lower =
		/\(free: ([^)]+)\)/
			.exec(loaded.ok ? '' : loaded.errors[0]!)?.[1]
			?.split(', ') ?? [];
	const taking = lower.map((key, index) => ({
		name: `TEAM_${index}`,
		key,
		description: 'x',
	}));
	const crowded = loadRulesFile(
		JSON.stringify({
			categories: [...taking, {name: 'ONE_MORE', key: 'h', description: 'x'}],
		}),
		'triage.rules.json',
	);
	const offered =
		/\(free: ([^)]+)\)/
			.exec(crowded.ok ? '' : crowded.errors.join('\n'))?.[1]
			?.split(', ') ?? [];
	expect(offered.length).toBeGreaterThan(0);
	expect(offered.every(key => /^[A-Z]$/.test(key))).toBe(true);
});
