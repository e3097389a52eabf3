/**
`triage decide`: which failures of the newest run `--id`, `--cluster` or `--match` select, and the decision
appended on them as one action (one undo step). Bad usage throws UsageError (exit 2).
*/

import {
	compileUserPattern,
	isPatternError,
	shownPattern,
} from '../classify/pattern.js';
import {phases} from '../log/model.js';
import {
	escapeControls,
	escapeIdControls,
	sanitizeLine,
	shownId,
} from '../log/sanitize.js';
import {Output} from '../output.js';
import type {Session} from '../session.js';
import {listedLines} from '../text.js';
import {parseIssueRef} from '../triage/issue-link.js';
import {type Decision, type DecisionInput, isPhase} from '../triage/journal.js';
import {isErrorKnown, type ReviewRow} from '../triage/review.js';
import type {Flags} from '../commands.js';
import {meant, namedBy} from '../did-you-mean.js';
import {UsageError} from '../usage-error.js';
import {decisionExtras} from './decision-words.js';
import {reportName} from './report-name.js';

/** The flags `decide` reads (`commands.ts`'s `Flags`). */
export type DecideFlags = Pick<
	Flags,
	| 'id'
	| 'cluster'
	| 'match'
	| 'category'
	| 'priority'
	| 'note'
	| 'issue'
	| 'phase'
	| 'all'
>;

/**
The rows of the test `id` names: its id as the log has it, else as a file shows it (`\x07`: CSV, Markdown) or
the screen does (`␇`), since a control character in an id cannot be typed (a raw BEL made `--id` unusable).
*/
function rowsOfId(rows: readonly ReviewRow[], id: string): ReviewRow[] {
	const exact = rows.filter(row => row.analyzed.failure.id === id);
	if (exact.length > 0) {
		return exact;
	}

	const shown = rows.filter(
		row =>
			escapeIdControls(row.analyzed.failure.id) === id ||
			// As a CSV exported before ids doubled their backslashes wrote it.
			escapeControls(row.analyzed.failure.id) === id ||
			shownId(row.analyzed.failure.id) === id,
	);
	const ids = new Set(shown.map(row => row.analyzed.failure.id));
	if (ids.size > 1) {
		throw new UsageError(
			`${id} is how ${ids.size} failures' ids are shown (one with control characters): decide them with --match`,
		);
	}

	if (shown.length > 0) {
		return shown;
	}

	// `path::test_x` of a parametrized test: its ids have brackets.
	const parametrized = rows.filter(row =>
		row.analyzed.failure.id.startsWith(`${id}[`),
	);
	throw new UsageError(
		parametrized.length === 0
			? `no failure with id ${id} in the newest run`
			: `no failure with id ${id} in the newest run, but ${parametrized.length === 1 ? 'one' : parametrized.length} of its parameters failed (${shownId(parametrized[0]!.analyzed.failure.id)}${parametrized.length === 1 ? '' : ', …'}): give the whole id, or --match`,
	);
}

/** The rows `--id` (with `--phase`), `--cluster` or `--match` select; UsageError when none or not one flag. */
function selectRows(
	rows: readonly ReviewRow[],
	flags: DecideFlags,
): ReviewRow[] {
	const selectors = [flags.id, flags.cluster, flags.match].filter(
		value => value !== undefined,
	);
	if (selectors.length !== 1) {
		throw new UsageError(
			'decide needs exactly one of --id ID, --cluster SIGNATURE, --match REGEX',
		);
	}

	if (flags.phase !== undefined && flags.id === undefined) {
		throw new UsageError('--phase goes with --id');
	}

	if (flags.id !== undefined) {
		const {phase} = flags;
		if (phase !== undefined && !isPhase(phase)) {
			throw new UsageError(`--phase must be one of ${phases.join(', ')}`);
		}

		const ofTest = rowsOfId(rows, flags.id);

		const selected =
			phase === undefined
				? ofTest
				: ofTest.filter(row => row.analyzed.failure.phase === phase);
		if (selected.length === 0) {
			throw new UsageError(
				`${flags.id} has no ${phase!} report in the newest run (it has ${ofTest.map(row => row.analyzed.failure.phase).join(', ')})`,
			);
		}

		return selected;
	}

	if (flags.cluster !== undefined) {
		const cluster = flags.cluster;
		const named = rows.filter(
			row =>
				row.analyzed.cluster === cluster || row.analyzed.signature === cluster,
		);
		// The failures whose error the log does not show share one signature, but are no cluster of one error
		// (the review's x refuses them too): deciding them together would decide unrelated failures.
		const selected = named.filter(row => isErrorKnown(row.analyzed.failure));
		if (named.length > 0 && selected.length === 0) {
			throw new UsageError(
				`${cluster} is no cluster: it gathers the ${named.length === 1 ? 'failure' : `${named.length} failures`} whose error the log does not show (decide them with --id or --match)`,
			);
		}

		if (selected.length === 0) {
			throw new UsageError(
				`no cluster ${cluster} in the newest run (see triage report, CLUSTERS)`,
			);
		}

		return selected;
	}

	// `--match "$PATTERN"` with the variable unset: an empty pattern matches every failure, and would decide them all.
	if (flags.match!.trim() === '') {
		throw new UsageError(
			'--match needs a pattern: an empty one matches every failure (to decide them all, say --match .)',
		);
	}

	const pattern = compileUserPattern(flags.match!);
	if (isPatternError(pattern)) {
		throw new UsageError(`--match: ${pattern.error}`);
	}

	const selected = rows.filter(
		row =>
			pattern.test(row.analyzed.failure.id) ||
			pattern.test(row.analyzed.failure.headline),
	);
	if (selected.length === 0) {
		throw new UsageError(
			`--match ${shownPattern(flags.match!)} matches no failure in the newest run`,
		);
	}

	return selected;
}

/** `--issue REF`: the reference checked (`''` removes the link), or undefined when not given. */
function issueOfFlag(value: string | undefined): string | undefined {
	if (value === undefined) {
		return undefined;
	}

	const parsed = parseIssueRef(value);
	if ('error' in parsed) {
		throw new UsageError(`--issue: ${parsed.error}`);
	}

	return parsed.ref ?? '';
}

/** `triage decide`: decide the failures the flags select in the session's newest run, as one action. */
export async function decideIn(
	session: Session,
	flags: DecideFlags,
): Promise<number> {
	const {categories, priorities} = session.ruleSet;
	const categoryNames = categories.map(known => known.name);
	const categoryNamed =
		flags.category === undefined
			? undefined
			: namedBy(flags.category, categoryNames);
	const category = categories.find(known => known.name === categoryNamed?.word);
	if (!category) {
		const names = categoryNames.join(', ');
		throw new UsageError(
			flags.category === undefined
				? `decide needs --category, one of ${names}`
				: `${categoryNamed?.ambiguous ? 'ambiguous' : 'unknown'} category ${sanitizeLine(flags.category)}${
						categoryNamed?.ambiguous
							? ` (${categoryNamed.ambiguous.join(' or ')}?)`
							: meant(flags.category, categoryNames)
					}: one of ${names}`,
		);
	}

	const priorityNames = priorities.map(known => known.name);
	const priorityNamed =
		flags.priority === undefined
			? undefined
			: namedBy(flags.priority, priorityNames);
	const priorityName = priorityNamed?.word;
	if (flags.priority !== undefined && priorityName === undefined) {
		throw new UsageError(
			`--priority must be one of ${priorityNames.join(', ')}${
				priorityNamed?.ambiguous
					? ` (${priorityNamed.ambiguous.join(' or ')}?)`
					: meant(flags.priority.toUpperCase(), priorityNames)
			}`,
		);
	}

	const linked = issueOfFlag(flags.issue);
	const rows = selectRows(session.review().rows, flags);
	// One decision per failure report: a test's call failure and teardown error are decided apart.
	const inputs: DecisionInput[] = [];
	let unchanged = 0;
	for (const row of rows) {
		const {id, phase} = row.analyzed.failure;
		// `--issue ''` removes the link; without the flag a report keeps the one it has.
		const issue = linked ?? row.decision?.issue;
		inputs.push({
			id,
			phase,
			category: category.name,
			priority:
				priorityName ??
				row.decision?.priority ??
				row.analyzed.suggestion.priority,
			note: flags.note ?? row.decision?.note ?? '',
			...(issue !== undefined && {issue}),
			signature: row.analyzed.cluster,
			run: session.analysis.run.source,
		});
		// The same command again (a script run twice): a report already decided so on this run adds nothing, and
		// undo would then take back a step that changed nothing.
		if (isAlreadySo(row.decision, inputs.at(-1)!)) {
			inputs.pop();
			unchanged++;
		}
	}

	const output = new Output('-');
	if (inputs.length === 0) {
		output.write(
			`nothing to save: ${unchanged === 1 ? 'the report was' : `all ${unchanged} reports were`} decided so already\n`,
		);
		output.close();
		return 0;
	}

	// One action (one undo step); every line below is printed after the journal's fsync.
	const events = await session.journal.decideMany(inputs);
	// A cluster of hundreds: the first few and how many more, as undo says them (`--all`: each).
	if (unchanged > 0) {
		output.write(
			`${unchanged} of the ${unchanged + inputs.length} reports ${unchanged === 1 ? 'was' : 'were'} decided so already\n`,
		);
	}

	for (const line of listedLines(
		events,
		event =>
			`saved ${event.category} ${event.priority} ${sanitizeLine(reportName(event))}${decisionExtras(event)}`,
		{
			isAll: flags.all === true,
			allHint: 'triage decide … --all lists each report',
		},
	)) {
		output.write(`${line}\n`);
	}

	output.close();
	return 0;
}

/**
Whether a report's decision is already the one to save: the same verdict, note and issue, on the error it has
now (a decision carried from an earlier run on the same error holds for this one).
*/
function isAlreadySo(
	decision: Decision | undefined,
	input: DecisionInput,
): boolean {
	return (
		decision?.category === input.category &&
		decision.priority === input.priority &&
		decision.note === input.note &&
		decision.issue === input.issue &&
		decision.signature === input.signature
	);
}
