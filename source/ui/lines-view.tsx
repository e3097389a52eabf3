import {memo} from 'react';
import {Box, Text} from 'ink';
import {overlayBodyHeight, overlayScrollMax} from '../review/layout.js';
import {matchRange, type Search} from '../review/search.js';

export type DisplayLine = {
	readonly text: string;
	readonly isHeading?: boolean;
};

export type LinesViewProps = {
	readonly lines: readonly DisplayLine[];
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
	/** The search whose matches are highlighted. */
	readonly search?: Search;
	/** The line of the current match: marked with `›`. */
	readonly match?: number;
};

function LineText({
	text,
	search,
}: {
	readonly text: string;
	readonly search: Search | undefined;
}) {
	const range = search ? matchRange(search, text) : undefined;
	if (!range) {
		return text === '' ? ' ' : text;
	}

	const [start, end] = range;
	return (
		<>
			{text.slice(0, start)}
			<Text inverse>{text.slice(start, end)}</Text>
			{text.slice(end)}
		</>
	);
}

/** A scrolled window of text lines (help, summary), exactly `height` lines tall. */
function LinesViewBody({
	lines,
	scroll,
	height,
	width,
	search,
	match,
}: LinesViewProps) {
	const body = overlayBodyHeight(lines.length, height);
	const first = Math.max(
		0,
		Math.min(scroll, overlayScrollMax(lines.length, height)),
	);
	const shown = lines.slice(first, first + body);
	const rendered = shown.map((line, offset) => {
		const isMatch = first + offset === match;
		// The current match's line starts with `›` where the line has room (help lines start indented).
		const text =
			isMatch && line.text.startsWith(' ')
				? `›${line.text.slice(1)}`
				: line.text;
		return (
			<Text
				// eslint-disable-next-line react/no-array-index-key
				key={first + offset}
				wrap="truncate-end"
				bold={line.isHeading === true || isMatch}
				underline={line.isHeading}
			>
				<LineText text={text} search={search} />
			</Text>
		);
	});
	while (rendered.length < body) {
		rendered.push(<Text key={`blank-${rendered.length}`}> </Text>);
	}

	if (body < height) {
		rendered.push(
			<Text key="position" dimColor wrap="truncate-end">
				── {first + 1}–{first + shown.length} of {lines.length} (j/k, PgUp/PgDn)
				──
			</Text>,
		);
	}

	return (
		<Box flexDirection="column" width={width} height={height}>
			{rendered}
		</Box>
	);
}

export const LinesView = memo(LinesViewBody);
