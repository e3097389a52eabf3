/**
A decision made before its error was known is signed once the error comes (`review/late-signatures.ts`). On a team's
store that went away, the signature is asked again when the store says it is back. When that notice comes while the
request made during the outage is still on its way (a loaded machine), the notice finds nothing to sign, and the
refusal that follows must ask again at once: no other notice may come (seen in CI, store/late-signature-away).
*/
import {beforeAll, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import type {Run} from '../../source/log/model.js';
import {type Decision, reportKey} from '../../source/triage/journal.js';
import {buildReview} from '../../source/triage/review.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import type {Effect, ReviewState} from '../../source/review/state.js';
import {loadRun, redisLog} from './helpers.js';

let run: Run;

beforeAll(async () => {
	run = await loadRun(redisLog);
});

type SignEffect = Extract<Effect, {type: 'addSignatures'}>;

function signEffects(state: ReviewState): SignEffect[] {
	return state.effects.filter(
		(effect): effect is SignEffect => effect.type === 'addSignatures',
	);
}

/** A review whose first failure was decided (unsigned) while its error was not known, and is now awaited. */
function awaiting(): {
	state: ReviewState;
	key: string;
	decisions: ReadonlyMap<string, Decision>;
} {
	const failure = run.failures[0]!;
	const decision: Decision = {
		id: failure.id,
		phase: failure.phase,
		category: 'BUG',
		priority: 'HIGH',
		note: '',
		at: '2026-12-05T10:00:00Z',
	};
	const decisions = new Map([[reportKey(failure.id, failure.phase), decision]]);
	const review = buildReview(analyze([run]), decisions);
	const state = createReviewState({review});
	// The row's key: its id (its phase too for a second report of the same test).
	const {key} = review.rows.find(row => row.decision === decision)!;
	return {state: {...state, awaitingError: new Set([key])}, key, decisions};
}

/** The store goes away: the first request for the signature is made, and is on its way. */
function askedWhileAway() {
	const {state, key, decisions} = awaiting();
	// Any journal update asks for what is awaited (here: the same decisions, read again).
	const asked = reviewReducer(state, {
		type: 'decisions',
		decisions,
		isOthers: true,
	});
	const [effect] = signEffects(asked);
	expect(effect?.keys).toEqual([key]);
	return {
		state: reviewReducer(asked, {type: 'effectsDone', through: effect!.id}),
		effect: effect!,
		key,
	};
}

test('refused after the store said it was back: asked again at once', () => {
	const {state, effect, key} = askedWhileAway();
	const back = reviewReducer(state, {
		type: 'info',
		message: 'store connected again: decisions are saved',
		isStoreBack: true,
	});
	// Nothing is awaited now: the request is on its way.
	expect(signEffects(back)).toEqual([]);
	const refused = reviewReducer(back, {
		type: 'failed',
		message: 'decisions saved, but not the errors they were made on: gone',
		unsigned: effect.keys,
		storeBack: effect.storeBack,
	});
	expect(signEffects(refused).map(each => each.keys)).toEqual([[key]]);
	expect(refused.awaitingError?.has(key)).toBe(false);
	expect(refused.status?.text).toMatch(/not the errors they were made on/);
});

test('refused while the store is still away: awaited until it says it is back', () => {
	const {state, effect, key} = askedWhileAway();
	const refused = reviewReducer(state, {
		type: 'failed',
		message: 'decisions saved, but not the errors they were made on: gone',
		unsigned: effect.keys,
		storeBack: effect.storeBack,
	});
	expect(signEffects(refused)).toEqual([]);
	expect(refused.awaitingError?.has(key)).toBe(true);
	// Another notice (a paste ignored, say) is no sign the store is back.
	const other = reviewReducer(refused, {
		type: 'info',
		message: 'paste ignored',
	});
	expect(other.storeBack ?? 0).toBe(0);
	const back = reviewReducer(other, {
		type: 'info',
		message: 'store connected again: decisions are saved',
		isStoreBack: true,
	});
	expect(signEffects(back).map(each => each.keys)).toEqual([[key]]);
});
