/**
`triage decide` run again with the same flags (a script run twice) saves nothing it already saved: the journal gains
no line, and undo takes back the decision itself, not a step that changed nothing.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const demo = path.resolve('fixtures/demo/run.log');
let directory: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-decide-again-'));
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

function cli(...args: string[]) {
	return runCli([...args, '--triage', 'm.jsonl'], {cwd: directory});
}

function journalLines(): number {
	return fs
		.readFileSync(path.join(directory, 'm.jsonl'), 'utf8')
		.trimEnd()
		.split('\n').length;
}

test('the same --match twice: the second saves nothing, and undo then takes back the first', () => {
	const first = cli('decide', demo, '--match', 'auth', '--category', 'bug');
	expect(first.status).toBe(0);
	expect(first.stdout).toMatch(/^saved BUG /);
	const lines = journalLines();

	const again = cli('decide', demo, '--match', 'auth', '--category', 'bug');
	expect(again.stderr).toBe('');
	expect(again.status).toBe(0);
	expect(again.stdout).toMatch(
		/^nothing to save: all \d+ reports were decided so already\n$/,
	);
	expect(journalLines()).toBe(lines);

	// Undo takes back the first command's decisions, not a step that changed nothing.
	const undo = cli('undo');
	expect(undo.status).toBe(0);
	expect(undo.stdout).toContain('has no decision again (was BUG ');

	// Decided again, then with a wider match: the others alone are saved, and the line says how many were so.
	cli('decide', demo, '--match', 'auth', '--category', 'bug');
	const wider = cli(
		'decide',
		demo,
		'--match',
		'auth|cache',
		'--category',
		'bug',
	);
	expect(wider.status).toBe(0);
	expect(wider.stdout).toMatch(
		/^\d+ of the \d+ reports were decided so already\nsaved BUG /,
	);
	expect(wider.stdout).not.toContain('auth_chaos');

	// Another priority is a change: saved (those that were LOW already are counted).
	const priority = cli(
		'decide',
		demo,
		'--match',
		'auth',
		'--category',
		'bug',
		'--priority',
		'low',
	);
	expect(priority.stdout).not.toContain('nothing to save');
	expect(priority.stdout).toMatch(/^saved BUG LOW /m);
});
