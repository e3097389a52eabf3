/**
The issue link (`I`): type a reference (`#123`, `JIRA-45`, a URL) for the current failure, or for every
marked one; Enter saves it with the decision, an empty line removes it. On an undecided failure that
decides it (its suggestion, or the pending priority), as a note does. What a reference may be and the
URL it stands for are `triage/issue-link.ts`'s.
*/
import {sanitizeLine} from '../log/sanitize.js';
import {parseIssueRef} from '../triage/issue-link.js';
import {groupThousands} from '../text.js';
import {
	afterTyping,
	decide,
	editedRow,
	inputOf,
	shortId,
	targetRows,
} from './decide.js';
import {enter, leave} from './modes.js';
import {withStatus, type ReviewState} from './state.js';

/** `I`: type the issue of the current row, or of the marked rows, starting from the one they share. */
export function editIssue(state: ReviewState): ReviewState {
	const rows = targetRows(state);
	if (rows.length === 0) {
		return state;
	}

	const issues = new Set(rows.map(row => row.decision?.issue ?? ''));
	const [shared = ''] = issues.size === 1 ? issues : [];
	return {
		...enter(state, 'issue'),
		draft: shared,
		editingKey: state.marks.size > 0 ? undefined : rows[0]!.key,
		status:
			state.marks.size > 0
				? {
						text: `the issue of the ${groupThousands(state.marks.size)} marked failures`,
						tone: 'info',
					}
				: undefined,
	};
}

/** Save the reference typed on the rows that do not have it yet; a bad one stays in the input, said why. */
export function submitIssue(state: ReviewState): ReviewState {
	const edited = editedRow(state);
	// The marked rows, or the row the typing began on (not the selection another session's decision moved).
	const rows =
		state.marks.size > 0 ? targetRows(state) : edited ? [edited] : [];
	if (rows.length === 0) {
		return leave(state);
	}

	const parsed = parseIssueRef(state.draft);
	if ('error' in parsed) {
		return withStatus(state, parsed.error, 'error');
	}

	const ref = parsed.ref ?? '';
	const changed = rows.filter(row => (row.decision?.issue ?? '') !== ref);
	if (changed.length === 0) {
		return afterTyping(
			state,
			withStatus(
				{...leave(state), draft: ''},
				ref === '' ? 'no issue linked' : 'issue unchanged',
			),
		);
	}

	const priority = state.pendingPriority;
	const inputs = changed.map(row =>
		inputOf(state, row, row.category, priority ?? row.priority, undefined, ref),
	);
	const undecided = changed.filter(row => row.decision === undefined).length;
	const what =
		ref === '' ? 'removed the issue link' : `linked ${sanitizeLine(ref)}`;
	const id =
		changed.length === 1 ? shortId(changed[0]!.analyzed.failure.id) : undefined;
	const where = id ?? `${changed.length} failures`;
	const decided =
		undecided === 0
			? ''
			: undecided === 1 && changed.length === 1
				? ` (and ${changed[0]!.category} ${priority ?? changed[0]!.priority})`
				: ` (and decided ${undecided} that had only a suggestion)`;
	return afterTyping(
		state,
		decide({...leave(state), draft: ''}, inputs, changed, {
			isMoving: false,
			message: {
				text: `${what}${decided}: ${where}`,
				...(id !== undefined && {id}),
			},
			edit: {
				field: 'issue',
				isPriorityOwn: priority !== undefined,
				message: {text: `${what}: ${where}`, ...(id !== undefined && {id})},
			},
		}),
	);
}
