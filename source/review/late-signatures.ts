/**
Decisions made before their failure's error was known get its signature once it is. A live run prints its
tracebacks at its end: a failure decided while the suite ran has no error to compare with yet, so its
decision is saved without a signature (`decide.ts`), and without one it could never go stale on a later
day. The screen remembers which reports it decided so; when a newer review (or the journal's state) shows
their error, it asks the journal to add the signature (`DecisionJournal.addSignatures`: part of no undo step,
and a decision changed since is left as it is).
A live run's log is kept, and named, only once it is read to its end: a decision made while it is read is made on
run `-`, and is remembered the same way until the review names the log, which the same event then records.
*/
import type {AddedSignature} from '../triage/journal/api.js';
import {unnamedRun} from '../triage/journal/events.js';
import {isErrorKnown, type ReviewRow} from '../triage/review.js';
import {type ReviewState, withEffect} from './state.js';

/** The state with these rows remembered as decided before their error was known. */
export function awaitError(
	state: ReviewState,
	rows: readonly ReviewRow[],
): ReviewState {
	const isRunUnnamed = state.analysis.run.source === unnamedRun;
	const unknown = rows.filter(
		row => isRunUnnamed || !isErrorKnown(row.analyzed.failure),
	);
	if (unknown.length === 0) {
		return state;
	}

	return {
		...state,
		awaitingError: new Set([
			...(state.awaitingError ?? []),
			...unknown.map(row => row.key),
		]),
	};
}

/**
The signatures to add now: for each report remembered, once its error is known and its decision (saved by
now) has none. A report whose error is known is forgotten, signed or not (its decision may have been changed
or undone since); one whose decision is still being saved stays remembered.
*/
export function addLateSignatures(state: ReviewState): ReviewState {
	const awaiting = state.awaitingError;
	if (awaiting === undefined || awaiting.size === 0) {
		return state;
	}

	const run = state.analysis.run.source;
	const signed: AddedSignature[] = [];
	const keys: string[] = [];
	const still = new Set<string>();
	for (const key of awaiting) {
		const index = state.rowIndex.get(key);
		const row = index === undefined ? undefined : state.rows[index];
		if (row === undefined || !isErrorKnown(row.analyzed.failure)) {
			still.add(key);
			continue;
		}

		// A decision still being saved is on screen already (`unsaved.ts`): the journal's comes back with its save.
		const {decision} = row;
		const isUnnamed = decision?.run === unnamedRun;
		if (state.saving.has(key) || (isUnnamed && run === unnamedRun)) {
			still.add(key);
			continue;
		}

		if (
			decision !== undefined &&
			(decision.signature === undefined || isUnnamed)
		) {
			signed.push({
				decision,
				signature: row.analyzed.cluster,
				...(isUnnamed && {run}),
			});
			keys.push(key);
		}
	}

	if (still.size === awaiting.size) {
		return state;
	}

	const next: ReviewState = {...state, awaitingError: still};
	return signed.length === 0
		? next
		: withEffect(next, {type: 'addSignatures', signed, keys});
}

/**
Signatures that could not be saved (a team's store away as the run printed its tracebacks): their reports are
awaited again, and signed when the store says it is back (or at the next refresh), not left unsigned for good.
*/
export function signAgain(
	state: ReviewState,
	keys: readonly string[] | undefined,
): ReviewState {
	return keys === undefined || keys.length === 0
		? state
		: {
				...state,
				awaitingError: new Set([...(state.awaitingError ?? []), ...keys]),
			};
}
