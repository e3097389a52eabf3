/**
The help and version, for `--help` (with any command) and `triage --version`: answered from package.json
without loading the commands (main.tsx, the rest of the bundle) or meow, whose reading of package.json
normalises it (the help as meow formats it; test/cli-help.test.ts compares them).
*/
import fs from 'node:fs';

/** What `--help` says: meow is given the same text. */
export const usage = `
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
	  $ triage undo [--yes] [--all]        undo the newest decision (or cluster decision) and say
	                                       whose; another person's (on a store) asks first, or
	                                       needs --yes; --all lists every report undone
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
	  --all             (export --csv) every test, not only failures;
	                    (undo, decide) every report, not only the first 10
	  --raw             (export --csv) no guard against spreadsheet formulas
	  --id ID           (decide) the failure's pytest node id
	  --cluster SIG     (decide) every failure of a cluster (its id, as report and CSV show it)
	  --match REGEX     (decide) every failure whose id or headline matches
	  --category C      (decide) BUG, CONFIGURATION, ENVIRONMENT, TEST_DESIGN, UNKNOWN
	                    or a category of the rules file
	  --priority P      (decide) HIGH, MEDIUM or LOW (default: the decision's, else the
	                    suggestion's)
	  --note TEXT       (decide) the decision's note (default: the note it has)
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
	  --yes             (undo) undo another person's action without asking
	  --help            show this help
	  --version         show the version

	Exit codes: 0 success, 1 runtime failure, 2 bad usage or unreadable input.
`;

/** meow's layout of a help text: the common indent replaced by two spaces, no blank lines around it. */
function indented(text: string): string {
	const indents = text.match(/^[ \t]*(?=\S)/gm) ?? [];
	const common = Math.min(...indents.map(indent => indent.length));
	const stripped =
		Number.isFinite(common) && common > 0
			? text.replaceAll(new RegExp(`^[ \\t]{${common}}`, 'gm'), '')
			: text;
	return stripped.replaceAll(/^(?!\s*$)/gm, '  ');
}

type PackageFacts = {readonly version: string; readonly description: string};

/**
The nearest package.json above this module (source/, dist/ or one of dist's chunks), as meow finds it,
parsed (undefined when there is none). main.tsx gives it to meow (`pkg`), which then reads none itself.
*/
export function packageJson(): Record<string, unknown> | undefined {
	let folder = new URL('.', import.meta.url);
	for (let level = 0; level < 4; level++) {
		let text: string | undefined;
		try {
			text = fs.readFileSync(new URL('package.json', folder), 'utf8');
		} catch {
			folder = new URL('..', folder);
			continue;
		}

		return JSON.parse(text) as Record<string, unknown>;
	}

	return undefined;
}

function packageFacts(): PackageFacts {
	const {version, description} = (packageJson() ?? {}) as Partial<PackageFacts>;
	return {version: version ?? '', description: description ?? ''};
}

/** The help as meow prints it (`\n  description\n\n  Usage…\n`, then console.log's newline). */
export function helpText(description: string): string {
	const body = usage
		.replace(/\t+\n*$/, '')
		.replaceAll(/^[\r\n]+|[\r\n]+$/g, '');
	const help = `\n${indented(body)}`;
	return `${description ? indented(`\n${description}\n`) : ''}${help}\n`;
}

/**
What to print for `--help` anywhere among the arguments (`triage undo --help` must print the help, not
undo: meow answers `--help` only when it is the one argument), else for `--version` alone; undefined for
anything else. What follows `--` is the command of `triage run`, whose own `--help` is not ours.
*/
export function quickAnswer(argv: readonly string[]): string | undefined {
	const dashes = argv.indexOf('--');
	const ours = dashes === -1 ? argv : argv.slice(0, dashes);
	if (ours.includes('--help')) {
		return `${helpText(packageFacts().description)}\n`;
	}

	return argv.length === 1 && argv[0] === '--version'
		? `${packageFacts().version}\n`
		: undefined;
}
