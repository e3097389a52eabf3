/**
Confirming failures by running them again (`R`): how many times is asked first (5, or what is typed), then
`App` runs them (`confirm/run.ts`) while the person goes on; the status line shows `k/N done`, Esc or Ctrl+C
stops it (nothing kept), and when it ends each failure shows its verdict and the suggestion it gives. A
confirmation made here is kept in the state and applied again to a newer review of a live run.
*/
import {
	describeConfirmation,
	latestConfirmations,
	withConfirmations,
	type Confirmation,
} from '../classify/confirmation.js';
import {builtInRules} from '../classify/rules/built-in.js';
import type {ConfirmedTest} from '../runs/history/confirmations.js';
import {reportKey} from '../triage/journal.js';
import {rowWith, type ReviewRow} from '../triage/review.js';
import {knowsError, shortId, targetRows} from './decide.js';
import {refilter} from './filters.js';
import {enter, leave} from './modes.js';
import {
	currentRow,
	idText,
	type ReviewState,
	type StatusText,
	withEffect,
	withStatus,
	withWords,
} from './state.js';

/** Repetitions when none is typed. */
export const defaultRepetitions = 5;
/** At most this many: a typo of 500 would hold the suite for hours. */
export const maximumRepetitions = 100;

/** A confirmation asked for while the one before was stopping: it starts once that one has stopped. */
export type QueuedRerun = {
	readonly keys: readonly string[];
	readonly tests: readonly ConfirmedTest[];
	readonly repetitions: number;
	/** What it runs, as the status line names it. */
	readonly label: StatusText;
};

/** A confirmation running: which rows, and how far it is. */
export type RerunProgress = {
	readonly keys: readonly string[];
	readonly done: number;
	readonly total: number;
	/** Esc or Ctrl+C was pressed: the command is being stopped. */
	readonly isStopping: boolean;
	/**
	`R` pressed (and its number entered) while this one was stopping, which takes a moment (the command is killed, its
	files removed): it was ignored, its message replaced at once, and the `3` and Enter typed for it set a priority
	and accepted the suggestion on the current row. Now it waits here and starts when this one ends.
	*/
	readonly queued?: QueuedRerun;
};

/** What `App` reports back from the runner. */
export type RerunOutcome =
	| {
			readonly kind: 'done';
			readonly confirmations: readonly Confirmation[];
			/** One line: where it is kept, or why it is not, and anything the runs disagreed on. */
			readonly note?: string;
	  }
	| {readonly kind: 'stopped'; readonly done: number}
	| {readonly kind: 'unavailable'; readonly message: string};

/**
What `R` would run, and where: shown on the prompt before anything runs (a log from elsewhere names a rootdir
whose `conftest.py` pytest loads), or why it cannot run here. The command names the ids as `display` does.
*/
export type RerunWhere =
	{readonly command: string; readonly cwd: string} | {readonly problem: string};

/** How `App` runs failures again: the runner in the terminal, a fake in tests. */
export type RerunHandler = (
	request: {
		readonly tests: readonly ConfirmedTest[];
		readonly repetitions: number;
	},
	options: {
		readonly signal: AbortSignal;
		readonly onProgress: (done: number, total: number) => void;
	},
) => Promise<RerunOutcome>;

function what(rows: readonly ReviewRow[]): StatusText {
	return rows.length === 1
		? idText(shortId(rows[0]!.analyzed.failure.id, 50))
		: {text: `${rows.length} failures`};
}

/** Whether `App` has not yet said what the prompt runs where. */
function isPending(
	where: ReviewState['rerunWhere'],
): where is 'pending' | 'entered early' {
	return where === 'pending' || where === 'entered early';
}

function promptStatus(
	rows: readonly ReviewRow[],
	isAfterStop: boolean,
	where: ReviewState['rerunWhere'],
	isEnteredEarly = false,
): ReviewState['status'] {
	// An Enter typed ahead (`R3⏎` in one go) came before this line: it started nothing, and the line says so.
	const early = isEnteredEarly ? 'not started (Enter came early): ' : '';
	const before = `${early}${isAfterStop ? 'once the runs before stop, run ' : 'run '}`;
	if (where !== undefined && !isPending(where) && 'command' in where) {
		// The folder first: a line too narrow cuts the end (the prompt's own line asks how many times).
		return {
			...withWords(
				`${before}in `,
				idText(where.cwd),
				`: \`${where.command}\`, how many times? (Enter starts, esc cancels)`,
			),
			tone: 'info',
		};
	}

	// What differs first: a status line narrower than the text cuts its end.
	return {
		...withWords(
			before,
			what(rows),
			' again: how many times? (Enter starts, esc cancels)',
		),
		tone: 'info',
	};
}

/** `R`: ask how many times to run the current failure, or the marked ones, again. */
export function startRerun(state: ReviewState): ReviewState {
	if (state.rerun?.queued) {
		return withStatus(
			state,
			withWords(
				'already queued (esc cancels it): run ',
				state.rerun.queued.label,
				` again ${state.rerun.queued.repetitions} times once the runs before stop`,
			),
		);
	}

	if (state.rerun && !state.rerun.isStopping) {
		return withStatus(
			state,
			`already running failures again (${state.rerun.done}/${state.rerun.total} done): esc stops it`,
		);
	}

	const rows = targetRows(state);
	if (rows.length === 0) {
		return state;
	}

	// The command and its folder come back from `App` (`onRerunWhere`) before Enter can start it.
	return withEffect(
		{
			...enter(state, 'rerun'),
			// Empty, the default shown beside it: a digit typed is the number, not one appended to the default.
			draft: '',
			rerunWhere: 'pending',
			status: promptStatus(rows, state.rerun !== undefined, undefined),
		},
		{
			type: 'rerunWhere',
			ids: [...new Set(rows.map(row => row.analyzed.failure.id))],
		},
	);
}

/**
What the prompt's runs would run, and where: said on the prompt, or (a rootdir not on this machine) one line
saying why nothing can run, the prompt kept until Enter or esc. Undefined: `App` cannot tell (no runner), and the prompt asks as it did.
*/
export function onRerunWhere(
	state: ReviewState,
	where: RerunWhere | undefined,
): ReviewState {
	if (state.mode !== 'rerun' || !isPending(state.rerunWhere)) {
		return state;
	}

	if (where !== undefined && 'problem' in where) {
		// The prompt stays: a number and Enter typed meanwhile close it, and never set a priority and accept.
		return withStatus(
			{...state, rerunWhere: where},
			`${where.problem} (Enter or esc closes; nothing runs)`,
			'error',
		);
	}

	const next = {...state, rerunWhere: where};
	return {
		...next,
		status: promptStatus(
			targetRows(state),
			state.rerun !== undefined,
			where,
			state.rerunWhere === 'entered early',
		),
	};
}

/** The runs of `queued` started: the runner is asked for them. */
function started(
	state: ReviewState,
	queued: QueuedRerun,
	before = '',
): ReviewState {
	return withEffect(
		{
			...state,
			rerun: {
				keys: queued.keys,
				done: 0,
				total: queued.repetitions,
				isStopping: false,
			},
			status: {
				...withWords(
					`${before}running `,
					queued.label,
					` again ${queued.repetitions} times (esc stops)`,
				),
				tone: 'pending',
			},
		},
		{type: 'rerun', tests: queued.tests, repetitions: queued.repetitions},
	);
}

/** Enter on the prompt: start running them again, or say what is wrong with the number. */
export function submitRerun(state: ReviewState): ReviewState {
	const rows = targetRows(state);
	if (rows.length === 0) {
		return leave(state);
	}

	const where = state.rerunWhere;
	if (isPending(where)) {
		// Not started before the screen has said what runs where (a moment after `R`): the folder comes from the log,
		// and the person checks it first (README). Answered, never dropped: the line says so until it is known.
		return withStatus(
			{...state, rerunWhere: 'entered early'},
			'nothing started yet: Enter again once this line says where it runs (esc cancels)',
			'pending',
		);
	}

	if (where !== undefined && 'problem' in where) {
		return withStatus(
			{...leave(state), draft: '', rerunWhere: undefined},
			where.problem,
			'error',
		);
	}

	const text = state.draft.trim();
	const repetitions = text === '' ? defaultRepetitions : Number(text);
	if (
		!Number.isInteger(repetitions) ||
		repetitions < 1 ||
		repetitions > maximumRepetitions
	) {
		return withStatus(
			state,
			`a number of times from 1 to ${maximumRepetitions}, such as ${defaultRepetitions}`,
			'error',
		);
	}

	const queued: QueuedRerun = {
		keys: rows.map(row => row.key),
		tests: rows.map(row => ({
			id: row.analyzed.failure.id,
			phase: row.analyzed.failure.phase,
			// A live run's failure known only from its progress line: its error is what the runs show.
			signature: knowsError(row) ? row.analyzed.cluster : '',
		})),
		repetitions,
		label: what(rows),
	};
	const left = {...leave(state), draft: '', rerunWhere: undefined};
	if (state.rerun) {
		// The runs before are still stopping: these start when they have.
		return withStatus(
			{...left, rerun: {...state.rerun, queued}},
			withWords(
				'queued until the runs before stop (esc cancels): run ',
				queued.label,
				` again ${repetitions} times`,
			),
			'pending',
		);
	}

	return started(left, queued);
}

/** Esc or Ctrl+C while it runs: stop the command; the runner reports back `stopped`. */
export function stopRerun(state: ReviewState): ReviewState {
	if (!state.rerun) {
		return state;
	}

	// Stopping takes a moment: a key pressed meanwhile is answered, never dropped in silence.
	if (state.rerun.isStopping) {
		const {queued} = state.rerun;
		return queued
			? withStatus(
					{...state, rerun: {...state.rerun, queued: undefined}},
					withWords('cancelled: not running ', queued.label, ' again'),
				)
			: withStatus(
					state,
					'still stopping the runs (Ctrl+C quits once they have stopped)',
					'pending',
				);
	}

	return withEffect(
		{
			...state,
			rerun: {...state.rerun, isStopping: true},
			status: {text: 'stopping the runs…', tone: 'pending'},
		},
		{type: 'stopRerun'},
	);
}

/** A repetition ended. */
export function onRerunProgress(
	state: ReviewState,
	done: number,
	total: number,
): ReviewState {
	if (!state.rerun || state.rerun.isStopping) {
		return state;
	}

	return {...state, rerun: {...state.rerun, done, total}};
}

/** The confirmations in the state applied to the analysis and the rows; the same state when none changes. */
export function applyConfirmations(state: ReviewState): ReviewState {
	const analysis = withConfirmations(
		state.analysis,
		state.confirmations,
		state.rules ?? builtInRules,
		reportKey,
	);
	if (analysis === state.analysis) {
		return state;
	}

	const replaced = new Map(
		state.analysis.failures.map((analyzed, index) => [
			analyzed,
			analysis.failures[index]!,
		]),
	);
	const rows = state.rows.map(row => {
		const analyzed = replaced.get(row.analyzed);
		return analyzed && analyzed !== row.analyzed ? rowWith(row, analyzed) : row;
	});
	return refilter({...state, analysis}, {rows}, currentRow(state)?.key);
}

function summaryOf(confirmations: readonly Confirmation[]): StatusText {
	if (confirmations.length === 1) {
		const [only] = confirmations;
		return withWords(
			'',
			idText(shortId(only!.id, 50)),
			` ${describeConfirmation(only!)}`,
		);
	}

	const counts = new Map<string, number>();
	for (const confirmation of confirmations) {
		counts.set(
			confirmation.verdict,
			(counts.get(confirmation.verdict) ?? 0) + 1,
		);
	}

	const words = {
		stable: 'stable',
		flaky: 'flaky',
		passed: 'passed every retry',
	};
	return {
		text: `${confirmations.length} failures: ${[...counts].map(([verdict, count]) => `${count} ${words[verdict as keyof typeof words]}`).join(', ')}`,
	};
}

/**
The runner is done: show each verdict (done), or say it stopped or could not run; nothing else changes then. Runs
asked for while it stopped start now; a prompt for them still open keeps its question on the status line.
*/
export function onRerunDone(
	state: ReviewState,
	outcome: RerunOutcome,
): ReviewState {
	const ended = endRerun(state, outcome);
	const queued = state.rerun?.queued;
	if (queued) {
		return started(ended, queued, `${ended.status?.text ?? ''}; `);
	}

	return state.mode === 'rerun'
		? {
				...ended,
				status: promptStatus(targetRows(ended), false, ended.rerunWhere),
			}
		: ended;
}

function endRerun(state: ReviewState, outcome: RerunOutcome): ReviewState {
	const base: ReviewState = {...state, rerun: undefined};
	switch (outcome.kind) {
		case 'stopped': {
			return withStatus(
				base,
				`stopped after ${outcome.done}/${state.rerun?.total ?? outcome.done} runs: nothing kept`,
			);
		}

		case 'unavailable': {
			return withStatus(base, outcome.message, 'error');
		}

		case 'done': {
			if (outcome.confirmations.length === 0) {
				return withStatus(
					base,
					`not confirmed: the runs did not report the tests${outcome.note ? `; ${outcome.note}` : ''}`,
					'error',
				);
			}

			const confirmations = new Map(state.confirmations);
			for (const [key, confirmation] of latestConfirmations(
				outcome.confirmations,
				reportKey,
			)) {
				confirmations.set(key, confirmation);
			}

			const next = applyConfirmations({...base, confirmations});
			return withStatus(
				next,
				withWords(
					'confirmed: ',
					summaryOf(outcome.confirmations),
					outcome.note ? `; ${outcome.note}` : '',
				),
				outcome.confirmations.length === 0 ? 'error' : 'saved',
			);
		}
	}
}
