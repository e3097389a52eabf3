/**
The review screen's root: the one component that owns input and effects. Keys become normalized names and go
to the reducer, which looks them up in the current mode's keymap table; the I/O the reducer asks for (saving
decisions, undo, the resume state, the editor, the clipboard) runs here after the commit, through props, so
that tests pass fakes.
*/
import {
	useCallback,
	useEffect,
	useLayoutEffect,
	useMemo,
	useReducer,
	useRef,
	useState,
	useSyncExternalStore,
	type ReactNode,
} from 'react';
import {Box, Text, useApp, useInput, useStdin} from 'ink';
import type {Prefs, ResumeState} from './prefs.js';
import type {DecisionJournal, JournalEvent} from './triage/journal.js';
import type {LiveSnapshot} from './live/live-review.js';
import type {Review} from './triage/review.js';
import {ClusterList} from './ui/cluster-list.js';
import {DetailPane} from './ui/detail-pane.js';
import type {EditorTarget} from './review/detail-text.js';
import {FailureList, type Columns} from './ui/failure-list.js';
import {Footer} from './ui/footer.js';
import {Header} from './ui/header.js';
import {defaultKeymap} from './review/keymap/default-keymap.js';
import {helpLines, hintsFor} from './review/keymap/help.js';
import {displayKey, keyNames} from './review/keymap/key-names.js';
import type {Keymap} from './review/keymap/types.js';
import {
	layoutOf,
	ownersColumnWidth,
	previewTitleHeight,
} from './review/layout.js';
import {listColumnsOf} from './review/list-columns.js';
import {LinesView} from './ui/lines-view.js';
import {PreviewView} from './ui/preview-view.js';
import {
	createReviewState,
	reviewReducer,
	type ReviewAction,
} from './review/review-reducer.js';
import {
	currentRow,
	type Effect,
	type ReviewState,
	type Status,
} from './review/state.js';
import {sanitizeLine} from './log/sanitize.js';
import {isTypingMode} from './review/modes.js';
import {parseSearch} from './review/search.js';
import {defaultSortOrder, sortLabel} from './review/sort.js';
import {StatusLine} from './ui/status-line.js';
import {summaryLines} from './review/summary.js';
import {themeFromEnvironment, type Theme} from './review/theme.js';
import {useTerminalSize} from './ui/use-terminal-size.js';

/**
What the screen needs of the journal (the triage file or a team's store): every action has saved when it
returns, or when its promise resolves (a store: after the commit).
*/
export type ReviewJournal = Pick<
	DecisionJournal,
	'decideMany' | 'undo' | 'state' | 'refresh' | 'takeNotice'
>;

export type AppProps = {
	readonly review: Review;
	readonly journal: ReviewJournal;
	/** The triage file, for the resume state. */
	readonly triagePath?: string;
	/** The logs opened, kept in the resume state so that `triage` alone reopens them. */
	readonly logs?: readonly string[];
	readonly prefs?: Pick<Prefs, 'setResume'>;
	/** Where the person stopped last time. */
	readonly resume?: ResumeState;
	readonly keymap?: Keymap;
	/** A first status line (warnings about the log or the journal). */
	readonly notice?: Status;
	readonly theme?: Theme;
	/** Milliseconds between checks for other sessions' decisions; 0 never checks. */
	readonly refreshInterval?: number;
	readonly onOpenEditor?: (target: EditorTarget) => Promise<void> | void;
	/** Put text on the clipboard (OSC 52). */
	readonly onCopy?: (text: string) => void;
	/** Called once the resume state is saved, before the app exits. */
	readonly onQuit?: () => void;
	/** A run still being read: newer reviews of it as they come, and its progress for the header. */
	readonly live?: LiveSource;
};

/** Where a live run's reviews come from (`LiveReview`): an external store. */
export type LiveSource = {
	readonly subscribe: (listener: () => void) => () => void;
	readonly get: () => LiveSnapshot;
};

const noSubscribe = () => () => undefined;
const noSnapshot = () => undefined;
/** What the status line says before the text being typed. */
const typingLabels: Partial<Record<ReviewState['mode'], string>> = {
	note: 'note: ',
	issue: 'issue: ',
	filter: 'filter /',
	search: 'search /',
};

const typingPlaceholders: Partial<Record<ReviewState['mode'], string>> = {
	note: 'type a note, Enter saves, esc cancels',
	issue: '#123, JIRA-45 or a URL; Enter saves, empty removes, esc cancels',
	filter: 'regex over id and headline, ! inverts; the list follows as you type',
	search: 'text in an id or headline; Enter keeps it for n/N, esc goes back',
};

function errorText(error: unknown): string {
	return sanitizeLine(error instanceof Error ? error.message : String(error));
}

/** What the screen says after an undo. */
function undoneAction(
	events: readonly JournalEvent[],
	journal: ReviewJournal,
): ReviewAction {
	if (events.length === 0) {
		return {type: 'failed', message: 'nothing to undo'};
	}

	const first = events[0]!;
	// An undo restores every entry of each test it touches, so count tests, not events.
	const tests = new Set(events.map(event => event.id)).size;
	const isRemoval = events.every(event => event.t === 'clear');
	const what =
		tests === 1
			? `${isRemoval ? 'decision removed from' : 'decision restored on'} ${sanitizeLine(first.id)}`
			: `decisions restored on ${tests} tests`;
	return {
		type: 'decisions',
		decisions: journal.state(),
		message: `undone: ${what}`,
		select: first.id,
	};
}

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

function fallbackStatus(state: ReviewState): string {
	if (state.rows.length === 0) {
		return 'No failures to triage in this run. q quits.';
	}

	const row = currentRow(state);
	if (!row) {
		return '';
	}

	return `${state.cursor + 1}/${state.visible.length}: ${sanitizeLine(row.analyzed.failure.id)}`;
}

export default function App({
	review,
	journal,
	triagePath,
	logs,
	prefs,
	resume,
	keymap = defaultKeymap,
	notice,
	theme: givenTheme,
	refreshInterval = 2000,
	onOpenEditor,
	onCopy,
	onQuit,
	live,
}: AppProps) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const viewport = useTerminalSize();
	const theme = useMemo(
		() => givenTheme ?? themeFromEnvironment(),
		[givenTheme],
	);
	const [state, dispatch] = useReducer(
		reviewReducer,
		undefined,
		(): ReviewState =>
			createReviewState({
				review,
				keymap,
				viewport,
				...(resume?.selectedId === undefined
					? {}
					: {selectedId: resume.selectedId}),
				...(resume?.filter === undefined ? {} : {filter: resume.filter}),
				...(resume?.sort === undefined ? {} : {sort: resume.sort}),
				...(notice === undefined ? {} : {status: notice}),
			}),
	);

	const isTypingNow = isTypingMode(state.mode);
	useInput(
		(input, key) => {
			const names = keyNames(input, key);
			// A line typed or pasted in one piece ("primary\r") ends at its Enter: anything pasted after it is
			// dropped rather than taken as keys (a stray `b` would decide a failure).
			const end = isTypingNow ? names.indexOf('return') : -1;
			for (const name of end === -1 ? names : names.slice(0, end + 1)) {
				dispatch({type: 'key', name});
			}
		},
		{isActive: Boolean(isRawModeSupported)},
	);

	useEffect(() => {
		dispatch({type: 'resize', viewport});
	}, [viewport]);

	// The reducer only records intents; they run here, once each, after the frame that shows them.
	const handled = useRef(0);
	const run = useCallback(
		(effect: Effect): ReviewAction | Promise<ReviewAction> | undefined => {
			switch (effect.type) {
				case 'save': {
					const saved = journal.decideMany(effect.decisions);
					const done = (): ReviewAction => ({
						type: 'decisions',
						decisions: journal.state(),
						message: effect.message,
					});
					return saved instanceof Promise ? saved.then(done) : done();
				}

				case 'undo': {
					const undone = journal.undo();
					return undone instanceof Promise
						? undone.then(events => undoneAction(events, journal))
						: undoneAction(undone, journal);
				}

				case 'quit': {
					if (prefs && triagePath !== undefined) {
						prefs.setResume(triagePath, {
							...(effect.selectedId === undefined
								? {}
								: {selectedId: effect.selectedId}),
							filter: effect.filter,
							...(effect.sort === defaultSortOrder ? {} : {sort: effect.sort}),
							...(logs === undefined ? {} : {logs: [...logs]}),
						});
					}

					onQuit?.();
					exit();
					return undefined;
				}

				case 'openEditor': {
					if (!onOpenEditor) {
						return {type: 'failed', message: 'no editor available here'};
					}

					const message = `back from the editor (${sanitizeLine(effect.target.file)})`;
					return Promise.resolve(onOpenEditor(effect.target)).then(
						(): ReviewAction => ({type: 'info', message}),
					);
				}

				case 'copy': {
					onCopy?.(effect.text);
					return undefined;
				}
			}
		},
		[journal, prefs, triagePath, logs, onOpenEditor, onCopy, onQuit, exit],
	);

	// A layout effect: the save is on disk and the frame says "saved" before the next key is read.
	useLayoutEffect(() => {
		const pending = state.effects.filter(effect => effect.id > handled.current);
		if (pending.length === 0) {
			return;
		}

		handled.current = pending.at(-1)!.id;
		dispatch({type: 'effectsDone', through: handled.current});
		for (const effect of pending) {
			const onError = (error: unknown) => {
				dispatch({
					type: 'failed',
					message:
						effect.type === 'save'
							? `NOT saved: ${errorText(error)}`
							: errorText(error),
				});
			};

			try {
				const result = run(effect);
				if (result instanceof Promise) {
					result.then(dispatch, onError);
				} else if (result) {
					dispatch(result);
				}
			} catch (error) {
				onError(error);
			}
		}
	}, [state.effects, run]);

	// Another session may append to the same journal: pick its decisions up.
	useEffect(() => {
		if (refreshInterval <= 0) {
			return;
		}

		const timer = setInterval(() => {
			try {
				// A store says when its connection went and came back.
				for (
					let notice = journal.takeNotice?.();
					notice !== undefined;
					notice = journal.takeNotice?.()
				) {
					dispatch(
						notice.isProblem
							? {type: 'failed', message: sanitizeLine(notice.message)}
							: {type: 'info', message: sanitizeLine(notice.message)},
					);
				}

				if (journal.refresh()) {
					dispatch({
						type: 'decisions',
						decisions: journal.state(),
						message: 'updated: another session changed decisions',
					});
				}
			} catch (error) {
				dispatch({type: 'failed', message: errorText(error)});
			}
		}, refreshInterval);
		timer.unref?.();
		return () => {
			clearInterval(timer);
		};
	}, [journal, refreshInterval]);

	// A run still being read: each newer review replaces the rows, the person keeps their place.
	const snapshot = useSyncExternalStore(
		live?.subscribe ?? noSubscribe,
		live?.get ?? noSnapshot,
	);
	const shownReview = useRef(review);
	useEffect(() => {
		if (!snapshot) {
			return;
		}

		// The rows and the header's progress change in one step: no frame shows one without the other.
		const next = snapshot.review;
		const isNew = next !== undefined && next !== shownReview.current;
		if (isNew) {
			shownReview.current = next;
		}

		dispatch({
			type: 'review',
			...(isNew && {review: next}),
			live: snapshot.progress,
		});
	}, [snapshot]);
	const isRunning =
		snapshot !== undefined && snapshot.progress.phase !== 'ended';
	// The header's elapsed time moves on while the run goes on.
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!isRunning) {
			return;
		}

		const timer = setInterval(() => {
			setNow(Date.now());
		}, 1000);
		timer.unref?.();
		return () => {
			clearInterval(timer);
		};
	}, [isRunning]);

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
	const clusterSizes = useMemo(
		() =>
			new Map(
				state.analysis.clusters.map(cluster => [
					cluster.id,
					cluster.ids.length,
				]),
			),
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
	const row = currentRow(state);
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
			width={width}
			theme={theme}
			{...(state.live && {live: state.live, now})}
		/>
	);

	// While a search is typed, what it would find is highlighted.
	const shownSearch =
		state.mode === 'search' ? parseSearch(state.draft) : state.search;
	let body: ReactNode;
	// A note, a filter or a search is typed over the mode it was opened from: that mode stays on screen.
	const shownMode = isTypingMode(state.mode)
		? (state.modeStack.at(-1) ?? 'list')
		: state.mode;
	switch (shownMode) {
		case 'detail': {
			body = (
				<DetailPane
					row={row}
					analysis={state.analysis}
					height={layout.detailFull}
					width={width}
					scroll={state.scroll}
					isCapturedShown={state.isCapturedShown}
					isWrapped={state.isWrapped}
					clusterSize={row ? (clusterSizes.get(row.analyzed.cluster) ?? 1) : 0}
					noteKey={noteKey}
					issueKey={issueKey}
					theme={theme}
				/>
			);
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
					titleHeight={previewTitleHeight}
					theme={theme}
				/>
			) : undefined;
			break;
		}

		case 'help': {
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
					/>
					{state.isDetailShown ? (
						<DetailPane
							row={row}
							analysis={state.analysis}
							height={layout.detail}
							width={width}
							scroll={state.scroll}
							isCapturedShown={state.isCapturedShown}
							isWrapped={state.isWrapped}
							clusterSize={
								row ? (clusterSizes.get(row.analyzed.cluster) ?? 1) : 0
							}
							noteKey={noteKey}
							issueKey={issueKey}
							theme={theme}
						/>
					) : undefined}
				</>
			);
		}
	}

	let statusLine: ReactNode;
	// While typing, the input takes the status line and a complaint (a bad pattern) the footer's.
	const isTyping = isTypingMode(state.mode);
	if (isTyping) {
		const label = typingLabels[state.mode] ?? '';
		statusLine = (
			<Box width={width} height={1}>
				<Box flexShrink={0}>
					<Text bold>{label}</Text>
				</Box>
				<Box flexGrow={1} flexShrink={1} minWidth={0} overflow="hidden">
					{/* The end of a long text shows, with the cursor after it. */}
					<Text wrap="truncate-start">
						{sanitizeLine(state.draft)}
						<Text inverse> </Text>
						{state.draft === '' ? (
							<Text dimColor>{typingPlaceholders[state.mode] ?? ''}</Text>
						) : undefined}
					</Text>
				</Box>
			</Box>
		);
	} else {
		statusLine = (
			<StatusLine
				status={state.status}
				fallback={fallbackStatus(state)}
				theme={theme}
			/>
		);
	}

	return (
		<Box
			flexDirection="column"
			width={width}
			height={layout.frame}
			overflow="hidden"
		>
			{header}
			{body}
			<Box flexGrow={1} />
			{statusLine}
			{isTyping && state.status ? (
				<StatusLine status={state.status} fallback="" theme={theme} />
			) : (
				<Footer hints={hints} width={width} />
			)}
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
	const decided = useMemo(() => {
		const counts = new Map<string, number>();
		for (const row of state.rows) {
			if (row.decision && !row.isStale) {
				counts.set(
					row.analyzed.cluster,
					(counts.get(row.analyzed.cluster) ?? 0) + 1,
				);
			}
		}

		return counts;
	}, [state.rows]);
	return (
		<ClusterList
			clusters={state.analysis.clusters}
			decided={decided}
			cursor={state.clusterCursor}
			height={height}
			width={width}
			categoryLabels={categoryLabels}
		/>
	);
}
