import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {beforeAll, describe, expect, test} from 'vitest';
import {unguardCell} from '../../source/csv.js';
import {runCli} from '../cli-helpers.js';

const demo = path.resolve('fixtures/demo/run.log');
/** The demo run's repository: its CODEOWNERS, and the run's rootdir (a CI path) absent here. */
let repository: string;

const codeowners = `* @org/platform
tests/**/chaos/ @org/sre
tests/chaos/database/ @org/dba @carol
/tests/api/ @org/api
tests/core/test_config.py
`;

beforeAll(() => {
	repository = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-owners-cli-'));
	fs.mkdirSync(path.join(repository, '.git'));
	fs.mkdirSync(path.join(repository, '.github'));
	fs.writeFileSync(path.join(repository, '.github', 'CODEOWNERS'), codeowners);
});

function cli(...args: string[]) {
	const result = runCli(args, {cwd: repository});
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return result.stdout;
}

describe('owners from the repository’s CODEOWNERS', () => {
	test('CSV: an Owners column, read back by a CSV parser', () => {
		const rows = parse<Record<string, string>>(
			cli('export', demo, '--csv', '-'),
			{
				columns: true,
			},
		);
		expect(Object.keys(rows[0]!).slice(-3)).toEqual([
			'Owners',
			'Confirmed',
			'Decided By',
		]);
		// A spreadsheet would run `@…` as a formula: the cell carries the export's guard.
		expect(rows[0]!['Owners']).toMatch(/^'@/);
		const byFile = new Map(
			rows.map(row => [row['File'], unguardCell(row['Owners']!)]),
		);
		expect(Object.fromEntries(byFile)).toEqual({
			'tests/api/test_orders_api.py': '@org/api',
			'tests/chaos/auth/test_auth_chaos.py': '@org/sre',
			'tests/chaos/cache/test_cache_chaos.py': '@org/sre',
			'tests/chaos/concurrency/test_concurrency_chaos.py': '@org/sre',
			'tests/chaos/database/test_database_chaos.py': '@org/dba @carol',
			'tests/chaos/network/test_network_chaos.py': '@org/sre',
			'tests/chaos/resources/test_resources_chaos.py': '@org/sre',
			'tests/core/test_config.py': '',
			'tests/core/test_models.py': '@org/platform',
		});
	});

	test('JSON: owners per failure and the file they come from', () => {
		const document = JSON.parse(cli('export', demo, '--json', '-')) as {
			codeowners: string;
			runs: Array<{failures: Array<{file: string; owners: string[] | null}>}>;
		};
		expect(document.codeowners).toBe(path.join('.github', 'CODEOWNERS'));
		const failures = document.runs.at(-1)!.failures;
		expect(
			failures.find(failure => failure.file.includes('database'))?.owners,
		).toEqual(['@org/dba', '@carol']);
		expect(
			failures.find(failure => failure.file === 'tests/core/test_config.py')
				?.owners,
		).toEqual([]);
	});

	test('markdown: a table by owner, most failures first, names in code spans (no @-mention)', () => {
		const markdown = cli('export', demo, '--markdown', '-');
		const start = markdown.indexOf('**By owner** (`.github/CODEOWNERS`)');
		expect(start).toBeGreaterThan(-1);
		const rows = markdown
			.slice(start, markdown.indexOf('\n\n', markdown.indexOf('| ---', start)))
			.split('\n')
			.filter(line => line.startsWith('| `'))
			.map(line => line.split(' | ')[0]!.slice(2));
		expect(rows.slice(0, 2)).toEqual(['`@org/sre`', '`@carol`']);
		expect(rows.at(-1)).toBe('`(no owner)`');
		expect(markdown.slice(start)).toMatch(
			/^\| `@org\/sre` \| \d+ \| 0 \| \w+ \d+/m,
		);
	});

	test('report: a section per owner, most failures first, the unowned last', () => {
		const report = cli('report', demo);
		const start = report.indexOf('FAILURES BY OWNER (.github/CODEOWNERS)');
		expect(start).toBeGreaterThan(-1);
		const section = report.slice(start, report.indexOf('PRIORITY MATRIX'));
		const heads = section
			.split('\n')
			.filter(
				line =>
					/^\S/.test(line) &&
					!line.startsWith('FAILURES') &&
					!line.startsWith('-'),
			);
		expect(
			heads.map(line => /^(.+?) +\d+ failures? +\(/.exec(line)?.[1]),
		).toEqual([
			'@org/sre',
			'@carol',
			'@org/dba',
			'@org/platform',
			'@org/api',
			'(no owner)',
		]);
		expect(section).toMatch(/^\(no owner\) +\d+ failures? +\(/m);
		expect(section).toContain(
			'  ENVIRONMENT/HIGH      tests/chaos/auth/test_auth_chaos.py::TestAuth::test_authentication_service_outage',
		);
	});

	test('without a CODEOWNERS: no column values, owners null, no section', () => {
		const elsewhere = fs.mkdtempSync(
			path.join(os.tmpdir(), 'triage-no-owners-'),
		);
		fs.mkdirSync(path.join(elsewhere, '.git'));
		const result = runCli(['export', demo, '--json', '-'], {cwd: elsewhere});
		const document = JSON.parse(result.stdout) as {
			codeowners: unknown;
			runs: Array<{failures: Array<{owners: unknown}>}>;
		};
		expect(document.codeowners).toBeNull();
		expect(document.runs.at(-1)!.failures[0]!.owners).toBeNull();
		expect(runCli(['report', demo], {cwd: elsewhere}).stdout).not.toContain(
			'BY OWNER',
		);
	});

	test('a line GitHub does not support is a warning naming it; the rest still apply', () => {
		fs.writeFileSync(
			path.join(repository, '.github', 'CODEOWNERS'),
			`${codeowners}!tests/core/\n`,
		);
		const result = runCli(['export', demo, '--csv', '-'], {cwd: repository});
		expect(result.stderr).toBe(
			'triage: warning: .github/CODEOWNERS:6: negation (!) does not work in CODEOWNERS: line skipped\n',
		);
		expect(result.stdout).toContain('@org/sre');
		fs.writeFileSync(
			path.join(repository, '.github', 'CODEOWNERS'),
			codeowners,
		);
	});
});
