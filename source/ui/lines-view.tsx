import {memo} from 'react';
import {Box, Text} from 'ink';
import {overlayBodyHeight, overlayScrollMax} from '../review/layout.js';

export type DisplayLine = {
	readonly text: string;
	readonly isHeading?: boolean;
};

export type LinesViewProps = {
	readonly lines: readonly DisplayLine[];
	readonly scroll: number;
	readonly height: number;
	readonly width: number;
};

/** A scrolled window of text lines (help, summary), exactly `height` lines tall. */
function LinesViewBody({lines, scroll, height, width}: LinesViewProps) {
	const body = overlayBodyHeight(lines.length, height);
	const first = Math.max(
		0,
		Math.min(scroll, overlayScrollMax(lines.length, height)),
	);
	const shown = lines.slice(first, first + body);
	const rendered = shown.map((line, offset) => (
		<Text
			// eslint-disable-next-line react/no-array-index-key
			key={first + offset}
			wrap="truncate-end"
			bold={line.isHeading}
			underline={line.isHeading}
		>
			{line.text === '' ? ' ' : line.text}
		</Text>
	));
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
