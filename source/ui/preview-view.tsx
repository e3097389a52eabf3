import {memo} from 'react';
import {Box, Text} from 'ink';
import type {ReviewRow} from '../triage/review.js';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {
	overlayBodyHeight,
	overlayScrollMax,
	previewHeights,
} from '../review/layout.js';
import type {ListColumns} from '../review/list-columns.js';
import type {Preview} from '../review/state.js';
import {tint, type Theme} from '../review/theme.js';
import {groupThousands, plural} from '../text.js';
import {textWidth} from '../text-width.js';

export type PreviewViewProps = {
	readonly preview: Preview;
	/**
	The failure list's names for a category and a priority: short ones on a narrow screen (`ENV`, `MED`), where
	each row then says its state and the new decision as the list does (a suggestion in lower case), so that its
	id keeps the room to be told from the next row's.
	*/
	readonly columns?: Pick<ListColumns, 'categoryLabels' | 'priorityLabels'>;
	readonly rows: readonly ReviewRow[];
	readonly rowIndex: ReadonlyMap<string, number>;
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
	readonly theme: Theme;
};

/** The mark of a row whose decision `x` would replace (a row with none has a space). */
export const replacedMark = '!';

/** Names as the list shows them, or undefined where the screen is wide enough for the names themselves. */
type Labels = PreviewViewProps['columns'];

function label(labels: ReadonlyMap<string, string>, name: string): string {
	return labels.get(name) ?? name;
}

function describe(row: ReviewRow, labels: Labels): string {
	if (labels === undefined) {
		if (!row.decision) {
			return `${row.category.toLowerCase()} ${row.priority.toLowerCase()} (suggested)`;
		}

		return `${row.decision.category} ${row.decision.priority}${row.isStale ? ' (stale !)' : ''}`;
	}

	if (!row.decision) {
		return `${label(labels.categoryLabels, row.category).toLowerCase()} ${label(labels.priorityLabels, row.priority).toLowerCase()}`;
	}

	return `${label(labels.categoryLabels, row.decision.category)} ${label(labels.priorityLabels, row.decision.priority)}${row.isStale ? ' !' : ''}`;
}

/** Whether the list shows short names (a narrow screen): some label differs from its name. */
function isShort(columns: Labels): boolean {
	return (
		columns !== undefined &&
		[...columns.categoryLabels, ...columns.priorityLabels].some(
			([name, shown]) => name !== shown,
		)
	);
}

/** The preview's footer: how many of the `changed` rows have a decision it replaces. */
function replacedText(replaced: number, changed: number): string {
	const undecided = changed - replaced;
	if (replaced === 0) {
		return `replaces no decision: ${changed === 1 ? 'it is' : `all ${changed} are`} undecided`;
	}

	return `${replacedMark} replaces ${plural(replaced, 'decision')}${undecided === 0 ? '' : `; ${plural(undecided, 'row')} undecided`}`;
}

/**
What `x` will change: each row's current state → the new decision, a row that has a decision marked `!`,
and below them how many decisions that replaces. Confirm with y or Enter.
*/
function PreviewViewBody({
	preview,
	rows,
	rowIndex,
	scroll,
	height,
	width,
	theme,
	columns,
}: PreviewViewProps) {
	const labels = isShort(columns) ? columns : undefined;
	const {list: listHeight, footer} = previewHeights(
		height,
		preview.keys.length,
	);
	const body = overlayBodyHeight(preview.keys.length, listHeight);
	const first = Math.max(
		0,
		Math.min(scroll, overlayScrollMax(preview.keys.length, listHeight)),
	);
	const shown = preview.keys.slice(first, first + body);
	const issue =
		preview.issue === undefined ? '' : ` ${sanitizeLine(preview.issue)}`;
	const target = `${preview.category} ${preview.priority}${issue}`;
	// Each row's: on a narrow screen the names the list shows (the question above names them in full).
	const rowTarget =
		labels === undefined
			? target
			: `${label(labels.categoryLabels, preview.category)} ${label(labels.priorityLabels, preview.priority)}${issue}`;
	// The arrows line up: the widest state shown (`configuration medium (suggested)` is 32), at least 26 (on a
	// narrow screen, as wide as the widest shown only).
	const stateWidth = Math.max(
		labels === undefined ? 26 : 0,
		...shown.map(key => {
			const row = rows[rowIndex.get(key) ?? -1];
			return row ? describe(row, labels).length : 0;
		}),
	);
	const lines = shown.map(key => {
		const row = rows[rowIndex.get(key) ?? -1];
		if (!row) {
			return <Text key={key}> </Text>;
		}

		return (
			<Box key={key} width={width} height={1}>
				<Box flexShrink={0}>
					<Text>
						{row.decision ? (
							<Text bold color={tint(theme, 'yellow')}>
								{replacedMark}
							</Text>
						) : (
							' '
						)}{' '}
						{/* A test's call failure and its teardown error share an id: the list's FAIL and ERR tell them apart. */}
						{row.analyzed.failure.outcome === 'error' ? 'ERR ' : 'FAIL'}{' '}
						{describe(row, labels).padEnd(stateWidth)} →{' '}
						<Text bold color={tint(theme, 'cyan')}>
							{rowTarget}
						</Text>{' '}
					</Text>
				</Box>
				<Box flexGrow={1} flexShrink={1} minWidth={0}>
					<Text wrap="truncate-start">{shownId(row.analyzed.failure.id)}</Text>
				</Box>
			</Box>
		);
	});
	if (body < listHeight) {
		lines.push(
			<Text key="position" dimColor wrap="truncate-end">
				── {first + 1}–{first + shown.length} of {preview.keys.length} (j/k) ──
			</Text>,
		);
	}

	// Right under the rows: a short cluster leaves no gap between them and what they add up to.
	if (footer > 0) {
		lines.push(
			<Text key="replaced" wrap="truncate-end">
				{replacedText(preview.replaced, preview.keys.length)}
			</Text>,
		);
	}

	while (lines.length < listHeight + footer) {
		lines.push(<Text key={`blank-${lines.length}`}> </Text>);
	}

	const source = preview.isSuggested
		? 'its suggestion'
		: "this failure's decision";
	const count = groupThousands(preview.keys.length);
	const size = groupThousands(preview.size);
	// On a narrow screen the question drops words before its end (to how many, the `?`): at 40×10 it was cut to
	// `Apply ENVIRONMENT LOW to 1 of 2 failure…`.
	const question = firstThatFits(
		[
			`Apply ${target} to ${count} of ${size} failures in cluster ${preview.cluster}?`,
			`Apply ${target} to ${count} of ${size} in cluster ${preview.cluster}?`,
			`Apply ${target} to ${count} of ${size} failures?`,
			`Apply ${target} to ${count} of ${size}?`,
			`Apply ${rowTarget} to ${count} of ${size}?`,
			`Apply ${rowTarget} to ${count}?`,
		],
		width,
	);
	const answer = firstThatFits(
		[
			`(${source}) y or Enter applies, esc cancels`,
			`(${source}) y applies, esc cancels`,
			`(${source}) y applies`,
			`(${source})`,
		],
		width,
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold wrap="truncate-end">
				{question}
			</Text>
			<Text wrap="truncate-end">{answer}</Text>
			<Text dimColor wrap="truncate-end">
				{sanitizeLine(preview.signature)}
			</Text>
			{lines}
		</Box>
	);
}

/** The first text that fits `width` columns, else the last (Ink cuts it). */
function firstThatFits(texts: readonly string[], width: number): string {
	return texts.find(text => textWidth(text) <= width) ?? texts.at(-1)!;
}

export const PreviewView = memo(PreviewViewBody);
