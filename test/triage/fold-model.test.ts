/*
The fold against a model of what the module comment says an event means, on random sequences of
events (with and without phases, in undoable groups and not): the state after each event, and what the
newest action remembers each id had before it.
*/
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {phases, type Phase} from '../../source/log/model.js';
import type {Decision} from '../../source/triage/journal/events.js';
import {
	type DecisionState,
	JournalFold,
	reportKey,
	type TestSnapshot,
} from '../../source/triage/journal/fold.js';
import type {JournalEvent} from '../../source/triage/journal.js';

const ids = ['tests/a.py::t1', 'tests/a.py::t2', 'tests/b.py::t3'];

const eventArbitrary = fc.record({
	t: fc.constantFrom('decide', 'clear'),
	id: fc.constantFrom(...ids),
	phase: fc.option(fc.constantFrom(...phases), {nil: undefined}),
	category: fc.constantFrom('BUG', 'ENVIRONMENT'),
	group: fc.option(fc.constantFrom('g1', 'g2', 'g3'), {nil: undefined}),
});

/** The model: the state after an event, from the rules in fold.ts's comment. */
function modelApply(
	state: Map<string, Decision | undefined>,
	event: JournalEvent,
): void {
	const {id, phase} = event;
	if (phase === undefined) {
		for (const each of phases) {
			state.delete(reportKey(id, each));
		}

		if (event.t === 'decide') {
			state.set(id, event);
		} else {
			state.delete(id);
		}
	} else if (event.t === 'decide') {
		state.set(reportKey(id, phase), event);
	} else if (state.has(id)) {
		state.set(reportKey(id, phase), undefined);
	} else {
		state.delete(reportKey(id, phase));
	}
}

/** What `id` has in a state: its id-wide entry, and each report entry (tombstones included). */
function entriesOf(state: DecisionState, id: string) {
	return {
		idWide: state.get(id)?.category,
		reports: phases
			.filter(phase => state.has(reportKey(id, phase)))
			.map(phase => [phase, state.get(reportKey(id, phase))?.category]),
	};
}

function snapshotEntries(snapshot: TestSnapshot) {
	if (snapshot !== undefined && 'reports' in snapshot) {
		return {
			idWide: snapshot.idWide?.category,
			reports: snapshot.reports.map(
				([phase, decision]: readonly [Phase, Decision | undefined]) => [
					phase,
					decision?.category,
				],
			),
		};
	}

	return {idWide: snapshot?.category, reports: []};
}

test('the fold keeps to the model, and its undo history remembers what each id had', () => {
	fc.assert(
		fc.property(fc.array(eventArbitrary, {maxLength: 40}), raw => {
			const fold = new JournalFold();
			const model = new Map<string, Decision | undefined>();
			let second = 0;
			for (const each of raw) {
				second++;
				const at = new Date(
					Date.UTC(2026, 10, 23, 10, 0, second),
				).toISOString();
				const where = {
					id: each.id,
					at,
					...(each.phase !== undefined && {phase: each.phase}),
					...(each.group !== undefined && {group: each.group}),
				};
				const event: JournalEvent =
					each.t === 'decide'
						? {
								t: 'decide',
								...where,
								category: each.category,
								priority: 'HIGH',
								note: '',
							}
						: {t: 'clear', ...where};
				const before = entriesOf(model, event.id);
				const isNewAction =
					event.group !== undefined && fold.undoable()?.group !== event.group;
				fold.apply(event);
				modelApply(model, event);
				const state = fold.state();
				for (const id of ids) {
					expect(entriesOf(state, id)).toEqual(entriesOf(model, id));
				}

				if (isNewAction) {
					const action = fold.undoable()!;
					expect(action.ids).toEqual([event.id]);
					expect(snapshotEntries(action.previous[0])).toEqual(before);
				}
			}
		}),
		{numRuns: 300},
	);
});
