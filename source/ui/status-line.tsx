import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Status} from '../review/state.js';
import {tint, type Theme} from '../review/theme.js';
import {textWidth, wrapText} from '../text-width.js';

export type StatusLineProps = {
	readonly status: Status | undefined;
	readonly fallback: string;
	readonly theme: Theme;
	/** Said before the status, whatever it is (failures running again: `[again 2/5] `). */
	readonly prefix?: string;
	/** Columns, for a status that wraps. */
	readonly width?: number;
	/** Lines it may take: a long status wraps into the second (the footer's) instead of losing its end. */
	readonly lines?: number;
};

const marks: Readonly<Record<Status['tone'], string>> = {
	info: '',
	pending: '… ',
	saved: '✓ ',
	error: '✗ ',
};

const colors: Readonly<Record<Status['tone'], string | undefined>> = {
	info: undefined,
	pending: 'yellow',
	saved: 'green',
	error: 'red',
};

/** The status as the line shows it, its mark and prefix included; undefined when the fallback shows. */
export function statusTextOf(
	status: Status | undefined,
	prefix = '',
): string | undefined {
	return status ? `${prefix}${marks[status.tone]}${status.text}` : undefined;
}

/** Whether the status is wider than one line of `width` columns. */
export function isStatusLong(
	status: Status | undefined,
	width: number,
	prefix = '',
): boolean {
	const text = statusTextOf(status, prefix);
	return text !== undefined && textWidth(text) > width;
}

/**
The status's text in at most `lines` lines of `width` columns, broken at spaces, under the text after its
mark; what still does not fit is left on the last line for Ink to cut with `…`.
*/
export function statusLinesOf(
	text: string,
	width: number,
	lines: number,
	indent = 0,
): string[] {
	const pieces = wrapText(text, width, indent);
	if (pieces.length <= lines) {
		return pieces;
	}

	const rest = pieces.slice(lines - 1).map(piece => piece.trimStart());
	return [...pieces.slice(0, lines - 1), ' '.repeat(indent) + rest.join(' ')];
}

/** The last thing that happened (`✓ saved: BUG HIGH …`), or what to do next. */
function StatusLineView({
	status,
	fallback,
	theme,
	prefix = '',
	width,
	lines = 1,
}: StatusLineProps) {
	if (!status) {
		return (
			<Text dimColor wrap="truncate-end">
				{prefix}
				{fallback || ' '}
			</Text>
		);
	}

	const color = colors[status.tone];
	const style = {
		bold: status.tone !== 'info',
		color: color === undefined ? undefined : tint(theme, color),
	};
	const text = statusTextOf(status, prefix)!;
	if (lines > 1 && width !== undefined && textWidth(text) > width) {
		const shown = statusLinesOf(
			text,
			width,
			lines,
			textWidth(prefix + marks[status.tone]),
		);
		return (
			<Box flexDirection="column" width={width} flexShrink={0}>
				{shown.map((line, index) => (
					// eslint-disable-next-line react/no-array-index-key
					<Text key={index} wrap="truncate-end" {...style}>
						{line}
					</Text>
				))}
			</Box>
		);
	}

	return (
		<Text wrap="truncate-end" {...style}>
			{text}
		</Text>
	);
}

export const StatusLine = memo(StatusLineView);
