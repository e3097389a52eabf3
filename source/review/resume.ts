/**
Where a person stopped, kept per triage file (`prefs.ts`): what the review opens with from it, and what leaving
the review keeps in it. Plain data both ways; `App` reads and writes it through its props.
*/
import type {ResumeState} from '../prefs.js';
import type {InitOptions} from './review-reducer.js';
import {defaultSortOrder} from './sort.js';
import type {Effect} from './state.js';

/** The parts of the review's first state that come from the resume state. */
export function resumedOptions(
	resume: ResumeState | undefined,
): Pick<
	InitOptions,
	'selectedId' | 'selectedPhase' | 'nextIds' | 'filter' | 'cluster' | 'sort'
> {
	return {
		...(resume?.selectedId === undefined
			? {}
			: {selectedId: resume.selectedId}),
		...(resume?.selectedPhase === undefined
			? {}
			: {selectedPhase: resume.selectedPhase}),
		...(resume?.nextIds === undefined ? {} : {nextIds: resume.nextIds}),
		...(resume?.filter === undefined ? {} : {filter: resume.filter}),
		...(resume?.cluster === undefined ? {} : {cluster: resume.cluster}),
		...(resume?.sort === undefined ? {} : {sort: resume.sort}),
	};
}

/** The resume state leaving the review keeps: the place, the filter, the order, and the logs opened. */
export function resumeOfQuit(
	effect: Extract<Effect, {type: 'quit'}>,
	logs: readonly string[] | undefined,
): ResumeState {
	return {
		...(effect.selectedId === undefined ? {} : {selectedId: effect.selectedId}),
		// The call is the default: a place kept without a phase is the test's call failure, as an older triage kept it.
		...(effect.selectedPhase === undefined || effect.selectedPhase === 'call'
			? {}
			: {selectedPhase: effect.selectedPhase}),
		...(effect.nextIds.length === 0 ? {} : {nextIds: [...effect.nextIds]}),
		filter: effect.filter,
		...(effect.cluster === undefined ? {} : {cluster: effect.cluster}),
		...(effect.sort === defaultSortOrder ? {} : {sort: effect.sort}),
		...(logs === undefined ? {} : {logs: [...logs]}),
	};
}
