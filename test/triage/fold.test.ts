/*
The journal's fold without a disk: events in, decisions on failure reports out.
*/
import {describe, expect, test} from 'vitest';
import {phases, type Phase} from '../../source/log/model.js';
import {parseLine} from '../../source/triage/journal/events.js';
import {
	decisionFor,
	type DecisionState,
	foldEvents,
	JournalFold,
	stateEvents,
	undoEvents,
} from '../../source/triage/journal/fold.js';
import type {JournalEvent} from '../../source/triage/journal.js';

const id = 'tests/test_lobject.py::LargeObjectTests::test_close';
const other = 'tests/test_lobject.py::LargeObjectTests::test_read';

let clock = 0;
function at(): string {
	clock++;
	return new Date(Date.UTC(2026, 10, 23, 10, 0, clock)).toISOString();
}

/** An event as an older triage wrote it: no phase, every report of the test. */
function oldDecide(category: string, group?: string): JournalEvent {
	return {
		t: 'decide',
		id,
		category,
		priority: 'HIGH',
		note: '',
		at: at(),
		...(group && {group}),
	};
}

function decide(
	phase: Phase,
	category: string,
	group?: string,
	testId = id,
): JournalEvent {
	return {
		t: 'decide',
		id: testId,
		phase,
		category,
		priority: 'LOW',
		note: '',
		at: at(),
		...(group && {group}),
	};
}

function clear(phase?: Phase, group?: string): JournalEvent {
	return {
		t: 'clear',
		id,
		...(phase && {phase}),
		at: at(),
		...(group && {group}),
	};
}

/** The category in effect on every report of both tests: what the review would show. */
function effective(state: DecisionState): Record<string, string> {
	const result: Record<string, string> = {};
	for (const testId of [id, other]) {
		for (const phase of phases) {
			const decision = decisionFor(state, testId, phase);
			result[`${testId === id ? 'id' : 'other'}:${phase}`] =
				decision?.category ?? '-';
		}
	}

	return result;
}

function categories(state: DecisionState, testId = id) {
	return phases.map(
		phase => decisionFor(state, testId, phase)?.category ?? '-',
	);
}

describe('the fold of per-report decisions', () => {
	test('an old event without a phase applies to every report of the test', () => {
		const state = foldEvents([oldDecide('BUG')]).state();
		expect(categories(state)).toEqual(['BUG', 'BUG', 'BUG', 'BUG']);
		expect(categories(state, other)).toEqual(['-', '-', '-', '-']);
	});

	test('a per-report decision changes that report only; the others keep the id-wide one', () => {
		const state = foldEvents([
			oldDecide('BUG'),
			decide('call', 'TEST_DESIGN'),
		]).state();
		// setup, call, teardown, collect
		expect(categories(state)).toEqual(['BUG', 'TEST_DESIGN', 'BUG', 'BUG']);
		expect(decisionFor(state, id, 'call')).toMatchObject({phase: 'call'});
		expect(decisionFor(state, id, 'teardown')).not.toHaveProperty('phase');
	});

	test('per-report decisions of one test are independent', () => {
		const state = foldEvents([
			decide('call', 'TEST_DESIGN'),
			decide('teardown', 'ENVIRONMENT'),
		]).state();
		expect(categories(state)).toEqual(['-', 'TEST_DESIGN', 'ENVIRONMENT', '-']);
	});

	test('an id-wide event replaces everything before it on that test', () => {
		const state = foldEvents([
			decide('call', 'TEST_DESIGN'),
			decide('teardown', 'ENVIRONMENT'),
			oldDecide('BUG'),
		]).state();
		expect(categories(state)).toEqual(['BUG', 'BUG', 'BUG', 'BUG']);
		const cleared = foldEvents([
			decide('call', 'TEST_DESIGN'),
			oldDecide('BUG'),
			clear(),
		]).state();
		expect(categories(cleared)).toEqual(['-', '-', '-', '-']);
		expect(cleared.size).toBe(0);
	});

	test('a per-report clear leaves a tombstone: the id-wide decision does not show through', () => {
		const state = foldEvents([oldDecide('BUG'), clear('teardown')]).state();
		expect(categories(state)).toEqual(['BUG', 'BUG', '-', 'BUG']);
		// Decided again later: the report's own decision.
		const again = foldEvents([
			oldDecide('BUG'),
			clear('teardown'),
			decide('teardown', 'UNKNOWN'),
		]).state();
		expect(categories(again)).toEqual(['BUG', 'BUG', 'UNKNOWN', 'BUG']);
		// Without an id-wide decision a clear leaves nothing behind.
		const plain = foldEvents([decide('call', 'BUG'), clear('call')]).state();
		expect(plain.size).toBe(0);
	});

	test('a per-report clear over a per-report decision on an id-wide one: none for that report', () => {
		const state = foldEvents([
			oldDecide('BUG'),
			decide('call', 'TEST_DESIGN'),
			clear('call'),
		]).state();
		expect(categories(state)).toEqual(['BUG', '-', 'BUG', 'BUG']);
	});

	test('an unknown phase is an unreadable line; a known one is read', () => {
		expect(
			parseLine(JSON.stringify({...decide('call', 'BUG'), phase: 'body'})),
		).toEqual({kind: 'bad', message: 'event with an unknown phase'});
		expect(parseLine(JSON.stringify(clear('setup')))).toMatchObject({
			kind: 'event',
			event: {phase: 'setup'},
		});
	});
});

/** Apply `events`, then undo the last action, and compare with the state before it. */
function undoLast(before: JournalEvent[], action: JournalEvent[]) {
	const fold = foldEvents(before);
	const expected = fold.state();
	for (const event of action) {
		fold.apply(event);
	}

	const undoable = fold.undoable()!;
	expect(undoable).toBeDefined();
	for (const event of undoEvents(undoable, fold.state(), at(), 'undo-group')) {
		fold.apply(event);
	}

	return {expected, actual: fold.state(), fold};
}

describe('undo restores the exact previous state', () => {
	const cases: Array<[string, JournalEvent[], JournalEvent[]]> = [
		['a first per-report decision', [], [decide('call', 'BUG', 'g1')]],
		[
			'a per-report decision over an id-wide one',
			[oldDecide('BUG')],
			[decide('call', 'TEST_DESIGN', 'g1')],
		],
		[
			'an id-wide decision over per-report ones and a tombstone',
			[oldDecide('BUG'), decide('call', 'TEST_DESIGN'), clear('teardown')],
			[oldDecide('UNKNOWN', 'g1')],
		],
		[
			'a per-report clear (tombstone) on an id-wide decision',
			[oldDecide('BUG'), decide('setup', 'ENVIRONMENT')],
			[clear('teardown', 'g1')],
		],
		[
			'one action on two reports of a test and another test',
			[oldDecide('BUG'), decide('teardown', 'ENVIRONMENT', undefined, other)],
			[
				decide('call', 'TEST_DESIGN', 'g1'),
				decide('teardown', 'TEST_DESIGN', 'g1'),
				decide('call', 'TEST_DESIGN', 'g1', other),
			],
		],
	];
	test.each(cases)('%s', (_name, before, action) => {
		const {expected, actual} = undoLast(before, action);
		expect(effective(actual)).toEqual(effective(expected));
		expect(Object.fromEntries(actual)).toStrictEqual(
			Object.fromEntries(expected),
		);
	});

	test('an undo touches only the reports that changed when it can', () => {
		const fold = foldEvents([
			decide('call', 'TEST_DESIGN', 'g1'),
			decide('teardown', 'ENVIRONMENT', 'g2'),
		]);
		expect(
			undoEvents(fold.undoable()!, fold.state(), at(), 'u1'),
		).toMatchObject([{t: 'clear', id, phase: 'teardown', undo: 'g2'}]);
		// Over an id-wide decision, removing a report's own entry takes the id-wide one again.
		const over = foldEvents([
			oldDecide('BUG'),
			decide('teardown', 'ENVIRONMENT', 'g1'),
		]);
		expect(
			undoEvents(over.undoable()!, over.state(), at(), 'u1'),
		).toMatchObject([{t: 'decide', id, category: 'BUG', undo: 'g1'}]);
	});

	test('undo twice walks back two actions', () => {
		const fold = foldEvents([
			oldDecide('BUG', 'g1'),
			decide('call', 'TEST_DESIGN', 'g2'),
		]);
		for (const group of ['u1', 'u2']) {
			for (const event of undoEvents(
				fold.undoable()!,
				fold.state(),
				at(),
				group,
			)) {
				fold.apply(event);
			}
		}

		expect(fold.state().size).toBe(0);
		expect(fold.undoable()).toBeUndefined();
	});
});

describe('compaction keeps the meaning', () => {
	test('the state written as events folds to the same decisions on every report', () => {
		const events = [
			oldDecide('BUG'),
			decide('call', 'TEST_DESIGN'),
			clear('teardown'),
			decide('teardown', 'ENVIRONMENT', undefined, other),
			decide('call', 'UNKNOWN', undefined, other),
			clear('call'),
		];
		const state = foldEvents(events).state();
		const compacted = stateEvents(state, at());
		// One line per entry: the id-wide decision, the report's, the tombstone; two of the other test.
		expect(compacted).toHaveLength(5);
		expect(compacted.every(event => event.group === undefined)).toBe(true);
		const again = foldEvents(compacted).state();
		expect(effective(again)).toEqual(effective(state));
		expect(effective(again)).toMatchObject({
			'id:setup': 'BUG',
			'id:call': '-',
			'id:teardown': '-',
			'other:call': 'UNKNOWN',
			'other:teardown': 'ENVIRONMENT',
		});
		// Written in any order of the map, the id-wide entries come first.
		const reversed = new Map([...state].toReversed());
		expect(effective(foldEvents(stateEvents(reversed, at())).state())).toEqual(
			effective(state),
		);
	});

	test('a fold is idempotent: events applied twice (a compaction race) mean the same', () => {
		const events = [oldDecide('BUG'), decide('call', 'TEST_DESIGN')];
		const fold = new JournalFold();
		for (const event of [...events, ...events]) {
			fold.apply(event);
		}

		expect(effective(fold.state())).toEqual(
			effective(foldEvents(events).state()),
		);
	});
});
