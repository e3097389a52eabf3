/*
A load builds each decision from shared strings (`journal/shared.ts`) in one object literal where it
can (`buildDecision`): the decisions, their key order and the undo history must be what folding the
parsed events gives, on every shape of event.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {phases} from '../../source/log/model.js';
import {
	decisionOf,
	parseLine,
	type JournalEvent,
} from '../../source/triage/journal/events.js';
import {foldEvents} from '../../source/triage/journal/fold.js';
import {SharedStrings} from '../../source/triage/journal/shared.js';
import {openJournal} from '../../source/triage/journal.js';

const text = fc.oneof(
	fc.constantFrom('', 'BUG', 'HIGH', 'LOW', 'run.log', 'tests/a.py::t[x]'),
	fc.string({maxLength: 12}),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) =>
	fc.option(arbitrary, {nil: undefined});

const eventArbitrary: fc.Arbitrary<JournalEvent> = fc
	.record({
		t: fc.constantFrom('decide', 'clear'),
		id: fc.constantFrom('tests/a.py::t', 'tests/b.py::u[1]', 'c'),
		phase: optional(fc.constantFrom(...phases)),
		category: text,
		priority: text,
		note: optional(text),
		issue: optional(text),
		confirmed: optional(text),
		signature: optional(text),
		run: optional(text),
		at: fc.constantFrom('2026-11-23T10:00:00.000Z', '2026-11-24T10:00:00.000Z'),
		group: optional(fc.constantFrom('g1', 'g2', 'g3')),
		undo: optional(fc.constantFrom('g1', 'g2')),
	})
	.map(fields => {
		const {t, category, priority, note, issue, confirmed, signature, run} =
			fields;
		const event = {
			t,
			id: fields.id,
			phase: fields.phase,
			...(t === 'decide' && {
				category,
				priority,
				note,
				issue,
				confirmed,
				signature,
				run,
			}),
			at: fields.at,
			group: fields.group,
			undo: fields.undo,
		};
		// What JSON.stringify writes: no undefined fields.
		return JSON.parse(JSON.stringify(event)) as JournalEvent; // eslint-disable-line unicorn/prefer-structured-clone
	});

test('a decision built from shared strings is decisionOf the event, keys in the same order', () => {
	fc.assert(
		fc.property(fc.array(eventArbitrary, {maxLength: 12}), events => {
			const shared = new SharedStrings();
			for (const event of events) {
				const folded = shared.foldEvent(event);
				expect(folded.id).toBe(event.id);
				expect(folded.phase).toBe(event.phase);
				expect(folded.group).toBe(event.group);
				expect(folded.undo).toBe(event.undo);
				if (event.t === 'decide') {
					const expected = decisionOf(event);
					expect(folded.decision).toStrictEqual(expected);
					expect(Object.keys(folded.decision!)).toStrictEqual(
						Object.keys(expected),
					);
				} else {
					expect(folded.decision).toBeUndefined();
				}
			}
		}),
		{numRuns: 500},
	);
});

test('a loaded journal is the fold of its parsed events: the decisions, their key order, and whether there is an undo', () => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-shared-'));
	const file = path.join(directory, 'triage.jsonl');
	try {
		fc.assert(
			fc.property(fc.array(eventArbitrary, {maxLength: 30}), events => {
				const lines = events.map(event => JSON.stringify(event));
				fs.writeFileSync(
					file,
					['{"triage":1,"created":"2026-11-23T10:00:00.000Z"}', ...lines].join(
						'\n',
					) + '\n',
				);
				const journal = openJournal(file, {now: () => new Date(0)});
				const parsed = lines.flatMap(line => {
					const each = parseLine(line);
					return each.kind === 'event' ? [each.event] : [];
				});
				const fold = foldEvents(parsed);
				const show = (value: unknown) =>
					JSON.stringify(value, (_key, each: unknown) =>
						each instanceof Map ? [...each] : each === undefined ? null : each,
					);
				expect(show(journal.state())).toBe(show(fold.state()));
				expect(journal.canUndo()).toBe(fold.undoable() !== undefined);
			}),
			{numRuns: 150},
		);
	} finally {
		fs.rmSync(directory, {recursive: true, force: true});
	}
});
