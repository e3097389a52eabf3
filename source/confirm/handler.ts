/**
What `R` does in the terminal: run the failures again (`run.ts`) with the run's rootdir and python and the
rules file's template, then store the confirmation in the run history (`.triage/history.sqlite`) as
confirmation runs, apart from the run being triaged. The review screen gets the verdicts and one line.
*/

import os from 'node:os';
import path from 'node:path';
import {sanitizeLine} from '../log/sanitize.js';
import type {Run} from '../log/model.js';
import {HistoryStore, historyFile} from '../runs/history/store.js';
import type {RerunHandler, RerunWhere} from '../review/rerun.js';
import {planRerun, pythonOf} from './command.js';
import {runConfirmation, type ConfirmOptions} from './run.js';

export type RerunSetup = {
	/** The run being triaged now (a live run's newest review). */
	readonly runOf: () => Run;
	/** The command line of `triage run -- …`: its python, when it names one. */
	readonly argv?: readonly string[];
	/** The rules file's `rerun` template. */
	readonly template?: string;
	/** `.triage/`, when the history is used; else nothing is stored. */
	readonly historyFolder?: string;
	/**
	The team's store the history is on, when there is one: it keeps no confirmations (yet), so none is kept. They
	went to a `.triage/history.sqlite` made for them, which a review on the store never reads, and the line said
	"kept in the run history" (QA 33). Their logs are still kept in `historyFolder`.
	*/
	readonly store?: string;
	readonly now?: () => Date;
	readonly env?: ConfirmOptions['env'];
};

function store(
	folder: string,
	record: (history: HistoryStore) => void,
	now: () => Date,
): string {
	let history: HistoryStore | undefined;
	try {
		history = HistoryStore.open(path.join(folder, historyFile), {now});
		record(history);
		return 'kept in the run history';
	} catch (error) {
		return `NOT kept in the run history (${(error as Error).message})`;
	} finally {
		history?.close();
	}
}

export function createRerunHandler(setup: RerunSetup): RerunHandler {
	const now = setup.now ?? (() => new Date());
	return async (request, options) => {
		const run = setup.runOf();
		const {python, refused} = pythonOf(run.header.executable, setup.argv);
		const result = await runConfirmation(
			{
				tests: request.tests,
				repetitions: request.repetitions,
				rootdir: run.header.rootdir,
				...(python !== undefined && {python}),
				...(setup.template !== undefined && {template: setup.template}),
				folder: setup.historyFolder ?? path.join(os.tmpdir(), 'triage'),
				forRun: run.source,
			},
			{
				signal: options.signal,
				onProgress: options.onProgress,
				now,
				...(setup.env && {env: setup.env}),
			},
		);
		if (result.kind === 'unavailable' && refused !== undefined) {
			return {...result, message: `${result.message}; ${refused}`};
		}

		if (result.kind !== 'done') {
			return result;
		}

		const kept =
			setup.store === undefined
				? setup.historyFolder === undefined
					? 'not kept (the run history is off)'
					: store(
							setup.historyFolder,
							history => {
								history.recordConfirmation(result.batch);
							},
							now,
						)
				: "not kept (the team's store keeps no confirmations)";
		const warnings = [
			...(refused === undefined ? [] : [refused]),
			...result.warnings,
		];
		const [warning] = warnings;
		const more = warnings.length - 1;
		return {
			kind: 'done',
			confirmations: result.confirmations,
			note: `${kept}${warning === undefined ? '' : `; ${warning}${more > 0 ? ` (and ${more} more)` : ''}`}`,
		};
	};
}

/**
What `R` runs for `ids`, and in which folder, as the prompt shows it before the first run (pytest there loads the
rootdir's `conftest.py`: a log from elsewhere names the folder); or the one line saying why it cannot run here
(a rootdir not on this machine).
*/
export function createRerunWhere(
	setup: Pick<RerunSetup, 'runOf' | 'argv' | 'template'>,
): (ids: readonly string[]) => RerunWhere {
	return ids => {
		const run = setup.runOf();
		const {python} = pythonOf(run.header.executable, setup.argv);
		const plan = planRerun({
			ids,
			rootdir: run.header.rootdir,
			...(python !== undefined && {python}),
			...(setup.template !== undefined && {template: setup.template}),
			junitxml: 'FILE',
		});
		return 'problem' in plan
			? plan
			: {command: sanitizeLine(plan.display), cwd: sanitizeLine(plan.cwd)};
	};
}
