import path from 'node:path';
import {Box, Text} from 'ink';
import {sanitizeLine} from '../log/sanitize.js';
import {bar} from './summary.js';

export type LoadingProps = {
	readonly log: string;
	/** 1-based position of this log among those given. */
	readonly index: number;
	readonly count: number;
	readonly bytesRead: number;
	readonly totalBytes: number | undefined;
	readonly width: number;
};

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The screen while logs load: which log, a progress bar, how much is read. */
export function Loading({
	log,
	index,
	count,
	bytesRead,
	totalBytes,
	width,
}: LoadingProps) {
	const name = log === '-' ? 'stdin' : path.basename(log);
	const which = count > 1 ? ` (${index} of ${count})` : '';
	const barWidth = Math.max(10, Math.min(50, width - 30));
	const amount =
		totalBytes === undefined || totalBytes === 0
			? `${megabytes(bytesRead)} read`
			: `${Math.floor((Math.min(bytesRead, totalBytes) / totalBytes) * 100)}% of ${megabytes(totalBytes)}`;
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text bold>triage</Text> · loading {sanitizeLine(name)}
				{which}…
			</Text>
			<Text wrap="truncate-end">
				{bar(bytesRead, totalBytes ?? 0, barWidth)} {amount}
			</Text>
		</Box>
	);
}
