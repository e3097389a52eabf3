import {memo} from 'react';
import {Text} from 'ink';
import type {Status} from '../review/state.js';
import {tint, type Theme} from '../review/theme.js';

export type StatusLineProps = {
	readonly status: Status | undefined;
	readonly fallback: string;
	readonly theme: Theme;
	/** Said before the status, whatever it is (failures running again: `[again 2/5] `). */
	readonly prefix?: string;
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

/** The last thing that happened (`✓ saved: BUG HIGH …`), or what to do next. */
function StatusLineView({status, fallback, theme, prefix}: StatusLineProps) {
	if (!status) {
		return (
			<Text dimColor wrap="truncate-end">
				{prefix}
				{fallback || ' '}
			</Text>
		);
	}

	const color = colors[status.tone];
	return (
		<Text
			wrap="truncate-end"
			bold={status.tone !== 'info'}
			color={color === undefined ? undefined : tint(theme, color)}
		>
			{prefix}
			{marks[status.tone]}
			{status.text}
		</Text>
	);
}

export const StatusLine = memo(StatusLineView);
