/**
What goes wrong with the history file besides permissions, as a user meets it: a folder where the file should be,
a file that is not SQLite or whose pages are damaged, a full disk, a read-only file system. Each is one line
naming the file as typed and what to do, never SQLite's or the system's words, with the right exit code: a
history that cannot be read is bad input (2), a full or read-only disk or a lock another process holds a runtime
failure (1), and a command that only reads logs goes on with a warning. The read-only file system needs a mount (root, and a kernel that
lets it): where none can be made, that test is skipped; a full disk is `/dev/full`.
*/
import {Buffer} from 'node:buffer';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import Database from 'better-sqlite3';
import {afterAll, beforeEach, describe, expect, test} from 'vitest';
import {historyErrorOf} from '../../source/runs/history/problems.js';
import {runCli} from '../cli-helpers.js';

const demo = path.resolve('fixtures/demo');
let cwd: string;
let history: string;

beforeEach(() => {
	cwd = fs.realpathSync(
		fs.mkdtempSync(path.join(os.tmpdir(), 'triage-problems-')),
	);
	history = path.join(cwd, '.triage', 'history.sqlite');
	return () => {
		fs.rmSync(cwd, {recursive: true, force: true});
	};
});

function triage(args: readonly string[], folder = cwd) {
	return runCli(args, {cwd: folder, env: {TRIAGE_HISTORY: ''}});
}

/** Every line a command wrote to stderr says the history's name as typed and none of the system's words. */
function expectOwnWords(stderr: string, folder = cwd): void {
	expect(stderr).not.toMatch(
		/unable to open|disk I\/O|readonly database|database or disk is full|not a database|malformed|E[A-Z]{3,}:|\n\s+at /,
	);
	expect(stderr).not.toContain(folder);
}

const record = ['record', path.join(demo, 'run-1.log')];
const report = ['report', path.join(demo, 'run-1.log')];

test.each([
	['ENOSPC', 'cannot write (the disk is full): free some space on it'],
	['SQLITE_FULL', 'cannot write (the disk is full): free some space on it'],
	[
		'EROFS',
		'cannot write (read-only file system): keep the triage file on a writable disk',
	],
	['SQLITE_NOTADB', 'not a history triage can read (damaged, or not SQLite)'],
	['SQLITE_CORRUPT', 'not a history triage can read (damaged, or not SQLite)'],
	['EISDIR', 'is a folder, not a file: move it away'],
	['SQLITE_BUSY', 'locked by another process'],
	['SQLITE_BUSY_SNAPSHOT', 'locked by another process'],
	['SQLITE_LOCKED', 'locked by another process'],
])('%s is told in words, naming the file', (code, words) => {
	const error = Object.assign(
		new Error(`${code}: what the system says, '/home/ada/repo/.triage'`),
		{code},
	);
	const told = historyErrorOf('/x/.triage/history.sqlite', error);
	expect(told.message).toContain(words);
	expect(told.message).toContain('/x/.triage/history.sqlite');
	expect(told.message).not.toContain('/home/ada');
});

test('the history file is a folder', () => {
	fs.mkdirSync(history, {recursive: true});
	const said =
		'.triage/history.sqlite is a folder, not a file: move it away and triage makes the history again';
	const listed = triage(['history']);
	expect(listed.stderr).toBe(`triage: ${said}\n`);
	expect(listed.status).toBe(2);
	expect(triage(['history', 'forget', '1']).status).toBe(2);
	const reported = triage(report);
	expect(reported.status).toBe(0);
	expect(reported.stderr).toBe(
		`triage: warning: run history not used (${said}): working from the logs given alone\n`,
	);
	const recorded = triage(record);
	expect(recorded.status).toBe(1);
	expect(recorded.stderr).toContain(said);
	expectOwnWords(recorded.stderr);
});

test('the history file is not SQLite', () => {
	fs.mkdirSync(path.dirname(history));
	fs.writeFileSync(history, 'not a database at all, '.repeat(300));
	const listed = triage(['history']);
	expect(listed.stderr).toBe(
		'triage: .triage/history.sqlite: not a history triage can read (damaged, or not SQLite): it holds only what the logs said, so delete it and triage records runs afresh\n',
	);
	expect(listed.status).toBe(2);
	expect(triage(report).status).toBe(0);
	expectOwnWords(triage(record).stderr);
});

test('a history whose pages are damaged: one line, exit 2, and the logs alone still work', () => {
	expect(
		triage([
			'record',
			'--runs',
			...['run-1.log', 'run-2.log', 'run-3.log'].map(log =>
				path.join(demo, log),
			),
		]).status,
	).toBe(0);
	const bytes = fs.readFileSync(history);
	for (let page = 4096; page < bytes.length; page += 4096) {
		bytes.fill(0xff, page + 8, page + 208);
	}

	fs.writeFileSync(history, bytes);
	for (const args of [['history'], ['history', 'forget', '1']]) {
		const result = triage(args);
		expect(result.stderr).toMatch(
			/^triage: \.triage\/history\.sqlite: not a history triage can read \(damaged[^\n]*delete it and triage records runs afresh\n$/,
		);
		expect(result.status).toBe(2);
	}

	const reported = triage(report);
	expect(reported.status).toBe(0);
	expect(reported.stderr).toContain('run history not used (');
	expectOwnWords(reported.stderr);
});

test('one page of the history zeroed, whichever: report says it in words and goes on from the logs (QA 45)', () => {
	expect(
		triage([
			'record',
			'--runs',
			...['run-1.log', 'run-2.log', 'run-3.log'].map(log =>
				path.join(demo, log),
			),
		]).status,
	).toBe(0);
	const whole = fs.readFileSync(history);
	// Page 9 of this history held what runsBefore reads after the open: 'run history not used (database disk image
	// is malformed)', SQLite's words, where every other page's damage was told in triage's.
	for (let page = 4096; page < whole.length; page += 4096) {
		const bytes = Buffer.from(whole);
		bytes.fill(0, page, page + 4096);
		fs.writeFileSync(history, bytes);
		const reported = triage(['report', path.join(demo, 'run.log')]);
		expect(reported.status).toBe(0);
		expectOwnWords(reported.stderr);
	}
});

test(
	'a history another process holds locked: one line saying so, exit 1 (a runtime failure), and the logs alone still work (QA 51)',
	{timeout: 120_000},
	() => {
		expect(triage(record).status).toBe(0);
		// As `sqlite3 .triage/history.sqlite 'BEGIN EXCLUSIVE; …'` left open, or another triage recording a large run.
		const holder = new Database(history);
		holder.exec('BEGIN EXCLUSIVE');
		try {
			const said =
				'.triage/history.sqlite: locked by another process (another triage recording a run, or a program holding it open): try again once it is done';
			// It said SQLite's 'database is locked', with exit 2 (bad input), for a file nothing is wrong with.
			for (const args of [['history'], ['history', 'forget', '1']]) {
				const result = triage(args);
				expect(result.stderr).toBe(`triage: ${said}\n`);
				expect(result.status).toBe(1);
			}

			const reported = triage(report);
			expect(reported.stderr).toBe(
				`triage: warning: run history not used (${said}): working from the logs given alone\n`,
			);
			expect(reported.status).toBe(0);
			expect(reported.stdout).toContain('TEST FAILURE ANALYSIS REPORT');
		} finally {
			holder.exec('ROLLBACK');
			holder.close();
		}

		// Let go, the same command works.
		const listed = triage(['history']);
		expect(listed.status).toBe(0);
		expect(listed.stdout).toContain('1 run, oldest first');
	},
);

test('an empty history file (a first record cut short) holds no runs yet', () => {
	fs.mkdirSync(path.dirname(history));
	fs.writeFileSync(history, '');
	const listed = triage(['history']);
	expect(listed.stderr).toBe('');
	expect(listed.stdout).toMatch(/^no runs recorded beside triage\.jsonl yet/);
	expect(listed.status).toBe(0);
});

describe.skipIf(!fs.existsSync('/dev/full'))('a full disk', () => {
	test('recording: one warning naming the file and what to do, exit 1', () => {
		fs.mkdirSync(path.dirname(history));
		fs.writeFileSync(path.join(cwd, '.triage', '.gitignore'), '*\n');
		fs.symlinkSync('/dev/full', history);
		const recorded = triage(record);
		expect(recorded.stderr).toBe(
			[
				'triage: warning: run history not used (.triage/history.sqlite: cannot write (the disk is full): free some space on it, then run triage again): working from the logs given alone',
				'triage: runs not recorded in .triage/ (see the warning above)',
				'',
			].join('\n'),
		);
		expect(recorded.status).toBe(1);
		const reported = triage(report);
		expect(reported.status).toBe(0);
		expectOwnWords(reported.stderr);
	});
});

/** A tmpfs of its own, for a read-only file system; undefined where none can be mounted. */
function mountedFolder(): string | undefined {
	if (process.platform !== 'linux' || process.getuid?.() !== 0) {
		return undefined;
	}

	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-mount-'));
	const mounted = spawnSync('mount', [
		'-t',
		'tmpfs',
		'-o',
		'size=4m',
		'tmpfs',
		folder,
	]);
	if (mounted.status !== 0) {
		fs.rmSync(folder, {recursive: true, force: true});
		return undefined;
	}

	return folder;
}

const mount = mountedFolder();

afterAll(() => {
	if (mount !== undefined) {
		spawnSync('umount', [mount]);
		fs.rmSync(mount, {recursive: true, force: true});
	}
});

describe.skipIf(mount === undefined)('a full disk of its own', () => {
	test('a .triage/.gitignore cut short is not left behind empty (git would see the history)', () => {
		const folder = path.join(mount!, 'full');
		fs.mkdirSync(path.join(folder, '.triage'), {recursive: true});
		const filler = path.join(mount!, 'filler');
		fs.writeFileSync(filler, '');
		for (;;) {
			try {
				fs.appendFileSync(filler, Buffer.alloc(1024));
			} catch {
				break;
			}
		}

		const recorded = triage(record, folder);
		expect(recorded.stderr).toContain(
			'.triage/history.sqlite: cannot write (the disk is full): free some space on it, then run triage again',
		);
		expect(recorded.status).toBe(1);
		expect(fs.existsSync(path.join(folder, '.triage', '.gitignore'))).toBe(
			false,
		);
		fs.rmSync(filler);
		expect(triage(record, folder).status).toBe(0);
		expect(
			fs.readFileSync(path.join(folder, '.triage', '.gitignore'), 'utf8'),
		).toMatch(/^\*$/m);
	});
});

describe.skipIf(mount === undefined)('a read-only file system', () => {
	test('its history is read, not written: one line naming the file and what to do, exit 1', () => {
		const withHistory = path.join(mount!, 'with');
		const without = path.join(mount!, 'without');
		fs.mkdirSync(withHistory);
		fs.mkdirSync(without);
		expect(triage(record, withHistory).status).toBe(0);
		expect(spawnSync('mount', ['-o', 'remount,ro', mount!]).status).toBe(0);
		const said =
			'.triage/history.sqlite: cannot write (read-only file system): keep the triage file on a writable disk (--triage FILE)';
		const listed = triage(['history'], withHistory);
		expect(listed.stderr).toBe('');
		expect(listed.stdout).toContain('1 run, oldest first');
		for (const folder of [withHistory, without]) {
			const recorded = triage(['record', path.join(demo, 'run-2.log')], folder);
			expect(recorded.stderr).toContain(said);
			expect(recorded.status).toBe(1);
			expectOwnWords(recorded.stderr, mount);
			const forgot = triage(['history', 'forget', '1'], folder);
			expect(forgot.stderr).toBe(`triage: ${said}\n`);
			expect(forgot.status).toBe(1);
		}
	});
});
