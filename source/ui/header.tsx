import {memo} from 'react';
import {Box, Text} from 'ink';
import {logName} from '../shown-path.js';
import type {Analysis} from '../classify/analyze.js';
import {outcomes, type Counts, type Outcome} from '../log/model.js';
import type {LiveProgress} from '../live/live-review.js';
import type {Progress} from '../triage/review.js';
import {shardCount, shardsOf} from '../runs/merge.js';
import {sanitizeLine} from '../log/sanitize.js';
import {bar} from '../review/summary.js';
import {tint, type Theme} from '../review/theme.js';
import {cutMiddle, groupThousands} from '../text.js';
import {textWidth} from '../text-width.js';

export type HeaderProps = {
	readonly analysis: Analysis;
	readonly progress: Progress;
	/** What the filters show, `undefined` when nothing is filtered. */
	readonly filterLabel: string | undefined;
	/** The list's order, `undefined` for log order. */
	readonly sortLabel?: string;
	readonly shown: number;
	readonly marked: number;
	readonly pendingPriority: string | undefined;
	/** The category keys a pending priority waits for (`b c e t u`). */
	readonly categoryKeys?: string;
	readonly width: number;
	readonly theme: Theme;
	/** A run still being read (`triage run`, `--follow`, a live pipe). */
	readonly live?: LiveProgress;
	/** For the elapsed time of a live run. */
	readonly now?: number;
};

/** `1:05`, `12:00`, `1:02:03`. */
export function formatElapsed(milliseconds: number): string {
	const seconds = Math.max(0, Math.floor(milliseconds / 1000));
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = String(seconds % 60).padStart(2, '0');
	return hours > 0
		? `${hours}:${String(minutes).padStart(2, '0')}:${rest}`
		: `${minutes}:${rest}`;
}

/** `RUNNING [ 42%] · 1:05`: what a live run's header says in place of complete / incomplete. */
export function liveLabel(live: LiveProgress, now: number): string {
	const percent =
		live.percent === undefined
			? ''
			: ` [${String(live.percent).padStart(3, ' ')}%]`;
	const elapsed = formatElapsed(
		(live.endedAt ?? live.logEndedAt ?? now) - live.startedAt,
	);
	if (live.logEndedAt !== undefined) {
		return `ENDED, ${live.isRecordedAtEnd === true ? 'recording the run' : 'reading the run whole'}… · ${elapsed}`;
	}

	return live.phase === 'waiting'
		? `WAITING for output · ${elapsed}`
		: `RUNNING${percent} · ${elapsed}`;
}

/** The failing outcomes first: they are what the screen is about. */
const countOrder: readonly Outcome[] = [
	'failed',
	'error',
	...outcomes.filter(outcome => outcome !== 'failed' && outcome !== 'error'),
];

/** `33 failed · 132 error · 5,167,036 passed`, zeros left out. */
export function formatCounts(counts: Counts): string {
	const parts = countOrder
		.filter(outcome => counts[outcome] > 0)
		.map(outcome => `${groupThousands(counts[outcome])} ${outcome}`);
	if (counts.rerun > 0) {
		parts.push(`${groupThousands(counts.rerun)} rerun`);
	}

	return parts.length === 0 ? 'no tests' : parts.join(' · ');
}

/** The run's name, and with `isShort` its run count alone (`(4 runs)`, not `(4 runs, 3 from history)`). */
function runName(
	analysis: Analysis,
	live?: LiveProgress,
	isShort = false,
): string {
	const {run} = analysis;
	const shards = shardsOf(run);
	// While the command runs its output has no name but the command's; once it ended, the log it was kept as
	// (none with --no-history: still the command's, not the stdin it reached triage through).
	const given =
		(live?.endedAt === undefined || run.source === '-'
			? live?.name
			: undefined) ??
		(run.junitXml === undefined
			? undefined
			: `${logName(run.source)} and its JUnit XML`);
	const name =
		given ??
		(shards
			? shards.map(shard => logName(shard.log)).join(' + ')
			: logName(run.source));
	// One parenthesis: `(2 shards; 5 runs, 4 from history)`, where two read `(2 shards) (5 runs, …)`.
	const notes: string[] = [];
	if (given === undefined && shards) {
		notes.push(shardCount(shards));
	}

	const earlier = analysis.runs.length - 1;
	if (earlier > 0) {
		const remembered = analysis.runs.filter(
			health => health.isFromHistory,
		).length;
		notes.push(
			`${analysis.runs.length} runs${remembered > 0 && !isShort ? `, ${remembered} from history` : ''}`,
		);
	}

	// The screen came before the store's earlier runs (team tour 63): new and flaky are not judged on them yet.
	if (live?.isHistoryPending === true && live.phase !== 'ended') {
		notes.push(isShort ? 'history…' : 'asking the store for earlier runs…');
	}

	return notes.length === 0
		? sanitizeLine(name)
		: `${sanitizeLine(name)} (${notes.join('; ')})`;
}

const outageLabel = ' · OUTAGE: most tests failed at once';
const shortOutageLabel = ' · OUTAGE';
// A run still going is judged on the tests reported so far (team tour 65): its label says so.
const soFarOutageLabel = ' · OUTAGE so far: most tests run yet failed';
const shortSoFarOutageLabel = ' · OUTAGE so far';

/**
Whether a run's outage is judged on the tests reported so far: its log is still being read. Once the log has ended,
every test has reported, and the run is judged whole while it is recorded.
*/
export function isOutageSoFar(
	live: Pick<LiveProgress, 'phase' | 'logEndedAt'> | undefined,
): boolean {
	return (
		live !== undefined &&
		live.phase !== 'ended' &&
		live.logEndedAt === undefined
	);
}

/** The fewest columns a name is cut to: less says nothing of it. */
const shortestName = 16;

/**
The run's name and the outage label for a line `width` wide: in full where the whole line fits, else the
label short, then the name without its history part, then that name cut in its middle, so that the status
and the counts after them stay on screen (at 80 columns the full label pushed out all but the failed and error
counts; a live run's long command pushed out its elapsed time and every count).
*/
export function fitRunLine(
	parts: {
		readonly name: string;
		readonly shortName: string;
		readonly isOutage: boolean;
		/** The run is still going: the outage is judged on the tests reported so far. */
		readonly isSoFar?: boolean;
		/** Everything else on the line: the status, the counts, a live note. */
		readonly rest: string;
		/** What of `rest` must show, before a name is cut for it: the status and the first counts. */
		readonly essential?: string;
		/**
		`rest` begins with a live note (the followed log was removed): the name keeps its history part where it fits
		beside the essential (the status and the note), and the counts are cut instead.
		*/
		readonly hasNote?: boolean;
	},
	width: number,
): {name: string; outage: string} {
	const outage = parts.isOutage
		? parts.isSoFar
			? soFarOutageLabel
			: outageLabel
		: '';
	const shortOutage = parts.isOutage
		? parts.isSoFar
			? shortSoFarOutageLabel
			: shortOutageLabel
		: '';
	const candidates = [
		{name: parts.name, outage},
		{name: parts.name, outage: shortOutage},
		{name: parts.shortName, outage: shortOutage},
	];
	const fitting = candidates.find(
		candidate =>
			textWidth(candidate.name + candidate.outage + parts.rest) <= width,
	);
	if (fitting) {
		return fitting;
	}

	const essential = parts.essential ?? parts.rest;
	// The note comes in the middle of a run: the name stays as it was, where `(2 runs, 1 from history)` became
	// `(2 runs)` as the note came and pushed the counts past the line's end (QA 46).
	if (
		parts.hasNote &&
		textWidth(parts.name + shortOutage + essential) + 1 <= width
	) {
		return {name: parts.name, outage: shortOutage};
	}

	// A column for the `…` that ends the line when more than the essential follows.
	const room =
		width -
		textWidth(shortOutage + essential) -
		(essential === parts.rest ? 0 : 1);
	return {
		name: cutMiddle(parts.shortName, Math.max(shortestName, room)),
		outage: shortOutage,
	};
}

/**
What a priority set before its category says on a line with `room` columns for it: what it waits for in full
where that fits, shorter where not, `priority HIGH…` at the narrowest. Before, `priority HIGH…` alone, read as
cut, on a 120-column line more than half empty.
*/
export function pendingPriorityLabel(
	priority: string,
	categoryKeys: string | undefined,
	room: number,
): string {
	const candidates = [
		...(categoryKeys === undefined || categoryKeys === ''
			? []
			: [
					`priority ${priority}: now a category (${categoryKeys}) or a to accept`,
					`priority ${priority}: now ${categoryKeys} or a`,
				]),
		`priority ${priority}: now a category`,
	];
	return (
		candidates.find(candidate => textWidth(candidate) <= room) ??
		`priority ${priority}…`
	);
}

/** A stretch of the progress line, in its colour. */
type ProgressPart = {
	readonly text: string;
	readonly color?: string;
	readonly isBold?: boolean;
};

/** Two lines: the run and its counts; progress, filters and marks. */
function HeaderView({
	analysis,
	progress,
	filterLabel,
	sortLabel,
	shown,
	marked,
	pendingPriority,
	categoryKeys,
	width,
	theme,
	live,
	now,
}: HeaderProps) {
	const {run} = analysis;
	const outage = analysis.runs.at(-1)?.isOutage;
	const isSoFar = isOutageSoFar(live);
	const barWidth = Math.max(5, Math.min(24, Math.floor(width / 5)));
	const showNew = analysis.runs.length > 1;
	const status =
		live && live.phase !== 'ended'
			? liveLabel(live, now ?? live.startedAt)
			: run.complete
				? 'complete'
				: 'INCOMPLETE run';
	const counts = formatCounts(run.counts);
	const firstCounts = counts.split(' · ').slice(0, 2).join(' · ');
	// A live note that fits whole beside the status goes before the counts: it is the line's news (the log was
	// removed), and the line is cut at its end, where it lost the note's end at 120 columns (`run.log was rem…`,
	// QA 46). One too long for the line (a path in it) comes after the counts, cut, as before.
	const note = live?.note === undefined ? '' : ` · ${sanitizeLine(live.note)}`;
	const shortName = runName(analysis, live, true);
	const isNoteFirst =
		note !== '' &&
		Math.min(textWidth(shortName), shortestName) +
			textWidth(
				(outage ? (isSoFar ? shortSoFarOutageLabel : shortOutageLabel) : '') +
					` · ${status}${note}`,
			) +
			1 <=
			width;
	const fitted = fitRunLine(
		isNoteFirst
			? {
					name: runName(analysis, live),
					shortName,
					isOutage: outage === true,
					isSoFar,
					rest: ` · ${status}${note} · ${counts}`,
					essential: ` · ${status}${note}`,
					hasNote: true,
				}
			: {
					name: runName(analysis, live),
					shortName,
					isOutage: outage === true,
					isSoFar,
					rest: ` · ${status} · ${counts}${note}`,
					essential: ` · ${status} · ${firstCounts}`,
				},
		width,
	);
	// The progress line, as parts: measured for the room a pending priority has, and drawn from the same parts.
	const parts: ProgressPart[] = [
		{text: bar(progress.decided, progress.total, barWidth), color: 'green'},
		{text: ' '},
		{
			text: `${groupThousands(progress.decided)}/${groupThousands(progress.total)} decided`,
			isBold: true,
		},
		...(progress.stale > 0
			? [
					{
						text: ` · ${groupThousands(progress.stale)} stale !`,
						color: 'yellow',
					},
				]
			: []),
		...(showNew ? [{text: ` · ${groupThousands(progress.fresh)} new +`}] : []),
		...(filterLabel === undefined
			? []
			: [
					{
						text: ` · filter ${filterLabel}: ${groupThousands(shown)} shown`,
						color: 'cyan',
					},
				]),
		...(marked > 0
			? [{text: ` · ${groupThousands(marked)} marked *`, color: 'magenta'}]
			: []),
	];
	const sort = sortLabel === undefined ? [] : [{text: ` · by ${sortLabel}`}];
	if (pendingPriority !== undefined) {
		const used = textWidth([...parts, ...sort].map(part => part.text).join(''));
		parts.push({
			text: ` · ${pendingPriorityLabel(pendingPriority, categoryKeys, width - used - 3)}`,
			color: 'magenta',
		});
	}

	parts.push(...sort);
	return (
		// The run's line is the screen's first whatever the height: a short terminal loses lines at the bottom.
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Text wrap="truncate-end">
				<Text bold>{fitted.name}</Text> ·{' '}
				{live && live.phase !== 'ended' ? (
					<Text bold color={tint(theme, 'cyan')}>
						{status}
					</Text>
				) : run.complete ? (
					<Text color={tint(theme, 'green')}>{status}</Text>
				) : (
					<Text bold color={tint(theme, 'yellow')}>
						{status}
					</Text>
				)}
				{fitted.outage === '' ? undefined : (
					<Text bold color={tint(theme, 'yellow')}>
						{fitted.outage}
					</Text>
				)}
				{isNoteFirst ? <Text color={tint(theme, 'yellow')}>{note}</Text> : null}{' '}
				· {counts}
				{note !== '' && !isNoteFirst && (
					<Text color={tint(theme, 'yellow')}>{note}</Text>
				)}
			</Text>
			<Text wrap="truncate-end">
				{parts.map((part, index) => (
					<Text
						// The parts of one line, in a fixed order for a given state.
						// eslint-disable-next-line react/no-array-index-key
						key={index}
						bold={part.isBold}
						color={
							part.color === undefined ? undefined : tint(theme, part.color)
						}
					>
						{part.text}
					</Text>
				))}
			</Text>
		</Box>
	);
}

export const Header = memo(HeaderView);
