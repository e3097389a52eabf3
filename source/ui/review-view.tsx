/**
The review screen as it is drawn: the header, the list, the detail pane or the overlay of the current mode,
the status line and the footer, from the reducer's state. It renders text and never dispatches.
*/
import {useMemo, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import {draftWindow} from '../review/draft-window.js';
import {textWidth} from '../text-width.js';
import {helpLines, hintsFor} from '../review/keymap/help.js';
import {displayKey} from '../review/keymap/key-names.js';
import {layoutOf, ownersColumnWidth, type Viewport} from '../review/layout.js';
import {listColumnsOf} from '../review/list-columns.js';
import {
	currentRow,
	type ReviewState,
	type StatusText,
} from '../review/state.js';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {collectOnlyOf, usageErrorOf} from '../log/summary.js';
import {isTypingMode} from '../review/modes.js';
import {categoryKeysOf, paneRow} from '../review/decide.js';
import {parseSearch} from '../review/search.js';
import {unnamedFailingOf, unnamedSoFarText} from '../review/unnamed-failing.js';
import {defaultSortOrder, sortLabel} from '../review/sort.js';
import {summaryLines} from '../review/summary.js';
import {
	clusterDecisions,
	listedClusters,
	multiFailureClusterSizes,
} from '../review/clusters.js';
import type {Theme} from '../review/theme.js';
import {groupThousands} from '../text.js';
import {isStatusLong, questionLinesOf, StatusLine} from './status-line.js';
import {PreviewView} from './preview-view.js';
import {LinesView} from './lines-view.js';
import {Header} from './header.js';
import {Footer} from './footer.js';
import {FailureList, type Columns, unnamedText} from './failure-list.js';
import {DetailPane} from './detail-pane.js';
import {ClusterList} from './cluster-list.js';

/** What the status line says before the text being typed. */
const typingLabels: Partial<Record<ReviewState['mode'], string>> = {
	note: 'note: ',
	issue: 'issue: ',
	filter: 'filter /',
	search: 'search /',
	rerun: 'run again, times: ',
};

const typingPlaceholders: Partial<Record<ReviewState['mode'], string>> = {
	note: 'type a note, Enter saves, esc cancels',
	issue: '#123, JIRA-45 or a URL; Enter saves, empty removes, esc cancels',
	filter: 'regex over id and headline, ! inverts; the list follows as you type',
	search: 'text in an id or headline; Enter keeps it for n/N, esc goes back',
	rerun: `a number from 1 to 100 (empty: 5); Enter starts, esc cancels`,
};

function filterLabelOf(state: ReviewState): string | undefined {
	const parts: string[] = [];
	if (state.cluster !== undefined) {
		parts.push(`cluster ${state.cluster}`);
	}

	if (state.quick !== 'all') {
		parts.push(state.quick);
	}

	if (state.text.pattern || state.text.isInverted) {
		parts.push(`/${sanitizeLine(state.text.text)}/`);
	}

	return parts.length === 0 ? undefined : parts.join(' ');
}

/** A live run's log is still being read: what is not there yet may come. */
function isRunning(state: ReviewState): boolean {
	return state.live !== undefined && state.live.phase !== 'ended';
}

function fallbackStatus(
	state: ReviewState,
	isCollectOnly: boolean,
	usageError: string | undefined,
): string | StatusText {
	if (state.rows.length === 0) {
		const unnamed = unnamedFailingOf(state);
		if (isRunning(state)) {
			return unnamed > 0
				? `${unnamedSoFarText(unnamed)}. q quits.`
				: 'No failures yet. q quits.';
		}

		return isCollectOnly
			? 'No test ran (pytest --collect-only): nothing to triage. q quits.'
			: usageError
				? `No test ran: ${sanitizeLine(usageError)}. q quits.`
				: unnamed > 0
					? `${unnamedText(unnamed)}. q quits.`
					: 'No failures to triage in this run. q quits.';
	}

	const row = currentRow(state);
	if (!row) {
		return '';
	}

	const id = shownId(row.analyzed.failure.id);
	return {
		text: `${groupThousands(state.cursor + 1)}/${groupThousands(state.visible.length)}: ${id}`,
		id,
	};
}

export type ReviewViewProps = {
	readonly state: ReviewState;
	readonly viewport: Viewport;
	readonly theme: Theme;
	/** The clock for a live run's elapsed time. */
	readonly now: number;
};

export function ReviewView({state, viewport, theme, now}: ReviewViewProps) {
	const layout = layoutOf(viewport, {isDetailShown: state.isDetailShown});
	const {width} = layout;
	const columns: Columns = useMemo(
		() => ({
			...listColumnsOf(
				state.analysis.categories,
				state.analysis.priorities,
				width,
			),
			owners: ownersColumnWidth(state.analysis, width),
		}),
		[state.analysis, width],
	);
	// Only the clusters of several failures, by id (a failure of no other cluster is its cluster's only one): a map of
	// every cluster took tens of megabytes for 500,000 failures, nearly all alone in their clusters. Counted from
	// the failures, so that the first frame does not build the clusters (the list behind Tab, the summary do).
	const multiFailureClusters = useMemo(
		() => multiFailureClusterSizes(state.analysis.failures),
		[state.analysis],
	);
	const isCollectOnly = useMemo(
		() => collectOnlyOf(state.analysis.run) !== undefined,
		[state.analysis],
	);
	const usageError = useMemo(
		() => usageErrorOf(state.analysis.run),
		[state.analysis],
	);
	const hints = useMemo(
		() => hintsFor(state.keymap, state.mode),
		[state.keymap, state.mode],
	);
	// Built once per mode and data change, not on every scroll key.
	const overlayMode = isTypingMode(state.mode)
		? state.modeStack.at(-1)
		: state.mode;
	const overlayLines = useMemo(
		() =>
			overlayMode === 'help'
				? helpLines(state.keymap, width)
				: overlayMode === 'summary'
					? summaryLines(state.analysis, state.rows, width)
					: [],
		[overlayMode, state.keymap, state.analysis, state.rows, width],
	);
	const noteKey = useMemo(
		() =>
			displayKey(
				state.keymap.list.find(binding => binding.id === 'note')?.keys[0] ??
					'#',
			),
		[state.keymap],
	);
	const issueKey = useMemo(
		() =>
			displayKey(
				state.keymap.list.find(binding => binding.id === 'issue')?.keys[0] ??
					'I',
			),
		[state.keymap],
	);
	const categoryKeys = useMemo(
		() => categoryKeysOf(state.keymap),
		[state.keymap],
	);
	// While a note is typed, the failure it is for, wherever the list moved meanwhile.
	const row = paneRow(state);
	const clusterSize = row
		? (multiFailureClusters.get(row.analyzed.cluster) ?? 1)
		: 0;
	const showNew = state.analysis.runs.length > 1;

	const header = (
		<Header
			analysis={state.analysis}
			progress={state.progress}
			filterLabel={filterLabelOf(state)}
			sortLabel={
				state.sort === defaultSortOrder ? undefined : sortLabel(state.sort)
			}
			shown={state.visible.length}
			marked={state.marks.size}
			pendingPriority={state.pendingPriority}
			categoryKeys={categoryKeys}
			width={width}
			theme={theme}
			{...(state.live && {live: state.live, now})}
		/>
	);

	// While a search is typed, what it would find is highlighted.
	const shownSearch =
		state.mode === 'search' ? parseSearch(state.draft) : state.search;
	// Lines the detail pane can give a status that would lose its end: its own and its title's.
	const paneLines =
		state.isDetailShown && layout.hasDetailTitle ? layout.detail + 1 : 0;
	// The `R` prompt's status says what runs where (or why nothing can): too long for its line, it takes the detail
	// pane's (at 40×10 `✗ cannot run the tests again here: thei…` was all of the reason).
	const rerunStatusLines =
		state.mode === 'rerun' &&
		typeof state.rerunWhere === 'object' &&
		layout.bottom === 2
			? questionLinesOf(state.status, width, 1 + paneLines)
			: 1;
	// The undo question (another session's action) takes the detail pane's lines rather than lose its end: at
	// 40×10 it was cut to `undo another session's action: 7 decisi…`, what it would undo unread.
	const questionLines =
		state.mode === 'undo' && layout.bottom === 2
			? questionLinesOf(state.status, width, 1 + paneLines)
			: 1;
	const detailShrink = rerunStatusLines - 1 + questionLines - 1;
	let body: ReactNode;
	// A note, a filter or a search is typed over the mode it was opened from: that mode stays on screen.
	const shownMode = isTypingMode(state.mode)
		? (state.modeStack.at(-1) ?? 'list')
		: state.mode;
	switch (shownMode) {
		case 'detail': {
			body = layout.hasDetailTitle ? (
				<DetailPane
					isFullScreen
					row={row}
					analysis={state.analysis}
					height={layout.detailFull - detailShrink}
					width={width}
					scroll={state.scroll}
					isCapturedShown={state.isCapturedShown}
					isWrapped={state.isWrapped}
					clusterSize={clusterSize}
					noteKey={noteKey}
					issueKey={issueKey}
					theme={theme}
					isRunning={isRunning(state)}
				/>
			) : undefined;
			break;
		}

		case 'clusters': {
			body = (
				<ClusterListBody
					state={state}
					height={layout.overlay}
					width={width}
					categoryLabels={columns.categoryLabels}
				/>
			);
			break;
		}

		case 'preview': {
			body = state.preview ? (
				<PreviewView
					preview={state.preview}
					rows={state.rows}
					rowIndex={state.rowIndex}
					scroll={state.overlayScroll}
					height={layout.overlay}
					width={width}
					theme={theme}
					columns={columns}
				/>
			) : undefined;
			break;
		}

		case 'help':
		case 'summary': {
			body = (
				<LinesView
					lines={overlayLines}
					scroll={state.overlayScroll}
					height={layout.overlay}
					width={width}
					search={shownSearch}
					match={state.overlayMatch}
				/>
			);
			break;
		}

		default: {
			body = (
				<>
					<FailureList
						rows={state.rows}
						visible={state.visible}
						cursor={state.cursor}
						marks={state.marks}
						height={layout.list}
						width={width}
						columns={columns}
						isNewShown={showNew}
						search={shownSearch}
						theme={theme}
						isRunning={isRunning(state)}
						isCollectOnly={isCollectOnly}
						usageError={usageError}
						unnamedFailing={unnamedFailingOf(state)}
					/>
					{state.isDetailShown &&
					layout.hasDetailTitle &&
					(detailShrink === 0 || layout.detail - detailShrink >= 1) ? (
						<DetailPane
							row={row}
							analysis={state.analysis}
							height={layout.detail - detailShrink}
							width={width}
							scroll={state.scroll}
							isCapturedShown={state.isCapturedShown}
							isWrapped={state.isWrapped}
							clusterSize={clusterSize}
							noteKey={noteKey}
							issueKey={issueKey}
							theme={theme}
							isRunning={isRunning(state)}
						/>
					) : undefined}
				</>
			);
		}
	}

	let statusLine: ReactNode;
	let isStatusWrapped = false;
	// While typing, the input takes the status line and a complaint (a bad pattern) the footer's.
	const isTyping = isTypingMode(state.mode);
	if (isTyping) {
		const label = typingLabels[state.mode] ?? '';
		const shown = draftWindow(
			state.draft,
			state.draftCursor,
			width - textWidth(label),
		);
		statusLine = (
			<Box width={width} height={1}>
				<Box flexShrink={0}>
					<Text bold>{label}</Text>
				</Box>
				<Box flexGrow={1} flexShrink={1} minWidth={0} overflow="hidden">
					{/* The part of a long text around the cursor shows (`draft-window.ts`). */}
					<Text wrap="truncate-end">
						{shown.before}
						<Text inverse>{shown.at}</Text>
						{shown.after}
						{state.draft === '' ? (
							<Text dimColor>{typingPlaceholders[state.mode] ?? ''}</Text>
						) : undefined}
					</Text>
				</Box>
			</Box>
		);
	} else {
		const prefix = state.rerun
			? `[run again: ${state.rerun.done}/${state.rerun.total} done] `
			: '';
		// A status too long for its line takes the footer's too, rather than lose its end (the reason for `R`);
		// on a short terminal it keeps to its line, the id it names cut harder.
		isStatusWrapped =
			layout.bottom === 2 &&
			layout.statusLines === 2 &&
			isStatusLong(state.status, width, prefix);
		statusLine = (
			<StatusLine
				status={state.status}
				fallback={fallbackStatus(state, isCollectOnly, usageError)}
				theme={theme}
				prefix={prefix}
				width={width}
				lines={isStatusWrapped ? 2 : questionLines}
			/>
		);
	}

	// While typing, the footer's line says what is wrong with the text (a bad pattern).
	const footer =
		isTyping && state.status ? (
			<StatusLine
				status={state.status}
				fallback=""
				theme={theme}
				{...(rerunStatusLines > 1 && {width, lines: rerunStatusLines})}
			/>
		) : (
			<Footer hints={hints} width={width} />
		);
	// A terminal too short for both (20×4) keeps the footer's way out, or the text being typed.
	const isStatusShown =
		layout.bottom === 2 || (layout.bottom === 1 && isTyping);
	const isFooterShown =
		!isStatusWrapped &&
		(layout.bottom === 2 || (layout.bottom === 1 && !isTyping));
	return (
		<Box
			flexDirection="column"
			width={width}
			height={layout.frame}
			// Rows only: every line is cut to the width already, and clipping columns costs Ink a slice of
			// every line of every frame.
			overflowY="hidden"
		>
			{header}
			{body}
			<Box flexGrow={1} />
			{isStatusShown ? statusLine : undefined}
			{isFooterShown ? footer : undefined}
		</Box>
	);
}

function ClusterListBody({
	state,
	height,
	width,
	categoryLabels,
}: {
	readonly state: ReviewState;
	readonly height: number;
	readonly width: number;
	readonly categoryLabels: ReadonlyMap<string, string>;
}) {
	const {decided, decidedCategories} = useMemo(
		() => clusterDecisions(state.rows),
		[state.rows],
	);
	return (
		<ClusterList
			clusters={listedClusters(state)}
			shownFailures={
				state.visible.length === state.rows.length
					? undefined
					: state.visible.length
			}
			decided={decided}
			decidedCategories={decidedCategories}
			cursor={state.clusterCursor}
			height={height}
			width={width}
			categoryLabels={categoryLabels}
		/>
	);
}
