import {expect, test} from 'vitest';
import type {UnsavedNote} from '../../source/review/state.js';
import {unsavedNoteLine} from '../../source/commands/review-not-saved.js';
import {
	fixture,
	press,
	redisIds,
	renderReview,
	settle,
	type,
} from './helpers.js';

const ctrlC = '\u0003';

async function quitWhileTyping(typed: string) {
	const data = await fixture();
	const quits: Array<{isInterrupt: boolean; note?: UnsavedNote}> = [];
	const app = await renderReview(data, {
		onQuit(isInterrupt, _notSaved, note) {
			quits.push({isInterrupt, ...(note && {note})});
		},
	});
	await press(app, '#');
	await type(app, typed);
	await press(app, ctrlC);
	app.unmount();
	return quits;
}

test('Ctrl+C while a note is typed quits, and hands the note typed to the exit, which prints it (QA 41)', async () => {
	const [first] = await redisIds();
	const quits = await quitWhileTyping('flaky on CI é 東京');
	// Before: the text typed was gone without a word.
	expect(quits).toEqual([
		{isInterrupt: true, note: {id: first, text: 'flaky on CI é 東京'}},
	]);
	expect(unsavedNoteLine(quits[0]!.note!)).toBe(
		`the note typed for ${first!} was not saved (Ctrl+C before Enter): flaky on CI é 東京`,
	);
});

test('Ctrl+C with nothing typed in the note says nothing of a note', async () => {
	const quits = await quitWhileTyping('');
	expect(quits).toEqual([{isInterrupt: true}]);
});

test('an escape sequence typed into the note is printed inert', () => {
	expect(
		unsavedNoteLine({id: 'tests/a.py::test_b', text: 'x\u001B]0;title\u0007y'}),
	).not.toMatch(/[\u0000-\u001F]/);
});

test('ended from outside (kill, the terminal closed) while a note is typed: quits as q does, and hands the note to the exit (QA 51)', async () => {
	const [first] = await redisIds();
	const data = await fixture();
	const quits: Array<{isInterrupt: boolean; note?: UnsavedNote}> = [];
	let end: (() => void) | undefined;
	const app = await renderReview(data, {
		onQuit(isInterrupt, _notSaved, note) {
			quits.push({isInterrupt, ...(note && {note})});
		},
		onEndRequest(given) {
			end = given;
		},
	});
	await press(app, '#');
	await type(app, 'half a note');
	end!();
	await settle();
	app.unmount();
	expect(quits).toEqual([
		{isInterrupt: false, note: {id: first, text: 'half a note'}},
	]);
	expect(unsavedNoteLine(quits[0]!.note!, 'SIGTERM')).toBe(
		`the note typed for ${first!} was not saved (triage was killed before Enter): half a note`,
	);
	expect(unsavedNoteLine(quits[0]!.note!, 'SIGHUP')).toContain(
		'(the terminal closed before Enter)',
	);
});
