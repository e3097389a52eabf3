/**
Lines that another program put into the triage file while a review has it open (a line of garbage typed in an
editor, one cut in half), read as the review refreshes: said once each, on the status line, as they are said at
open. Before (QA 53) a line of garbage appended read as "another session changed decisions", which none had.
*/
import type {Warning} from '../../log/model.js';
import {shownPath} from '../../shown-path.js';
import type {JournalNotice} from './api.js';
import {incompleteMessage, isIncompleteAction} from './lines.js';

/**
The notice for the warnings `after` holds that `before` did not, leaving out a line or an action still being
written (another session's append read half-way: whole at the next read); undefined when there is none.
*/
export function unreadableLinesNotice(
	path: string,
	before: readonly Warning[],
	after: readonly Warning[],
): JournalNotice | undefined {
	if (before === after) {
		return undefined;
	}

	const added = after.filter(
		warning =>
			warning.message !== incompleteMessage &&
			!isIncompleteAction(warning.message) &&
			!before.some(
				old => old.line === warning.line && old.message === warning.message,
			),
	);
	const [first] = added;
	if (first === undefined) {
		return undefined;
	}

	const name = shownPath(path);
	return {
		message:
			added.length === 1
				? `${name}:${first.line}: ${first.message} (written there by another program)`
				: `${name}: ${added.length} lines written there by another program skipped (line ${first.line}: ${first.message})`,
		isProblem: true,
	};
}
