import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {expect, test} from 'vitest';
import {runCli} from '../cli-helpers.js';

const demo = path.resolve('fixtures/demo/run-1.log');
const later = path.resolve('fixtures/demo/run-2.log');

function folder(): string {
	const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-same-content-'));
	fs.copyFileSync(demo, path.join(cwd, 'run.log'));
	fs.copyFileSync(demo, path.join(cwd, 'copy.log'));
	fs.writeFileSync(
		path.join(cwd, 'run.log.gz'),
		zlib.gzipSync(fs.readFileSync(demo)),
	);
	fs.copyFileSync(later, path.join(cwd, 'later.log'));
	return cwd;
}

test.each([
	[['report', 'run.log', 'copy.log'], 'run.log and copy.log'],
	[
		['export', 'run.log', 'later.log', 'run.log.gz', '--csv', '-'],
		'run.log and run.log.gz',
	],
	[['record', 'copy.log', 'run.log'], 'copy.log and run.log'],
])(
	'%j: a copy of a log given before is refused, exit 2 (it was compared with itself: no failure was new)',
	(args, named) => {
		const cwd = folder();
		const result = runCli(args, {cwd});
		expect(result.stderr).toBe(
			`triage: ${named} hold the same log: each LOG is read once (a run given twice would be compared with itself)\n`,
		);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
	},
);

test('two different logs are still two runs: the later one has new failures', () => {
	const cwd = folder();
	const result = runCli(['report', 'run.log', 'later.log'], {cwd});
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('Compared with 1 earlier run.');
	expect(result.stdout).toMatch(/^New: [1-9]/m);
});

test.each([
	[['import', 'out.csv', 'run.log', 'copy.log'], 'run.log and copy.log'],
	[['import', 'out.csv', 'copy.log', 'run.log.gz'], 'copy.log and run.log.gz'],
	[
		['decide', 'run.log', 'copy.log', '--match', 'x', '--category', 'BUG'],
		'run.log and copy.log',
	],
])('%j: refused the same way, exit 2, nothing written', (args, named) => {
	const cwd = folder();
	expect(runCli(['export', 'run.log', '--csv', 'out.csv'], {cwd}).status).toBe(
		0,
	);
	const result = runCli(args, {cwd});
	expect(result.stderr).toBe(
		`triage: ${named} hold the same log: each LOG is read once (a run given twice would be compared with itself)\n`,
	);
	expect(result.status).toBe(2);
	expect(fs.existsSync(path.join(cwd, 'triage.jsonl'))).toBe(false);
});
