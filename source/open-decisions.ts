/**
Where the decisions live and who makes them: the triage file (`--triage`, `triage.jsonl` by default) or a team's
store (`--store`, `TRIAGE_STORE`, the rules file's `store`), and the name a store records (`--who`).
*/

import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import type {RuleSet} from './classify/rules/types.js';
import {loadStoreSetting} from './rules-file.js';
import type {SessionOptions} from './session.js';
import {storeUrlOf, storeUrlProblem} from './store/url.js';
import {
	openJournal,
	readOnlySnapshots,
	type DecisionJournal,
} from './triage/journal.js';
import {UsageError} from './usage-error.js';

export const defaultTriageFile = 'triage.jsonl';

/** The triage file as the user named it (messages quote it so), resolved only against an explicit cwd. */
export function triagePathOf(
	options: Pick<SessionOptions, 'triage' | 'cwd'>,
): string {
	const file = options.triage ?? defaultTriageFile;
	return options.cwd ? path.resolve(options.cwd, file) : file;
}

/** Who decides: `--who`, else `$USER`, else the account's name. */
export function whoOf(who: string | undefined): string {
	const name = who ?? process.env['USER'] ?? process.env['USERNAME'];
	if (name !== undefined && name.trim() !== '') {
		return name.trim();
	}

	try {
		return os.userInfo().username;
	} catch {
		return 'unknown';
	}
}

/** The team's store in effect, checked (a bad URL is bad usage); undefined for the local files. */
export function storeOf(
	options: Pick<SessionOptions, 'store' | 'rules' | 'cwd'>,
	ruleSet?: RuleSet,
): string | undefined {
	const url = storeUrlOf(
		options.store,
		process.env['TRIAGE_STORE'],
		ruleSet === undefined ? loadStoreSetting(options) : ruleSet.store,
	);
	const problem = url === undefined ? undefined : storeUrlProblem(url);
	if (problem !== undefined) {
		// The rules file's store is checked where the file is read, and says so: a URL from the environment is named
		// as it was given, not as a --store nobody typed.
		const isFromEnvironment =
			!options.store?.trim() && Boolean(process.env['TRIAGE_STORE']?.trim());
		throw new UsageError(
			isFromEnvironment ? problem.replace(/^--store/, 'TRIAGE_STORE') : problem,
		);
	}

	return url;
}

/** The decisions: on the store when there is one, else the triage file. Throws StoreError or JournalError. */
export async function openDecisions(
	options: Pick<SessionOptions, 'triage' | 'cwd' | 'who' | 'listen'> & {
		readonly now: () => Date;
		/** It will undo: a big triage file is read with its undo history (`JournalOptions.history`). */
		readonly isUndoing?: boolean;
		/** It only reads: a big triage file's snapshot is read, never written (`readOnlyPlace`). */
		readonly isReadOnly?: boolean;
		/** A store took us and its schema is ours; its decisions are read next (`StoreJournalOptions.onAccepted`). */
		readonly onAccepted?: () => void;
	},
	store: string | undefined,
): Promise<DecisionJournal> {
	if (store === undefined) {
		return openJournal(triagePathOf(options), {
			now: options.now,
			history: options.isUndoing,
			...(options.isReadOnly && {snapshots: readOnlySnapshots()}),
			// The review (it listens for others' decisions): what it showed as saved stays saved.
			...(options.listen && {keepShown: true}),
		});
	}

	const {openStoreJournal} = await import('./store/decisions.js');
	return openStoreJournal({
		url: store,
		now: options.now,
		who: whoOf(options.who),
		listen: options.listen ?? false,
		runsFrom: triagePathOf(options),
		...(options.onAccepted && {onAccepted: options.onAccepted}),
	});
}

/** A store that could not be reached (refused, no such host, no answer), as opposed to one that refused us. */
export function isUnreachable(error: unknown): boolean {
	return (
		error instanceof Error &&
		error.name === 'StoreError' &&
		((error as Error & {reason?: string}).reason === 'refused' ||
			(error as Error & {reason?: string}).reason === 'lost')
	);
}
