import {memo, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import {describeConfirmation, verdictWord} from '../classify/confirmation.js';
import type {Analysis} from '../classify/analyze.js';
import {describeFlaky, historyMarks} from '../classify/history-text.js';
import {describeRerun} from '../classify/reruns.js';
import {decidedOnOf, type ReviewRow} from '../triage/review.js';
import {knowsError} from '../review/decide.js';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {truncateId} from '../text-width.js';
import {isErrorLine} from '../log/traceback.js';
import {detailTextOf, screenLinesOf} from '../review/detail-text.js';
import {
	detailInfoLines,
	detailTextWidth,
	tracebackHeight,
} from '../review/layout.js';
import {terminalLink} from '../review/hyperlinks.js';
import {tint, type Theme} from '../review/theme.js';
import {isUnsaved} from '../review/unsaved.js';
import {noteLabel, noteLinesOf} from '../review/note-lines.js';
import {reasonLabel, reasonLinesOf} from '../review/reason-lines.js';
import {issueLinkOf, type IssueLink} from '../triage/issue-link.js';

export type DetailPaneProps = {
	readonly row: ReviewRow | undefined;
	readonly analysis: Analysis;
	/** Lines below the title line. */
	readonly height: number;
	readonly width: number;
	/** First screen line of the traceback (or captured output) shown. */
	readonly scroll: number;
	readonly isCapturedShown: boolean;
	/** Long lines wrap with a hanging indent, or are cut with `…`. */
	readonly isWrapped: boolean;
	readonly clusterSize: number;
	/** The key that edits the note, as the keymap has it (`#`). */
	readonly noteKey: string;
	/** The key that links an issue, for the hint when there is none. */
	readonly issueKey: string;
	readonly theme: Theme;
	/** A live run's log is still being read: an error not read yet may come. */
	readonly isRunning?: boolean;
	/** The pane has the screen (`l`): on a short terminal the traceback takes lines from the info. */
	readonly isFullScreen?: boolean;
};

function title(text: string, width: number): string {
	const label = `─── ${text} `;
	return label.length >= width
		? label
		: label + '─'.repeat(width - label.length);
}

function historyText(row: ReviewRow, analysis: Analysis): string {
	const {history, flaky, status, rerun} = row.analyzed;
	const rerunText = rerun ? ` · ${describeRerun(rerun)}` : '';
	// No earlier run to compare with: said so, as the summary says it. Not "the only run known": an older log opened
	// while its later runs are in the history is compared with the runs before it alone, and there are none.
	if (analysis.runs.length <= 1) {
		return `history: ${row.analyzed.failure.outcome}, no earlier run known${rerunText}`;
	}

	const flakiness = flaky.isFlaky ? ` · flaky ~ (${describeFlaky(flaky)})` : '';
	// One mark per run, newest last: the legend is in the help and the report.
	return `history ${historyMarks(history, '')} · ${status}${flakiness}${rerunText}`;
}

function formatTime(at: string): string {
	// `2026-11-23T10:00:00.000Z` → `2026-11-23 10:00`
	const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(at);
	return match ? `${match[1]!} ${match[2]!}` : sanitizeLine(at);
}

/**
The issue link, before the note: its reference as a hyperlink where the terminal has them, else the
reference and its URL as text (which many terminals still let a person open).
*/
function IssueText({
	issue,
	theme,
}: {
	readonly issue: IssueLink | undefined;
	readonly theme: Theme;
}) {
	if (!issue) {
		return null;
	}

	const ref = sanitizeLine(issue.ref);
	const isLinked = theme.hasHyperlinks === true && issue.url !== undefined;
	return (
		<>
			<Text bold>issue:</Text>{' '}
			<Text underline={isLinked} color={tint(theme, 'blue')}>
				{isLinked ? terminalLink(ref, issue.url) : ref}
			</Text>
			{!isLinked && issue.url !== undefined && issue.url !== issue.ref
				? ` <${issue.url}>`
				: ''}
			{' · '}
		</>
	);
}

/** The detail pane: a title line and exactly `height` lines below it. */
function DetailPaneView({
	row,
	analysis,
	height,
	width,
	scroll,
	isCapturedShown,
	isWrapped,
	clusterSize,
	noteKey,
	issueKey,
	theme,
	isRunning = false,
	isFullScreen = false,
}: DetailPaneProps) {
	const lines: ReactNode[] = [];
	if (row) {
		const {failure, suggestion} = row.analyzed;
		const text = detailTextOf(failure);
		const {decision} = row;
		const earlier = decidedOnOf(row, analysis);
		const issue = issueLinkOf(decision?.issue, analysis.issueUrl);
		const ownNoteLines = noteLinesOf(
			decision?.note,
			width,
			height,
			isFullScreen,
		);
		const reasonLines = reasonLinesOf(row, width, height, isFullScreen);
		// Below the info: a long note's lines, or an undecided failure's reason's (it has no note).
		const noteLines = [...ownNoteLines, ...reasonLines];
		const isReasonBelow = reasonLines.length > 0;
		const infoLines = detailInfoLines(height, isFullScreen);
		lines.push(
			<Text key="headline" wrap="truncate-end">
				<Text
					bold
					color={tint(theme, failure.outcome === 'error' ? 'yellow' : 'red')}
				>
					{failure.outcome === 'error' ? 'ERROR' : 'FAILED'} {failure.phase}
				</Text>{' '}
				· <Text bold>{sanitizeLine(failure.headline) || '(no message)'}</Text>
			</Text>,
			<Text key="decision" wrap="truncate-end">
				{decision ? (
					<>
						<Text bold color={tint(theme, 'cyan')}>
							decided {sanitizeLine(decision.category)}{' '}
							{sanitizeLine(decision.priority)}
						</Text>{' '}
						{isUnsaved(decision) ? 'saving…' : `on ${formatTime(decision.at)}`}
						{/* Who decided, where the journal records it (a team's store). */}
						{decision.by === undefined || isUnsaved(decision)
							? ''
							: ` by ${sanitizeLine(decision.by)}`}
						{row.isStale ? (
							<Text bold color={tint(theme, 'yellow')}>
								{' '}
								· STALE !{' '}
								{earlier === undefined
									? 'the error changed since'
									: `decided on: ${sanitizeLine(earlier)}`}
							</Text>
						) : undefined}
						<Text dimColor>
							{' '}
							· suggested {suggestion.category} {suggestion.priority} (
							{sanitizeLine(suggestion.rule)})
						</Text>
					</>
				) : (
					<>
						<Text dimColor>
							suggested {suggestion.category.toLowerCase()}{' '}
							{suggestion.priority.toLowerCase()}
						</Text>{' '}
						{/* The fallback is no rule's judgment: the exports' Source says `default` too. */}
						{row.source === 'default'
							? 'by default'
							: `by rule ${sanitizeLine(suggestion.rule)}`}
						{isReasonBelow ? (
							<Text dimColor> · why below</Text>
						) : (
							`: ${sanitizeLine(suggestion.reason)}`
						)}
					</>
				)}
			</Text>,
			<Text key="history" wrap="truncate-end">
				{row.analyzed.confirmation ? (
					<>
						<Text bold color={tint(theme, 'magenta')}>
							{describeConfirmation(row.analyzed.confirmation)} (
							{verdictWord(row.analyzed.confirmation)})
						</Text>
						{' · '}
					</>
				) : undefined}
				{historyText(row, analysis)} ·{' '}
				{knowsError(row) ? (
					<>
						cluster {row.analyzed.cluster} ({clusterSize} failure
						{clusterSize === 1 ? '' : 's'})
					</>
				) : isRunning ? (
					// Every failure whose error is not read yet (a live run before its FAILURES) has the same
					// empty signature: no cluster of them is one.
					'no cluster until its error is read'
				) : (
					// A log read to its end without the error (a crash, a log cut short): none is coming.
					'no cluster: the log does not show its error'
				)}{' '}
				· area {sanitizeLine(row.analyzed.area)}
			</Text>,
			<Text key="note" wrap="truncate-end">
				{analysis.codeowners === undefined ? undefined : (
					<>
						{row.analyzed.owners?.length ? (
							<>
								<Text bold>owners:</Text>{' '}
								{row.analyzed.owners
									.map(owner => sanitizeLine(owner))
									.join(' ')}
							</>
						) : (
							<Text dimColor>
								no owner in {sanitizeLine(analysis.codeowners)}
							</Text>
						)}
						{' · '}
					</>
				)}
				<IssueText issue={issue} theme={theme} />
				{ownNoteLines.length > 0 ? (
					// The note on its own lines below (`note-lines.ts`).
					<Text dimColor>note below</Text>
				) : decision?.note ? (
					<>
						<Text bold>note:</Text> {sanitizeLine(decision.note)}
					</>
				) : (
					<Text dimColor>no note ({sanitizeLine(noteKey)} adds one)</Text>
				)}
				{issue ? (
					''
				) : (
					<Text dimColor> · no issue ({sanitizeLine(issueKey)} links one)</Text>
				)}
			</Text>,
		);

		lines.length = Math.min(lines.length, infoLines);
		// The label of the note or the reason leads its first line.
		const label = isReasonBelow ? reasonLabel : noteLabel;
		for (const [index, piece] of noteLines.entries()) {
			lines.push(
				<Text key={`note-${index}`} wrap="truncate-end">
					{index === 0 ? (
						<>
							<Text bold>{label.trimEnd()}</Text>
							{piece.slice(label.trimEnd().length)}
						</>
					) : (
						piece
					)}
				</Text>,
			);
		}

		const body = screenLinesOf(failure, {
			isCapturedShown,
			isWrapped,
			width: detailTextWidth(width),
		});
		const bodyHeight = Math.max(
			1,
			tracebackHeight(height, isFullScreen) - noteLines.length,
		);
		const first = Math.max(
			0,
			Math.min(scroll, Math.max(0, body.length - bodyHeight)),
		);
		const shown = body.slice(first, first + bodyHeight);
		if (isCapturedShown && body.length === 0) {
			lines.push(
				<Text key="empty" dimColor>
					(no captured output for this failure)
				</Text>,
			);
		}

		for (const [offset, line] of shown.entries()) {
			const source = isCapturedShown ? '' : text.traceback[line.index]!;
			const isError = isErrorLine(source);
			const isCrash = !isCapturedShown && line.index === text.crashLine;
			// The crash line stays bright even in a library frame: it is where pytest says the test failed.
			const isNoise =
				!isCapturedShown && !isCrash && text.noise[line.index] === true;
			lines.push(
				<Text key={`line-${first + offset}`} wrap="truncate-end">
					<Text bold color={tint(theme, 'red')}>
						{isCrash && !line.isContinuation ? '»' : ' '}
					</Text>
					<Text
						bold={isError || isCrash}
						dimColor={isNoise}
						color={isError ? tint(theme, 'red') : undefined}
					>
						{line.text === '' ? ' ' : line.text}
					</Text>
				</Text>,
			);
		}

		while (lines.length < infoLines + noteLines.length + bodyHeight) {
			lines.push(<Text key={`blank-${lines.length}`}> </Text>);
		}

		const what = isCapturedShown ? 'captured output' : 'traceback';
		const range =
			body.length === 0
				? `${what}: empty`
				: `${what} ${first + 1}–${first + shown.length} of ${body.length}${body.length > bodyHeight ? ' (PgUp/PgDn)' : ''}`;
		const crash =
			!isCapturedShown && text.crashLine !== -1 ? ' · » crash line' : '';
		const other = isCapturedShown
			? 'O: traceback'
			: text.captured.length > 0
				? `captured: ${text.capturedSummary} (O shows)`
				: 'no captured output';
		const wrap = isWrapped ? 'w cuts' : 'w wraps';
		lines.push(
			<Text key="position" dimColor wrap="truncate-end">
				{title(`${range}${crash} · ${wrap} · ${other}`, width)}
			</Text>,
		);
	}

	while (lines.length < height) {
		lines.push(<Text key={`pad-${lines.length}`}> </Text>);
	}

	const heading = row
		? truncateId(shownId(row.analyzed.failure.id), width - 4)
		: 'no failure selected';
	return (
		<Box flexDirection="column" width={width}>
			<Box width={width} height={1}>
				<Box flexShrink={0}>
					<Text dimColor>─── </Text>
				</Box>
				<Box flexGrow={1} flexShrink={1} minWidth={0}>
					<Text bold wrap="truncate-start">
						{heading}
					</Text>
				</Box>
			</Box>
			<Box
				flexDirection="column"
				width={width}
				height={height}
				overflowY="hidden"
			>
				{lines.slice(0, height)}
			</Box>
		</Box>
	);
}

export const DetailPane = memo(DetailPaneView);
