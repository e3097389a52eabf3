/**
The run history's warnings name its folder as the user would type it from here, whatever the triage file was
given as: `--triage /abs/t.jsonl` from its own folder said `/abs/.triage is a file` in `report`'s warning, while
`history` said `.triage is a file` and `record` said `runs not recorded in .triage/`.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {expect, test} from 'vitest';

const cli = path.resolve('dist/cli.js');
const log = path.resolve('fixtures/renamed/day1.log');

function run(args: readonly string[], cwd: string) {
	return spawnSync(process.execPath, [cli, ...args], {
		cwd,
		encoding: 'utf8',
		env: {...process.env, TRIAGE_STORE: '', TRIAGE_HISTORY: ''},
	});
}

test.each([
	['a file where its folder goes', '.triage is a file, not a folder'],
	[
		'a history that is not a database',
		'.triage/history.sqlite: not a history triage can read (damaged, or not SQLite)',
	],
])(
	'%s: every command names it from here, with the triage file given by its absolute path',
	(_, said) => {
		const folder = fs.realpathSync(
			fs.mkdtempSync(path.join(os.tmpdir(), 'triage-history-paths-')),
		);
		fs.copyFileSync(log, path.join(folder, 'day1.log'));
		if (said.includes('history.sqlite')) {
			fs.mkdirSync(path.join(folder, '.triage'));
			fs.writeFileSync(
				path.join(folder, '.triage', 'history.sqlite'),
				'not sqlite\n'.repeat(100),
			);
		} else {
			fs.writeFileSync(path.join(folder, '.triage'), 'a file\n');
		}

		const triage = path.join(folder, 't.jsonl');
		const report = run(['report', 'day1.log', '--triage', triage], folder);
		const history = run(['history', '--triage', triage], folder);
		const record = run(['record', 'day1.log', '--triage', triage], folder);
		for (const output of [report.stderr, history.stderr, record.stderr]) {
			expect(output).toContain(said);
			expect(output).not.toContain(folder);
		}

		expect(record.stderr).toContain(
			'runs not recorded in .triage/ (see the warning above)',
		);
		// From another folder, the path from there.
		const elsewhere = run(
			['report', path.join(folder, 'day1.log'), '--triage', triage],
			os.tmpdir(),
		);
		expect(elsewhere.stderr).toContain(
			path.relative(os.tmpdir(), path.join(folder, '.triage')),
		);
	},
);
