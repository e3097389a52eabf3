/**
The review screen's one reducer: every key and every I/O result goes through here. It is pure: it records
what should happen on disk or in the terminal as `effects`, and `App` performs them after the commit and
reports back (`decisions`, `failed`). Key names are looked up in the current mode's table here, not in the
input handler, so that keys arriving faster than renders are read against the mode the previous key left.
*/
import type {Analysis} from '../classify/analyze.js';
import {
	compileUserPattern,
	isPatternError,
	type Pattern,
} from '../classify/pattern.js';
import {
	type Decision,
	decisionFor,
	type DecisionInput,
	type DecisionState,
	reportKey,
} from '../triage/journal.js';
import {
	buildReview,
	progressOf,
	type Progress,
	type Review,
	type ReviewRow,
} from '../triage/review.js';
import {sanitizeLine} from '../log/sanitize.js';
import {
	detailTextOf,
	editorTargetOf,
	screenLinesOf,
	type EditorTarget,
	type ScreenLine,
} from './detail-text.js';
import {
	compileKeymap,
	defaultKeymap,
	helpLines,
	type CompiledKeymap,
	type KeyAction,
	type Keymap,
	type Mode,
} from './keymap.js';
import {
	defaultViewport,
	detailTextWidth,
	layoutOf,
	overlayScrollMax,
	tracebackHeight,
	type Viewport,
} from './layout.js';
import {summaryLines} from './summary.js';

/** `all`, `undecided`, `stale`, `new`, `flaky`, or a category name. */
export type QuickFilter = string;

export type TextFilter = {
	/** As typed, `!` included. */
	readonly text: string;
	readonly pattern: Pattern | undefined;
	readonly isInverted: boolean;
};

export type Effect =
	| {
			readonly id: number;
			readonly type: 'save';
			readonly decisions: readonly DecisionInput[];
			/** What the status line says once it is on disk. */
			readonly message: string;
	  }
	| {readonly id: number; readonly type: 'undo'}
	| {
			readonly id: number;
			readonly type: 'quit';
			readonly selectedId: string | undefined;
			readonly filter: string;
	  }
	| {
			readonly id: number;
			readonly type: 'openEditor';
			readonly target: EditorTarget;
	  }
	| {readonly id: number; readonly type: 'copy'; readonly text: string};

/** An effect as the reducer records it, before it gets its id. */
type NewEffect = Effect extends infer E
	? E extends {readonly id: number}
		? Omit<E, 'id'>
		: never
	: never;

export type StatusTone = 'info' | 'pending' | 'saved' | 'error';

export type Status = {
	readonly text: string;
	readonly tone: StatusTone;
};

export type Preview = {
	readonly cluster: string;
	readonly signature: string;
	readonly category: string;
	readonly priority: string;
	/** Whether the category and priority are the current row's suggestion, not a decision. */
	readonly isSuggested: boolean;
	/** Keys of the rows the decision would change. */
	readonly keys: readonly string[];
	/** Rows in the cluster. */
	readonly size: number;
};

export type ReviewState = {
	readonly analysis: Analysis;
	readonly keymap: Keymap;
	readonly keys: CompiledKeymap;
	readonly rows: readonly ReviewRow[];
	readonly progress: Progress;
	/** Row key → index in `rows`. */
	readonly rowIndex: ReadonlyMap<string, number>;
	/** Indexes into `rows` that pass the filters, in log order. Recomputed only when rows or filters change. */
	readonly visible: readonly number[];
	/** Index into `visible`. */
	readonly cursor: number;
	/** Row keys. */
	readonly marks: ReadonlySet<string>;
	/** Where a range mark (`V`) starts: the row marked last. */
	readonly anchor: string | undefined;
	readonly quickFilters: readonly QuickFilter[];
	readonly quick: QuickFilter;
	readonly text: TextFilter;
	/** Only this cluster's failures (chosen in the cluster list). */
	readonly cluster: string | undefined;
	readonly mode: Mode;
	/** The modes under the current one: `back` from help, summary, note and filter returns to the last. */
	readonly modeStack: readonly Mode[];
	/** First screen line of the traceback shown (a wrapped line takes several). */
	readonly scroll: number;
	readonly isCapturedShown: boolean;
	/** Long traceback lines wrap (the default) or are cut with `…`. */
	readonly isWrapped: boolean;
	/** The note or filter being typed. */
	readonly draft: string;
	/** Set by a priority key; the next category key (or `a`) uses it. */
	readonly pendingPriority: string | undefined;
	readonly preview: Preview | undefined;
	readonly clusterCursor: number;
	/** Scroll of the help, summary and preview. */
	readonly overlayScroll: number;
	readonly viewport: Viewport;
	/** Row keys decided but not on disk yet: "next undecided" skips them. */
	readonly saving: ReadonlySet<string>;
	readonly effects: readonly Effect[];
	readonly nextEffectId: number;
	readonly status: Status | undefined;
};

/** Lines above the rows in the cluster preview. */
export const previewTitleHeight = 3;

export type ReviewAction =
	| KeyAction
	/** A normalized key name (see `keyNames`), looked up in the current mode's table. */
	| {readonly type: 'key'; readonly name: string}
	/** The text input changed. */
	| {readonly type: 'draft'; readonly value: string}
	/** The journal's state after a save, an undo, or another session's append. */
	| {
			readonly type: 'decisions';
			readonly decisions: DecisionState;
			readonly message?: string;
			/** Select this test id (after an undo). */
			readonly select?: string;
	  }
	/** An effect failed: nothing was saved. */
	| {readonly type: 'failed'; readonly message: string}
	| {readonly type: 'info'; readonly message: string}
	| {readonly type: 'effectsDone'; readonly through: number}
	| {readonly type: 'resize'; readonly viewport: Viewport};

export type InitOptions = {
	readonly review: Review;
	readonly keymap?: Keymap;
	/** The test id selected last time. */
	readonly selectedId?: string;
	/** The filter active last time (`formatFilter`). */
	readonly filter?: string;
	readonly viewport?: Viewport;
	readonly status?: Status;
};

/** The quick filters `f` cycles through, for this analysis. */
export function quickFiltersOf(analysis: Analysis): QuickFilter[] {
	return [
		'all',
		'undecided',
		'stale',
		...(analysis.runs.length > 1 ? ['new'] : []),
		'flaky',
		...(analysis.failures.some(failure => failure.rerun) ? ['rerun'] : []),
		...analysis.categories.map(category => category.name),
	];
}

/** Text filter from what was typed: a regular expression, `!` first inverts, lower case ignores case. */
export function parseTextFilter(
	text: string,
): TextFilter | {readonly error: string} {
	const isInverted = text.startsWith('!');
	const source = isInverted ? text.slice(1) : text;
	if (source === '') {
		return {text: isInverted ? '!' : '', pattern: undefined, isInverted};
	}

	// Lower case ignores case, as in less and vim's smartcase.
	const pattern = compileUserPattern(source, {
		ignoreCase: source === source.toLowerCase(),
	});
	return isPatternError(pattern)
		? {error: `filter ${sanitizeLine(source)}: ${sanitizeLine(pattern.error)}`}
		: {text, pattern, isInverted};
}

/** The filter as kept in the resume state: `@undecided auth` (quick filter, then the text). */
export function formatFilter(quick: QuickFilter, text: string): string {
	return quick === 'all'
		? text
		: text === ''
			? `@${quick}`
			: `@${quick} ${text}`;
}

export function parseFilter(
	spec: string,
	quickFilters: readonly QuickFilter[],
): {quick: QuickFilter; text: string} {
	const match = /^@(\S+)(?: (.*))?$/s.exec(spec);
	if (match && quickFilters.includes(match[1]!)) {
		return {quick: match[1]!, text: match[2] ?? ''};
	}

	return {quick: 'all', text: spec};
}

const emptyText: TextFilter = {text: '', pattern: undefined, isInverted: false};

export function createReviewState(options: InitOptions): ReviewState {
	const {review} = options;
	const keymap = options.keymap ?? defaultKeymap;
	const quickFilters = quickFiltersOf(review.analysis);
	const rowIndex = new Map(review.rows.map((row, index) => [row.key, index]));
	let quick: QuickFilter = 'all';
	let text = emptyText;
	if (options.filter) {
		const parsed = parseFilter(options.filter, quickFilters);
		const textFilter = parseTextFilter(parsed.text);
		quick = parsed.quick;
		if (!('error' in textFilter)) {
			text = textFilter;
		}
	}

	const visible = visibleRows(review.rows, quick, text, undefined);
	let cursor = 0;
	if (options.selectedId !== undefined) {
		const index = visible.findIndex(
			rowNumber =>
				review.rows[rowNumber]!.analyzed.failure.id === options.selectedId,
		);
		cursor = Math.max(0, index);
	}

	return withOpeningScroll({
		analysis: review.analysis,
		keymap,
		keys: compileKeymap(keymap),
		rows: review.rows,
		progress: review.progress,
		rowIndex,
		visible,
		cursor,
		marks: new Set(),
		anchor: undefined,
		quickFilters,
		quick,
		text,
		cluster: undefined,
		mode: 'list',
		modeStack: [],
		scroll: 0,
		isCapturedShown: false,
		isWrapped: true,
		draft: '',
		pendingPriority: undefined,
		preview: undefined,
		clusterCursor: 0,
		overlayScroll: 0,
		viewport: options.viewport ?? defaultViewport,
		saving: new Set(),
		effects: [],
		nextEffectId: 1,
		status: options.status,
	});
}

/** Does a row pass the quick filter? */
function passesQuick(row: ReviewRow, quick: QuickFilter): boolean {
	switch (quick) {
		case 'all': {
			return true;
		}

		case 'undecided': {
			// A stale decision needs deciding again: it is not done.
			return row.decision === undefined || row.isStale;
		}

		case 'stale': {
			return row.isStale;
		}

		case 'new': {
			return row.analyzed.status === 'new';
		}

		case 'flaky': {
			return row.analyzed.flaky.isFlaky || row.analyzed.status === 'flaky';
		}

		case 'rerun': {
			return row.analyzed.rerun !== undefined;
		}

		default: {
			return row.category === quick;
		}
	}
}

function passesText(row: ReviewRow, text: TextFilter): boolean {
	if (!text.pattern) {
		return true;
	}

	const {failure} = row.analyzed;
	const isMatch =
		text.pattern.test(failure.id) || text.pattern.test(failure.headline);
	return isMatch !== text.isInverted;
}

export function visibleRows(
	rows: readonly ReviewRow[],
	quick: QuickFilter,
	text: TextFilter,
	cluster: string | undefined,
): number[] {
	const visible: number[] = [];
	for (const [index, row] of rows.entries()) {
		if (
			(cluster === undefined || row.analyzed.cluster === cluster) &&
			passesQuick(row, quick) &&
			passesText(row, text)
		) {
			visible.push(index);
		}
	}

	return visible;
}

/** The selected row, if the filtered list is not empty. */
export function currentRow(state: ReviewState): ReviewRow | undefined {
	const index = state.visible[state.cursor];
	return index === undefined ? undefined : state.rows[index];
}

/** Rows that need a person: no decision, or a stale one. */
function needsLook(row: ReviewRow): boolean {
	return row.decision === undefined || row.isStale;
}

function withEffect(state: ReviewState, effect: NewEffect): ReviewState {
	return {
		...state,
		effects: [...state.effects, {...effect, id: state.nextEffectId}],
		nextEffectId: state.nextEffectId + 1,
	};
}

function info(state: ReviewState, text: string, tone: StatusTone = 'info') {
	return {...state, status: {text, tone}};
}

/** Re-filter, keeping the selection on the same row when it is still shown, else the next one after it. */
function refilter(
	state: ReviewState,
	changes: Partial<Pick<ReviewState, 'rows' | 'quick' | 'text' | 'cluster'>>,
	selectKey?: string,
): ReviewState {
	const next = {...state, ...changes};
	const visible = visibleRows(next.rows, next.quick, next.text, next.cluster);
	const wanted = selectKey ?? currentRow(state)?.key;
	let cursor = 0;
	if (wanted !== undefined) {
		const rowNumber = next.rowIndex.get(wanted) ?? 0;
		const exact = visible.indexOf(rowNumber);
		if (exact === -1) {
			const after = visible.findIndex(index => index > rowNumber);
			cursor = after === -1 ? Math.max(0, visible.length - 1) : after;
		} else {
			cursor = exact;
		}
	}

	const moved =
		cursor !== state.cursor || visible[cursor] !== state.visible[state.cursor];
	const filtered = {...next, visible, cursor};
	return moved ? withOpeningScroll(filtered) : filtered;
}

function moveTo(state: ReviewState, cursor: number): ReviewState {
	const clamped = Math.max(0, Math.min(state.visible.length - 1, cursor));
	if (clamped === state.cursor || state.visible.length === 0) {
		return state.pendingPriority === undefined
			? state
			: {...state, pendingPriority: undefined};
	}

	return withOpeningScroll({
		...state,
		cursor: clamped,
		pendingPriority: undefined,
	});
}

/** The cursor of the next row after the current one that needs a look, wrapping; the current one when none. */
function nextUndecided(
	state: ReviewState,
	skip: ReadonlySet<string>,
): number | undefined {
	const count = state.visible.length;
	for (let step = 1; step <= count; step++) {
		const cursor = (state.cursor + step) % count;
		const row = state.rows[state.visible[cursor]!]!;
		if (needsLook(row) && !skip.has(row.key) && !state.saving.has(row.key)) {
			return cursor;
		}
	}

	return undefined;
}

function shortId(id: string, length = 60): string {
	const safe = sanitizeLine(id);
	return safe.length > length ? `…${safe.slice(-(length - 1))}` : safe;
}

/** The rows a decision applies to: the marked ones, else the current one. */
function targetRows(state: ReviewState): ReviewRow[] {
	if (state.marks.size > 0) {
		return state.rows.filter(row => state.marks.has(row.key));
	}

	const row = currentRow(state);
	return row ? [row] : [];
}

function inputOf(
	state: ReviewState,
	row: ReviewRow,
	category: string,
	priority: string,
	note?: string,
): DecisionInput {
	return {
		id: row.analyzed.failure.id,
		// A decision is on this report: a test's call failure and teardown error are decided apart.
		phase: row.analyzed.failure.phase,
		category,
		priority,
		note: note ?? row.decision?.note ?? '',
		// review.ts compares this with the cluster id to flag a decision whose error changed.
		signature: row.analyzed.cluster,
		run: state.analysis.run.source,
	};
}

/** Describe what was decided for the status line: `BUG HIGH tests/…::test_x` or `BUG HIGH on 5 failures`. */
function describeDecisions(inputs: readonly DecisionInput[]): string {
	const [first] = inputs;
	if (!first) {
		return '';
	}

	const isUniform = inputs.every(
		input =>
			input.category === first.category && input.priority === first.priority,
	);
	if (inputs.length === 1) {
		return `${first.category} ${first.priority} ${shortId(first.id)}`;
	}

	return isUniform
		? `${first.category} ${first.priority} on ${inputs.length} failures`
		: `${inputs.length} failures`;
}

/** Record a save and move on to the next failure that needs a look. */
function decide(
	state: ReviewState,
	inputs: DecisionInput[],
	rows: readonly ReviewRow[],
	options: {isMoving: boolean; message?: string},
): ReviewState {
	// One decision per report: the same row given twice (marked and current) is decided once.
	const unique = [
		...new Map(
			inputs.map(input => [reportKey(input.id, input.phase!), input]),
		).values(),
	];
	if (unique.length === 0) {
		return state;
	}

	const message = options.message ?? `saved: ${describeDecisions(unique)}`;
	const keys = new Set(rows.map(row => row.key));
	let next: ReviewState = withEffect(
		{
			...state,
			marks: new Set(),
			anchor: undefined,
			pendingPriority: undefined,
			saving: new Set([...state.saving, ...keys]),
			status: {text: `saving: ${describeDecisions(unique)}`, tone: 'pending'},
		},
		{type: 'save', decisions: unique, message},
	);
	if (options.isMoving) {
		const cursor = nextUndecided(next, keys);
		next = withOpeningScroll(cursor === undefined ? next : {...next, cursor});
	}

	return next;
}

function decideCategory(state: ReviewState, category: string): ReviewState {
	const rows = targetRows(state);
	const inputs = rows.map(row =>
		inputOf(state, row, category, state.pendingPriority ?? row.priority),
	);
	return decide(state, inputs, rows, {isMoving: true});
}

function accept(state: ReviewState): ReviewState {
	const rows = targetRows(state);
	const inputs = rows.map(row =>
		inputOf(
			state,
			row,
			row.analyzed.suggestion.category,
			state.pendingPriority ?? row.analyzed.suggestion.priority,
		),
	);
	return decide(state, inputs, rows, {isMoving: true});
}

function setPriority(state: ReviewState, priority: string): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const categoryKeys = state.keymap.list
		.filter(binding => binding.action.type === 'category')
		.map(binding => binding.keys[0])
		.join(' ');
	if (state.marks.size === 0 && row.decision && !row.isStale) {
		if (row.decision.priority === priority) {
			return {...state, pendingPriority: priority};
		}

		const saved = decide(
			state,
			[inputOf(state, row, row.decision.category, priority)],
			[row],
			{isMoving: false},
		);
		return {...saved, pendingPriority: priority};
	}

	const where =
		state.marks.size > 0
			? `the ${state.marks.size} marked failures`
			: 'this failure';
	return {
		...state,
		pendingPriority: priority,
		status: {
			text: `priority ${priority} for ${where}: now a category (${categoryKeys}) or a to accept the suggestion`,
			tone: 'info',
		},
	};
}

/** What `x` would change: the rows of the current row's cluster whose decision differs. */
function previewCluster(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const isDecided = row.decision !== undefined && !row.isStale;
	const category = isDecided ? row.decision.category : row.category;
	const priority =
		state.pendingPriority ?? (isDecided ? row.decision.priority : row.priority);
	const {cluster} = row.analyzed;
	let size = 0;
	const keys: string[] = [];
	for (const candidate of state.rows) {
		if (candidate.analyzed.cluster !== cluster) {
			continue;
		}

		size++;
		const {decision} = candidate;
		if (
			!decision ||
			candidate.isStale ||
			decision.category !== category ||
			decision.priority !== priority
		) {
			keys.push(candidate.key);
		}
	}

	if (keys.length === 0) {
		return info(
			state,
			`all ${size} failures of cluster ${cluster} are already ${category} ${priority}`,
		);
	}

	return {
		...state,
		mode: 'preview',
		overlayScroll: 0,
		preview: {
			cluster,
			signature: row.analyzed.signature,
			category,
			priority,
			isSuggested: !isDecided,
			keys,
			size,
		},
		status: undefined,
	};
}

function confirmPreview(state: ReviewState): ReviewState {
	const {preview} = state;
	if (!preview) {
		return {...state, mode: 'list'};
	}

	const rows = preview.keys
		.map(key => state.rows[state.rowIndex.get(key) ?? -1])
		.filter(row => row !== undefined);
	const inputs = rows.map(row =>
		inputOf(state, row, preview.category, preview.priority),
	);
	// As a single decision does: on to the next failure that needs a look.
	const saved = decide({...state, marks: new Set()}, inputs, rows, {
		isMoving: true,
		message: `saved: ${preview.category} ${preview.priority} on ${inputs.length} failure${inputs.length === 1 ? '' : 's'} of cluster ${preview.cluster}`,
	});
	return {...saved, mode: 'list', preview: undefined};
}

function toggleMark(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const marks = new Set(state.marks);
	if (marks.has(row.key)) {
		marks.delete(row.key);
	} else {
		marks.add(row.key);
	}

	const next = moveTo({...state, marks, anchor: row.key}, state.cursor + 1);
	return info(
		next,
		`${marks.size} marked: a category key decides them all, esc unmarks`,
	);
}

function markRange(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	const anchorRow =
		state.anchor === undefined ? undefined : state.rowIndex.get(state.anchor);
	const anchorCursor =
		anchorRow === undefined ? -1 : state.visible.indexOf(anchorRow);
	const marks = new Set(state.marks);
	if (anchorCursor === -1) {
		marks.add(row.key);
	} else {
		const from = Math.min(anchorCursor, state.cursor);
		const to = Math.max(anchorCursor, state.cursor);
		for (let cursor = from; cursor <= to; cursor++) {
			marks.add(state.rows[state.visible[cursor]!]!.key);
		}
	}

	return info(
		{...state, marks, anchor: row.key},
		`${marks.size} marked: a category key decides them all, esc unmarks`,
	);
}

function cycleFilter(state: ReviewState): ReviewState {
	const index = state.quickFilters.indexOf(state.quick);
	const quick = state.quickFilters[(index + 1) % state.quickFilters.length]!;
	const next = refilter(state, {quick});
	return info(
		next,
		quick === 'all'
			? `filter: all (${next.visible.length})`
			: `filter: ${quick} (${next.visible.length} of ${state.rows.length}); f for the next, esc for all`,
	);
}

function submitFilter(state: ReviewState): ReviewState {
	const parsed = parseTextFilter(state.draft);
	if ('error' in parsed) {
		return info(state, parsed.error, 'error');
	}

	const next = refilter(leave(state), {text: parsed});
	return info(
		next,
		parsed.pattern
			? `filter /${sanitizeLine(parsed.text)}/: ${next.visible.length} of ${state.rows.length}`
			: 'text filter cleared',
	);
}

function submitNote(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return leave(state);
	}

	const note = state.draft.trim();
	if (note === (row.decision?.note ?? '')) {
		return info(leave(state), 'note unchanged');
	}

	const isDecided = row.decision !== undefined;
	const saved = decide(
		leave(state),
		[
			inputOf(
				state,
				row,
				row.category,
				state.pendingPriority ?? row.priority,
				note,
			),
		],
		[row],
		{
			isMoving: false,
			message: `saved note${isDecided ? '' : ` (and ${row.category} ${state.pendingPriority ?? row.priority})`}: ${shortId(row.analyzed.failure.id)}`,
		},
	);
	// A note is about this row: the marks stay for the next decision.
	return {...saved, marks: state.marks, anchor: state.anchor};
}

/** Open a mode over the current one; opening the current one again changes nothing. */
function enter(state: ReviewState, mode: Mode): ReviewState {
	return state.mode === mode
		? state
		: {...state, mode, modeStack: [...state.modeStack, state.mode]};
}

/** Back to the mode under the current one (the list when there is none). */
function leave(state: ReviewState): ReviewState {
	return {
		...state,
		mode: state.modeStack.at(-1) ?? 'list',
		modeStack: state.modeStack.slice(0, -1),
	};
}

function back(state: ReviewState): ReviewState {
	switch (state.mode) {
		case 'list': {
			if (state.marks.size > 0) {
				return info(
					{...state, marks: new Set(), anchor: undefined},
					'marks cleared',
				);
			}

			if (state.pendingPriority !== undefined) {
				return info({...state, pendingPriority: undefined}, 'priority dropped');
			}

			if (state.cluster !== undefined) {
				return info(
					refilter(state, {cluster: undefined}),
					'cluster filter cleared',
				);
			}

			if (state.text.pattern || state.text.isInverted) {
				return info(refilter(state, {text: emptyText}), 'text filter cleared');
			}

			if (state.quick !== 'all') {
				return info(refilter(state, {quick: 'all'}), 'filter: all');
			}

			return info(state, 'q quits');
		}

		case 'preview': {
			return info(
				{...state, mode: 'list', preview: undefined},
				'nothing changed',
			);
		}

		case 'note':
		case 'filter': {
			return {...leave(state), draft: '', status: undefined};
		}

		case 'help':
		case 'summary': {
			return {...leave(state), overlayScroll: 0};
		}

		case 'detail': {
			return withOpeningScroll({...state, mode: 'list'});
		}

		case 'clusters': {
			return {...state, mode: 'list'};
		}
	}
}

/** How far the current overlay scrolls. */
function overlayLineCount(state: ReviewState): number {
	const layout = layoutOf(state.viewport);
	switch (state.mode) {
		case 'help': {
			return overlayScrollMax(helpLines(state.keymap).length, layout.overlay);
		}

		case 'summary': {
			return overlayScrollMax(
				summaryLines(state.analysis, state.rows, layout.width).length,
				layout.overlay,
			);
		}

		case 'preview': {
			return overlayScrollMax(
				state.preview?.keys.length ?? 0,
				layout.overlay - previewTitleHeight,
			);
		}

		default: {
			return 0;
		}
	}
}

/** The detail pane's screen lines for the current row. */
function screenLinesOfState(
	state: ReviewState,
	row: ReviewRow,
): readonly ScreenLine[] {
	return screenLinesOf(row.analyzed.failure, {
		isCapturedShown: state.isCapturedShown,
		isWrapped: state.isWrapped,
		width: detailTextWidth(layoutOf(state.viewport).width),
	});
}

/** The detail pane's page and the furthest it scrolls, in screen lines. */
function detailScroll(state: ReviewState): {page: number; max: number} {
	const row = currentRow(state);
	const layout = layoutOf(state.viewport);
	const page = tracebackHeight(
		state.mode === 'detail' ? layout.detailFull : layout.detail,
	);
	if (!row) {
		return {page, max: 0};
	}

	const lines = screenLinesOfState(state, row);
	return {page, max: Math.max(0, lines.length - page)};
}

/**
Where a traceback opens: when it is longer than the pane, scrolled so that its `E` lines (else the crash
line, else its end) show, with two lines of context above them.
*/
function openingScroll(state: ReviewState): number {
	const row = currentRow(state);
	if (!row || state.isCapturedShown) {
		return 0;
	}

	const {page, max} = detailScroll(state);
	if (max === 0) {
		return 0;
	}

	const text = detailTextOf(row.analyzed.failure);
	let first = -1;
	let last = -1;
	for (const [index, line] of text.traceback.entries()) {
		if (line.startsWith('E ')) {
			first = first === -1 ? index : first;
			last = index;
		}
	}

	if (first === -1) {
		if (text.crashLine === -1) {
			return max;
		}

		first = text.crashLine;
		last = text.crashLine;
	}

	// From traceback lines to screen lines: the first piece of `first`, the last piece of `last`.
	const lines = screenLinesOfState(state, row);
	const firstScreen = lines.findIndex(line => line.index === first);
	const lastScreen = lines.findLastIndex(line => line.index === last);
	const start = Math.min(lastScreen + 1 - page, Math.max(0, firstScreen - 2));
	return Math.max(0, Math.min(max, start));
}

/** Wrap or cut, keeping the traceback line at the top of the pane at the top. */
function toggleWrap(state: ReviewState): ReviewState {
	const row = currentRow(state);
	const next = {...state, isWrapped: !state.isWrapped};
	if (!row) {
		return next;
	}

	const top = screenLinesOfState(state, row)[state.scroll]?.index ?? 0;
	const scroll = Math.max(
		0,
		screenLinesOfState(next, row).findIndex(line => line.index === top),
	);
	return {...next, scroll: Math.min(scroll, detailScroll(next).max)};
}

function withOpeningScroll(state: ReviewState): ReviewState {
	const scroll = openingScroll(state);
	return scroll === state.scroll ? state : {...state, scroll};
}

function scrollBy(
	state: ReviewState,
	delta: number,
	isPage: boolean,
): ReviewState {
	if (state.mode === 'list' || state.mode === 'detail') {
		const {page, max} = detailScroll(state);
		const scroll = Math.max(
			0,
			Math.min(
				max,
				state.scroll + (isPage ? delta * Math.max(1, page - 1) : delta),
			),
		);
		return scroll === state.scroll ? state : {...state, scroll};
	}

	const max = overlayLineCount(state);
	const page = Math.max(1, layoutOf(state.viewport).overlay - 1);
	const overlayScroll = Math.max(
		0,
		Math.min(max, state.overlayScroll + (isPage ? delta * page : delta)),
	);
	return overlayScroll === state.overlayScroll
		? state
		: {...state, overlayScroll};
}

function clusterIndexOfCurrent(state: ReviewState): number {
	const row = currentRow(state);
	if (!row) {
		return 0;
	}

	return Math.max(
		0,
		state.analysis.clusters.findIndex(
			cluster => cluster.id === row.analyzed.cluster,
		),
	);
}

function applyKeyAction(state: ReviewState, action: KeyAction): ReviewState {
	switch (action.type) {
		case 'move': {
			if (state.mode === 'clusters') {
				const clusterCursor = Math.max(
					0,
					Math.min(
						state.analysis.clusters.length - 1,
						state.clusterCursor + action.delta,
					),
				);
				return {...state, clusterCursor};
			}

			return moveTo(state, state.cursor + action.delta);
		}

		case 'first':
		case 'last': {
			const isFirst = action.type === 'first';
			switch (state.mode) {
				case 'list': {
					return moveTo(state, isFirst ? 0 : state.visible.length - 1);
				}

				case 'clusters': {
					return {
						...state,
						clusterCursor: isFirst
							? 0
							: Math.max(0, state.analysis.clusters.length - 1),
					};
				}

				case 'detail': {
					return {...state, scroll: isFirst ? 0 : detailScroll(state).max};
				}

				default: {
					return {
						...state,
						overlayScroll: isFirst ? 0 : overlayLineCount(state),
					};
				}
			}
		}

		case 'scroll': {
			return scrollBy(state, action.delta, false);
		}

		case 'page': {
			return scrollBy(state, action.delta, true);
		}

		case 'category': {
			return decideCategory(state, action.category);
		}

		case 'priority': {
			return setPriority(state, action.priority);
		}

		case 'accept': {
			return accept(state);
		}

		case 'mark': {
			return toggleMark(state);
		}

		case 'markRange': {
			return markRange(state);
		}

		case 'previewCluster': {
			return previewCluster(state);
		}

		case 'confirm': {
			return confirmPreview(state);
		}

		case 'undo': {
			return withEffect(info(state, 'undoing…', 'pending'), {type: 'undo'});
		}

		case 'editNote': {
			const row = currentRow(state);
			if (!row) {
				return state;
			}

			return {
				...enter(state, 'note'),
				draft: row.decision?.note ?? '',
				status: undefined,
			};
		}

		case 'editFilter': {
			return {
				...enter(state, 'filter'),
				draft: state.text.text,
				status: undefined,
			};
		}

		case 'cycleFilter': {
			return cycleFilter(state);
		}

		case 'submit': {
			return state.mode === 'note' ? submitNote(state) : submitFilter(state);
		}

		case 'toggleClusters': {
			return {
				...state,
				mode: 'clusters',
				clusterCursor: clusterIndexOfCurrent(state),
				status: undefined,
			};
		}

		case 'selectCluster': {
			const cluster = state.analysis.clusters[state.clusterCursor];
			if (!cluster) {
				return {...state, mode: 'list'};
			}

			const next = refilter(
				{...state, mode: 'list'},
				{cluster: cluster.id, quick: 'all', text: emptyText},
			);
			return info(
				withOpeningScroll({...next, cursor: 0}),
				`cluster ${cluster.id}: ${next.visible.length} failures; esc shows all`,
			);
		}

		case 'openDetail': {
			return currentRow(state)
				? withOpeningScroll({...state, mode: 'detail'})
				: state;
		}

		case 'toggleWrap': {
			return toggleWrap(state);
		}

		case 'toggleCaptured': {
			const row = currentRow(state);
			if (!row) {
				return state;
			}

			const isCapturedShown = !state.isCapturedShown;
			const next = withOpeningScroll({...state, isCapturedShown});
			return isCapturedShown && row.analyzed.failure.captured.length === 0
				? info(next, 'no captured output for this failure')
				: {...next, status: undefined};
		}

		case 'summary': {
			return {...enter(state, 'summary'), overlayScroll: 0};
		}

		case 'help': {
			return {...enter(state, 'help'), overlayScroll: 0};
		}

		case 'back': {
			return back(state);
		}

		case 'quit': {
			return withEffect(state, {
				type: 'quit',
				selectedId: currentRow(state)?.analyzed.failure.id,
				filter: formatFilter(state.quick, state.text.text),
			});
		}

		case 'openEditor': {
			const row = currentRow(state);
			if (!row) {
				return state;
			}

			const target = editorTargetOf(
				row.analyzed.failure,
				state.analysis.run.header.rootdir,
			);
			return withEffect(
				info(
					state,
					`opening ${sanitizeLine(target.file)}${target.line === undefined ? '' : `:${target.line}`}`,
				),
				{type: 'openEditor', target},
			);
		}

		case 'copyId': {
			const row = currentRow(state);
			if (!row) {
				return state;
			}

			return withEffect(
				info(state, `copied: ${sanitizeLine(row.analyzed.failure.id)}`),
				{type: 'copy', text: row.analyzed.failure.id},
			);
		}
	}
}

function sameDecision(
	a: Decision | undefined,
	b: Decision | undefined,
): boolean {
	if (a === b) {
		return true;
	}

	if (a === undefined || b === undefined) {
		return false;
	}

	return (
		a.phase === b.phase &&
		a.category === b.category &&
		a.priority === b.priority &&
		a.note === b.note &&
		a.signature === b.signature &&
		a.at === b.at
	);
}

/** Fold new journal state into the rows; unchanged rows keep their identity. */
function applyDecisions(
	state: ReviewState,
	decisions: DecisionState,
): readonly ReviewRow[] {
	const isChanged = state.rows.some(
		row =>
			!sameDecision(
				row.decision,
				decisionFor(
					decisions,
					row.analyzed.failure.id,
					row.analyzed.failure.phase,
				),
			),
	);
	if (!isChanged) {
		return state.rows;
	}

	const fresh = buildReview(state.analysis, decisions).rows;
	return fresh.map((row, index) => {
		const previous = state.rows[index];
		return previous && sameDecision(previous.decision, row.decision)
			? previous
			: row;
	});
}

/** Filters whose result depends on decisions. */
function dependsOnDecisions(state: ReviewState): boolean {
	return (
		state.quick !== 'all' &&
		state.quick !== 'new' &&
		state.quick !== 'flaky' &&
		state.quick !== 'rerun'
	);
}

export function reviewReducer(
	state: ReviewState,
	action: ReviewAction,
): ReviewState {
	switch (action.type) {
		case 'key': {
			const keyAction = state.keys.get(state.mode)?.get(action.name);
			if (keyAction) {
				return applyKeyAction(state, keyAction);
			}

			// Typed text is the input's; anywhere else a key that does nothing says so.
			return state.mode === 'note' || state.mode === 'filter'
				? state
				: info(
						state,
						`${sanitizeLine(action.name)}: no such key here (? for help)`,
					);
		}

		case 'draft': {
			return state.mode === 'note' || state.mode === 'filter'
				? {...state, draft: action.value, status: undefined}
				: state;
		}

		case 'decisions': {
			const rows = applyDecisions(state, action.decisions);
			let next: ReviewState = {...state, saving: new Set()};
			if (rows !== state.rows) {
				next = {...next, rows, progress: progressOf(rows)};
				if (dependsOnDecisions(state) || action.select !== undefined) {
					const selectKey =
						action.select === undefined
							? undefined
							: rows.find(row => row.analyzed.failure.id === action.select)
									?.key;
					next = refilter(next, {rows}, selectKey);
				}
			}

			return action.message === undefined
				? next
				: info(next, action.message, 'saved');
		}

		case 'failed': {
			return info({...state, saving: new Set()}, action.message, 'error');
		}

		case 'info': {
			return info(state, action.message);
		}

		case 'effectsDone': {
			const effects = state.effects.filter(
				effect => effect.id > action.through,
			);
			return effects.length === state.effects.length
				? state
				: {...state, effects};
		}

		case 'resize': {
			if (
				action.viewport.rows === state.viewport.rows &&
				action.viewport.columns === state.viewport.columns
			) {
				return state;
			}

			const next = {...state, viewport: action.viewport};
			// Keep the scroll positions within the new page sizes.
			return {
				...next,
				scroll: Math.min(next.scroll, detailScroll(next).max),
				overlayScroll: Math.min(next.overlayScroll, overlayLineCount(next)),
			};
		}

		default: {
			return applyKeyAction(state, action);
		}
	}
}
