/**
A failure made from its FAILURES or ERRORS entry's report (`build-run.ts`): the report's blank first and last lines
left out, its texts copied from the lines read, or pointing into the entry's stored text.
*/
import type {Failure, Location, Phase} from '../model.js';
import {
	type BodyHandle,
	type BodyStore,
	emptyBody,
	linesOf,
} from '../bodies.js';
import {type SharedTexts, storedFailure} from '../stored-failure.js';
import type {Entry, SealedPart} from './failure-entry.js';

/** A failure's fields besides its texts, each key present (an absent field undefined; an empty type is absent too). */
export type FailureFields = {
	readonly id: string;
	readonly file: string;
	readonly outcome: 'failed' | 'error';
	readonly phase: Phase;
	headline: string;
	exceptionType: string | undefined;
	location: Location | undefined;
	readonly logLine: number;
};

/**
The failure of an entry's report, without the report's blank first and last lines (`lines[start..end)` are the
rest). A sealed entry's failure points into the entry's stored text, copying nothing, and its texts are the
run's shared ones (`fields` is changed to them).
*/
export function withReport(
	entry: Entry,
	lines: readonly string[],
	start: number,
	end: number,
	shared: SharedTexts,
	fields: FailureFields,
): Failure {
	const {sealed} = entry;
	if (!sealed) {
		return {
			id: fields.id,
			file: fields.file,
			outcome: fields.outcome,
			phase: fields.phase,
			headline: fields.headline,
			...(fields.exceptionType && {exceptionType: fields.exceptionType}),
			...(fields.location && {location: fields.location}),
			logLine: fields.logLine,
			traceback: lines.slice(start, end).join('\n'),
			captured: entry.captured.map(section => ({
				name: section.name,
				text: trimBlank(section.lines).join('\n'),
			})),
		};
	}

	fields.headline = shared.text(fields.headline);
	fields.exceptionType = fields.exceptionType
		? shared.text(fields.exceptionType)
		: undefined;
	fields.location &&= shared.location(fields.location);
	return storedFailure(fields, {
		store: sealed.store,
		traceback: linesOf(sealed.traceback.text, lines, start, end),
		captured:
			sealed.captured.length === 0
				? noCaptured
				: sealed.captured.map(section => ({
						name: shared.text(section.name),
						text: trimmedPart(sealed.store, section.part),
					})),
	});
}

const noCaptured: ReadonlyArray<{name: string; text: BodyHandle}> = [];

/** A stored part without its blank first and last lines; read only when its ends may be blank. */
function trimmedPart(store: BodyStore, part: SealedPart): BodyHandle {
	if (part.lines === 0) {
		return emptyBody;
	}

	if (store.hasPrintableEnds(part.text)) {
		return part.text;
	}

	const lines = store.get(part.text).split('\n');
	const [start, end] = blankTrimmed(lines);
	return linesOf(part.text, lines, start, end);
}

/** The lines without blank ones at either end, as [start, end). */
export function blankTrimmed(lines: readonly string[]): [number, number] {
	let start = 0;
	let end = lines.length;
	while (start < end && lines[start]!.trim() === '') {
		start++;
	}

	while (end > start && lines[end - 1]!.trim() === '') {
		end--;
	}

	return [start, end];
}

function trimBlank(lines: readonly string[]): string[] {
	const [start, end] = blankTrimmed(lines);
	return lines.slice(start, end);
}
