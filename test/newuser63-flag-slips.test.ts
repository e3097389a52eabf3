/**
New-user tour 63: `triage report --cvs out.csv` said `did you mean --csv?`, and `triage report --csv out.csv`
then said report does not take it. A slip after a command word is matched against that command's flags, its help
is named, and a flag only another command takes says so at once. Through the built CLI.
*/
import {expect, test} from 'vitest';
import {runCli} from './cli-helpers.js';

test('a slip of a flag the command does not take says which command takes it, exit 2', () => {
	const result = runCli(['report', 'fixtures/demo/run.log', '--cvs', 'x.csv']);
	expect(result.status).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).toBe(
		'triage: unknown flag --cvs: did you mean --csv? triage report does not take --csv (export takes it; see triage report --help)\n',
	);
});

test("a slip is matched against the command's own flags first, and its help is named", () => {
	// `--ot` is a slip of --out, which report takes.
	const report = runCli(['report', 'fixtures/demo/run.log', '--ot', 'r.txt']);
	expect(report.status).toBe(2);
	expect(report.stderr).toBe(
		'triage: unknown flag --ot: did you mean --out? (see triage report --help)\n',
	);
	// `--catgory` after decide: its own flag, its own help.
	const decide = runCli(['decide', '--catgory', 'BUG', '--match', 'x']);
	expect(decide.status).toBe(2);
	expect(decide.stderr).toBe(
		'triage: unknown flag --catgory: did you mean --category? (see triage decide --help)\n',
	);
});

test('with no command word (the review), every flag is a candidate, as before', () => {
	const result = runCli(['fixtures/demo/run.log', '--storr', 'x']);
	expect(result.status).toBe(2);
	expect(result.stderr).toBe(
		'triage: unknown flag --storr: did you mean --store? (see triage --help)\n',
	);
});
