/**
The cluster preview (`x`): which rows of the current row's cluster its decision (or its suggestion)
would change, shown before anything is saved; `y` applies it, `esc` cancels.
*/
import {sanitizeLine} from '../log/sanitize.js';
import {groupThousands} from '../text.js';
import {decide, inputOf, knowsError} from './decide.js';
import {
	currentRow,
	withStatus,
	type Preview,
	type ReviewState,
} from './state.js';

/** What `x` would change: the rows of the current row's cluster whose decision differs. */
export function previewCluster(state: ReviewState): ReviewState {
	const row = currentRow(state);
	if (!row) {
		return state;
	}

	// A failure known only from its progress line (a live run before FAILURES, --tb=no -rN) has no error
	// to group by: every such failure has the same empty signature, which is no cluster of one error.
	if (!knowsError(row)) {
		// A live run prints its errors at its end; a log read to its end (pytest crashed) never will.
		const isRunning = state.live !== undefined && state.live.phase !== 'ended';
		return withStatus(
			state,
			isRunning
				? "no cluster yet: the log does not say this failure's error (a live run prints it at its end)"
				: "no cluster: the log does not show this failure's error",
		);
	}

	const isDecided = row.decision !== undefined && !row.isStale;
	// A stale decision is not in effect (it was made on another error): the suggestion is, as the preview says.
	// row.category and row.priority are the stale decision's, which x offered labelled `(its suggestion)`.
	const {suggestion} = row.analyzed;
	const category = isDecided ? row.decision.category : suggestion.category;
	const priority =
		state.pendingPriority ??
		(isDecided ? row.decision.priority : suggestion.priority);
	// An issue link names the error: the whole cluster shares it.
	const issue = isDecided ? row.decision.issue : undefined;
	const {cluster} = row.analyzed;
	const {keys, replaced, size} = changedRows(
		state,
		cluster,
		category,
		priority,
		issue,
	);
	if (keys.length === 0) {
		return withStatus(
			state,
			size === 1
				? `cluster ${cluster} has no other failure: this one is already ${decisionText(category, priority, issue)}`
				: alreadyText(size, cluster, category, priority, issue),
		);
	}

	const preview: Preview = {
		cluster,
		signature: row.analyzed.signature,
		category,
		priority,
		isSuggested: !isDecided,
		...(issue !== undefined && {issue}),
		keys,
		replaced,
		size,
	};
	return {
		...state,
		mode: 'preview',
		overlayScroll: 0,
		preview,
		status: undefined,
	};
}

/** The rows of `cluster` whose decision differs from the one to apply, and how many of them have one it replaces. */
function changedRows(
	state: ReviewState,
	cluster: string,
	category: string,
	priority: string,
	issue: string | undefined,
): {keys: string[]; replaced: number; size: number} {
	let size = 0;
	let replaced = 0;
	const keys: string[] = [];
	for (const candidate of state.rows) {
		if (candidate.analyzed.cluster !== cluster) {
			continue;
		}

		size++;
		const {decision} = candidate;
		if (
			!decision ||
			candidate.isStale ||
			decision.category !== category ||
			decision.priority !== priority ||
			(issue !== undefined && decision.issue !== issue)
		) {
			keys.push(candidate.key);
			if (decision) {
				replaced++;
			}
		}
	}

	return {keys, replaced, size};
}

function decisionText(
	category: string,
	priority: string,
	issue: string | undefined,
): string {
	return `${category} ${priority}${issue === undefined ? '' : ` (${sanitizeLine(issue)})`}`;
}

function alreadyText(
	size: number,
	cluster: string,
	category: string,
	priority: string,
	issue: string | undefined,
): string {
	return `all ${groupThousands(size)} failures of cluster ${cluster} are already ${decisionText(category, priority, issue)}`;
}

/**
The preview open while decisions of another session come in (a teammate on the store decides a failure of the
cluster): its rows and what it replaces are worked out again from the rows as they are now. Before, its footer
still said `replaces no decision` beside the teammate's decision marked `!`, and y replaced it unannounced.
*/
export function refreshPreview(state: ReviewState): ReviewState {
	const {preview} = state;
	if (state.mode !== 'preview' || !preview) {
		return state;
	}

	const {keys, replaced, size} = changedRows(
		state,
		preview.cluster,
		preview.category,
		preview.priority,
		preview.issue,
	);
	if (keys.length === 0) {
		return withStatus(
			{...state, mode: 'list', preview: undefined},
			`nothing to apply: ${alreadyText(size, preview.cluster, preview.category, preview.priority, preview.issue)}`,
		);
	}

	if (
		replaced === preview.replaced &&
		size === preview.size &&
		keys.length === preview.keys.length &&
		keys.every((key, index) => preview.keys[index] === key)
	) {
		return state;
	}

	return {...state, preview: {...preview, keys, replaced, size}};
}

/** Apply what the preview shows, then go on to the next failure that needs a look. */
export function confirmPreview(state: ReviewState): ReviewState {
	const {preview} = state;
	if (!preview) {
		return {...state, mode: 'list'};
	}

	const rows = preview.keys
		.map(key => state.rows[state.rowIndex.get(key) ?? -1])
		.filter(row => row !== undefined);
	const inputs = rows.map(row =>
		inputOf(
			state,
			row,
			preview.category,
			preview.priority,
			undefined,
			preview.issue,
		),
	);
	// As a single decision does: on to the next failure that needs a look.
	const saved = decide({...state, marks: new Set()}, inputs, rows, {
		isMoving: true,
		message: {
			text: `saved: ${decisionText(preview.category, preview.priority, preview.issue)} on ${groupThousands(inputs.length)} failure${inputs.length === 1 ? '' : 's'} of cluster ${preview.cluster}`,
		},
	});
	return {...saved, mode: 'list', preview: undefined};
}

export function cancelPreview(state: ReviewState): ReviewState {
	return withStatus(
		{...state, mode: 'list', preview: undefined},
		'nothing changed',
	);
}
