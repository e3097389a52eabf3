/**
`triage import`: a CSV written by `triage export --csv` and edited in a spreadsheet, turned into
decisions. Plain data in (the CSV text, the journal's decisions, the rule set), a plan out; the
command writes the plan as one `decideMany` (one undo step), or nothing when any row is bad.

Which rows changed. A row changed when its `Category`, `Priority` or `Note` differ from what the
export wrote into it. The CSV itself says what that was:

- `Source` `rule:<name>` or `default`: the row held that rule's suggestion and no note. The rule's
  category and priority are looked up in the rule set in effect (so import with the `--rules` the
  export used; a rule the set does not have is a bad row). A note added to an unchanged suggestion
  accepts the suggestion with that note.
- `Source` `manual`: the row held the decision made at `Decided At`. While the journal's decision on
  that report is still that one (same time), the row changed when it differs from it.

A row is one failure report, and a decision belongs to one report: a test's call failure and its
teardown error are two rows and take a decision each. The `Phase` column says which report a row
is. A CSV exported before that column existed is read by `Status`: `FAILED` is the call, `ERROR` on
a file is its collection; an `ERROR` of a test is its setup or teardown error, whichever the run
given has (without the LOG, that row is a bad row).

When the journal moved on since the export (the report was decided, decided again, cleared or undone
after it), the export's values are no longer the journal's: an edited row would overwrite a
decision the spreadsheet never showed, and an unedited one cannot be told from an edited one. Such a
row is skipped and reported (unless it already equals the journal's decision): export again to
edit it. Skipped rows are not errors: the other changes are imported.

Bad rows, each reported by the line it starts on, stop the whole import: an unknown category or
priority (matched without regard to case and surrounding spaces, written in the rule set's
spelling), an empty or unknown `Source` or `Status`, a `Node ID` that no longer matches its
`File` and `Test Name` (the key was edited), a node id the run does not have (when the caller knows
the run's failures), a decision on a row that is not a failure (an `--all` export), an unknown
`Phase`, and two rows of one report (a row copied in the spreadsheet) with one cell edited
differently. Otherwise such rows make one decision: the first edited row's values, with the cells
edited in the other.

The formula guard's leading `'` is removed from every cell where the export would have added it
(see `guardCell`); a CSV exported with `--raw` is read the same way. The export writes control, bidi
and zero-width characters as escapes (`\x1b`, `\u202e`): a `Node ID` is matched to the id whose
escaped form it is (`idResolver`), and a `Note` that is the journal's note escaped is unchanged.
*/

import type {RuleSet} from '../classify/rules/types.js';
import {csvColumns, parseCsv, unguardCell, type CsvColumn} from '../csv.js';
import {namesAndMore} from '../text.js';
import type {Phase} from '../log/model.js';
import {idResolver} from './import-escapes.js';
import {readRow, type Row} from './import-row.js';
import {
	type Decision,
	decisionFor,
	type DecisionInput,
	type DecisionState,
	reportKey,
} from './journal.js';

/**
Columns import needs; the others may be deleted or reordered in the spreadsheet. Without `Priority`, each
report keeps the priority it has.
*/
export const requiredColumns: readonly CsvColumn[] = [
	'Node ID',
	'Status',
	'Category',
	'Note',
	'Source',
	'Decided At',
];

/** A row's problem, by the 1-based line of the CSV where the row starts. */
export type ImportProblem = {
	readonly line: number;
	readonly message: string;
};

/** The values a row had when it was exported. */
export type PreviousValues = {
	readonly category: string;
	readonly priority: string;
	readonly note: string;
	/** `manual`, `rule:<name>` or `default`. */
	readonly source: string;
};

export type ImportedDecision = {
	readonly line: number;
	readonly input: DecisionInput & {readonly note: string};
	readonly previous: PreviousValues;
};

export type ImportPlan = {
	/** Bad rows: when there are any, nothing may be imported. */
	readonly errors: readonly ImportProblem[];
	/** Rows not imported because the journal moved on since the export. */
	readonly skipped: readonly ImportProblem[];
	/** The changed rows as decisions, one per failure report, in CSV order. */
	readonly decisions: readonly ImportedDecision[];
	/** Data rows read (the header not counted). */
	readonly rows: number;
	/** The one error is the file's, not a row's (not CSV, no header, the header is not the export's). */
	readonly isFileProblem?: boolean;
};

export type ImportInput = {
	/** The CSV text. */
	readonly text: string;
	/** The journal's current decisions. */
	readonly decisions: DecisionState;
	/** Categories and priorities to validate against, and the rules behind `Source`. */
	readonly ruleSet: RuleSet;
	/**
	The failures of the run the CSV was exported from, when the caller read its log: the phases
	of each test's failure reports.
	*/
	readonly knownReports?: ReadonlyMap<string, readonly Phase[]>;
	/** The `run` recorded with each decision. */
	readonly run?: string;
	/**
	The signatures of the run's failures whose error the log does not show (by `reportKey`): their CSV rows
	have no Cluster, and their decisions keep the signature `decide` gives them. Keyed by the journal's `reportKey`.
	*/
	readonly unknownErrors?: ReadonlyMap<string, string>;
};

type Values = Pick<Decision, 'category' | 'priority' | 'note'>;

/** The cells import reads as the decision. */
const fields = ['category', 'priority', 'note'] as const;

type Field = (typeof fields)[number];

/** The signature a decision keeps: the row's cluster, else the one of an error the log does not show. */
function signatureOf(
	cluster: string,
	unknownError: string | undefined,
): {signature?: string} {
	const signature = cluster === '' ? unknownError : cluster;
	return signature === undefined ? {} : {signature};
}

function isSame(a: Values, b: Values): boolean {
	return (
		a.category === b.category && a.priority === b.priority && a.note === b.note
	);
}

function isSameTime(a: string, b: string): boolean {
	if (a === b) {
		return true;
	}

	const time = Date.parse(a);
	return !Number.isNaN(time) && time === Date.parse(b);
}

function describe(values: Values): string {
	return `${values.category}/${values.priority}`;
}

function failed(line: number, message: string): ImportPlan {
	return {
		errors: [{line, message}],
		skipped: [],
		decisions: [],
		rows: 0,
		isFileProblem: true,
	};
}

/** A column name quoted, cut to 40 characters: a file of one huge line is one huge name. */
function quotedName(name: string): string {
	return `'${name.length > 40 ? `${name.slice(0, 40)}…` : name}'`;
}

/** `'A', 'B', 'C' and 2 more`: the first few names of a list that can be long. */
function quotedNames(names: readonly string[], shown = 5): string {
	return namesAndMore(
		names.map(name => quotedName(name)),
		shown,
	);
}

/** What a file given to import is when it is plainly no CSV: a pytest log, a JUnit XML file. */
function otherInput(text: string): string | undefined {
	const start = text.slice(0, 64 * 1024);
	if (/^=+ test session starts =+$/m.test(start)) {
		return 'a pytest log';
	}

	return /^\s*<\?xml|^\s*<testsuites?[\s>]/.test(start)
		? 'an XML file'
		: undefined;
}

/**
The separator between an edited export's columns: the one a first line `sep=X` names (Excel reads and writes
it), else the first of a comma, a semicolon and a tab that splits the header into the columns import reads. A
spreadsheet whose list separator is not a comma (Excel in most of Europe) saves its "CSV UTF-8" with
semicolons, and the header's names hold none of the three.
*/
function separatorOf(text: string): string {
	const named = /^\uFEFF?sep=([^\r\n])[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
	if (named !== undefined) {
		return named;
	}

	const firstLine = /^\uFEFF?([^\r\n]*)/.exec(text)![1]!;
	return (
		[',', ';', '\t'].find(separator => {
			const names = new Set(
				firstLine
					.split(separator)
					.map(name => name.trim().replace(/^"(.*)"$/, '$1')),
			);
			return requiredColumns.every(name => names.has(name));
		}) ?? ','
	);
}

/** Reads an edited CSV against the journal and the rule set: what to import, or why not. */
export function planImport(input: ImportInput): ImportPlan {
	const other = otherInput(input.text);
	if (other !== undefined) {
		return failed(
			1,
			`${other}, not a CSV: import takes the CSV that triage export --csv wrote (a log is read by triage LOG)`,
		);
	}

	const parsed = parseCsv(input.text, separatorOf(input.text));
	if (!Array.isArray(parsed)) {
		return failed(parsed.line, `not valid CSV: ${parsed.error}`);
	}

	const [header, ...body] = parsed;
	if (!header) {
		return failed(
			1,
			'empty file: expected the header and rows of `triage export --csv`',
		);
	}

	const columns = new Map<string, number>();
	for (const [index, name] of header.record.entries()) {
		if (columns.has(name)) {
			return failed(header.line, `column ${quotedName(name)} appears twice`);
		}

		columns.set(name, index);
	}

	const missing = requiredColumns.filter(name => !columns.has(name));
	if (missing.length > 0) {
		// Columns a person added are fine; beside missing ones they are what was typed instead (`Node Id`).
		const exported: ReadonlySet<string> = new Set(csvColumns);
		const unknown = [...columns.keys()].filter(name => !exported.has(name));
		const instead =
			unknown.length === 0
				? ''
				: `; unknown column${unknown.length === 1 ? '' : 's'} ${quotedNames(unknown)}`;
		return failed(
			header.line,
			`missing column${missing.length === 1 ? '' : 's'} ${quotedNames(missing, missing.length)}${instead}: not a CSV from \`triage export --csv\`, or its columns are not separated by commas, semicolons or tabs`,
		);
	}

	const categories = new Map(
		input.ruleSet.categories.map(category => [
			category.name.toUpperCase(),
			category.name,
		]),
	);
	const priorities = new Map(
		input.ruleSet.priorities.map(priority => [
			priority.name.toUpperCase(),
			priority.name,
		]),
	);
	const errors: ImportProblem[] = [];
	const skipped: ImportProblem[] = [];
	const byReport = new Map<string, Row[]>();
	const idOf = idResolver(input);
	for (const {record, line} of body) {
		const cell = (name: CsvColumn): string | undefined => {
			const index = columns.get(name);
			return index === undefined ? undefined : unguardCell(record[index] ?? '');
		};

		const row = readRow(line, cell, {categories, priorities, input, idOf});
		if (typeof row === 'string') {
			errors.push({line, message: row});
		} else if (row && row.phase === undefined) {
			// An ERROR row of a CSV without `Phase`: harmless unless it was edited.
			const verdict = compare(row, input.decisions.get(row.id));
			if (typeof verdict === 'string') {
				skipped.push({line, message: `${row.id}: ${verdict}`});
			} else if (verdict.size > 0) {
				errors.push({line, message: `${row.id}: ${row.phaseProblem}`});
			}
		} else if (row) {
			const key = reportKey(row.id, row.phase!);
			const rows = byReport.get(key);
			if (rows) {
				rows.push(row);
			} else {
				byReport.set(key, [row]);
			}
		}
	}

	const decisions: ImportedDecision[] = [];
	for (const rows of byReport.values()) {
		const {id} = rows[0]!;
		const phase = rows[0]!.phase!;
		const current = decisionFor(input.decisions, id, phase);
		const edits: Array<{row: Row; fields: ReadonlySet<Field>}> = [];
		for (const row of rows) {
			const verdict = compare(row, current);
			if (typeof verdict === 'string') {
				skipped.push({line: row.line, message: `${id}: ${verdict}`});
			} else if (verdict.size > 0) {
				edits.push({row, fields: verdict});
			}
		}

		const [first, ...others] = edits;
		if (!first) {
			continue;
		}

		// Two rows of one report (copied in the spreadsheet) take one decision: the first edited
		// row's values, with the cells edited in the others.
		const merged = {
			category: first.row.category,
			priority: first.row.priority,
			note: first.row.note,
		};
		const editedOn = new Map<Field, Row>(
			[...first.fields].map(field => [field, first.row]),
		);
		let conflict: ImportProblem | undefined;
		for (const {row, fields} of others) {
			for (const field of fields) {
				const earlier = editedOn.get(field);
				if (earlier && earlier[field] !== row[field]) {
					conflict ??= {
						line: row.line,
						message: `${id}: ${field} edited differently on lines ${earlier.line} ('${earlier[field]}') and ${row.line} ('${row[field]}'); one report takes one decision`,
					};
				}

				editedOn.set(field, row);
				merged[field] = row[field];
			}
		}

		if (conflict) {
			errors.push(conflict);
			continue;
		}

		if (current && isSame(merged, current)) {
			continue;
		}

		decisions.push({
			line: first.row.line,
			input: {
				id,
				phase,
				...merged,
				// The CSV's `Issue` column is for reading: the decision keeps the issue it has.
				...(current?.issue !== undefined && {issue: current.issue}),
				...signatureOf(
					first.row.cluster,
					input.unknownErrors?.get(reportKey(id, phase)),
				),
				...(input.run !== undefined && {run: input.run}),
			},
			previous: previousOf(first.row, current),
		});
	}

	if (errors.length > 0) {
		errors.sort((a, b) => a.line - b.line);
		return {errors, skipped: [], decisions: [], rows: body.length};
	}

	return {errors, skipped, decisions, rows: body.length};
}

/** What the row held when exported. */
function previousOf(row: Row, current: Decision | undefined): PreviousValues {
	if (row.source === 'manual') {
		return {
			category: current?.category ?? '',
			priority: current?.priority ?? '',
			note: current?.note ?? '',
			source: row.source,
		};
	}

	const rule = row.rules[0]!;
	return {
		category: rule.category,
		priority: rule.priority,
		note: '',
		source: row.source,
	};
}

/** The cells a person edited (none: unchanged), or why the row cannot be imported. */
function compare(row: Row, current: Decision | undefined): Set<Field> | string {
	if (row.source === 'manual') {
		if (current && isSameTime(current.at, row.decidedAt)) {
			return new Set(fields.filter(field => row[field] !== current[field]));
		}

		if (current && isSame(row, current)) {
			return new Set();
		}

		if (
			current &&
			!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)$/.test(
				row.decidedAt,
			)
		) {
			// Not a time triage wrote: a spreadsheet turned it into its own date format (`12/3/2026 7:55`).
			return `its Decided At (${row.decidedAt}) is not the time the export wrote (${current.at}), so edits made since cannot be told apart: not imported; keep that column as text in the spreadsheet, or export again`;
		}

		return current
			? `decided again at ${current.at} (${describe(current)}), after this export: not imported; export again to edit it`
			: 'the decision this CSV shows is no longer in the triage file (cleared or undone since the export, or another triage file): not imported';
	}

	const edited = editedCells(row);
	if (!current || edited.size === 0) {
		return edited;
	}

	// Decided after the export: nothing to do when the edits are what the journal says already.
	return [...edited].every(field => row[field] === current[field])
		? new Set()
		: `decided at ${current.at} (${describe(current)}), after this export: not overwritten; export again to edit it`;
}

/** The cells of a suggestion row that differ from the rule's suggestion (and an empty note). */
function editedCells(row: Row): Set<Field> {
	const isSuggestion =
		row.note === '' &&
		row.rules.some(
			rule => rule.category === row.category && rule.priority === row.priority,
		);
	if (isSuggestion) {
		return new Set();
	}

	const edited = new Set<Field>();
	if (!row.rules.some(rule => rule.category === row.category)) {
		edited.add('category');
	}

	if (!row.rules.some(rule => rule.priority === row.priority)) {
		edited.add('priority');
	}

	if (row.note !== '') {
		edited.add('note');
	}

	// Rules of one name with other combinations of the two: take both as edited.
	return edited.size > 0 ? edited : new Set<Field>(['category', 'priority']);
}
