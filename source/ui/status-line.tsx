import {memo} from 'react';
import {Box, Text} from 'ink';
import {sanitizeLine} from '../log/sanitize.js';
import type {Status, StatusText} from '../review/state.js';
import {tint, type Theme} from '../review/theme.js';
import {textWidth, truncateStart, wrapText} from '../text-width.js';

export type StatusLineProps = {
	readonly status: Status | undefined;
	/** What shows without a status (`3/47: tests/…::test_x`), and the id it names. */
	readonly fallback: string | StatusText;
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

/**
A status as it is drawn: its text, its id and its short form through the one sanitizer, so that whatever a
status quotes (an id, a file's name, an error's message, a command's last line) reaches the terminal inert,
on one line, wherever the status was made. Sanitized text is the same again.
*/
function inert<T extends StatusText & {readonly short?: string}>(status: T): T {
	// A frame asks it of one status up to three times (its text, whether it is long, its id): once each.
	const known = inertStatuses.get(status) as T | undefined;
	if (known !== undefined) {
		return known;
	}

	const made = {
		...status,
		text: sanitizeLine(status.text),
		...(status.id !== undefined && {id: sanitizeLine(status.id)}),
		...(status.short !== undefined && {short: sanitizeLine(status.short)}),
	};
	inertStatuses.set(status, made);
	return made;
}

/** Each status's drawn form, by the status (statuses are never changed, only replaced). */
const inertStatuses = new WeakMap<object, unknown>();

/**
The status as the line shows it, its mark and prefix included; undefined when the fallback shows. Given the
`width` and the `lines` it may take, a status with a short form says that one where its text would not fit.
*/
export function statusTextOf(
	status: Status | undefined,
	prefix = '',
	width?: number,
	lines = 1,
): string | undefined {
	if (!status) {
		return undefined;
	}

	status = inert(status);
	const mark = `${prefix}${marks[status.tone]}`;
	const text = `${mark}${status.text}`;
	const fits =
		width === undefined ||
		oneLineOf(text, width, status.id) !== undefined ||
		(lines > 1 && wrapText(text, width, textWidth(mark)).length <= lines);
	return fits || status.short === undefined ? text : `${mark}${status.short}`;
}

/** Columns an id keeps when it is cut: fewer, and the status wraps instead (where it may). */
const idRoom = 16;

/**
The text on one line of `width` columns when it fits, or can be made to by cutting the id (or path) it names
(`id`, as the text has it) at its start, as the list does: `✓ undone: decision removed from
…_chaos.py::TestAuth::test_outage` keeps the test's name where Ink would cut it at its end or the line would
wrap. Undefined when it cannot: a status that names no id (prose: a reason why nothing ran, a path in it
included) wraps rather than lose its end, and so does an id left fewer than `minimumRoom` columns.
*/
export function oneLineOf(
	text: string,
	width: number,
	id?: string,
	minimumRoom = idRoom,
): string | undefined {
	const whole = textWidth(text);
	if (whole <= width) {
		return text;
	}

	// The last time the text names it: words before it (a prefix, a verb) never contain the id itself.
	const at = id === undefined || id === '' ? -1 : text.lastIndexOf(id);
	if (at < 0) {
		return undefined;
	}

	const room = width - (whole - textWidth(id!));
	if (room < minimumRoom) {
		return undefined;
	}

	return `${text.slice(0, at)}${truncateStart(id!, room)}${text.slice(at + id!.length)}`;
}

/** Whether the status needs more than one line of `width` columns (see `oneLineOf`), given two. */
export function isStatusLong(
	status: Status | undefined,
	width: number,
	prefix = '',
): boolean {
	const text = statusTextOf(status, prefix, width, 2);
	return (
		text !== undefined &&
		oneLineOf(text, width, status && inert(status).id) === undefined
	);
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

/**
Lines a question on the status line (`undo another session's action: …? y/n`) needs to be read whole in `width`
columns, at most `most`: the view gives it those of the detail pane.
*/
export function questionLinesOf(
	status: Status | undefined,
	width: number,
	most: number,
): number {
	const text = statusTextOf(status, '', width, most);
	if (text === undefined || textWidth(text) <= width) {
		return 1;
	}

	return Math.max(
		1,
		Math.min(
			most,
			wrapText(text, width, textWidth(marks[status!.tone])).length,
		),
	);
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
		const said = inert(
			typeof fallback === 'string' ? {text: fallback} : fallback,
		);
		const text = `${prefix}${said.text || ' '}`;
		return (
			<Text dimColor wrap="truncate-end">
				{width === undefined ? text : (oneLineOf(text, width, said.id) ?? text)}
			</Text>
		);
	}

	const color = colors[status.tone];
	const style = {
		bold: status.tone !== 'info',
		color: color === undefined ? undefined : tint(theme, color),
	};
	const text = statusTextOf(status, prefix, width, lines)!;
	// Kept to one line (a short terminal): the id's end, however short, is worth more than its words' end.
	const oneLine =
		width === undefined
			? text
			: oneLineOf(text, width, inert(status).id, lines > 1 ? idRoom : 2);
	if (oneLine === undefined && lines > 1 && width !== undefined) {
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
			{oneLine ?? text}
		</Text>
	);
}

export const StatusLine = memo(StatusLineView);
