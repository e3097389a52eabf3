/**
`export --csv --all` on a log that does not name every test pytest counted: `-rA`'s `SKIPPED [1] path:line: reason`
lines name a file and a line (one line for several skips at one place, parametrized ones too), a `-q` log names only
its failures. The CSV cannot list them; the export says how many have no row, and the JUnit XML of the same run
names them all. Before, they were left out in silence.
*/
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const trap = path.resolve('fixtures/traps/brackets-p9-rA');

function rows(stdout: string): Array<Record<string, string>> {
	return parse<Record<string, string>>(stdout, {columns: true});
}

test('an -rA log alone: its 2 skipped have no row, and the warning says so in one line', () => {
	const result = runCli(['export', 'run.log', '--csv', '-', '--all'], {
		cwd: trap,
	});
	expect(result.status).toBe(0);
	// 8 failed, 8 passed, 1 xfailed named; 2 skipped named only by file and line.
	expect(rows(result.stdout)).toHaveLength(17);
	expect(
		rows(result.stdout).filter(row => row['Status'] === 'SKIPPED'),
	).toEqual([]);
	const warnings = result.stderr.trim().split('\n');
	expect(warnings).toHaveLength(1);
	expect(warnings[0]).toMatch(
		/^triage: warning: 2 tests pytest counted in run\.log have no row in the CSV \(2 skipped\): the log does not name them .*JUnit XML/,
	);
});

test('with the JUnit XML of the same run: every test has its row, no warning', () => {
	const result = runCli(
		['export', 'run.log', 'run.xml', '--csv', '-', '--all'],
		{cwd: trap},
	);
	expect(result.status).toBe(0);
	expect(result.stderr).toBe('');
	const all = rows(result.stdout);
	expect(all).toHaveLength(19);
	expect(all.filter(row => row['Status'] === 'SKIPPED')).toHaveLength(2);
});

test('without --all (failures only), nothing to say', () => {
	const result = runCli(['export', 'run.log', '--csv', '-'], {cwd: trap});
	expect(result.status).toBe(0);
	expect(result.stderr).toBe('');
});
