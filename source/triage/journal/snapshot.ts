/**
A journal's snapshot: the fold of its first bytes (its state, the actions not read whole yet, the warnings
about those lines), so that a load reads the snapshot and folds only the lines after them. The journal
stays the only source of truth: a snapshot says which bytes it covers (their length and SHA-256), and it is
used only when the journal's first bytes are those (`journal/snapshot-store.ts` checks them). The undo
history is not in it: a load from a snapshot reads the history from the journal when an undo first needs it, or
from the file it read, kept open, when a compaction has replaced it since (`journal/reader.ts`).

The format (this module; plain data, no file access), one header line then a body:

```
{"triageSnapshot":1,"journal":"/real/path/triage.jsonl","covered":36685998,"digest":"<sha256 of those bytes>","body":"<sha256 of the body>"}
{"line":100002,"lastSeal":null,"warnings":[[7,"not JSON, skipped"]],"strings":[…],"entries":[…],"pending":[…],"by":[…],"pendingBy":[…]}
```

Every string is an index into `strings`. `entries` holds the state in its order, twelve numbers each: the
key's id and phase (0: the id-wide key), then its decision (`decisionFields`; all -1: a tombstone).
`pending` holds fifteen numbers per event: its group, id and phase, its decision (or -1s: a clear), `undo`
and `of`. `by` and `pendingBy` say who made the decisions that say it (a store's, or a file pulled from one), in
pairs: an entry's (or pending event's) position, then its author. A snapshot that does not decode whole and
consistent (truncated, corrupt, another version) is `undefined`: the caller folds the journal from its start.
So is one written before `by` was kept (it has no `by`): it cannot tell who decided, and one load of the
whole journal writes a snapshot that can.
*/
import {Buffer} from 'node:buffer';
import {createHash} from 'node:crypto';
import {phases, type Phase, type Warning} from '../../log/model.js';
import {buildDecision, type Decision} from './events.js';
import {type FoldEvent, type FoldParts, reportKey} from './fold.js';

/**
The format's version, and the fold's: bump it whenever what a line means changes (`journal/fold.ts`,
`parseLine`), so that no snapshot folded by other rules is used.
*/
export const snapshotVersion = 1;

export type JournalSnapshot = {
	/** The journal's real path (what the snapshot's file name is made from). */
	readonly journal: string;
	/** How many bytes of the journal it covers: whole lines, the header included. */
	readonly covered: number;
	/** The SHA-256 of those bytes, in hex. */
	readonly digest: string;
	/** The 1-based number of the first line after them. */
	readonly line: number;
	/** The nonce of the last compaction seal in those lines. */
	readonly lastSeal: string | undefined;
	/** The warnings about those lines. */
	readonly warnings: readonly Warning[];
	readonly parts: FoldParts;
};

const entryStride = 12;
const pendingStride = 15;
const absent = -1;

export function encodeSnapshot(snapshot: JournalSnapshot): Buffer {
	const strings: string[] = [];
	const indexes = new Map<string, number>();
	const index = (value: string | undefined): number => {
		if (value === undefined) {
			return absent;
		}

		let found = indexes.get(value);
		if (found === undefined) {
			found = strings.length;
			strings.push(value);
			indexes.set(value, found);
		}

		return found;
	};

	const decisionFields = (
		numbers: number[],
		decision: Decision | undefined,
	) => {
		if (decision === undefined) {
			numbers.push(
				absent,
				0,
				absent,
				absent,
				absent,
				absent,
				absent,
				absent,
				absent,
				absent,
			);
			return;
		}

		numbers.push(
			index(decision.id),
			phaseCode(decision.phase),
			index(decision.category),
			index(decision.priority),
			index(decision.note),
			index(decision.issue),
			index(decision.confirmed),
			index(decision.signature),
			index(decision.run),
			index(decision.at),
		);
	};

	const entries: number[] = [];
	const entryAuthors: number[] = [];
	for (const [key, decision] of snapshot.parts.entries) {
		if (decision?.by !== undefined) {
			entryAuthors.push(entries.length / entryStride, index(decision.by));
		}

		if (decision === undefined) {
			// A tombstone, always on a report: the phase has no NUL, so the id is what comes before the last.
			const separator = key.lastIndexOf('\u0000');
			entries.push(
				index(key.slice(0, separator)),
				phaseCode(key.slice(separator + 1) as Phase),
			);
		} else {
			entries.push(index(decision.id), phaseCode(decision.phase));
		}

		decisionFields(entries, decision);
	}

	const pending: number[] = [];
	const pendingAuthors: number[] = [];
	for (const [group, events] of snapshot.parts.pending) {
		for (const event of events) {
			if (event.by !== undefined) {
				pendingAuthors.push(pending.length / pendingStride, index(event.by));
			}

			pending.push(index(group), index(event.id), phaseCode(event.phase));
			decisionFields(pending, event.decision);
			pending.push(index(event.undo), event.size ?? absent);
		}
	}

	const body = Buffer.from(
		JSON.stringify({
			line: snapshot.line,
			lastSeal: snapshot.lastSeal ?? null,
			warnings: snapshot.warnings.map(({line, message}) => [line, message]),
			strings,
			entries,
			pending,
			by: entryAuthors,
			pendingBy: pendingAuthors,
		}),
	);
	const header = JSON.stringify({
		triageSnapshot: snapshotVersion,
		journal: snapshot.journal,
		covered: snapshot.covered,
		digest: snapshot.digest,
		body: sha256(body),
	});
	return Buffer.concat([Buffer.from(header + '\n'), body]);
}

/** The snapshot in `bytes`, or undefined when they are not one whole, consistent snapshot of this version. */
export function decodeSnapshot(bytes: Buffer): JournalSnapshot | undefined {
	try {
		return decode(bytes);
	} catch {
		// Not JSON, or not the shape this version writes.
		return undefined;
	}
}

function decode(bytes: Buffer): JournalSnapshot | undefined {
	const end = bytes.indexOf(10);
	if (end === -1) {
		return undefined;
	}

	const header = JSON.parse(bytes.toString('utf8', 0, end)) as Record<
		string,
		unknown
	>;
	const {triageSnapshot, journal, covered, digest} = header;
	const body = bytes.subarray(end + 1);
	if (
		triageSnapshot !== snapshotVersion ||
		typeof journal !== 'string' ||
		!isCount(covered) ||
		typeof digest !== 'string' ||
		!/^[\da-f]{64}$/.test(digest) ||
		header['body'] !== sha256(body)
	) {
		return undefined;
	}

	const record = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
	const {line, lastSeal, warnings, strings, entries, pending} = record;
	const entryAuthors = authorsAt(record['by'], entries, entryStride);
	const pendingAuthors = authorsAt(record['pendingBy'], pending, pendingStride);
	if (
		entryAuthors === undefined ||
		pendingAuthors === undefined ||
		!isCount(line) ||
		line < 2 ||
		(lastSeal !== null && typeof lastSeal !== 'string') ||
		!Array.isArray(warnings) ||
		!Array.isArray(strings) ||
		!strings.every(each => typeof each === 'string') ||
		!isNumbers(entries, entryStride) ||
		!isNumbers(pending, pendingStride)
	) {
		return undefined;
	}

	const decodedWarnings: Warning[] = [];
	for (const warning of warnings as unknown[]) {
		if (
			!Array.isArray(warning) ||
			!isCount(warning[0]) ||
			warning[0] >= line ||
			typeof warning[1] !== 'string'
		) {
			return undefined;
		}

		decodedWarnings.push({line: warning[0], message: warning[1]});
	}

	const reader = new Reader(strings);
	const decodedEntries: Array<readonly [string, Decision | undefined]> = [];
	const keys = new Set<string>();
	for (let at = 0; at < entries.length; at += entryStride) {
		const id = reader.required(entries[at]!);
		const phase = reader.phase(entries[at + 1]!);
		const decision = reader.decision(
			entries,
			at + 2,
			entryAuthors.get(at / entryStride),
		);
		// A tombstone is only ever on a report; a decision's key is its own id and phase. No id has a NUL
		// (`JournalLines.snapshot`).
		if (
			id.includes('\u0000') ||
			(decision === undefined && phase === undefined) ||
			(decision !== undefined &&
				(decision.id !== id || decision.phase !== phase))
		) {
			return undefined;
		}

		const key = phase === undefined ? id : reportKey(id, phase);
		keys.add(key);
		decodedEntries.push([key, decision]);
	}

	if (keys.size !== decodedEntries.length) {
		return undefined;
	}

	const groups = new Map<string, FoldEvent[]>();
	for (let at = 0; at < pending.length; at += pendingStride) {
		const group = reader.required(pending[at]!);
		const size = pending[at + 14]!;
		const author = pendingAuthors.get(at / pendingStride);
		// The fold gives the decision its event's `by` when the action is read whole.
		const decision = reader.decision(pending, at + 3);
		const event: FoldEvent = {
			id: reader.required(pending[at + 1]!),
			phase: reader.phase(pending[at + 2]!),
			decision,
			group,
			undo: reader.optional(pending[at + 13]!),
			size: size === absent ? undefined : size,
			...(author !== undefined && {by: reader.required(author)}),
		};
		// Only the events of an action of several, not all read yet, wait.
		if (event.size === undefined || event.size < 2) {
			return undefined;
		}

		const events = groups.get(group);
		if (events) {
			events.push(event);
		} else {
			groups.set(group, [event]);
		}
	}

	return {
		journal,
		covered,
		digest,
		line,
		lastSeal: lastSeal ?? undefined,
		warnings: decodedWarnings,
		parts: {entries: decodedEntries, pending: [...groups]},
	};
}

/** Reads the numbers of a body back into strings, phases and decisions; throws on any out of range. */
class Reader {
	readonly #strings: readonly string[];

	constructor(strings: readonly string[]) {
		this.#strings = strings;
	}

	required(index: number): string {
		const value = this.#strings[index];
		if (value === undefined) {
			throw new RangeError('no such string');
		}

		return value;
	}

	optional(index: number): string | undefined {
		return index === absent ? undefined : this.required(index);
	}

	phase(code: number): Phase | undefined {
		if (code === 0) {
			return undefined;
		}

		const phase = phases[code - 1];
		if (phase === undefined) {
			throw new RangeError('no such phase');
		}

		return phase;
	}

	/**
	The decision of ten numbers from `at` (`decisionFields`), made by the string at `author` when given;
	undefined when its id is absent.
	*/
	decision(
		numbers: readonly number[],
		at: number,
		author?: number,
	): Decision | undefined {
		if (numbers[at] === absent) {
			for (let each = at + 1; each < at + 10; each++) {
				if (numbers[each] !== (each === at + 1 ? 0 : absent)) {
					throw new RangeError('a tombstone with fields');
				}
			}

			if (author !== undefined) {
				throw new RangeError('a tombstone with an author');
			}

			return undefined;
		}

		const decision = buildDecision(
			this.required(numbers[at]!),
			this.phase(numbers[at + 1]!),
			this.required(numbers[at + 2]!),
			this.required(numbers[at + 3]!),
			this.required(numbers[at + 4]!),
			this.optional(numbers[at + 5]!),
			this.optional(numbers[at + 6]!),
			this.optional(numbers[at + 7]!),
			this.optional(numbers[at + 8]!),
			this.required(numbers[at + 9]!),
		);
		return author === undefined
			? decision
			: {...decision, by: this.required(author)};
	}
}

/**
The authors a body's `by` (or `pendingBy`) gives, by position among the `stride` numbers of `numbers`;
undefined when it is absent (a snapshot from before it was kept) or does not fit.
*/
function authorsAt(
	pairs: unknown,
	numbers: unknown,
	stride: number,
): Map<number, number> | undefined {
	if (!isNumbers(pairs, 2) || !Array.isArray(numbers)) {
		return undefined;
	}

	const count = numbers.length / stride;
	const authors = new Map<number, number>();
	for (let at = 0; at < pairs.length; at += 2) {
		const position = pairs[at]!;
		const author = pairs[at + 1]!;
		if (position >= count || author === absent || authors.has(position)) {
			return undefined;
		}

		authors.set(position, author);
	}

	return authors;
}

function phaseCode(phase: Phase | undefined): number {
	return phase === undefined ? 0 : phases.indexOf(phase) + 1;
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isNumbers(value: unknown, stride: number): value is number[] {
	return (
		Array.isArray(value) &&
		value.length % stride === 0 &&
		value.every(each => Number.isSafeInteger(each) && each >= absent)
	);
}

function sha256(bytes: Buffer): string {
	return createHash('sha256').update(bytes).digest('hex');
}
