/**
The FAILURES and ERRORS entries read so far and the one open: shared by the reader of headers and `Captured …`
sections (`failures.ts`) and the reader of `--tb=line` reports (`tb-line-reports.ts`), which open and end entries
in the same list.
*/
import {BodyStore} from '../bodies.js';
import {Entry, type EntryKind} from './failure-entry.js';

export class EntryCursor {
	/** Every entry in log order. */
	readonly entries: Entry[] = [];
	/** Where finished entries keep their text. */
	readonly bodies = new BodyStore();
	/** The open entry, if any. */
	current: Entry | undefined;
	/** Whether the open entry's lines go to a `Captured …` section (the test's own output). */
	inCaptured = false;

	/** An entry with a header (or none, `--pdb`'s report) opens: its text is written to the store as it comes. */
	open(kind: EntryKind, name: string, lineNumber: number): Entry {
		this.current = new Entry(kind, name, lineNumber, this.bodies);
		this.inCaptured = false;
		this.entries.push(this.current);
		return this.current;
	}

	/** A `--tb=line` entry, listed but not yet open: its lines are collected as strings until it is sealed. */
	lineEntry(lineNumber: number): Entry {
		const entry = new Entry('line', '', lineNumber);
		this.entries.push(entry);
		this.inCaptured = false;
		return entry;
	}

	/** The open entry ends. */
	seal(): void {
		this.current?.seal(this.bodies);
		this.current = undefined;
		this.inCaptured = false;
	}
}
