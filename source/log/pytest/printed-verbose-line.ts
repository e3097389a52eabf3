/**
Under `-s`, whether a whole `-v` line is a test's own output rather than pytest's report: `-s` prints no progress marker
(`[ 50%]`), so in a run whose `-v` lines had none, another test's line with one while a test's `id ` waits for its
outcome is that test's output (`test_fake.py::test_fake FAILED   [ 50%]`). pytest prints no other test's line before
the waiting one's word (but under xdist, or for a planned test). Glued to the test's own `id ` (`named`: the id and the
output before the word), the id waits for its outcome.
*/
import {progressMarkerStart} from './progress-marker.js';
import type {DeferredVerboseLine} from './deferred-verbose-line.js';
import type {KillWatch} from './killed-test.js';
import type {PendingTest} from './pending-test.js';
import type {VerboseReports} from './verbose-reports.js';

type Readers = {
	readonly pending: PendingTest;
	readonly reports: VerboseReports;
	readonly killed: KillWatch;
	readonly deferred: DeferredVerboseLine;
};

export class PrintedVerboseLines {
	/** `-v` lines read without a progress marker, and with one. */
	private hasUnmarkedVerbose = false;
	private hasMarkedVerbose = false;
	private readonly readers: Readers;

	constructor(readers: Readers) {
		this.readers = readers;
	}

	/** Whether the `-v` line of `id` is the waiting test's output (kept as such here), not a report. */
	isPrinted(
		text: string,
		lineNumber: number,
		id: string,
		named?: string,
	): boolean {
		const {pending, reports, killed, deferred} = this.readers;
		const hasMarker = progressMarkerStart(text) !== -1;
		const pendingId = pending.id;
		const isGluedToOwnId =
			pendingId === undefined && named !== undefined && named !== id;
		const isOther = pendingId !== undefined && pendingId !== id;
		const isUnmarkedRun =
			!pending.isPlanned &&
			!reports.isXdist &&
			this.hasUnmarkedVerbose &&
			!this.hasMarkedVerbose;
		if (hasMarker && (isOther || isGluedToOwnId) && isUnmarkedRun) {
			if (isGluedToOwnId) {
				pending.id = id;
				killed.onLine(id, text.slice(id.length).trim());
			} else {
				killed.onOutput(text);
			}

			return true;
		}

		if (!hasMarker && isOther && isUnmarkedRun && deferred.mayHold) {
			// With no marker either, the next line tells (`deferred-verbose-line.ts`).
			deferred.hold(text, lineNumber);
			return true;
		}

		this.noteMarker(hasMarker);
		return false;
	}

	/** A `-v` line read as a report, with a progress marker or without. */
	noteMarker(hasMarker: boolean): void {
		if (hasMarker) {
			this.hasMarkedVerbose = true;
		} else {
			this.hasUnmarkedVerbose = true;
		}
	}
}
