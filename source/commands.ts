/**
The non-interactive commands: report, export, decide (`commands/decide.ts`), rules, undo (`commands/undo.ts`), compact. Each returns an exit code; bad usage throws UsageError (exit 2).
*/

import fs from 'node:fs';
import process from 'node:process';
import type {ReportDecision} from './export/report.js';
import {collectLargeGarbage} from './heap.js';
import {didYouMean} from './did-you-mean.js';
import {overwriteProblem} from './files.js';
import {sanitizeLine} from './log/sanitize.js';
import {Output} from './output.js';
import {sessionWarnings, openSession, type SessionOptions} from './session.js';
import {
	checkOutageThreshold,
	groupingOptions,
	logsToOpen,
} from './session-flags.js';
import {loadRules} from './rules-file.js';
import {storeOf, triagePathOf} from './open-decisions.js';
import {UsageError} from './usage-error.js';
import {
	compactJournal,
	incompleteMessage,
	isIncompleteAction,
	openJournal,
	reportKey,
} from './triage/journal.js';
import {decidedOnOf, type Review} from './triage/review.js';
import {unmatchedDecisions} from './triage/unmatched.js';

export {UsageError} from './usage-error.js';

export type Flags = {
	readonly json?: string;
	readonly csv?: string;
	readonly markdown?: string;
	readonly out?: string;
	readonly triage?: string;
	readonly rules?: string;
	readonly id?: string;
	readonly cluster?: string;
	readonly match?: string;
	readonly category?: string;
	readonly priority?: string;
	readonly note?: string;
	/** `decide --issue REF`: link the decisions to an issue (`''` removes the link). */
	readonly issue?: string;
	readonly phase?: string;
	readonly all?: boolean;
	readonly raw?: boolean;
	readonly outageThreshold?: number;
	/** `--shards`: the logs are shards of one run. */
	readonly shards?: boolean;
	/** `--runs`: the logs are successive runs. */
	readonly runs?: boolean;
	/** `--no-history` makes it false: neither read nor record the run history. */
	readonly history?: boolean;
	/** `--store URL`: decisions and history on a team's PostgreSQL. */
	readonly store?: string;
	/** `--who NAME`: who decides, on a store (default $USER). */
	readonly who?: string;
	/** `undo --yes`: undo another person's action without asking. */
	readonly yes?: boolean;
};

function sessionOptions(logs: readonly string[], flags: Flags): SessionOptions {
	return {
		...groupingOptions(flags),
		logs,
		...(flags.triage !== undefined && {triage: flags.triage}),
		...(flags.rules !== undefined && {rules: flags.rules}),
		...(flags.store !== undefined && {store: flags.store}),
		...(flags.who !== undefined && {who: flags.who}),
		...(flags.outageThreshold !== undefined && {
			outageThreshold: flags.outageThreshold,
		}),
	};
}

function requireFile(
	flag: string,
	value: string | undefined,
): string | undefined {
	if (value === '') {
		throw new UsageError(`--${flag} needs a FILE (- for stdout)`);
	}

	return value;
}

/**
The decisions the report shows, by report key. The review's rows are built to find them and are left behind
when this returns: the report itself reads the analysis (575k rows for the 1 GB bench log).
*/
function reportDecisions(
	review: Pick<Review, 'rows' | 'analysis'>,
): Map<string, ReportDecision> {
	const decisions = new Map<string, ReportDecision>();
	for (const row of review.rows) {
		if (row.decision) {
			const {id, phase} = row.analyzed.failure;
			decisions.set(reportKey(id, phase), {
				category: row.decision.category,
				priority: row.decision.priority,
				note: row.decision.note,
				...(row.decision.issue !== undefined && {issue: row.decision.issue}),
				...(row.decision.by !== undefined && {by: row.decision.by}),
				stale: row.isStale,
				...(row.isStale && {decidedOn: decidedOnOf(row, review.analysis)}),
			});
		}
	}

	return decisions;
}

async function reportCommand(
	logs: readonly string[],
	flags: Flags,
): Promise<number> {
	const out = requireFile('out', flags.out) ?? '-';
	const overwrite = overwriteProblem({
		target: out,
		logs,
		triagePath: triagePathOf(flags),
		cwd: process.cwd(),
		what: 'report',
	});
	if (overwrite !== undefined) {
		throw new UsageError(overwrite);
	}

	const session = await openSession({
		...sessionOptions(logs, flags),
		isReadOnly: true,
	});
	printWarnings(sessionWarnings(session, flags.triage ?? 'triage.jsonl'));
	// What the analysis left behind goes before the report makes its own (heap.ts). The report builds only the
	// clusters it lists (largestClusters).
	collectLargeGarbage();
	const decisions = reportDecisions(session.review());
	const unmatched = unmatchedDecisions(
		session.analysis.run,
		session.journal.state(),
	);
	await session.close();
	const {writeReport} = await import('./export/report.js');
	const output = new Output(out);
	writeReport(session.analysis, output.write, {decisions, unmatched});
	output.close();
	return 0;
}

/** The history's and kept logs' troubles: one line each on stderr; the command goes on. */
export function printWarnings(warnings: readonly string[]): void {
	for (const warning of warnings) {
		process.stderr.write(`triage: warning: ${sanitizeLine(warning)}\n`);
	}
}

async function rulesCommand(flags: Flags): Promise<number> {
	const ruleSet = loadRules(flags);
	const {describeRules} = await import('./classify/rules/describe.js');
	const output = new Output('-');
	output.write(describeRules(ruleSet));
	output.close();
	return 0;
}

async function decideCommand(
	logs: readonly string[],
	flags: Flags,
): Promise<number> {
	const {decideIn} = await import('./commands/decide.js');
	const session = await openSession(sessionOptions(logs, flags));
	try {
		printWarnings(sessionWarnings(session, flags.triage ?? 'triage.jsonl'));
		return await decideIn(session, flags);
	} finally {
		await session.close();
	}
}

function compactCommand(flags: Flags): number {
	const store = storeOf(flags);
	if (store !== undefined) {
		// In storeOf's order. A rules file read without being named (./triage.rules.json) is the one to say most:
		// 'without --store or TRIAGE_STORE' was all it said to someone who had given neither.
		const source = flags.store?.trim()
			? '--store'
			: process.env['TRIAGE_STORE']?.trim()
				? 'TRIAGE_STORE'
				: `the "store" of ${sanitizeLine(flags.rules ?? 'triage.rules.json')}`;
		throw new UsageError(
			`compact rewrites a triage file; a store keeps every event (its size is no concern): the store here comes from ${source}`,
		);
	}

	const file = triagePathOf(flags);
	// Compaction keeps unreadable lines as they are, right after the header: say which they are. A torn last
	// line and an action held in part were never in effect, and are not carried over.
	printWarnings(
		openJournal(file, {now: () => new Date()}).warnings.map(
			warning =>
				`${flags.triage ?? 'triage.jsonl'}:${warning.line}: ${warning.message} (${warning.message === incompleteMessage || isIncompleteAction(warning.message) ? 'not carried over' : 'kept as it is'})`,
		),
	);
	const result = compactJournal(file, {now: () => new Date()});
	process.stdout.write(
		`${flags.triage ?? 'triage.jsonl'}: ${result.linesBefore} lines → ${result.linesAfter} (${result.bytesBefore} → ${result.bytesAfter} bytes)\n`,
	);
	return 0;
}

/** What was meant by a first argument that the help's words suggest but that names no command. */
const notCommands = new Map([
	['review', 'the review is `triage LOG…`, with no command word'],
	['version', 'did you mean triage --version?'],
]);

/** The commands a first argument can name (`triage run` is read before them, in live/input.ts). */
const commandNames = [
	'run',
	'report',
	'export',
	'decide',
	'import',
	'history',
	'record',
	'store',
	'rules',
	'undo',
	'compact',
];

/** Dispatches a non-interactive command; returns undefined for the review (the default command). */
export async function runCommand(
	input: readonly string[],
	flags: Flags,
): Promise<number | undefined> {
	checkOutageThreshold(flags.outageThreshold);
	const [first, ...given] = input;
	// `report`, `export` and `decide` with no LOG use the logs last opened with this triage file.
	// conf (and its schema validator) loads only when it is needed.
	let rest = given;
	if (
		['report', 'export', 'decide'].includes(first ?? '') &&
		given.length === 0
	) {
		const {createPrefs} = await import('./prefs.js');
		rest = logsToOpen(
			given,
			createPrefs(),
			triagePathOf(flags),
			groupingOptions(flags).history !== false,
			() => storeOf(flags),
			first as 'report' | 'export' | 'decide',
		);
	}

	// `triage undo 3` undid one action, not three, and said nothing of the 3.
	if (['rules', 'undo', 'compact'].includes(first ?? '') && given.length > 0) {
		throw new UsageError(
			`${first!} takes no LOG or other argument (got ${sanitizeLine(given[0]!)})${first === 'undo' ? ': it undoes the newest action; run it again to go further back' : ''}`,
		);
	}

	switch (first) {
		// Each command's own modules load when it runs: the review, the default, needs none of them.
		case 'export': {
			const {exportCommand} = await import('./commands/export.js');
			return exportCommand(rest, flags);
		}

		case 'import': {
			const {importCommand} = await import('./commands/import.js');
			return importCommand(rest, flags);
		}

		case 'report': {
			return reportCommand(rest, flags);
		}

		case 'decide': {
			return decideCommand(rest, flags);
		}

		case 'rules': {
			return rulesCommand(flags);
		}

		case 'undo': {
			const {undoCommand} = await import('./commands/undo.js');
			return undoCommand(flags);
		}

		case 'compact': {
			return compactCommand(flags);
		}

		case 'history': {
			const {historyCommand} = await import('./commands/history.js');
			return historyCommand(given, {
				...flags,
				grouping: groupingOptions(flags).grouping,
			});
		}

		case 'record': {
			const {recordCommand} = await import('./commands/store.js');
			return recordCommand(given, {
				...flags,
				grouping: groupingOptions(flags).grouping,
			});
		}

		case 'store': {
			const {storeCommand} = await import('./commands/store.js');
			return storeCommand(given, flags);
		}

		default: {
			// `triage reportt run.log` would open the review and say that no file `reportt` exists.
			const meant =
				first === undefined || first === '-' || fs.existsSync(first)
					? undefined
					: didYouMean(first, commandNames);
			if (meant !== undefined) {
				throw new UsageError(
					`${first!}: no such file, nor a command: did you mean triage ${meant}? (see triage --help)`,
				);
			}

			// Words the help uses that are no command: `triage review run.log` said only `review: no such file`.
			const instead =
				first === undefined || fs.existsSync(first)
					? undefined
					: notCommands.get(first);
			if (instead !== undefined) {
				throw new UsageError(
					`${first!}: no such file, nor a command: ${instead} (see triage --help)`,
				);
			}

			return undefined;
		}
	}
}
