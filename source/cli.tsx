#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {flagProblem} from './cli-args.js';
import {runCommand, UsageError} from './commands.js';
import {groupingOptions} from './session.js';
import {LogError} from './log/read.js';
import {OutputError} from './output.js';
import {HistoryError} from './runs/history/errors.js';
import {JournalError} from './triage/journal.js';
import {respawnWithLargerHeap} from './heap.js';
import {liveInputOf} from './live/input.js';
import {closeAllStores} from './store/open-clients.js';

const respawned = respawnWithLargerHeap(process.argv.slice(2));
if (respawned !== undefined) {
	process.exit(respawned);
}

// A flag's value is the next argument even when it starts with `-` (`--json -` for stdout, `--note
// '- see JIRA-1'`): meow would read it as a positional or a flag of its own, so glue it to its flag.
const valueFlags = new Set([
	'--json',
	'--csv',
	'--markdown',
	'--out',
	'--triage',
	'--rules',
	'--id',
	'--cluster',
	'--match',
	'--category',
	'--priority',
	'--note',
	'--issue',
	'--phase',
	'--store',
	'--who',
]);
// `triage run [OPTIONS] -- pytest …`: what follows `--` is the user's command, never our flags.
const allArguments = process.argv.slice(2);
const dashes = allArguments.indexOf('--');
const command = dashes === -1 ? undefined : allArguments.slice(dashes + 1);
const argv = (
	dashes === -1 ? allArguments : allArguments.slice(0, dashes)
).flatMap((argument, index, all) => {
	const previous = all[index - 1];
	const isGlued = (flag: string | undefined, value: string | undefined) =>
		flag !== undefined &&
		valueFlags.has(flag) &&
		value !== undefined &&
		value.startsWith('-') &&
		!value.startsWith('--');
	if (isGlued(previous, argument) && !isGlued(all[index - 2], previous)) {
		return [];
	}

	const next = all[index + 1];
	return isGlued(argument, next) && !isGlued(previous, argument)
		? [`${argument}=${next}`]
		: [argument];
});

const flagSpecs = {
	json: {type: 'string'},
	csv: {type: 'string'},
	markdown: {type: 'string'},
	out: {type: 'string'},
	triage: {type: 'string'},
	rules: {type: 'string'},
	id: {type: 'string'},
	cluster: {type: 'string'},
	match: {type: 'string'},
	category: {type: 'string'},
	priority: {type: 'string'},
	note: {type: 'string'},
	issue: {type: 'string'},
	phase: {type: 'string'},
	all: {type: 'boolean'},
	raw: {type: 'boolean'},
	outageThreshold: {type: 'number'},
	shards: {type: 'boolean'},
	runs: {type: 'boolean'},
	history: {type: 'boolean', default: true},
	follow: {type: 'boolean'},
	store: {type: 'string'},
	who: {type: 'string'},
} as const;

const cli = meow(
	`
	Usage
	  $ triage [LOG…]                      review the failures in the terminal
	  $ triage run -- COMMAND…             run the tests (pytest …) and review them as they run;
	                                       exits with the command's exit code
	  $ triage --follow LOG                review a log another process is still writing
	  $ triage report [LOG…] [--out FILE]  text report (summary, categories, files, areas,
	                                       priority matrix, clusters, flaky and new, details)
	  $ triage export [LOG…] --json|--csv|--markdown FILE
	                                       the categorization with decisions merged in (- for stdout)
	  $ triage decide [LOG…] (--id ID [--phase PHASE] | --cluster SIGNATURE | --match REGEX)
	                --category C [--priority P] [--note TEXT] [--issue REF]
	  $ triage import FILE.csv [LOG…]      decisions edited in a spreadsheet, back into the journal
	  $ triage history [forget ID | record LOG…]
	                                       the runs remembered beside the triage file (.triage/);
	                                       forget one, or record old logs, oldest first
	  $ triage record LOG…                 record runs in the history without a terminal (CI):
	                                       one line per run; exit 0 all recorded, 1 not
	  $ triage store push|pull             copy the triage file and .triage/ history into the
	                                       store (push), or the store's into them (pull)
	  $ triage rules                       the rules in effect, in the order they are tried
	  $ triage undo                        undo the last decision (or cluster decision)
	  $ triage compact                     rewrite the triage file to one line per decision

	LOG is pytest console output (-v, -q, -r…, any --tb, xdist, plain or .gz),
	JUnit XML or pytest-reportlog JSON Lines; the format is detected from the content.
	Several LOGs whose tests are disjoint (same rootdir) are shards of one run;
	LOGs that share tests are successive runs, oldest first. A log holding several
	pytest sessions gives a run each; a --lf session re-runs the run before it.
	Every run read is remembered in .triage/ beside the triage file: new, still
	failing, flaky and fixed are judged against that history. - reads a log from
	stdin (kept in .triage/logs/), live while it is written. With no LOG, the
	logs last opened are used.

	Options
	  --triage FILE     the triage file (default ./triage.jsonl)
	  --rules FILE      a rules file (default ./triage.rules.json when present)
	  --out FILE        (report) write to FILE instead of stdout
	  --json FILE       (export) JSON: runs, tests, failures, suggestions, decisions
	  --csv FILE        (export) CSV, one row per failure of the newest run
	  --markdown FILE   (export) Markdown: a summary and a table per category
	  --all             (export --csv) every test, not only failures
	  --raw             (export --csv) no guard against spreadsheet formulas
	  --issue REF       (decide) link an issue: #123, JIRA-45 or a URL ('' removes it);
	                    the rules file's issueUrl makes a reference a link
	  --phase PHASE     (decide --id) only the test's setup, call, teardown or collect
	                    report (default: each of its failing reports)
	  --outage-threshold N  share of failing tests (0 to 1) that makes a run an outage (0.5)
	  --shards          the LOGs are shards of one run
	  --runs            the LOGs are successive runs, oldest first
	  --no-history      neither read nor record the run history
	  --follow          (review) the one LOG is still being written: show it as it grows
	  --store URL       decisions and run history on a team's PostgreSQL
	                    (postgresql://user@host/db; else TRIAGE_STORE, else the rules
	                    file's "store"; the password from PGPASSWORD or ~/.pgpass)
	  --who NAME        who decides, recorded with each decision on a store ($USER)
	  --help            show this help
	  --version         show the version

	Exit codes: 0 success, 1 runtime failure, 2 bad usage or unreadable input.
`,
	{
		importMeta: import.meta,
		argv,
		flags: flagSpecs,
	},
);

// A reader that goes away (`| head`) is not a failure of ours: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(process.exitCode ?? 0);
	}
});

try {
	const problem = flagProblem(argv, flagSpecs);
	if (problem !== undefined) {
		throw new UsageError(problem);
	}

	const live = liveInputOf(cli.input, cli.flags.follow === true, command);
	let code = live ? undefined : await runCommand(cli.input, cli.flags);
	if (code === undefined) {
		// Ink and React load only for the review: report, export and the rest start faster without them.
		const {startReview} = await import('./commands/review.js');
		code = await startReview({
			...groupingOptions(cli.flags),
			logs: live?.kind === 'command' ? [] : cli.input,
			...(cli.flags.triage !== undefined && {triage: cli.flags.triage}),
			...(cli.flags.rules !== undefined && {rules: cli.flags.rules}),
			...(cli.flags.store !== undefined && {store: cli.flags.store}),
			...(cli.flags.who !== undefined && {who: cli.flags.who}),
			...(live && {live}),
		});
	}

	process.exitCode = code;
} catch (error) {
	// A store's errors, told by name: pg loads only when a store is used.
	const storeReason =
		error instanceof Error && error.name === 'StoreError'
			? (error as Error & {reason?: string}).reason
			: undefined;
	const isBadInput =
		error instanceof UsageError ||
		error instanceof LogError ||
		storeReason === 'newer' ||
		(error instanceof JournalError &&
			(error.code === 'foreign' || error.code === 'newer'));
	if (isBadInput) {
		process.stderr.write(`triage: ${(error as Error).message}\n`);
		process.exitCode = 2;
	} else if (
		error instanceof OutputError ||
		error instanceof JournalError ||
		error instanceof HistoryError ||
		storeReason !== undefined
	) {
		process.stderr.write(`triage: ${(error as Error).message}\n`);
		process.exitCode = 1;
	} else {
		process.stderr.write(
			`triage: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
		);
		if (process.env['TRIAGE_DEBUG']) {
			console.error(error);
		}

		process.exitCode = 1;
	}
}

// A command that used a store closes its connections; whatever path it took, none keeps the process alive.
await closeAllStores();
