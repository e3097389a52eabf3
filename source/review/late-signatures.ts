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
import type {Failure} from '../log/model.js';
import type {AddedSignature} from '../triage/journal/api.js';
import {unnamedRun} from '../triage/journal/events.js';
import {isKeptPartial} from '../runs/stray-partials.js';
import {isErrorKnown, type ReviewRow} from '../triage/review.js';
import {type ReviewState, withEffect} from './state.js';

/**
The state with these rows remembered as decided before their error was known, or on a live run's log not named
yet (`awaitingRun`).
*/
export function awaitError(
	state: ReviewState,
	rows: readonly ReviewRow[],
): ReviewState {
	const unknown = rows.filter(row => !isErrorKnown(row.analyzed.failure));
	const isRunUnnamed = state.analysis.run.source === unnamedRun;
	if (unknown.length === 0 && !isRunUnnamed) {
		return state;
	}

	return {
		...state,
		...(unknown.length > 0 && {
			awaitingError: new Set([
				...(state.awaitingError ?? []),
				...unknown.map(row => row.key),
			]),
		}),
		...(isRunUnnamed && {
			awaitingRun: new Set([
				...(state.awaitingRun ?? []),
				...rows.map(row => row.key),
			]),
		}),
	};
}

/**
The reports of a live run decided since the run began and still without a signature, awaited as if this screen had
decided them: a review left while the run went on (`q`, then `triage --follow run.log` again) made them before their
error was known, and the review open when it came signed only its own (QA 52), so they never went stale. A
decision from before the run began (a pipe cut short on an earlier day) was made on no error of this run, and keeps
none. Each report is taken once: one signed, changed or undone since is not awaited again.
*/
export function awaitUnsignedSinceStart(state: ReviewState): ReviewState {
	if (state.live === undefined) {
		return state;
	}

	const since = state.live.startedAt;
	const seen = state.unsignedSeen ?? new Set<string>();
	const found = state.rows.filter(
		({key, decision}) =>
			decision !== undefined &&
			decision.signature === undefined &&
			!seen.has(key) &&
			Date.parse(decision.at) >= since,
	);
	if (found.length === 0) {
		return state;
	}

	const keys = found.map(row => row.key);
	return {
		...state,
		awaitingError: new Set([...(state.awaitingError ?? []), ...keys]),
		unsignedSeen: new Set([...seen, ...keys]),
	};
}

/**
What to add to `decision` once its failure's error (`signature`; undefined while it is not known, or when it never
came) and the run's name (`run`, `-` while the log is not named) are known: the signature when it has none, the
run's name when it was made on `-`; undefined when neither is wanted. A decision whose error never came still
gets its run's name: without it the triage file never said which run it was made on (a pipe left early).
*/
export function lateSignature(
	decision: AddedSignature['decision'] | undefined,
	signature: string | undefined,
	run: string,
): AddedSignature | undefined {
	const isToName = run !== unnamedRun && decision?.run === unnamedRun;
	const isToSign = signature !== undefined && decision?.signature === undefined;
	return decision !== undefined && (isToSign || isToName)
		? {
				decision,
				...(signature !== undefined && {signature}),
				...(isToName && {run}),
			}
		: undefined;
}

/**
The signatures (and runs) to add now: for each report remembered, once its error is known and its decision (saved
by now) has none, and once the review names the log of a decision made on `-`. A report whose error is known is
forgotten, signed or not (its decision may have been changed or undone since), and every report awaiting the
run's name once it is named; one whose decision is still being saved stays remembered.
*/
export function addLateSignatures(state: ReviewState): ReviewState {
	const awaiting = state.awaitingError ?? new Set<string>();
	const run = state.analysis.run.source;
	const isNamed = run !== unnamedRun;
	const naming = isNamed
		? (state.awaitingRun ?? new Set<string>())
		: new Set<string>();
	if (awaiting.size === 0 && naming.size === 0) {
		return state;
	}

	const reading = entryStillRead(state);
	// The run's log gets its final name at its end (a live run's `-`, a `.partial` another triage keeps): signed then, with
	// that name, in one event. Signed at once, then named, each decision had two events on a store, the follower's
	// (with the `.partial`) and the runner's (team tour 63). A live log that is never named (the history off, nothing
	// kept) signs at once, as before.
	const isNameAwaited =
		(run === unnamedRun &&
			state.live?.isNamedAtEnd === true &&
			state.live.phase !== 'ended') ||
		isKeptPartial(run);
	const signed: AddedSignature[] = [];
	const keys: string[] = [];
	const still = new Set<string>();
	const stillUnnamed = new Set<string>();
	for (const key of new Set([...awaiting, ...naming])) {
		const isAwaitingError = awaiting.has(key);
		const index = state.rowIndex.get(key);
		const row = index === undefined ? undefined : state.rows[index];
		const isKnown =
			row !== undefined &&
			key !== reading &&
			isErrorKnown(row.analyzed.failure);
		// A decision still being saved is on screen already (`unsaved.ts`): the journal's comes back with its save.
		if (row === undefined || state.saving.has(key)) {
			(isAwaitingError ? still : stillUnnamed).add(key);
			continue;
		}

		if (isNameAwaited) {
			if (isAwaitingError) {
				still.add(key);
			}

			if (naming.has(key) || !isAwaitingError) {
				stillUnnamed.add(key);
			}

			continue;
		}

		if (!isKnown) {
			if (isAwaitingError) {
				still.add(key);
			}

			// The log is named, and the error may never come (`--tb=no`, a run cut short): the run is named now.
			const named = naming.has(key)
				? lateSignature(row.decision, undefined, run)
				: undefined;
			if (named !== undefined) {
				signed.push(named);
				keys.push(key);
			} else if (!isAwaitingError) {
				stillUnnamed.add(key);
			}

			continue;
		}

		const added = lateSignature(row.decision, row.analyzed.cluster, run);
		if (added !== undefined) {
			signed.push(added);
			keys.push(key);
		}
	}

	// Once the log is named, a report whose error never came (a run cut short) is not waited for.
	const unnamed =
		isNamed && !isNameAwaited
			? new Set([...stillUnnamed].filter(key => state.saving.has(key)))
			: isNamed
				? stillUnnamed
				: (state.awaitingRun ?? new Set<string>());
	if (
		signed.length === 0 &&
		still.size === awaiting.size &&
		unnamed.size === (state.awaitingRun?.size ?? 0)
	) {
		return state;
	}

	const next: ReviewState = {
		...state,
		awaitingError: still,
		awaitingRun: unnamed,
	};
	return signed.length === 0
		? next
		: withEffect(next, {
				type: 'addSignatures',
				signed,
				keys,
				storeBack: state.storeBack ?? 0,
			});
}

/**
The report whose FAILURES entry a live run may still be printing: the last one read with an error, until the run is
read to its end. A pipe's or a followed file's bytes come in chunks that end anywhere (pytest writes 8 KiB blocks to a
pipe), and the entry cut there shows only its first traceback lines (`i = 0`: "Failed: i = <n>"); signed then, the
decision stayed "STALE ! the error changed since" on both screens, for good (QA 42).
*/
function entryStillRead(state: ReviewState): string | undefined {
	if (
		state.live === undefined ||
		state.live.phase === 'ended' ||
		state.analysis.run.complete
	) {
		return undefined;
	}

	return lastWithError(state.rows, row => row.analyzed.failure)?.key;
}

/**
Of `items`, the one whose failure comes last in the log with its error known: the entry a live run may still be
printing, or the one a run left early was cut inside.
*/
export function lastWithError<Item>(
	items: Iterable<Item>,
	failureOf: (item: Item) => Failure,
): Item | undefined {
	let last: Item | undefined;
	let lastLine = 0;
	for (const item of items) {
		const failure = failureOf(item);
		const line = failure.logLine;
		if (line !== undefined && line > lastLine && isErrorKnown(failure)) {
			last = item;
			lastLine = line;
		}
	}

	return last;
}

/**
Signatures that could not be saved (a team's store away as the run printed its tracebacks): their reports are
awaited again, and signed when the store says it is back (or at the next refresh), not left unsigned for good; so
are the run names (a report whose error never came is named only while it awaits the run's name).
*/
export function signAgain(
	state: ReviewState,
	keys: readonly string[] | undefined,
	storeBackWhenAsked?: number,
): ReviewState {
	if (keys === undefined || keys.length === 0) {
		return state;
	}

	const awaiting: ReviewState = {
		...state,
		awaitingError: new Set([...(state.awaitingError ?? []), ...keys]),
		awaitingRun: new Set([...(state.awaitingRun ?? []), ...keys]),
	};
	// Asked while the store was away and refused after it said it was back (a loaded machine: the notice came while
	// the request was still on its way): that notice found nothing to sign, and no other may come.
	return storeBackWhenAsked !== undefined &&
		storeBackWhenAsked < (state.storeBack ?? 0)
		? addLateSignatures(awaiting)
		: awaiting;
}
