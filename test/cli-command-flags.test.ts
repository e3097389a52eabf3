/**
A flag of another command is refused, not ignored: `triage report LOG --csv out.csv` printed the report and
wrote no CSV, with exit 0. Each command run as a user would, with a flag that is not its own; and the common
flags (DESIGN.md: --triage, --rules, --store; and --who, which goes with --store) still go with every command.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {commandFlagProblem} from '../source/cli-args.js';
import {flagSpecs} from '../source/cli-flags.js';
import {commandHelps} from '../source/commands/help-texts.js';
import {runCli} from './cli-helpers.js';

const demo = path.resolve('fixtures/demo/run.log');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-flags-'));

describe('a flag the command does not take: one line naming both, exit 2, nothing done', () => {
	test.each([
		[
			['report', 'LOG', '--csv', 'out.csv'],
			'triage report does not take --csv',
		],
		[
			['export', 'LOG', '--json', '-', '--out', 'x.txt'],
			'triage export does not take --out',
		],
		[
			['decide', 'LOG', '--match', 'auth', '--category', 'BUG', '--raw'],
			'triage decide does not take --raw',
		],
		[['import', 'x.csv', 'LOG', '--all'], 'triage import does not take --all'],
		[['history', '--raw'], 'triage history does not take --raw'],
		[['record', 'LOG', '--json', '-'], 'triage record does not take --json'],
		[['store', 'push', '--json', '-'], 'triage store does not take --json'],
		[['rules', '--no-history'], 'triage rules does not take --no-history'],
		[['undo', '--csv=x.csv'], 'triage undo does not take --csv'],
		[['compact', '--yes'], 'triage compact does not take --yes'],
		[['run', '--shards', '--', 'pytest'], 'triage run does not take --shards'],
		[
			['LOG', '--out', 'report.txt'],
			'the review (triage LOG…) does not take --out',
		],
		[
			['--follow', 'LOG', '--csv', 'x.csv'],
			'the review (triage LOG…) does not take --csv',
		],
		// No word at all is the review too (it said `triage undefined does not take --priority`).
		[
			['--priority', 'HIGH'],
			'the review (triage LOG…) does not take --priority',
		],
		[['--csv', 'x.csv'], 'the review (triage LOG…) does not take --csv'],
	])('%j', (args, message) => {
		const cwd = fs.mkdtempSync(path.join(temporary, 'cwd-'));
		const result = runCli(
			args.map(argument => (argument === 'LOG' ? demo : argument)),
			{cwd},
		);
		expect(result.stderr).toMatch(
			new RegExp(
				`^triage: ${message.replaceAll(/[()…]/g, '\\$&')} \\([^\\n]+\\)\\n$`,
			),
		);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		// No report, no CSV, no triage file, no history.
		expect(fs.readdirSync(cwd)).toEqual([]);
	});

	test('it says which commands take the flag, and where to look', () => {
		const result = runCli(['report', demo, '--csv', 'out.csv'], {
			cwd: temporary,
		});
		expect(result.stderr).toBe(
			'triage: triage report does not take --csv (export takes it; see triage report --help)\n',
		);
	});
});

describe('what a command takes still works', () => {
	test('report with the common flags and its own', () => {
		const cwd = fs.mkdtempSync(path.join(temporary, 'cwd-'));
		const result = runCli(
			[
				'report',
				demo,
				'--triage',
				'team.jsonl',
				'--no-history',
				'--outage-threshold',
				'0.6',
				'--out',
				'report.txt',
			],
			{cwd},
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(fs.readFileSync(path.join(cwd, 'report.txt'), 'utf8')).toContain(
			'TEST FAILURE ANALYSIS REPORT',
		);
	});

	test('--triage and --rules go with a command that lists neither (DESIGN.md: common flags)', () => {
		const cwd = fs.mkdtempSync(path.join(temporary, 'cwd-'));
		const result = runCli(['rules', '--triage', 'team.jsonl'], {cwd});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	test('--who goes with every command, as --store does (a team alias sets both): export records nothing with it', () => {
		const cwd = fs.mkdtempSync(path.join(temporary, 'cwd-'));
		const result = runCli(
			['export', demo, '--json', 'out.json', '--who', 'ada'],
			{
				cwd,
			},
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(fs.readdirSync(cwd)).toEqual(['out.json']);
	});

	test('every flag a command lists in its --help is taken by it; no command takes every flag', () => {
		for (const help of commandHelps) {
			const input = help.name === undefined ? [demo] : [help.name];
			for (const flag of help.flags) {
				const argv = [
					...input,
					`--${flag}`,
					...(flagSpecs[flag as keyof typeof flagSpecs]?.type === 'boolean' ||
					flag === 'history'
						? []
						: ['x']),
				];
				expect(
					commandFlagProblem(argv, flagSpecs, input),
					`${help.name ?? 'review'} --${flag}`,
				).toBeUndefined();
			}

			const foreign = Object.keys(flagSpecs).find(
				flag =>
					!['triage', 'rules', 'store', 'who'].includes(flag) &&
					!commandHelps
						.filter(other => other.name === help.name)
						.some(other => (other.flags as readonly string[]).includes(flag)),
			);
			expect(foreign, help.name).toBeDefined();
		}
	});
});
