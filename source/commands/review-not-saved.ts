/**
What quitting says of decisions that failed to save (a full disk, a read-only folder, a lost store) and were not
made again: the screen said NOT saved at the time, but a script reads `$?` and a person may have looked away.
*/
import path from 'node:path';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {namedOf} from '../review/not-saved-rows.js';
import type {UnsavedNote} from '../review/state.js';
import {shownPath} from '../shown-path.js';

/**
The one line for stderr, once the screen is left, naming the tests (`tests`: those the screen's rows named, which may
be fewer than `notSaved`), so that the person knows which to make again (team tour 64); undefined when every decision
was saved.
*/
export function notSavedLine(
	notSaved: number,
	journalPath: string,
	tests: readonly string[] = [],
): string | undefined {
	if (notSaved <= 0) {
		return undefined;
	}

	// A store is named by its URL (without its password), a triage file as the user would type it.
	const where = path.isAbsolute(journalPath)
		? shownPath(journalPath)
		: journalPath;
	const count = notSaved.toLocaleString('en-US');
	const named = namedOf(tests, notSaved);
	const which = named === undefined ? '' : `: ${named}`;
	return notSaved === 1
		? `1 decision was NOT saved to ${where} (make it again once it can be written)${which}`
		: `${count} decisions were NOT saved to ${where} (make them again once it can be written)${which}`;
}

/**
A note typed when Ctrl+C quit, or a signal ended the review (`signal`: a kill, the terminal closed), before Enter saved
it: said with its text, so that it can be typed again.
*/
export function unsavedNoteLine(
	note: UnsavedNote,
	signal?: NodeJS.Signals,
): string {
	const when =
		signal === undefined || signal === 'SIGINT'
			? 'Ctrl+C before Enter'
			: signal === 'SIGHUP'
				? 'the terminal closed before Enter'
				: 'triage was killed before Enter';
	return `the note typed for ${sanitizeLine(shownId(note.id))} was not saved (${when}): ${sanitizeLine(note.text)}`;
}
