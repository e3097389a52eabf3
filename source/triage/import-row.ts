/**
One row of an edited CSV for `triage import` (`import.ts`): its cells checked against the rule set and
the run, and which failure report it is.
*/
import type {Rule} from '../classify/rules/types.js';
import {statusWords, testNameOfId, type CsvColumn} from '../csv.js';
import {fileOfId, phases, type Phase} from '../log/model.js';
import type {ImportInput} from './import.js';
import {noteOf} from './import-escapes.js';
import {decisionFor, isPhase} from './journal.js';

export type Row = {
	readonly line: number;
	readonly id: string;
	/** Undefined when the row does not say and the run cannot tell (see `phaseProblem`). */
	readonly phase: Phase | undefined;
	readonly phaseProblem?: string;
	readonly category: string;
	readonly priority: string;
	readonly note: string;
	readonly source: string;
	/** For a suggestion: the rules of that name (a user rule may share a built-in rule's name). */
	readonly rules: readonly Rule[];
	readonly decidedAt: string;
	readonly cluster: string;
};

const failureStatuses = new Set([statusWords.failed, statusWords.error]);
const otherStatuses = new Set(
	Object.values(statusWords).filter(word => !failureStatuses.has(word)),
);

export type RowContext = {
	readonly categories: ReadonlyMap<string, string>;
	readonly priorities: ReadonlyMap<string, string>;
	readonly input: Pick<ImportInput, 'decisions' | 'ruleSet' | 'knownReports'>;
	/** The node id a `Node ID` cell stands for (see `idResolver`). */
	readonly idOf: (cell: string) => string;
};

/** The row of pytest's own collection error, whose Node ID is empty, as exported. */
function isSessionError(status: string, phase: string): boolean {
	return status === statusWords.error && (phase === '' || phase === 'collect');
}

/** A row's values, undefined for a row with nothing to import, or what is wrong with it. */
export function readRow(
	line: number,
	cell: (name: CsvColumn) => string | undefined,
	context: RowContext,
): Row | string | undefined {
	const idCell = cell('Node ID')!;
	const status = cell('Status')!.trim();
	const categoryText = cell('Category')!.trim();
	// A CSV whose Priority column was deleted keeps the priorities it has (see `priorityOf`).
	const priorityText = cell('Priority')?.trim();
	const noteCell = cell('Note')!;
	// An empty id is pytest's own collection error (`ERROR collecting test session`): an ERROR row at collect.
	if (idCell === '' && !isSessionError(status, cell('Phase')?.trim() ?? '')) {
		return 'Node ID is empty';
	}

	// The three cells were escaped alike (escapeControls keeps `::`), so they are compared as written.
	const file = cell('File');
	const testName = cell('Test Name');
	if (
		(file !== undefined && file !== fileOfId(idCell)) ||
		(testName !== undefined && testName !== testNameOfId(idCell))
	) {
		return `${idCell}: Node ID does not match File and Test Name; Node ID is the key and must stay as exported`;
	}

	const id = context.idOf(idCell);
	if (otherStatuses.has(status)) {
		return categoryText === '' && !priorityText && noteCell === ''
			? undefined
			: `${id}: a ${status} test takes no decision; only FAILED and ERROR rows do`;
	}

	if (!failureStatuses.has(status)) {
		return `${id}: unknown Status '${status}' (expected ${[...failureStatuses, ...otherStatuses].join(', ')})`;
	}

	const known = context.input.knownReports?.get(id);
	if (context.input.knownReports && !known) {
		return `${id}: unknown Node ID: not a failure of the run given`;
	}

	const phaseCell = cell('Phase')?.trim() ?? '';
	const phase = phaseOf(id, status, phaseCell, known);
	if (!isPhase(phase) && phaseCell !== '') {
		return `${id}: ${phase}`;
	}

	const category = context.categories.get(categoryText.toUpperCase());
	if (category === undefined) {
		return `${id}: ${categoryText === '' ? 'Category is empty' : `unknown category '${categoryText}'`} (expected ${[...context.categories.values()].join(', ')})`;
	}

	const priority =
		priorityText === undefined
			? undefined
			: context.priorities.get(priorityText.toUpperCase());
	if (priorityText !== undefined && priority === undefined) {
		return `${id}: ${priorityText === '' ? 'Priority is empty' : `unknown priority '${priorityText}'`} (expected ${[...context.priorities.values()].join(', ')})`;
	}

	const source = cell('Source')!.trim();
	let rules: readonly Rule[] = [];
	if (source !== 'manual') {
		const name =
			source === 'default' ? 'default' : /^rule:(.+)$/.exec(source)?.[1];
		if (name === undefined) {
			return `${id}: ${source === '' ? 'Source is empty' : `unknown Source '${source}'`} (expected manual, default or rule:NAME, as exported)`;
		}

		rules = context.input.ruleSet.rules.filter(rule => rule.name === name);
		if (rules.length === 0) {
			return `${id}: Source names rule '${name}', which the rules in effect do not have: import with the --rules the export used`;
		}
	}

	const current = isPhase(phase)
		? decisionFor(context.input.decisions, id, phase)
		: undefined;
	const note = noteOf(noteCell, current);
	return {
		line,
		id,
		...(isPhase(phase) ? {phase} : {phase: undefined, phaseProblem: phase}),
		category,
		priority: priority ?? priorityOf(category, source, rules, current),
		note,
		source,
		rules,
		decidedAt: cell('Decided At')!.trim(),
		cluster: cell('Cluster')?.trim() ?? '',
	};
}

/**
Which report of the test a row is: its `Phase` cell; in a CSV from before that column, what its
`Status` says, with the run's reports (`known`) to tell a setup error from a teardown error.
Otherwise what is wrong.
*/
function phaseOf(
	id: string,
	status: string,
	cell: string,
	known: readonly Phase[] | undefined,
): Phase | string {
	if (cell !== '') {
		return isPhase(cell)
			? cell
			: `unknown Phase '${cell}' (expected ${phases.join(', ')})`;
	}

	if (status === statusWords.failed) {
		return 'call';
	}

	if (!id.includes('::')) {
		return 'collect';
	}

	const errors = known?.filter(
		phase => phase === 'setup' || phase === 'teardown',
	);
	if (errors?.length === 1) {
		return errors[0]!;
	}

	return known
		? 'Phase is empty and the run given has no single setup or teardown error of this test: say which report the row is'
		: 'Phase is empty: an ERROR row of a test is its setup or its teardown error; export again, or import with the LOG the CSV was exported from';
}

/**
The priority of a row in a CSV without the Priority column: the one the report has, so that only what the
columns say is changed. A decision's priority, else the suggestion's (of the rule of that name that suggests the
row's category, when one does); empty for a decision that is no longer there, which the row is refused for.
*/
function priorityOf(
	category: string,
	source: string,
	rules: readonly Rule[],
	current: {readonly priority: string} | undefined,
): string {
	if (source === 'manual') {
		return current?.priority ?? '';
	}

	return (rules.find(rule => rule.category === category) ?? rules[0])!.priority;
}
