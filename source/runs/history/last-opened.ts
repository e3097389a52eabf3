/**
What a command opened, remembered in the history beside the triage file (its `meta` table): a later command given
no log opens the same ones. Per triage file; a convenience, never an error.
*/

import fs from 'node:fs';
import path from 'node:path';
import type {RunHistory} from './api.js';
import {historyPathOf, HistoryStore} from './store.js';

/** Per triage file: two triage files in one folder share `.triage/`, not what they last opened. */
function lastOpenedKey(triagePath: string): string {
	return `last_opened:${path.basename(triagePath)}`;
}

/** Remember the logs a command opened (absolute), for the next command given none. */
export async function rememberOpened(
	store: RunHistory | undefined,
	triagePath: string,
	logs: readonly string[],
): Promise<void> {
	if (!store || store.isReadonly) {
		return;
	}

	try {
		const key = lastOpenedKey(triagePath);
		const value = JSON.stringify(
			logs.filter(log => log !== '-').map(log => path.resolve(log)),
		);
		// The same logs opened again (the usual case) write nothing: a write is a journalled commit, with
		// its fsyncs, before the review's first frame.
		if ((await store.getMeta(key)) !== value) {
			await store.setMeta(key, value);
		}
	} catch {
		// The history is a convenience: prefs remember the review's logs too.
	}
}

/** The logs the last command opened with this triage file, from the history; undefined when unknown. */
export function lastOpened(triagePath: string): string[] | undefined {
	const file = historyPathOf(triagePath);
	if (!fs.existsSync(file)) {
		return undefined;
	}

	let store: HistoryStore | undefined;
	try {
		store = HistoryStore.open(file, {now: () => new Date(), readonly: true});
		const value = store.getMeta(lastOpenedKey(triagePath));
		const logs: unknown = value === undefined ? undefined : JSON.parse(value);
		return Array.isArray(logs) &&
			logs.length > 0 &&
			logs.every(log => typeof log === 'string')
			? logs
			: undefined;
	} catch {
		return undefined;
	} finally {
		store?.close();
	}
}
