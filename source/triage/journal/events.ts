/**
What a journal line is: the header, the events, their validation when read (`parseLine`) and
before they are written (`checkInput`). Plain data; no file access.
*/
import {randomBytes} from 'node:crypto';
import type {Buffer} from 'node:buffer';
import {phases, type Phase} from '../../log/model.js';
import {newline} from './disk.js';
import {JournalError} from './errors.js';

/** The format version this code writes, and the newest it reads. */
export const journalVersion = 1;

/**
A decision on a failure report. With a `phase`, it is on one report of the test (its call
failure, setup error, teardown error or collection error); without one (every journal written
before reports were decided separately), on every report of the test.
*/
export type Decision = {
	/** Pytest node id. */
	readonly id: string;
	/** The kind of report it is on; absent: every report of the test. */
	readonly phase?: Phase;
	/** A category name (validated by the caller against its category list). */
	readonly category: string;
	/** A priority name (validated by the caller). */
	readonly priority: string;
	/** Free text; empty when none. */
	readonly note: string;
	/**
	An issue reference (`#123`, `JIRA-45`, a URL; see `triage/issue-link.ts`); absent when none. Added
	within version 1: a triage from before it reads the decision and leaves this field out.
	*/
	readonly issue?: string;
	/**
	The confirmation the failure had when it was decided (`R`: reproduced 2 of 5 runs is `2/5`); absent when
	it had none. Added within version 1, as `issue` was: an older triage reads the decision without it.
	*/
	readonly confirmed?: string;
	/** The failure's signature when it was decided: a different current one makes it stale. */
	readonly signature?: string;
	/** The run (log source) it was decided on. */
	readonly run?: string;
	/** ISO 8601 time of the decision. */
	readonly at: string;
	/**
	Who made it, where the journal records it (a team's store, or a file pulled from one); absent otherwise.
	The fold sets it from its event's `by`; `decisionOf` leaves it out, and what writes a decision again says
	whose it is: an undo putting a decision back keeps its maker (`undo-events.ts`).
	*/
	readonly by?: string;
};

type ActionFields = {
	/** Who made it (`$USER` or `--who`): written by a team's store, kept when pulled into a file. */
	readonly by?: string;
	/** Shared by every event one action appended (a cluster decision, an undo). */
	readonly group?: string;
	/** On the events of an undo: the group of the action it undoes. */
	readonly undo?: string;
	/**
	On every event of an action of more than one event: how many it has. The fold applies such a
	group only once all of them were read, so an action cut short by a failed write (a full disk)
	is not in effect at all. Absent (one event, or a journal written before it existed): the event
	applies on its own.
	*/
	readonly of?: number;
};

export type DecideEvent = {
	readonly t: 'decide';
	/**
	`signature`: the event only adds the failure's signature to the decision in effect on its report, when that
	decision is this one (same `at`, category and priority) and has none: the error became known after it was
	decided (a live run prints tracebacks at its end). Part of no undo step. A triage from before it reads the
	event as the same decision with its signature. Added within version 1. It also names the run of a decision
	made on a live run's log before the log was kept (`run` was `-`), signed or not.
	`run`: the event only names that run, for a decision whose error never became known (a pipe left before pytest
	printed its tracebacks, a `--tb=no` run): no signature. Added within version 1 after `signature`; a triage from
	before it skips the line with a warning, and the decision keeps run `-` there.
	*/
	readonly adds?: 'signature' | 'run';
} & Decision &
	ActionFields;

export type ClearEvent = {
	readonly t: 'clear';
	readonly id: string;
	/** The kind of report cleared; absent: every report of the test. */
	readonly phase?: Phase;
	readonly at: string;
} & ActionFields;

export type JournalEvent = DecideEvent | ClearEvent;

/** What a caller passes to record a decision; `at` comes from the journal's clock. */
export type DecisionInput = {
	readonly id: string;
	/** The kind of report; absent: every report of the test (as events written before phases were). */
	readonly phase?: Phase;
	readonly category: string;
	readonly priority: string;
	readonly note?: string;
	/** An issue reference; absent or empty: none. */
	readonly issue?: string;
	/** The failure's confirmation (`2/5`), when it has one. */
	readonly confirmed?: string;
	readonly signature?: string;
	readonly run?: string;
};

/** A failure report, or with no phase every report of a test. */
export type ReportRef = {
	readonly id: string;
	readonly phase?: Phase;
};

export type ParsedLine =
	| {readonly kind: 'event'; readonly event: JournalEvent}
	| {
			readonly kind: 'header';
			readonly version: number;
			readonly created: string | undefined;
			/** On a compaction's seal: the compaction's nonce (see `sealLine`). */
			readonly seal?: string;
	  }
	| {readonly kind: 'bad'; readonly message: string};

/** Refuse what would be written, then skipped as unreadable on the next load. */
export function checkInput(input: DecisionInput): void {
	const {
		id,
		phase,
		category,
		priority,
		note,
		issue,
		confirmed,
		signature,
		run,
	} = input;
	// An empty id is pytest's own collection error (`ERROR collecting test session`), a report like any other.
	if (typeof id !== 'string') {
		throw new TypeError(
			`A decision needs a test id, got ${JSON.stringify(id)}`,
		);
	}

	if (phase !== undefined && !isPhase(phase)) {
		throw new TypeError(
			`The phase of ${id} must be one of ${phases.join(', ')}`,
		);
	}

	for (const [name, value] of Object.entries({category, priority})) {
		if (typeof value !== 'string') {
			throw new TypeError(`The ${name} of ${id} must be a string`);
		}
	}

	for (const [name, value] of Object.entries({
		note,
		issue,
		confirmed,
		signature,
		run,
	})) {
		if (value !== undefined && typeof value !== 'string') {
			throw new TypeError(`The ${name} of ${id} must be a string`);
		}
	}
}

export function decideEvent(
	input: DecisionInput,
	at: string,
	group: string,
): DecideEvent {
	return {t: 'decide', ...inputDecision(input, at), group};
}

/** The Decision the journal holds once `input` is appended at `at` (key order as in DESIGN.md; an empty issue is none). */
export function inputDecision(input: DecisionInput, at: string): Decision {
	const {issue, ...rest} = input;
	return decisionOf({
		...rest,
		note: input.note ?? '',
		...(issue !== undefined && issue !== '' && {issue}),
		at,
	});
}

/**
The event that adds `signature` to `decision`, which has none, and names its `run` when it was made on a live
run's log not kept yet (`-`): see `DecideEvent.adds`.
*/
export function addedSignatureEvent(
	decision: Decision,
	signature: string | undefined,
	run?: string,
): DecideEvent {
	const kept = decision.signature ?? signature;
	return {
		t: 'decide',
		...decisionOf({
			...decision,
			signature: kept,
			...(run !== undefined && {run}),
		}),
		// With no signature to add, the event only names the run: said so, as `signature` needs one.
		adds: kept === undefined ? 'run' : 'signature',
	};
}

/** The run a live review's decisions are made on while its log is read, before the log is kept and named. */
export const unnamedRun = '-';

/** A plain Decision from an event (or decision), without event-only fields, keys in file order. */
export function decisionOf(source: Decision): Decision {
	return buildDecision(
		source.id,
		source.phase,
		source.category,
		source.priority,
		source.note ?? '',
		source.issue,
		source.confirmed,
		source.signature,
		source.run,
		source.at,
	);
}

/**
A Decision of these fields, the absent ones left out, keys in file order. This runs once per event on
every load: the usual shapes (a signature and a run, no issue, no confirmation) are one object
literal, allocated whole; the others are built field by field.
*/

export function buildDecision(
	id: string,
	phase: Phase | undefined,
	category: string,
	priority: string,
	note: string,
	issue: string | undefined,
	confirmed: string | undefined,
	signature: string | undefined,
	run: string | undefined,
	at: string,
): Decision {
	if (
		issue === undefined &&
		confirmed === undefined &&
		signature !== undefined &&
		run !== undefined
	) {
		return phase === undefined
			? {id, category, priority, note, signature, run, at}
			: {id, phase, category, priority, note, signature, run, at};
	}

	const decision = (
		phase === undefined
			? {id, category, priority, note}
			: {id, phase, category, priority, note}
	) as Mutable<Decision>;
	if (issue !== undefined) {
		decision.issue = issue;
	}

	if (confirmed !== undefined) {
		decision.confirmed = confirmed;
	}

	if (signature !== undefined) {
		decision.signature = signature;
	}

	if (run !== undefined) {
		decision.run = run;
	}

	// `at` is assigned last: keys in file order.
	decision.at = at;
	return decision;
}

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

export function isPhase(value: unknown): value is Phase {
	return (phases as readonly unknown[]).includes(value);
}

export function parseLine(text: string): ParsedLine {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {kind: 'bad', message: 'not JSON'};
	}

	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return {kind: 'bad', message: 'not an event'};
	}

	const record = value as Record<string, unknown>;
	if ('triage' in record) {
		const version = record['triage'];
		const created = record['created'];
		const seal = record['seal'];
		return typeof version === 'number' && Number.isInteger(version)
			? {
					kind: 'header',
					version,
					created: typeof created === 'string' ? created : undefined,
					...(typeof seal === 'string' && {seal}),
				}
			: {kind: 'bad', message: 'not a header'};
	}

	const {t: type, id, phase, at, group, undo, of: size} = record;
	if (typeof id !== 'string') {
		return {kind: 'bad', message: 'event without an id'};
	}

	if (phase !== undefined && !isPhase(phase)) {
		return {kind: 'bad', message: 'event with an unknown phase'};
	}

	if (typeof at !== 'string') {
		return {kind: 'bad', message: 'event without a time'};
	}

	if (
		(group !== undefined && typeof group !== 'string') ||
		(undo !== undefined && typeof undo !== 'string') ||
		(size !== undefined &&
			(group === undefined ||
				typeof size !== 'number' ||
				!Number.isSafeInteger(size) ||
				size < 1))
	) {
		return {kind: 'bad', message: 'event with a malformed group'};
	}

	if (type === 'decide') {
		const {category, priority, note, issue, confirmed, signature, run, adds} =
			record;
		if (typeof category !== 'string' || typeof priority !== 'string') {
			return {kind: 'bad', message: 'decision without a category or priority'};
		}

		const isAddingKnown =
			(adds === 'signature' && typeof signature === 'string') ||
			(adds === 'run' &&
				typeof run === 'string' &&
				run !== unnamedRun &&
				signature === undefined);
		if (adds !== undefined && !isAddingKnown) {
			return {kind: 'bad', message: 'decision that adds an unknown field'};
		}

		if (
			(note !== undefined && typeof note !== 'string') ||
			(issue !== undefined && typeof issue !== 'string') ||
			(confirmed !== undefined && typeof confirmed !== 'string') ||
			(signature !== undefined && typeof signature !== 'string') ||
			(run !== undefined && typeof run !== 'string')
		) {
			return {kind: 'bad', message: 'decision with a malformed field'};
		}

		return {kind: 'event', event: record as DecideEvent};
	}

	if (type === 'clear') {
		return {kind: 'event', event: record as ClearEvent};
	}

	return {
		kind: 'bad',
		message: `unknown event ${JSON.stringify(type ?? null).slice(0, 40)}`,
	};
}

/** Throw unless the first line is a header this version reads. */
export function checkHeader(
	probe: Buffer,
	size: number,
	file: string,
): string | undefined {
	if (size === 0) {
		// An empty file (say, `touch triage.jsonl`) becomes a journal on the first decision.
		return undefined;
	}

	const end = probe.indexOf(newline);
	if (end === -1 && size > probe.length) {
		throw new JournalError('foreign', file, 1, 'not a triage journal');
	}

	const text = probe
		.toString('utf8', 0, end === -1 ? probe.length : end)
		.replace(/^\uFEFF/, '');
	const parsed = parseLine(text);
	if (parsed.kind !== 'header' || parsed.version < 1) {
		throw new JournalError('foreign', file, 1, 'not a triage journal');
	}

	if (parsed.version > journalVersion) {
		throw new JournalError(
			'newer',
			file,
			1,
			`written by a newer triage (version ${parsed.version}); this one reads version ${journalVersion}`,
		);
	}

	return parsed.created;
}

export function headerLine(now: Date): string {
	return (
		JSON.stringify({triage: journalVersion, created: now.toISOString()}) + '\n'
	);
}

/** The events of one action, each marked with the action's size when it has more than one. */
export function asOneAction<Event extends JournalEvent>(
	events: readonly Event[],
): Event[] {
	return events.length > 1
		? events.map(event => ({...event, of: events.length}))
		: [...events];
}

/**
The line a compaction appends to the journal before it reads it: everything before it is in the
compacted file, nothing after it is. An appender whose write lands after a live seal appends again
to the compacted file once it is in place. Shaped as a header, which every reader (older triages
included) skips.
*/
export function sealLine(nonce: string, now: Date): string {
	return JSON.stringify({
		triage: journalVersion,
		seal: nonce,
		at: now.toISOString(),
	});
}

export function newGroup(): string {
	return randomBytes(6).toString('base64url');
}
