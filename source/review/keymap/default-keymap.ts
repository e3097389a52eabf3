/**
The default keys of every mode, with the category and priority keys taken from the lists given (a team's
rules file brings its own). The order of each mode's bindings is the order of the help and the README.
*/
import {
	defaultCategories,
	defaultPriorities,
	type Category,
	type Priority,
} from '../../classify/categories.js';
import {builtInQuickFilterNames} from '../quick-filters.js';
import {sortOrders} from '../sort.js';
import {
	captured,
	copy,
	decisionBindings,
	editor,
	help,
	movement,
	quit,
	rerun,
	scrollBindings,
	searchBindings,
	suspend,
	typingQuit,
	typingSuspend,
	wrap,
} from './bindings.js';
import type {Keymap} from './types.js';

export type KeymapOptions = {
	readonly categories?: readonly Category[];
	readonly priorities?: readonly Priority[];
};

export function createKeymap(options: KeymapOptions = {}): Keymap {
	const categories = options.categories ?? defaultCategories;
	const priorities = options.priorities ?? defaultPriorities;
	const decisions = decisionBindings(categories, priorities);
	return {
		list: [
			...movement(
				'next failure',
				'previous failure',
				'first failure',
				'last failure',
			),
			{
				id: 'traceback.down',
				keys: ['pagedown'],
				action: {type: 'page', delta: 1},
				help: 'scroll the traceback down a page',
			},
			{
				id: 'traceback.up',
				keys: ['pageup'],
				action: {type: 'page', delta: -1},
				help: 'scroll the traceback up a page',
			},
			...decisions,
			{
				id: 'mark',
				keys: ['space'],
				action: {type: 'mark'},
				help: 'mark this failure and move on; a decision applies to every marked failure',
				hint: 'mark',
			},
			{
				id: 'mark.range',
				keys: ['V'],
				action: {type: 'markRange'},
				help: 'mark every failure from the last marked one to this one',
			},
			{
				id: 'cluster.apply',
				keys: ['x'],
				action: {type: 'previewCluster'},
				help: "apply this failure's decision to its whole cluster (shows what changes first)",
				hint: 'cluster',
			},
			rerun,
			...searchBindings(
				'search ids and headlines (a substring; a capital matches case): goes to the first match as typed',
			),
			{
				id: 'filter',
				keys: ['F', '&'],
				action: {type: 'editFilter'},
				help: 'filter by a regular expression over id and headline, applied as typed (! inverts; & as in less)',
				hint: 'filter',
			},
			{
				id: 'filter.quick',
				keys: ['f'],
				action: {type: 'cycleFilter'},
				help: `cycle quick filters: ${builtInQuickFilterNames.join(', ')}, each category, each owner, all`,
			},
			{
				id: 'sort',
				keys: ['S'],
				action: {type: 'cycleSort'},
				help: `sort the list: ${sortOrders.join(', ')} (the header says which; kept for next time)`,
			},
			{
				id: 'clusters',
				keys: ['tab'],
				action: {type: 'toggleClusters'},
				help: 'switch to the cluster list',
				hint: 'clusters',
			},
			{
				id: 'detail',
				keys: ['l', 'right'],
				action: {type: 'openDetail'},
				help: 'show the traceback full screen',
			},
			{
				id: 'detail.toggle',
				keys: ['+'],
				action: {type: 'toggleDetail'},
				help: 'hide the detail pane so the list takes the screen (as lazygit), or show it again',
			},
			captured,
			wrap,
			editor,
			copy,
			{
				id: 'summary',
				keys: ['s'],
				action: {type: 'summary'},
				help: 'summary: charts by category and area, priority matrix, clusters, progress',
				hint: 'summary',
			},
			help,
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'drop the marks, the search (while its line shows), then the filters',
			},
			quit,
			suspend,
		],
		detail: [
			...scrollBindings('traceback'),
			...decisions,
			rerun,
			{...captured, hint: 'output'},
			wrap,
			editor,
			copy,
			help,
			{
				id: 'back',
				keys: ['escape', 'h', 'left'],
				action: {type: 'back'},
				help: 'back to the list',
				hint: 'back',
			},
			quit,
			suspend,
		],
		clusters: [
			...movement(
				'next cluster',
				'previous cluster',
				'largest cluster',
				'smallest cluster',
			),
			{
				id: 'cluster.select',
				keys: ['return'],
				action: {type: 'selectCluster'},
				help: 'show the failures of this cluster',
				hint: 'show failures',
			},
			{
				id: 'cluster.apply',
				keys: ['x'],
				action: {type: 'previewCluster'},
				help: "apply its first failure's decision (or suggestion) to the whole cluster (shows what changes first)",
				hint: 'apply',
			},
			{
				id: 'summary',
				keys: ['s'],
				action: {type: 'summary'},
				help: 'summary',
			},
			help,
			{
				id: 'back',
				keys: ['tab', 'escape'],
				action: {type: 'back'},
				help: 'back to the failure list',
				hint: 'failures',
			},
			quit,
			suspend,
		],
		preview: [
			{
				id: 'confirm',
				keys: ['y', 'return'],
				action: {type: 'confirm'},
				help: 'apply the decision to the rows shown',
				hint: 'apply',
			},
			{
				id: 'back',
				keys: ['escape', 'n'],
				action: {type: 'back'},
				help: 'cancel',
				hint: 'cancel',
			},
			{
				id: 'scroll.down',
				keys: ['down', 'j'],
				action: {type: 'scroll', delta: 1},
				help: 'scroll the rows',
				hint: 'scroll',
				group: 'scroll',
			},
			{
				id: 'scroll.up',
				keys: ['up', 'k'],
				action: {type: 'scroll', delta: -1},
				help: 'scroll the rows',
				hint: 'scroll',
				group: 'scroll',
			},
			quit,
			suspend,
		],
		// Any key not here cancels too (`undo-confirm.ts`): only y undoes.
		undo: [
			{
				id: 'confirm',
				keys: ['y'],
				action: {type: 'confirm'},
				help: 'undo the action the question names (only it: if another came since, it asks again)',
				hint: 'undo it',
			},
			{
				id: 'back',
				keys: ['escape', 'n'],
				action: {type: 'back'},
				help: 'cancel: nothing is undone (so does any other key)',
				hint: 'cancel',
			},
			{...typingQuit, help: 'quit (nothing is undone)'},
			{...suspend, help: 'suspend to the shell (fg brings the question back)'},
		],
		summary: [
			...scrollBindings('summary'),
			...searchBindings('search the summary'),
			{
				id: 'clusters',
				keys: ['tab'],
				action: {type: 'toggleClusters'},
				help: 'the cluster list (the summary shows the largest ten)',
			},
			help,
			{
				id: 'back',
				keys: ['escape', 's'],
				action: {type: 'back'},
				help: 'back',
				hint: 'back',
			},
			quit,
			suspend,
		],
		help: [
			...scrollBindings('help'),
			...searchBindings(
				'search the help (a substring; a capital matches case)',
			),
			{
				id: 'back',
				keys: ['escape', '?'],
				action: {type: 'back'},
				help: 'back',
				hint: 'back',
			},
			quit,
			suspend,
		],
		note: [
			{
				id: 'submit',
				keys: ['return'],
				action: {type: 'submit'},
				help: 'save the note (decides the failure if it was undecided)',
				hint: 'save',
			},
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'cancel',
				hint: 'cancel',
			},
			// The note typed is printed on the way out (review-not-saved.ts): a person's words are not lost.
			{
				...typingQuit,
				help: 'quit (the note typed is not saved: the exit prints it)',
			},
			typingSuspend,
		],
		issue: [
			{
				id: 'submit',
				keys: ['return'],
				action: {type: 'submit'},
				help: 'save the issue link (empty removes it; decides an undecided failure)',
				hint: 'save',
			},
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'cancel',
				hint: 'cancel',
			},
			typingQuit,
			typingSuspend,
		],
		filter: [
			{
				id: 'submit',
				keys: ['return'],
				action: {type: 'submit'},
				help: 'keep the filter (empty clears it; ! first inverts; lower case ignores case)',
				hint: 'keep',
			},
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'cancel: back to the filter and the row before',
				hint: 'cancel',
			},
			typingQuit,
			typingSuspend,
		],
		rerun: [
			{
				id: 'submit',
				keys: ['return'],
				action: {type: 'submit'},
				help: 'start: run them that many times (5 when empty), one run after the other',
				hint: 'start',
			},
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'cancel: nothing is run',
				hint: 'cancel',
			},
			typingQuit,
			typingSuspend,
		],
		search: [
			{
				id: 'submit',
				keys: ['return'],
				action: {type: 'submit'},
				help: 'keep the search for n and N (empty repeats the last one)',
				hint: 'keep',
			},
			{
				id: 'back',
				keys: ['escape'],
				action: {type: 'back'},
				help: 'cancel: back to where the search started',
				hint: 'cancel',
			},
			typingQuit,
			typingSuspend,
		],
	};
}

/** The default keymap with the default categories and priorities. */
export const defaultKeymap: Keymap = createKeymap();
