/**
What each command says of itself, beside the commands: its lines of the global `--help` Usage, the flags
it takes and one example. `triage --help` is made of all of them (cli-help.ts), `triage export --help` of
export's alone, so the two never disagree. Plain data: cli.js answers `--help` from it without loading the
commands.
*/

/**
A flag that means one thing to each command that takes it: the global help says each part, a command's own
help only its part (`decide --help` says nothing of the CSV, which `decide --all` never writes).
*/
const scopedLines = {
	all: {
		export: '(export --csv) every test the log names, not only failures',
		decide: '(decide) list every report decided, not only the first 10',
		undo: '(undo) list every report undone, not only the first 10',
	},
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The column where a flag's explanation starts. */
const explanationColumn = '--all             '.length;

/** A flag's lines of the Options section, as `--help` prints them (the first starts with the flag). */
const flagLines = {
	triage: '--triage FILE     the triage file (default ./triage.jsonl)',
	rules:
		'--rules FILE      a rules file (default ./triage.rules.json when present)',
	out: '--out FILE        (report) write to FILE instead of stdout',
	json: '--json FILE       (export) JSON: runs, tests, failures, suggestions, decisions',
	csv: '--csv FILE        (export) CSV, one row per failure of the newest run',
	markdown:
		'--markdown FILE   (export) Markdown: a summary and a table per category',
	all: `--all             ${scopedLines.all.export}
                  ${scopedLines.all.decide}
                  ${scopedLines.all.undo}`,
	raw: '--raw             (export --csv) no guard against spreadsheet formulas',
	id: "--id ID           (decide) the failure's pytest node id",
	cluster:
		'--cluster SIG     (decide) every failure of a cluster (its id, as report and CSV show it)',
	match:
		'--match REGEX     (decide) every failure whose id or headline matches',
	category: `--category C      (decide) BUG, CONFIGURATION, ENVIRONMENT, TEST_DESIGN, UNKNOWN
                  or a category of the rules file; its beginning will do (env)`,
	priority: `--priority P      (decide) HIGH, MEDIUM or LOW, or its first letter (default: the
                  decision's, else the suggestion's)`,
	note: "--note TEXT       (decide) the decision's note (default: the note it has)",
	issue: `--issue REF       (decide) link an issue: #123, JIRA-45 or a URL ('' removes it);
                  the rules file's issueUrl makes a reference a link`,
	phase: `--phase PHASE     (decide --id) only the test's setup, call, teardown or collect
                  report (default: each of its failing reports)`,
	outageThreshold:
		'--outage-threshold N  share of failing tests (0 to 1) that makes a run an outage (0.5)',
	shards: '--shards          the LOGs are shards of one run',
	runs: '--runs            the LOGs are successive runs, oldest first',
	history: '--no-history      neither read nor record the run history',
	follow:
		'--follow          (review) the one LOG is still being written: show it as it grows',
	store: `--store URL       decisions and run history on a team's PostgreSQL
                  (postgresql://user@host/db; else TRIAGE_STORE, else the rules
                  file's "store"; the password from PGPASSWORD or ~/.pgpass)`,
	who: '--who NAME        who decides, recorded with each decision on a store ($USER)',
	yes: "--yes             (undo) undo another person's action without asking",
	help: '--help            show this help',
	version: '--version         show the version',
} as const;

/** A flag of the command line (cli-flags.ts), `help` or `version`. */
export type FlagName = keyof typeof flagLines;

/** The order of the global Options section: every flag. */
const flagOrder = Object.keys(flagLines) as FlagName[];

export type CommandHelp = {
	/** The first argument that names it (`export`); undefined for what is not a command of its own (the review). */
	readonly name?: string;
	/** Its lines of the global Usage section, from `$ triage` on. */
	readonly usage: string;
	/** The flags it takes, in the global order; `--help` is added to its own help. */
	readonly flags: readonly FlagName[];
	/** One command line that uses it, with what it does. */
	readonly example?: string;
};

/** What reading logs takes: where decisions are, the rules, how logs make runs, the history. */
const readingFlags: readonly FlagName[] = [
	'triage',
	'rules',
	'outageThreshold',
	'shards',
	'runs',
	'history',
	'store',
];

/** Every command, in the order of the global Usage section. */
export const commandHelps: readonly CommandHelp[] = [
	{
		usage:
			'triage [LOG…]                      review the failures in the terminal',
		flags: [...readingFlags, 'who'],
	},
	{
		name: 'run',
		usage: `triage run -- COMMAND…             run the tests (pytest …) and review them as they run;
                                     exits with the command's exit code (2 when it
                                     succeeded but printed no test log); without a
                                     terminal (CI) no review: the output passes
                                     through and the log is kept in .triage/logs/`,
		flags: ['triage', 'rules', 'outageThreshold', 'history', 'store', 'who'],
		example:
			'triage run -- pytest tests/chaos -v     pytest as typed, reviewed while it runs',
	},
	{
		usage:
			'triage --follow LOG                review a log another process is still writing',
		flags: ['follow'],
	},
	{
		name: 'report',
		usage: `triage report [LOG…] [--out FILE]  text report (summary, categories, files, areas,
                                     priority matrix, clusters, flaky and new, details)`,
		flags: ['out', ...readingFlags],
		example:
			'triage report run-1.log run-2.log --out report.txt     two days, the newest last',
	},
	{
		name: 'export',
		usage: `triage export [LOG…] --json|--csv|--markdown FILE
                                     the categorization with decisions merged in (- for stdout)`,
		flags: ['json', 'csv', 'markdown', 'all', 'raw', ...readingFlags],
		example:
			'triage export run.log --csv failures.csv     one row per failure, for a spreadsheet',
	},
	{
		name: 'decide',
		usage: `triage decide [LOG…] (--id ID [--phase PHASE] | --cluster SIGNATURE | --match REGEX)
              --category C [--priority P] [--note TEXT] [--issue REF]`,
		flags: [
			'id',
			'phase',
			'cluster',
			'match',
			'category',
			'priority',
			'note',
			'issue',
			'all',
			...readingFlags,
			'who',
		],
		example:
			"triage decide run.log --match 'Connection refused' --category ENVIRONMENT --priority LOW",
	},
	{
		name: 'import',
		usage:
			'triage import FILE.csv [LOG…]      decisions edited in a spreadsheet, back into the journal',
		flags: [...readingFlags, 'who'],
		example:
			'triage import failures.csv run.log     the Category, Priority and Note cells changed',
	},
	{
		name: 'history',
		usage: `triage history [forget ID… | record LOG…]
                                     the runs remembered beside the triage file (.triage/);
                                     forget runs, or record old logs, oldest first`,
		flags: ['triage', 'rules', 'outageThreshold', 'shards', 'runs', 'store'],
		example:
			'triage history record day-1.log day-2.log     two old runs, oldest first',
	},
	{
		name: 'record',
		usage: `triage record LOG…                 record runs in the history without a terminal (CI):
                                     one line per run; exit 0 all recorded, 1 not`,
		flags: ['triage', 'rules', 'outageThreshold', 'shards', 'runs', 'store'],
		example: 'triage record nightly.log     in CI, after pytest',
	},
	{
		name: 'store',
		usage: `triage store push|pull             copy the triage file and .triage/ history into the
                                     store (push), or the store's into them (pull)`,
		flags: ['triage', 'rules', 'store', 'who'],
		example:
			'triage store push --store postgresql://triage@db.example.com/triage',
	},
	{
		name: 'rules',
		usage:
			'triage rules                       the rules in effect, in the order they are tried',
		flags: ['rules'],
		example: 'triage rules --rules team.rules.json',
	},
	{
		name: 'undo',
		usage: `triage undo [--yes] [--all]        undo the newest decision (or cluster decision) and say
                                     whose; another person's (on a store) asks first, or
                                     needs --yes; --all lists every report undone`,
		// --rules too: its `store` names the store the undo acts on.
		flags: ['triage', 'rules', 'all', 'store', 'who', 'yes'],
		example: 'triage undo     run it again to go further back',
	},
	{
		name: 'compact',
		usage:
			'triage compact                     rewrite the triage file to one line per decision',
		flags: ['triage'],
		example: 'triage compact --triage team.jsonl',
	},
];

const about = `LOG is pytest console output (-v, -q, -r…, any --tb, xdist, plain or .gz),
JUnit XML or pytest-reportlog JSON Lines; the format is detected from the content.
Several LOGs whose tests are disjoint (same rootdir) are shards of one run;
LOGs that share tests are successive runs, oldest first; a console log next to
the JUnit XML pytest wrote in the same run is one run with it. A log holding
several pytest sessions gives a run each; a --lf session re-runs the run before
it.
Every run read is remembered in .triage/ beside the triage file: new, still
failing, flaky and fixed are judged against that history. - reads a log from
stdin (kept in .triage/logs/), live while it is written. With no LOG, the
logs the review (or triage run) last opened are used, not those of a report.`;

const exitCodes =
	'Exit codes: 0 success, 1 runtime failure, 2 bad usage or unreadable input.';

/** Lines under a heading, two spaces in. */
function block(lines: string): string {
	return lines.replaceAll(/^/gm, '  ');
}

function usageLines(helps: readonly CommandHelp[]): string {
	return helps.map(help => `$ ${help.usage}`).join('\n');
}

/** The lines of `flag` in the help of `command` (undefined: the global help). */
function flagText(flag: FlagName, command: string | undefined): string {
	const scoped: Readonly<Record<string, string>> | undefined =
		flag in scopedLines
			? scopedLines[flag as keyof typeof scopedLines]
			: undefined;
	const own = command === undefined ? undefined : scoped?.[command];
	return own === undefined
		? flagLines[flag]
		: flagLines[flag].slice(0, explanationColumn) + own;
}

function optionLines(flags: readonly FlagName[], command?: string): string {
	return flagOrder
		.filter(flag => flags.includes(flag))
		.map(flag => flagText(flag, command))
		.join('\n');
}

/** The global `--help` text, before meow's layout (cli-help.ts). */
export function globalUsage(): string {
	return `
Usage
${block(usageLines(commandHelps))}

${about}

Options
${block(optionLines(flagOrder))}

${exitCodes}
`;
}

/** The help of the command `name`, laid out as the global one; undefined for no such command. */
export function commandUsage(name: string): string | undefined {
	const help = commandHelps.find(command => command.name === name);
	if (!help) {
		return undefined;
	}

	return `
Usage
${block(usageLines([help]))}

Options
${block(optionLines([...help.flags, 'help'], name))}
${help.example === undefined ? '' : `\nExample\n${block(`$ ${help.example}`)}\n`}
triage --help lists every command; --triage, --rules, --store and --who go with every command
(where one does not apply, it is taken and changes nothing).
${exitCodes}
`;
}

/** The names of the commands that have a help of their own. */
export const commandsWithHelp: readonly string[] = commandHelps.flatMap(help =>
	help.name === undefined ? [] : [help.name],
);
