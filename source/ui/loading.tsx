import {Box, Text} from 'ink';
import {logName} from '../shown-path.js';
import {sanitizeLine} from '../log/sanitize.js';
import type {SessionStep} from '../session.js';
import {bar} from '../review/summary.js';
import {formatBytes, groupThousands} from '../text.js';

export type LoadingProps = {
	readonly log: string;
	/** `triage run`'s command line, named as typed: its output is the log (read as stdin). */
	readonly command?: string;
	/** 1-based position of this log among those given. */
	readonly index: number;
	readonly count: number;
	readonly bytesRead: number;
	readonly totalBytes: number | undefined;
	/** Failing reports met so far (all logs), and the latest few ids, newest last. */
	readonly failuresFound?: number;
	readonly recentFailures?: readonly string[];
	/** `--follow` on a log not there yet: it is waited for (triage was started before pytest). */
	readonly isWaiting?: boolean;
	/** What is done once the logs are read (`classifying 57,357 failures…`): the bar is full and says no more. */
	readonly step?: string;
	/** The step lets the event loop run between batches (`isInTurns`): q quits at once, not once it ends. */
	readonly isStepInTurns?: boolean;
	readonly width: number;
};

const noFailures: readonly string[] = [];

/**
Whether a step gives the event loop turns, so that q is read at once: the matching of the reports with their tests
(read.ts `turnMs`) and the analysis (session.ts) do.
*/
export function isInTurns(step: SessionStep): boolean {
	// Waiting for a store's answer holds nothing: keys are read meanwhile.
	return step === 'building' || step === 'analysis' || step === 'store';
}

/** What the loading screen says of a step after the read (session.ts `onStep`). */
export function stepText(step: SessionStep, failures: number): string {
	switch (step) {
		case 'store': {
			return 'waiting for the store…';
		}

		case 'building': {
			return failures === 0
				? 'matching the reports with their tests…'
				: failures === 1
					? 'matching 1 failing report with its test…'
					: `matching ${groupThousands(failures)} failing reports with their tests…`;
		}

		case 'history': {
			return 'reading the run history…';
		}

		case 'analysis': {
			return failures === 0
				? 'classifying…'
				: `classifying ${groupThousands(failures)} failure${failures === 1 ? '' : 's'}…`;
		}

		case 'recording': {
			return 'recording the run in the history…';
		}
	}
}

/** The screen while logs load: which log, a progress bar, how much is read. */
export function Loading({
	log,
	command,
	index,
	count,
	bytesRead,
	totalBytes,
	failuresFound = 0,
	recentFailures = noFailures,
	isWaiting = false,
	step,
	isStepInTurns = false,
	width,
}: LoadingProps) {
	const name = command ?? logName(log);
	if (isWaiting) {
		return (
			<Box flexDirection="column" width={width}>
				<Text wrap="truncate-end">
					<Text bold>triage</Text> · waiting for {sanitizeLine(name)}…
				</Text>
				<Text wrap="truncate-end">
					{sanitizeLine(log)} is not there yet: it is read as soon as it appears
					· q quits
				</Text>
			</Box>
		);
	}

	const which = count > 1 ? ` (${index} of ${count})` : '';
	const barWidth = Math.max(10, Math.min(50, width - 30));
	// Nothing read yet while the store is waited for: the log is not what takes the time (team tour 62).
	const amount =
		totalBytes === undefined || totalBytes === 0
			? bytesRead === 0
				? step === undefined
					? 'reading…'
					: ''
				: `${formatBytes(bytesRead)} read`
			: `${Math.floor((Math.min(bytesRead, totalBytes) / totalBytes) * 100)}% of ${formatBytes(totalBytes)}`;
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text bold>triage</Text> · loading {sanitizeLine(name)}
				{which}…
			</Text>
			<Text wrap="truncate-end">
				{bar(bytesRead, totalBytes ?? 0, barWidth)} {amount}
			</Text>
			{step !== undefined && (
				// A step but the analysis holds the event loop (a second on a 100 MB log): a key is read only once it
				// ends. q during the classifying of 57,357 failures quit 3 to 10 s later, the screen saying nothing of
				// it (QA 46); the analysis now runs in turns.
				<Text wrap="truncate-end">
					{step}{' '}
					<Text dimColor>
						· q quits{isStepInTurns ? '' : ' once this step ends'}
					</Text>
				</Text>
			)}
			{failuresFound > 0 && (
				<Text wrap="truncate-end">
					{groupThousands(failuresFound)} failing
					{step === undefined ? ' so far' : ''}
					{failuresFound > recentFailures.length ? ', the latest:' : ':'}
				</Text>
			)}
			{recentFailures.map((id, index) => (
				// Ids can repeat (a call failure and its teardown error): the position keys them. The indent is
				// the box's, so that an id cut at its start keeps it.
				// eslint-disable-next-line react/no-array-index-key
				<Box key={index} paddingLeft={2}>
					<Text dimColor wrap="truncate-start">
						{sanitizeLine(id)}
					</Text>
				</Box>
			))}
		</Box>
	);
}
