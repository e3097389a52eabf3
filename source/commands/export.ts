/**
`triage export LOG… --json|--csv|--markdown FILE` (`-` for stdout): the review of the newest run,
decisions merged over suggestions, in one of three formats. Never writes the triage journal.
*/

import path from 'node:path';
import process from 'node:process';
import {unlistedTests, writeCsv} from '../export/csv.js';
import {writeJson, type FailureExtras} from '../export/json.js';
import {formatMarkdown} from '../export/markdown.js';
import {type HistoryEntry} from '../classify/flaky.js';
import {describeOutage, runStatusText} from '../classify/history-text.js';
import {describeConfirmation} from '../classify/confirmation.js';
import type {RerunSummary} from '../classify/reruns.js';
import type {Failure, Run} from '../log/model.js';
import {collectLargeGarbage} from '../heap.js';
import {sanitizeLine} from '../log/sanitize.js';
import {collectOnlyOf} from '../log/summary.js';
import {Output} from '../output.js';
import {overwriteProblem} from '../files.js';
import {openSession, sessionWarnings} from '../session.js';
import {groupingOptions, type GroupingFlags} from '../session-flags.js';
import {triagePathOf} from '../open-decisions.js';
import {UsageError} from '../usage-error.js';
import {issueLinkOf, type IssueLink} from '../triage/issue-link.js';
import {
	decidedOnOf,
	isErrorKnown,
	type Review,
	type ReviewRow,
} from '../triage/review.js';

export type ExportFlags = GroupingFlags & {
	/** `--store URL`: the decisions and the history on a team's store. */
	readonly store?: string;
	readonly json?: string;
	readonly csv?: string;
	readonly markdown?: string;
	/** CSV: every test of the newest run, not only its failures. */
	readonly all?: boolean;
	/** CSV: no formula-injection guard. */
	readonly raw?: boolean;
	readonly triage?: string;
	readonly rules?: string;
	/** Share of failing tests that makes a run an outage (default 0.5). */
	readonly outageThreshold?: number;
};

/** What a command reads from and writes to besides its files; tests pass their own. */
export type CommandIo = {
	/** Warnings and errors, one line each. */
	readonly stderr?: (text: string) => void;
	/** What the command prints for the user (import's report). */
	readonly stdout?: (text: string) => void;
	/** Where a LOG of `-` is read from. */
	readonly stdin?: NodeJS.ReadableStream;
	readonly now?: () => Date;
	/**
	FILE, `--triage` and `--rules` resolve against it. LOGs are read as given (relative to the
	process's directory), because their names appear in the exports.
	*/
	readonly cwd?: string;
};

const formats = ['json', 'csv', 'markdown'] as const;

type Format = (typeof formats)[number];

function rerunFields(
	reruns: ReadonlyMap<string, RerunSummary>,
	id: string,
): Record<string, unknown> | null {
	const summary = reruns.get(id);
	return summary
		? {
				reruns: summary.reruns,
				retries: summary.retries,
				passedOnRerun: summary.passedOnRerun,
			}
		: null;
}

/**
`writeJson`'s run-level fields for a review: the analysed (newest) run says whether it was an outage
(`outage`: failing, ran, share and the sentence the report starts with; `null` when it was none), near
its top so a reader meets it before the tests.
*/
export function reviewRunFields(
	review: Review,
): (run: Run) => Record<string, unknown> {
	const {analysis} = review;
	const health = analysis.runs.at(-1);
	return run =>
		run === analysis.run
			? {
					outage: health?.isOutage
						? {
								failing: health.failing,
								ran: health.ran,
								share: health.failingShare,
								message: describeOutage(health),
							}
						: null,
				}
			: {};
}

/** What the JSON says beside the runs: progress, the CODEOWNERS file, what the run was compared with, fixed tests, reruns. */
export function reviewTop(review: Review): Record<string, unknown> {
	const {analysis} = review;
	const historyEntries = (entries: readonly HistoryEntry[]) =>
		entries.map(entry => ({
			run: entry.run,
			outcome: entry.outcome ?? null,
			reruns: entry.reruns,
			...(entry.passedOnRetry && {passedOnRetry: true}),
			isOutage: entry.isOutage,
		}));
	return {
		// `fresh` counts the failures whose `status` below says `new`: none when this is the only run known.
		progress: {
			...review.progress,
			fresh: analysis.runs.length > 1 ? review.progress.fresh : 0,
		},
		codeowners: analysis.codeowners ?? null,
		comparedWith: analysis.runs.slice(0, -1).map(health => ({
			source: health.source,
			fromHistory: health.isFromHistory,
			failing: health.failing,
			ran: health.ran,
			isOutage: health.isOutage,
		})),
		fixed: analysis.fixed.map(history => ({
			id: history.id,
			file: history.file,
			history: historyEntries(history.entries),
		})),
		reruns: analysis.reruns.map(summary => ({
			id: summary.id,
			outcome: summary.outcome,
			reruns: summary.reruns,
			retries: summary.retries,
			passedOnRerun: summary.passedOnRerun,
		})),
	};
}

/** A decision's issue link: `{ref, url}` (`url` null when there is none to make), or null. */
function issueJson(
	issue: IssueLink | undefined,
): {ref: string; url: string | null} | null {
	return issue ? {ref: issue.ref, url: issue.url ?? null} : null;
}

/** The per-failure JSON fields of the review: classification, the decision, and what is in effect. */
function failureFields(
	row: ReviewRow,
	reruns: ReadonlyMap<string, RerunSummary>,
	analysis: Review['analysis'],
): Record<string, unknown> {
	const {analyzed, decision} = row;
	return {
		area: analyzed.area,
		signature: analyzed.signature,
		// A failure whose error the log does not show is in no cluster, as the report and CSV say.
		cluster: isErrorKnown(analyzed.failure) ? analyzed.cluster : null,
		suggestion: {
			category: analyzed.suggestion.category,
			priority: analyzed.suggestion.priority,
			reason: analyzed.suggestion.reason,
			rule: analyzed.suggestion.rule,
		},
		flaky: analyzed.flaky,
		history: analyzed.history.map(entry => ({
			run: entry.run,
			outcome: entry.outcome ?? null,
			reruns: entry.reruns,
			...(entry.passedOnRetry && {passedOnRetry: true}),
			isOutage: entry.isOutage,
		})),
		status: runStatusText(analyzed.status, analysis.runs.length),
		// Null without a CODEOWNERS file; [] when it has no owner for the test file.
		owners: analyzed.owners ?? null,
		reruns: rerunFields(reruns, analyzed.failure.id),
		// Run again N times (`R`): null when it was not.
		confirmation: analyzed.confirmation
			? {
					runs: analyzed.confirmation.runs,
					reproduced: analyzed.confirmation.reproduced,
					sameError: analyzed.confirmation.isSameError,
					verdict: analyzed.confirmation.verdict,
					text: describeConfirmation(analyzed.confirmation),
					at: analyzed.confirmation.at,
					command: analyzed.confirmation.command,
				}
			: null,
		decision: decision
			? {
					category: decision.category,
					priority: decision.priority,
					note: decision.note,
					issue: issueJson(issueLinkOf(decision.issue, analysis.issueUrl)),
					at: decision.at,
					// Who decided: known where the journal records it (a team's store), else null.
					by: decision.by ?? null,
					stale: row.isStale,
					confirmed: decision.confirmed ?? null,
					decidedOn: decidedOnOf(row, analysis) ?? null,
				}
			: null,
		category: row.category,
		priority: row.priority,
		source: row.source,
	};
}

/**
`writeJson`'s extras for a review: the failures of the analysed (newest) run gain the review's fields.
Failures of earlier runs are history, not triaged, and stay as parsed.
*/
export function reviewExtras(review: Review): FailureExtras {
	const rows = new Map<Failure, ReviewRow>(
		review.rows.map(row => [row.analyzed.failure, row]),
	);
	const reruns = new Map(
		review.analysis.reruns.map(summary => [summary.id, summary]),
	);
	return failure => {
		const row = rows.get(failure);
		return row ? failureFields(row, reruns, review.analysis) : {};
	};
}

function chosenFormat(flags: ExportFlags): {format: Format; target: string} {
	const given = formats.filter(format => flags[format] !== undefined);
	if (given.length === 0) {
		throw new UsageError(
			'export needs a format: --json, --csv or --markdown FILE (- for stdout)',
		);
	}

	if (given.length > 1) {
		throw new UsageError(
			`export writes one format at a time; got ${given.map(format => `--${format}`).join(' and ')}`,
		);
	}

	const format = given[0]!;
	const target = flags[format]!;
	if (target.trim() === '') {
		throw new UsageError(`--${format} needs a FILE (- for stdout)`);
	}

	if (format !== 'csv') {
		for (const flag of ['all', 'raw'] as const) {
			if (flags[flag]) {
				throw new UsageError(`--${flag} applies to --csv only`);
			}
		}
	}

	return {format, target};
}

/** Exit code 0; throws UsageError for bad usage (exit 2), LogError, JournalError or OutputError otherwise. */
export async function exportCommand(
	logs: readonly string[],
	flags: ExportFlags,
	io: CommandIo = {},
): Promise<number> {
	const {format, target} = chosenFormat(flags);
	if (logs.length === 0) {
		throw new UsageError('export needs at least one LOG (see triage --help)');
	}

	const cwd = io.cwd ?? process.cwd();
	const stderr =
		io.stderr ??
		((text: string) => {
			process.stderr.write(text);
		});
	const targetPath = target === '-' ? '-' : path.resolve(cwd, target);
	// The logs are read before the output is opened, but a typo must not clobber the one file that cannot be regenerated.
	const overwrite = overwriteProblem({
		target,
		logs,
		triagePath: triagePathOf({triage: flags.triage, cwd}),
		cwd,
		what: 'export',
	});
	if (overwrite !== undefined) {
		throw new UsageError(overwrite);
	}

	const session = await openSession({
		...groupingOptions(flags),
		logs,
		// Only a caller's own folder: from the command line the triage file stays as typed, and so does its name in an
		// error (`triage.jsonl:1: written by a newer triage`, as report, undo and compact say it).
		...(io.cwd !== undefined && {cwd: io.cwd}),
		isReadOnly: true,
		...(flags.triage !== undefined && {triage: flags.triage}),
		...(flags.rules !== undefined && {rules: flags.rules}),
		...(flags.outageThreshold !== undefined && {
			outageThreshold: flags.outageThreshold,
		}),
		...(flags.store !== undefined && {store: flags.store}),
		...(io.now && {now: io.now}),
		...(io.stdin && {stdin: io.stdin}),
	});
	// What the analysis left behind goes before the export makes its own (heap.ts).
	collectLargeGarbage();
	const review = session.review();
	await session.close();
	for (const warning of sessionWarnings(
		session,
		flags.triage ?? 'triage.jsonl',
	)) {
		stderr(`triage: warning: ${sanitizeLine(warning)}\n`);
	}

	const {run} = review.analysis;
	if (!run.complete && format === 'csv') {
		// JSON carries `complete: false` and Markdown says so in the file; a CSV has no place for it.
		stderr(
			`triage: warning: ${sanitizeLine(run.source)} is incomplete (interrupted, truncated, or its counts disagree with pytest's final line): failures may be missing from the CSV\n`,
		);
	}

	const unlisted =
		flags.all && format === 'csv' ? unlistedTests(run) : undefined;
	if (unlisted !== undefined) {
		stderr(`triage: warning: ${sanitizeLine(unlisted)}\n`);
	}

	const collectOnly = collectOnlyOf(run);
	if (collectOnly && format !== 'json') {
		// An empty CSV would read as a clean run (the Markdown says so in the file too).
		stderr(
			`triage: warning: ${sanitizeLine(`${run.source}: ${collectOnly}`)}\n`,
		);
	}

	const output = new Output(targetPath, target);
	let isWritten = false;
	try {
		switch (format) {
			case 'json': {
				writeJson(session.runs, output, {
					extras: reviewExtras(review),
					runFields: reviewRunFields(review),
					top: reviewTop(review),
				});
				break;
			}

			case 'csv': {
				writeCsv(review, output.write, {all: flags.all, raw: flags.raw});
				break;
			}

			case 'markdown': {
				output.write(formatMarkdown(review));
				break;
			}
		}

		isWritten = true;
	} finally {
		// A failed export leaves the file that was there.
		if (isWritten) {
			output.close();
		} else {
			output.discard();
		}
	}

	return 0;
}
