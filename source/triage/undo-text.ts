/**
What an undo would revert, in words for one line: `6,687 decisions by ada at 10:42`. The review's question
before it undoes another session's action and `triage undo`'s report both say it this way. The id, the
author and the time come from the journal (a file anyone may edit): made inert and clipped here.
*/
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {groupThousands} from '../text.js';
import type {UndoTarget} from './journal/undo-target.js';

const defaultIdWidth = 40;
const authorWidth = 24;

/**
What the action did, who did it and when: `6,687 decisions by ada at 10:42`. Its id is cut to `idWidth`
characters (the review's question fits a line so); `triage undo` cuts it only to fit a terminal.
*/
export function actionText(
	target: UndoTarget,
	now: Date,
	idWidth = defaultIdWidth,
): string {
	const by =
		target.by === undefined || target.by === ''
			? ''
			: ` by ${clipEnd(sanitizeLine(target.by), authorWidth)}`;
	const when = whenText(target.at, now);
	return `${whatText(target, idWidth)}${by}${when === undefined ? '' : ` ${when}`}`;
}

/** The test the action touched, as `actionText` names it (made inert, clipped); undefined: several. */
export function actionIdText(
	target: UndoTarget,
	idWidth = defaultIdWidth,
): string | undefined {
	return target.id === undefined
		? undefined
		: clipStart(shownId(target.id), idWidth);
}

function whatText(target: UndoTarget, idWidth: number): string {
	const {reports, tests, kind} = target;
	const count = groupThousands(reports);
	const decisions = reports === 1 ? 'a decision' : `${count} decisions`;
	const test = actionIdText(target, idWidth);
	const onTests =
		test === undefined
			? tests === reports
				? ''
				: ` on ${groupThousands(tests)} tests`
			: ` on ${test}`;
	switch (kind) {
		case 'decide': {
			return `${decisions}${onTests}`;
		}

		case 'clear': {
			return test === undefined
				? `${decisions} removed${onTests}`
				: `${decisions} removed from ${test}`;
		}

		case 'both': {
			return `${count} changes to decisions${onTests}`;
		}
	}
}

/**
`at 10:42` (local time) on the day of `now`, else `on 2026-11-30 10:42`; undefined when the journal's
time is not one.
*/
export function whenText(
	at: string | undefined,
	now: Date,
): string | undefined {
	if (at === undefined) {
		return undefined;
	}

	const time = new Date(at);
	if (Number.isNaN(time.getTime())) {
		return undefined;
	}

	const clock = `${twoDigits(time.getHours())}:${twoDigits(time.getMinutes())}`;
	const day = `${time.getFullYear()}-${twoDigits(time.getMonth() + 1)}-${twoDigits(time.getDate())}`;
	const today = `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
	return day === today ? `at ${clock}` : `on ${day} ${clock}`;
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/** The end of a long id (where the test's name is), with `…` for what is cut. */
function clipStart(text: string, width: number): string {
	const characters = [...text];
	return characters.length <= width
		? text
		: `…${characters.slice(-(width - 1)).join('')}`;
}

function clipEnd(text: string, width: number): string {
	const characters = [...text];
	return characters.length <= width
		? text
		: `${characters.slice(0, width - 1).join('')}…`;
}
