/**
Two reviews of one triage file, a key in each on one failure within the screen's refresh (every 2 s): a note saved in
one put the suggestion's BUG HIGH over the TEST_DESIGN the other had decided 50 ms before, and a category key in the
other dropped the note saved here 50 ms before (QA 51, two tmux windows on one file). Each save now takes what its
key did not change from the journal as it is at the save. The other session is a second journal on the same file;
the screen under test reads the file only when it saves (its refresh is off).
*/
import {expect, test} from 'vitest';
import {onDecidedNow} from '../../source/review/field-edit.js';
import {decisionFor} from '../../source/triage/journal/decision-state.js';
import {openJournal} from '../../source/triage/journal.js';
import {fixture, frame, keys, press, renderReview, type} from './helpers.js';

function otherSession(path: string) {
	return openJournal(path, {now: () => new Date()});
}

test('a note saved on a failure another session decided meanwhile keeps that decision, with the note', async () => {
	const data = await fixture();
	const app = await renderReview(data);
	const [first] = data.review().rows;
	const {id, phase} = first!.analyzed.failure;
	await press(app, '#');
	await type(app, 'from here');
	// The other review: `t` on the same failure, after this screen last read the file.
	otherSession(data.journalPath).decide({
		id,
		phase,
		category: 'TEST_DESIGN',
		priority: 'LOW',
		note: '',
	});
	await press(app, keys.enter);
	const saved = decisionFor(otherSession(data.journalPath).state(), id, phase);
	// It saved BUG HIGH (the suggestion, as the row showed it undecided) with the note.
	expect(saved).toMatchObject({
		category: 'TEST_DESIGN',
		priority: 'LOW',
		note: 'from here',
	});
	expect(frame(app)).toMatch(/TEST_DESIGN/);
	app.unmount();
});

test('a category key on a failure whose note another session saved meanwhile keeps the note', async () => {
	const data = await fixture();
	const app = await renderReview(data);
	const [first] = data.review().rows;
	const {id, phase} = first!.analyzed.failure;
	otherSession(data.journalPath).decide({
		id,
		phase,
		category: 'BUG',
		priority: 'HIGH',
		note: 'from there',
		issue: '#12',
	});
	await press(app, 't');
	const saved = decisionFor(otherSession(data.journalPath).state(), id, phase);
	// It saved TEST_DESIGN with the note the screen knew: none.
	expect(saved).toMatchObject({
		category: 'TEST_DESIGN',
		note: 'from there',
		issue: '#12',
	});
	app.unmount();
});

test('what each save changes, as plain data', () => {
	const input = {
		id: 't::a',
		phase: 'call' as const,
		category: 'BUG',
		priority: 'HIGH',
		note: 'mine',
	};
	const now = new Map([
		[
			't::a',
			{
				id: 't::a',
				category: 'ENVIRONMENT',
				priority: 'LOW',
				note: 'theirs',
				issue: '#9',
			},
		],
	]) as unknown as Parameters<typeof onDecidedNow>[2];
	const message = {text: 'saved note: t::a'};
	// A note: their category, priority and issue, my note.
	expect(
		onDecidedNow([input], {field: 'note', isPriorityOwn: false, message}, now),
	).toEqual({
		decisions: [
			{...input, category: 'ENVIRONMENT', priority: 'LOW', issue: '#9'},
		],
		isKept: true,
	});
	// A priority pressed before the note is mine.
	expect(
		onDecidedNow([input], {field: 'note', isPriorityOwn: true, message}, now)
			?.decisions[0]?.priority,
	).toBe('HIGH');
	// A category key: my category and priority, their note and issue.
	expect(onDecidedNow([input], undefined, now)).toEqual({
		decisions: [{...input, note: 'theirs', issue: '#9'}],
		isKept: false,
	});
	// Undecided there: as given.
	expect(
		onDecidedNow([input], undefined, new Map() as typeof now),
	).toBeUndefined();
});
