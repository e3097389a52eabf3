/**
Rules changed after acceptance suite 80 (cordwood) was measured blind (43 of 62 on its log and its XML, 36 with the
priority). Two kinds whose cause the report itself shows, no words of a suite: SQLite's own words for a full disk
(`database or disk is full`, SQLITE_FULL) are the machine's disk, as ENOSPC already was (`disk-full`, ENVIRONMENT
HIGH), where they read as the code's error (`raised-in-app`); and a folder the code makes with `exist_ok=True` that
raises FileExistsError all the same, which can only mean the path is a plain file, is the settings naming a file
where a folder belongs (`folder-path-is-a-file`, CONFIGURATION MEDIUM, HIGH at setup), where it read as a library's
error under the code.
*/
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {analyze} from '../../../source/classify/analyze.js';
import {readLog} from '../../../source/log/read.js';
import {ruleFor, suggestionFor} from './failures.js';

describe.each(['holdout-80.log', 'holdout-80.xml'])(
	'on the real run %s',
	async file => {
		const analysis = analyze([
			await readLog(path.join(import.meta.dirname, '../acceptance', file)),
		]);
		test.each([
			['test_bulk_rows_on_spool_disk', 'disk-full', 'ENVIRONMENT', 'HIGH'],
			['test_spool_large_note', 'disk-full', 'ENVIRONMENT', 'HIGH'],
			[
				'test_runner_cache_folder',
				'folder-path-is-a-file',
				'CONFIGURATION',
				'MEDIUM',
			],
			// A read-only database file: still the settings' path, as the earlier sets mostly decided.
			[
				'test_price_list_update',
				'database-file-read-only',
				'CONFIGURATION',
				'MEDIUM',
			],
		])('%s: %s', (name, rule, category, priority) => {
			expect(suggestionFor(analysis, name)).toMatchObject({
				rule,
				category,
				priority,
			});
		});
	},
);

describe('SQLite’s words for a full disk', () => {
	const frames =
		'tests/test_a.py:3: in test_a\n    ledger.write_rows(path, 5000)\napp/ledger.py:44: in write_rows\n    conn.executemany(sql, rows)';
	function rule(headline: string): string {
		return ruleFor({
			headline,
			exceptionType: headline.slice(0, headline.indexOf(':')),
			traceback: `${frames}\nE   ${headline}`,
		});
	}

	test.each([
		'sqlite3.OperationalError: database or disk is full',
		'sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) database or disk is full',
		'peewee.OperationalError: database or disk is full',
	])('%s', headline => {
		expect(rule(headline)).toBe('disk-full');
	});

	test.each([
		'sqlite3.OperationalError: database is locked',
		'sqlite3.DatabaseError: database disk image is malformed',
		'sqlite3.OperationalError: no such table: full_disks',
	])('not: %s', headline => {
		expect(rule(headline)).not.toBe('disk-full');
	});
});

describe('a folder made with exist_ok=True that is a file', () => {
	function rule(
		file: string,
		call: string,
		{phase = 'call', fromTest = false} = {},
	): string {
		const headline = `FileExistsError: [Errno 17] File exists: '${file}'`;
		const frames = fromTest
			? `tests/test_a.py:3: in test_a\n    ${call}`
			: `tests/test_a.py:3: in test_a\n    cache.put("k", 1)\napp/cache.py:9: in put\n    ${call}`;
		return ruleFor({
			headline,
			exceptionType: 'FileExistsError',
			phase: phase as 'call',
			traceback: `${frames}\n<frozen os>:225: in makedirs\n    ???\nE   ${headline}`,
		});
	}

	test.each([
		['/srv/app/var/cache.json', 'os.makedirs(self.folder, exist_ok=True)'],
		['var/spool', 'Path(settings.SPOOL).mkdir(parents=True, exist_ok=True)'],
		['/data/exports', 'os.makedirs(folder, mode=0o750, exist_ok = True)'],
	])('%s: %s', (file, call) => {
		expect(rule(file, call)).toBe('folder-path-is-a-file');
	});

	test('HIGH at setup', () => {
		expect(
			rule('/srv/app/cache', 'os.makedirs(folder, exist_ok=True)', {
				phase: 'setup',
			}),
		).toBe('folder-path-is-a-file-at-setup');
	});

	test.each([
		// Without exist_ok: the folder made twice, the code's doing.
		['/srv/app/cache', 'os.makedirs(folder)'],
		['/srv/app/cache', 'os.mkdir(folder)'],
		['/srv/app/cache', 'os.makedirs(folder, exist_ok=False)'],
		// A test's temporary folder: the test made that file.
		[
			'/tmp/pytest-of-ci/pytest-0/test_a0/cache',
			'os.makedirs(folder, exist_ok=True)',
		],
		[
			'/home/ci/work/pytest-of-ci/pytest-3/test_a0/cache',
			'os.makedirs(folder, exist_ok=True)',
		],
		['/tmp/app-cache', 'os.makedirs(folder, exist_ok=True)'],
	])('not: %s, %s', (file, call) => {
		expect(rule(file, call)).not.toBe('folder-path-is-a-file');
	});

	test('not the test’s own call', () => {
		expect(
			rule('/srv/app/cache', 'os.makedirs(folder, exist_ok=True)', {
				fromTest: true,
			}),
		).not.toBe('folder-path-is-a-file');
	});
});
