/**
`triage record LOG…` (CI: record runs without a terminal, one line per run) and `triage store push|pull`
(a local triage file and history into a team's store, and back).
*/

import process from 'node:process';
import {sanitizeLine} from '../log/sanitize.js';
import {Output} from '../output.js';
import {hasNoTest, historyFolderOf, noTestWords} from '../runs/history/use.js';
import {shownPath} from '../runs/read-logs.js';
import {storeOf, triagePathOf, whoOf} from '../open-decisions.js';
import {UsageError} from '../usage-error.js';
import {plural} from '../text.js';
import {replacedPartsText} from './replaced-parts.js';
import {
	countsText,
	type HistoryFlags,
	isOutageRun,
	recordLogs,
} from './history.js';

/** The flags `triage history record` takes too. */
export type StoreFlags = HistoryFlags;

/**
`triage record LOG…`: each run of the logs recorded in the history (the store's, or `.triage/`), one line
each. Exit 0 when every run is in the history (a run with no test, which pytest refused, is not recorded, and says
so), 1 when the history could not take them (the warning says why), 2 for bad usage or a log that cannot be read.
*/
export async function recordCommand(
	logs: readonly string[],
	flags: StoreFlags,
): Promise<number> {
	if (logs.length === 0) {
		throw new UsageError('record needs LOG… (oldest first)');
	}

	const session = await recordLogs(logs, flags);
	// Named as the history's warning names it: as typed from here (`.triage/`, `../ci/.triage/`).
	const where =
		session.store ?? `${shownPath(historyFolderOf(session.triagePath))}/`;
	const output = new Output('-');
	let isEveryRunIn = true;
	for (const [index, run] of session.runs.entries()) {
		const recorded = session.recordedRuns[index];
		const {counts} = run;
		const logs =
			run.junitXml === undefined
				? shownPath(run.shards?.join(' + ') ?? run.source)
				: `${shownPath(run.source)} and its JUnit XML ${shownPath(run.junitXml)}`;
		const what = `${logs}${run.session === undefined ? '' : ` (session ${run.session})`}: ${countsText(counts)}${run.complete ? '' : ', INCOMPLETE'}${isOutageRun(counts, flags.outageThreshold) ? ' (OUTAGE: most tests failed at once)' : ''}`;
		if (recorded) {
			output.write(
				sanitizeLine(
					`${recorded.isNew ? 'recorded' : 'already recorded'} #${recorded.id} ${what}${recorded.isReadFurther ? ', replacing its earlier read (cut short)' : ''}${recorded.replacedParts ? `, ${replacedPartsText(recorded.replacedParts)}` : ''}`,
				) + '\n',
			);
		} else if (hasNoTest(run)) {
			output.write(
				sanitizeLine(`not recorded (${noTestWords(run)}) ${what}`) + '\n',
			);
		} else {
			isEveryRunIn = false;
			output.write(sanitizeLine(`NOT recorded ${what}`) + '\n');
		}
	}

	output.close();
	if (!isEveryRunIn) {
		process.stderr.write(
			`triage: runs not recorded in ${sanitizeLine(where)} (see the warning above)\n`,
		);
		return 1;
	}

	return 0;
}

/** `triage store push` / `triage store pull`. */
export async function storeCommand(
	input: readonly string[],
	flags: StoreFlags,
): Promise<number> {
	const [action, ...rest] = input;
	if ((action !== 'push' && action !== 'pull') || rest.length > 0) {
		throw new UsageError(
			`store: ${action === undefined ? 'needs an action' : `unknown action ${sanitizeLine([action, ...rest].join(' '))}`} (push or pull, with --store URL or TRIAGE_STORE)`,
		);
	}

	const url = storeOf(flags);
	if (url === undefined) {
		throw new UsageError(
			`store ${action} needs a store: --store postgresql://user@host/db, TRIAGE_STORE or the rules file's "store"`,
		);
	}

	const {pullFromStore, pushToStore} = await import('../store/sync.js');
	const {nameOfStore} = await import('../store/url.js');
	const options = {
		url,
		triagePath: triagePathOf(flags),
		who: whoOf(flags.who),
		now: () => new Date(),
	};
	const result =
		action === 'push'
			? await pushToStore(options)
			: await pullFromStore(options);
	const file = flags.triage ?? 'triage.jsonl';
	const arrow =
		action === 'push'
			? `${file} and .triage/ → ${nameOfStore(url)}`
			: `${nameOfStore(url)} → ${file} and .triage/`;
	process.stdout.write(
		sanitizeLine(
			`${action}: ${arrow}: ${plural(result.events, 'decision event')} copied (${result.eventsSkipped - (result.eventsOvertaken ?? 0)} already there${result.eventsOvertaken ? `; ${plural(result.eventsOvertaken, 'older event')} on reports ${action === 'push' ? 'the store' : file} decided since, not copied` : ''}), ${plural(result.runs, 'run')} copied (${result.runsSkipped} already there)`,
		) + '\n',
	);
	return 0;
}
