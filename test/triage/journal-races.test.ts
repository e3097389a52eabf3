/**
Compaction against appenders, with the timing forced: hooks stop an append between its open and
its write, and a compaction (in a child process) before and after its rename.
*/
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {compactJournal, openJournal} from '../../source/triage/journal.js';
import {seams} from '../../source/triage/journal/disk.js';
import {bundledScript} from '../child-script.js';

const appendChild = bundledScript(
	fileURLToPath(new URL('fixtures/append-child.ts', import.meta.url)),
);
const compactChild = bundledScript(
	fileURLToPath(new URL('fixtures/compact-child.ts', import.meta.url)),
);

let directory: string;
let file: string;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-races-'));
	file = path.join(directory, 'triage.jsonl');
});

afterEach(() => {
	seams.afterAppendOpen = undefined;
	fs.rmSync(directory, {recursive: true, force: true});
});

const now = () => new Date();

test('two compactions between an append’s open and its write (and its retry’s) lose nothing', () => {
	const journal = openJournal(file, {now, create: true});
	for (let index = 0; index < 5; index++) {
		journal.decide({id: `t::${index}`, category: 'BUG', priority: 'LOW'});
	}

	let compactions = 0;
	seams.afterAppendOpen = () => {
		// Each attempt of the append below is overtaken by a compaction, twice.
		if (compactions < 2) {
			compactions++;
			compactJournal(file, {now});
		}
	};

	journal.decide({id: 'late', category: 'ENVIRONMENT', priority: 'HIGH'});
	seams.afterAppendOpen = undefined;

	expect(compactions).toBe(2);
	const state = openJournal(file, {now}).state();
	expect(state.get('late')?.category).toBe('ENVIRONMENT');
	expect(state.size).toBe(6);
	expect(journal.state().get('late')?.category).toBe('ENVIRONMENT');
});

test('a decision made after another returned is never overridden by it across a compaction', async () => {
	openJournal(file, {now, create: true}).decide({
		id: 'other',
		category: 'BUG',
		priority: 'LOW',
	});
	const signals = path.join(directory, 'signals');
	fs.mkdirSync(signals);
	const compaction = run(compactChild, [file, signals]);
	await until(() => fs.existsSync(path.join(signals, 'before-rename')));

	// A appends while the compaction has read the file and not renamed yet.
	const first = run(appendChild, [file, 'a', '1']);
	const id = 'tests/chaos/test_a.py::test_case[a-0]';
	// A may return now (before the fix it did) or wait for the compaction (after).
	await Promise.race([first.exited, sleep(1000)]);
	fs.writeFileSync(path.join(signals, 'go-before-rename'), '');
	await until(() => fs.existsSync(path.join(signals, 'after-rename')));
	if (!first.isDone()) {
		fs.writeFileSync(path.join(signals, 'go-after-rename'), '');
	}

	await first.exited;
	expect(first.stdout()).toBe(`${id}\n`);
	// B decides the same test once A's decide returned.
	openJournal(file, {now}).decide({
		id,
		category: 'ENVIRONMENT',
		priority: 'HIGH',
	});
	fs.writeFileSync(path.join(signals, 'go-after-rename'), '');
	await compaction.exited;

	const state = openJournal(file, {now}).state();
	expect(state.get(id)?.category).toBe('ENVIRONMENT');
	expect(state.get('other')?.category).toBe('BUG');
}, 180_000);

type Running = {
	readonly exited: Promise<void>;
	isDone(): boolean;
	stdout(): string;
};

function run(script: string, arguments_: readonly string[]): Running {
	const child = spawn(process.execPath, [script, ...arguments_], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	let isDone = false;
	child.stdout.setEncoding('utf8');
	child.stdout.on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (chunk: string) => {
		stderr += chunk;
	});
	const exited = new Promise<void>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', code => {
			isDone = true;
			if (code === 0) {
				resolve();
			} else {
				reject(
					new Error(`${path.basename(script)} exited with ${code}: ${stderr}`),
				);
			}
		});
	});
	return {exited, isDone: () => isDone, stdout: () => stdout};
}

async function sleep(milliseconds: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});
}

async function until(condition: () => boolean): Promise<void> {
	const deadline = Date.now() + 90_000;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error('timed out');
		}

		await sleep(10);
	}
}
