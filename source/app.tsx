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
	type ReactNode,
} from 'react';
import {Box, Text, useApp, useInput, useStdin} from 'ink';
import TextInput from 'ink-text-input';
import type {Prefs, ResumeState} from './prefs.js';
import type {Journal} from './triage/journal.js';
import type {Review} from './triage/review.js';
import {ClusterList} from './ui/cluster-list.js';
import {DetailPane} from './ui/detail-pane.js';
import type {EditorTarget} from './review/detail-text.js';
import {FailureList, type Columns} from './ui/failure-list.js';
import {Footer} from './ui/footer.js';
import {Header} from './ui/header.js';
import {defaultKeymap} from './review/keymap/default-keymap.js';
import {helpLines, hintsFor} from './review/keymap/help.js';
import {keyNames} from './review/keymap/key-names.js';
import type {Keymap, Mode} from './review/keymap/types.js';
import {
	layoutOf,
	ownersColumnWidth,
	previewTitleHeight,
} from './review/layout.js';
import {isTypingMode} from './review/modes.js';
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
import {StatusLine} from './ui/status-line.js';
import {summaryLines} from './review/summary.js';
import {themeFromEnvironment, type Theme} from './review/theme.js';
import {useTerminalSize} from './ui/use-terminal-size.js';

/** What the screen needs of the journal: every method has saved to disk when it returns. */
export type ReviewJournal = Pick<
	Journal,
	'decideMany' | 'undo' | 'state' | 'refresh'
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
};

type Prompt = {readonly label: string; readonly placeholder: string};

/** What the status line says while a mode takes typed text. */
const typingPrompts: Partial<Record<Mode, Prompt>> = {
	note: {label: 'note: ', placeholder: 'type a note, Enter saves, esc cancels'},
	issue: {
		label: 'issue: ',
		placeholder:
			'#123, JIRA-45 or a URL; Enter saves, empty removes, esc cancels',
	},
	filter: {
		label: 'filter /',
		placeholder: 'regex over id and headline, ! inverts, Enter applies',
	},
};

function errorText(error: unknown): string {
	return sanitizeLine(error instanceof Error ? error.message : String(error));
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
				...(notice === undefined ? {} : {status: notice}),
			}),
	);

	const isTypingNow = isTypingMode(state.mode);
	useInput(
		(input, key) => {
			// A line typed or pasted in one piece ("primary\r") belongs to the text input, which ends it
			// (onDraft); acting on its letters and Enter here would submit the draft before the text is in.
			if (isTypingNow && input.length > 1 && /[\r\n]/.test(input)) {
				return;
			}

			for (const name of keyNames(input, key)) {
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
					journal.decideMany(effect.decisions);
					return {
						type: 'decisions',
						decisions: journal.state(),
						message: effect.message,
					};
				}

				case 'undo': {
					const events = journal.undo();
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

				case 'quit': {
					if (prefs && triagePath !== undefined) {
						prefs.setResume(triagePath, {
							...(effect.selectedId === undefined
								? {}
								: {selectedId: effect.selectedId}),
							filter: effect.filter,
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

	const layout = layoutOf(viewport);
	const {width} = layout;
	const columns: Columns = useMemo(
		() => ({
			category: Math.min(
				13,
				Math.max(3, ...state.analysis.categories.map(c => c.name.length)),
			),
			priority: Math.min(
				6,
				Math.max(3, ...state.analysis.priorities.map(p => p.name.length)),
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
	const overlayLines = useMemo(
		() =>
			state.mode === 'help'
				? helpLines(state.keymap)
				: state.mode === 'summary'
					? summaryLines(state.analysis, state.rows, width)
					: [],
		[state.mode, state.keymap, state.analysis, state.rows, width],
	);
	const row = currentRow(state);
	const showNew = state.analysis.runs.length > 1;

	const header = (
		<Header
			analysis={state.analysis}
			progress={state.progress}
			filterLabel={filterLabelOf(state)}
			shown={state.visible.length}
			marked={state.marks.size}
			pendingPriority={state.pendingPriority}
			width={width}
			theme={theme}
		/>
	);

	let body: ReactNode;
	switch (state.mode) {
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
					theme={theme}
				/>
			);
			break;
		}

		case 'clusters': {
			body = (
				<ClusterListBody state={state} height={layout.overlay} width={width} />
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
						theme={theme}
					/>
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
						theme={theme}
					/>
				</>
			);
		}
	}

	const onDraft = useCallback((value: string) => {
		const end = value.search(/[\r\n]/);
		if (end === -1) {
			dispatch({type: 'draft', value});
			return;
		}

		// Enter arrived with the text: the line is what came before it; anything pasted after it is dropped
		// rather than taken as keys (a stray `b` would decide a failure).
		dispatch({type: 'draft', value: value.slice(0, end)});
		dispatch({type: 'key', name: 'return'});
	}, []);

	let statusLine: ReactNode;
	// While typing, the input takes the status line and a complaint (a bad pattern) the footer's.
	if (isTypingNow) {
		const prompt = typingPrompts[state.mode] ?? {label: '', placeholder: ''};
		statusLine = (
			<Box width={width} height={1}>
				<Box flexShrink={0}>
					<Text bold>{prompt.label}</Text>
				</Box>
				<Box flexGrow={1} flexShrink={1} minWidth={0} overflow="hidden">
					<TextInput
						value={state.draft}
						placeholder={prompt.placeholder}
						onChange={onDraft}
					/>
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
			{isTypingNow && state.status ? (
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
}: {
	readonly state: ReviewState;
	readonly height: number;
	readonly width: number;
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
		/>
	);
}
