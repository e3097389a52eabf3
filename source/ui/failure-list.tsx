import {memo} from 'react';
import {Box, Text} from 'ink';
import {isFlakyFailure} from '../classify/analyze.js';
import type {ReviewRow} from '../triage/review.js';
import {sanitizeLine, shownId} from '../log/sanitize.js';
import {collectOnlyWarning} from '../log/summary.js';
import type {ListColumns} from '../review/list-columns.js';
import {matchRange, type Search} from '../review/search.js';
import {unnamedSoFarText} from '../review/unnamed-failing.js';
import {truncateId} from '../text-width.js';
import {tint, type Theme} from '../review/theme.js';

export type Columns = ListColumns & {
	/** The owners column (CODEOWNERS, wide terminals); 0 or absent: none. */
	readonly owners?: number;
};

export type FailureListProps = {
	readonly rows: readonly ReviewRow[];
	/** Indexes into `rows`, in display order. */
	readonly visible: readonly number[];
	readonly cursor: number;
	readonly marks: ReadonlySet<string>;
	readonly height: number;
	readonly width: number;
	readonly columns: Columns;
	/** Show `+` for failures new since the previous run (only with several runs). */
	readonly isNewShown: boolean;
	/** The search whose matches are highlighted in the ids. */
	readonly search?: Search;
	readonly theme: Theme;
	/** The run is still being read: no failure yet is not none. */
	readonly isRunning?: boolean;
	/** The run only collected its tests (`--collect-only`): an empty list says no test ran, not "No failures". */
	readonly isCollectOnly?: boolean;
	/** pytest refused its command line (a usage error): an empty list says why no test ran, not "No failures". */
	readonly usageError?: string;
	/**
	Failing reports pytest's final line counts that the log never names (`-q --no-summary`, `--tb=no -rN`): an
	empty list then says so, not "No failures".
	*/
	readonly unnamedFailing?: number;
};

/** What an empty list says of failing reports the log never names. */
export function unnamedText(count: number): string {
	return `pytest counts ${count} failing ${count === 1 ? 'report' : 'reports'} the log never names (--no-summary, --tb=no?)`;
}

/** The first row shown: the selection stays in the middle third once the list scrolls. */
export function windowStart(
	cursor: number,
	height: number,
	count: number,
): number {
	if (count <= height) {
		return 0;
	}

	return Math.max(0, Math.min(cursor - Math.floor(height / 2), count - height));
}

function fit(text: string, width: number): string {
	return text.length > width ? text.slice(0, width) : text.padEnd(width);
}

/** The first owner, and how many more: `@org/db+1`; `-` for none. Cut with `…` to the column. */
function ownersCell(owners: readonly string[] | undefined, width: number) {
	const [first] = owners ?? [];
	if (first === undefined) {
		return fit('-', width);
	}

	const more = owners!.length > 1 ? `+${owners!.length - 1}` : '';
	const name = sanitizeLine(first);
	const room = width - more.length;
	return fit(
		name.length > room
			? `${name.slice(0, Math.max(0, room - 1))}…${more}`
			: `${name}${more}`,
		width,
	);
}

type RowProps = {
	readonly row: ReviewRow;
	readonly isSelected: boolean;
	readonly isMarked: boolean;
	readonly width: number;
	readonly columns: Columns;
	readonly isNewShown: boolean;
	readonly search: Search | undefined;
	readonly theme: Theme;
};

/** The id as shown, with the search's match in it highlighted (colour only: the status line counts matches). */
function IdText({
	id,
	search,
	isSelected,
	theme,
}: {
	readonly id: string;
	readonly search: Search | undefined;
	readonly isSelected: boolean;
	readonly theme: Theme;
}) {
	const range = search ? matchRange(search, id) : undefined;
	if (!range) {
		return <Text bold={isSelected}>{id}</Text>;
	}

	const [start, end] = range;
	return (
		<Text bold={isSelected}>
			{id.slice(0, start)}
			<Text inverse color={tint(theme, 'yellow')}>
				{id.slice(start, end)}
			</Text>
			{id.slice(end)}
		</Text>
	);
}

/** One line: `›* FAIL HIGH   BUG           ~!+ [@owner] …/test_file.py::test_name[param]`. */
function FailureRowView({
	row,
	isSelected,
	isMarked,
	width,
	columns,
	isNewShown,
	search,
	theme,
}: RowProps) {
	const {failure, status} = row.analyzed;
	const isDecided = row.decision !== undefined;
	// A decision reads in capitals and bold; a suggestion in lower case and dim: the case is the cue without colour.
	const categoryLabel =
		columns.categoryLabels.get(row.category) ?? row.category;
	const priorityLabel =
		columns.priorityLabels.get(row.priority) ?? row.priority;
	const category = fit(
		isDecided ? categoryLabel : categoryLabel.toLowerCase(),
		columns.category,
	);
	const priority = fit(
		isDecided ? priorityLabel : priorityLabel.toLowerCase(),
		columns.priority,
	);
	const flags = `${isFlakyFailure(row.analyzed) ? '~' : ' '}${row.isStale ? '!' : ' '}${isNewShown && status === 'new' ? '+' : ' '}`;
	// One text node per row: a frame of 10,000 failures is rendered key by key.
	const ownersWidth = columns.owners ? columns.owners + 1 : 0;
	const prefixWidth =
		2 + 1 + 4 + 1 + columns.priority + 1 + columns.category + 1 + 3 + 1;
	return (
		<Text wrap="truncate-end">
			<Text inverse={isSelected} bold={isSelected}>
				{isSelected ? '›' : ' '}
				{isMarked ? '*' : ' '}
			</Text>{' '}
			<Text color={tint(theme, failure.outcome === 'error' ? 'yellow' : 'red')}>
				{failure.outcome === 'error' ? 'ERR ' : 'FAIL'}
			</Text>{' '}
			<Text bold={isDecided} dimColor={!isDecided}>
				{priority}
			</Text>{' '}
			<Text
				bold={isDecided}
				dimColor={!isDecided}
				color={isDecided ? tint(theme, 'cyan') : undefined}
			>
				{category}
			</Text>{' '}
			<Text color={tint(theme, row.isStale ? 'yellow' : 'magenta')}>
				{flags}
			</Text>{' '}
			{columns.owners ? (
				<Text dimColor>{ownersCell(row.analyzed.owners, columns.owners)} </Text>
			) : undefined}
			<IdText
				id={truncateId(shownId(failure.id), width - prefixWidth - ownersWidth)}
				search={search}
				isSelected={isSelected}
				theme={theme}
			/>
		</Text>
	);
}

const FailureRow = memo(FailureRowView);

/** The failure list, rendering only the rows that fit: always exactly `height` lines. */
function FailureListView({
	rows,
	visible,
	cursor,
	marks,
	height,
	width,
	columns,
	isNewShown,
	search,
	theme,
	isRunning = false,
	isCollectOnly = false,
	usageError,
	unnamedFailing = 0,
}: FailureListProps) {
	const start = windowStart(cursor, height, visible.length);
	const shown = visible.slice(start, start + height);
	const lines = shown.map((rowNumber, offset) => {
		const row = rows[rowNumber]!;
		return (
			<FailureRow
				key={row.key}
				row={row}
				isSelected={start + offset === cursor}
				isMarked={marks.has(row.key)}
				width={width}
				columns={columns}
				isNewShown={isNewShown}
				search={search}
				theme={theme}
			/>
		);
	});
	if (visible.length === 0 && height > 0) {
		lines.push(
			<Text key="empty" dimColor wrap="truncate-end">
				{rows.length === 0
					? isRunning
						? unnamedFailing > 0
							? `  ${unnamedSoFarText(unnamedFailing)}.`
							: '  No failures yet: they show here as the run goes on.'
						: isCollectOnly
							? `  No test ran: ${collectOnlyWarning}.`
							: usageError
								? `  No test ran: ${sanitizeLine(usageError)}.`
								: unnamedFailing > 0
									? `  ${unnamedText(unnamedFailing)}; -rfE names ${unnamedFailing === 1 ? 'it' : 'them'}.`
									: '  No failures in this run.'
					: '  No failure matches the filter (esc clears it).'}
			</Text>,
		);
	}

	while (lines.length < height) {
		lines.push(<Text key={`blank-${lines.length}`}> </Text>);
	}

	return (
		<Box flexDirection="column" width={width} height={height}>
			{lines}
		</Box>
	);
}

export const FailureList = memo(FailureListView);
