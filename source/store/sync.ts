/**
`triage store push` and `pull`: a local triage file and `.triage/` history into a store, and back. A
team starting on PostgreSQL keeps what it decided locally, and can go back. Events and runs already on
the other side are skipped, so pushing or pulling twice changes nothing the second time, and push then
pull gives back the same decisions and the same runs.
*/

import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import {HistoryStore} from '../runs/history/store.js';
import {historyPathOf} from '../runs/history/use.js';
import {openJournal} from '../triage/journal/file.js';
import {
	headerLine,
	parseLine,
	type JournalEvent,
} from '../triage/journal/events.js';
import {checkModeWritable, writeAll} from '../triage/journal/disk.js';
import {ioError} from '../triage/journal/errors.js';
import {runShared} from '../triage/journal/run-path.js';
import {copyHistory, pgPort, sqlitePort} from './copy.js';
import {eventsToCopy} from './events-to-copy.js';
import {openStoreJournal} from './decisions.js';
import {openStoreHistory} from './history.js';

export type SyncResult = {
	readonly events: number;
	readonly eventsSkipped: number;
	/** Of those skipped, the events on reports the other side decided at their time or since: not copied. */
	readonly eventsOvertaken?: number;
	readonly runs: number;
	readonly runsSkipped: number;
};

export type SyncOptions = {
	readonly url: string;
	readonly triagePath: string;
	readonly who: string;
	readonly now: () => Date;
};

/** The events of a triage file as they are, in order (header, seals and unreadable lines left out). */
function fileEvents(triagePath: string): JournalEvent[] {
	// Opening checks that it is a journal of a version this triage reads.
	openJournal(triagePath, {now: () => new Date()});
	if (!fs.existsSync(triagePath)) {
		return [];
	}

	const events: JournalEvent[] = [];
	for (const line of fs.readFileSync(triagePath, 'utf8').split('\n')) {
		const parsed = parseLine(line);
		if (parsed.kind === 'event') {
			events.push(parsed.event);
		}
	}

	return events;
}

/** Append events to a triage file in one write and fsync (creating it with its header when missing). */
function appendToFile(
	triagePath: string,
	events: readonly JournalEvent[],
	now: Date,
): void {
	const exists = fs.existsSync(triagePath);
	let fd: number;
	try {
		fd = fs.openSync(
			triagePath,
			fs.constants.O_RDWR | fs.constants.O_APPEND | fs.constants.O_CREAT,
			0o644,
		);
	} catch (error) {
		// One line naming the file (a missing folder, a read-only disk), as for any journal write.
		throw ioError(triagePath, error);
	}

	try {
		const stat = fs.fstatSync(fd);
		checkModeWritable(stat, triagePath);
		const {size} = stat;
		let text = exists && size > 0 ? '' : headerLine(now);
		if (size > 0) {
			const last = Buffer.alloc(1);
			fs.readSync(fd, last, 0, 1, size - 1);
			if (last[0] !== 0x0a) {
				text += '\n';
			}
		}

		for (const event of events) {
			text += JSON.stringify(event) + '\n';
		}

		writeAll(fd, Buffer.from(text), triagePath);
		fs.fsyncSync(fd);
	} catch (error) {
		throw ioError(triagePath, error);
	} finally {
		fs.closeSync(fd);
	}
}

/** The local triage file's events and `.triage/` runs into the store. */
export async function pushToStore(options: SyncOptions): Promise<SyncResult> {
	const events = fileEvents(options.triagePath);
	const journal = await openStoreJournal({
		url: options.url,
		now: options.now,
		who: options.who,
		listen: false,
	});
	let added: number;
	let overtaken: number;
	try {
		// Who made a decision is kept when the file says; the rest were made by whoever pushes.
		({added, overtaken} = await journal.appendRaw(
			events.map(event =>
				event.by === undefined ? {...event, by: options.who} : event,
			),
		));
	} finally {
		await journal.close();
	}

	const historyFile = historyPathOf(options.triagePath);
	let runs = {copied: 0, skipped: 0};
	if (fs.existsSync(historyFile)) {
		// Opening brings an older history to the current schema first.
		HistoryStore.open(historyFile, {now: options.now, readonly: true}).close();
		const database = new Database(historyFile, {readonly: true});
		const history = await openStoreHistory(options.url, {
			now: options.now,
			triagePath: options.triagePath,
		});
		try {
			runs = await copyHistory(
				sqlitePort(database),
				pgPort(history.client),
				name => runShared(name, options.triagePath),
			);
		} finally {
			database.close();
			await history.close();
		}
	}

	return {
		events: added,
		eventsSkipped: events.length - added,
		...(overtaken > 0 && {eventsOvertaken: overtaken}),
		runs: runs.copied,
		runsSkipped: runs.skipped,
	};
}

/** The store's events and runs into the local triage file and `.triage/`. */
export async function pullFromStore(options: SyncOptions): Promise<SyncResult> {
	const journal = await openStoreJournal({
		url: options.url,
		now: options.now,
		who: options.who,
		listen: false,
	});
	let events: JournalEvent[];
	try {
		events = await journal.allEvents();
	} finally {
		await journal.close();
	}

	// Not the file's own events back, signed by the push (a duplicate that made an older decision win again).
	const {events: missing, overtaken} = eventsToCopy(
		events,
		fileEvents(options.triagePath),
	);
	if (missing.length > 0 || !fs.existsSync(options.triagePath)) {
		appendToFile(options.triagePath, missing, options.now());
	}

	const history = await openStoreHistory(options.url, {
		now: options.now,
		triagePath: options.triagePath,
	});
	const local = HistoryStore.open(historyPathOf(options.triagePath), {
		now: options.now,
	});
	local.close();
	const database = new Database(historyPathOf(options.triagePath));
	let runs: {copied: number; skipped: number};
	try {
		runs = await copyHistory(pgPort(history.client), sqlitePort(database));
	} finally {
		database.close();
		await history.close();
	}

	return {
		events: missing.length,
		eventsSkipped: events.length - missing.length,
		...(overtaken > 0 && {eventsOvertaken: overtaken}),
		runs: runs.copied,
		runsSkipped: runs.skipped,
	};
}
