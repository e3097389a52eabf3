/**
The triage journal: an append-only JSON Lines file of a person's decisions.

```
{"triage":1,"created":"2026-11-23T10:00:00.000Z"}
{"t":"decide","id":"…","phase":"call","category":"BUG","priority":"HIGH","note":"","issue":"JIRA-45","signature":"…","run":"run.log","at":"…","group":"k3Jd9aQ1"}
{"t":"clear","id":"…","phase":"teardown","at":"…","group":"Zp0c7Lm2"}
```

A decision belongs to a failure report, (test id, `phase`); an event without a phase (every
journal written before that) means every report of the test. `journal/fold.ts` says exactly how.

Fields added within a version are optional, and a reader ignores fields it does not know: a decision
with an `issue` (added after the first release of version 1) is read by an older triage as the same
decision without its issue link. Such an older triage drops the link only where it rewrites a decision
(compacting, or undoing an action back to it); the category, priority and note stay. That is why the
version did not change: a new version would make every older triage refuse the file outright.

Decisions are the one thing this tool cannot regenerate, so every choice here favours not
losing them: each action is one `write` of whole lines to an `O_APPEND` descriptor, followed by
`fsync`, before the call returns; nothing but compaction ever rewrites the file, and compaction
goes through a temp file and a rename under a lock; a file that is not a journal (or of a newer
version) is never written to.

Several processes may append at once: `O_APPEND` keeps each write whole. The events of one action
(a cluster decision, an undo, an import) are one write, and each says the action's size (`"of":N`,
on actions of more than one event): the fold applies them together once all are read, so a write
cut short (a full disk) leaves nothing of its action in effect. Events without `of` (one-event
actions, and every journal written before it) apply on their own, as they always did.

A compaction first appends a seal line to the old file, compacts everything before it, and renames
the new file over the old one; an appender whose line landed after a live seal waits for the new
file and appends there again before it returns. So an event written around a compaction lands in
the new file, before any event written after its `decide` returned (twice is harmless: the fold is
idempotent).

The journal's modules, by job: `journal/events.ts` (what a line is), `journal/fold.ts` (what the
events mean: the decisions and the undo history, kept by `journal/undo-history.ts`; what an undo would
revert, and whose it is, said before it is done: `journal/undo-target.ts`), `journal/file.ts` (the open file: append;
`journal/reader.ts` loads and refreshes it), `journal/action.ts` (a decide or clear action, for the store too),
`journal/lines.ts` (the lines read so far and their fold; `journal/shared.ts` keeps one string
per value read), `journal/compact.ts`, `journal/seal.ts` (appending around a compaction) and `journal/lock.ts`;
`journal/api.ts`, `journal/disk.ts` and `journal/errors.ts` serve them.
*/
export {
	compactJournal,
	type CompactOptions,
	type CompactResult,
} from './journal/compact.js';
export {
	JournalError,
	type JournalErrorCode,
	missingJournal,
} from './journal/errors.js';
export {
	journalVersion,
	type ClearEvent,
	type DecideEvent,
	type Decision,
	type DecisionInput,
	inputDecision,
	isPhase,
	type JournalEvent,
	type ReportRef,
} from './journal/events.js';
export {
	incompleteMessage,
	isIncompleteAction,
	openJournal,
	type Journal,
	type JournalOptions,
} from './journal/file.js';
export type {DecisionJournal, MaybePromise} from './journal/api.js';
export {readOnlySnapshots} from './journal/snapshot-store.js';
export {
	anyAction,
	sameAction,
	type UndoCheck,
	type UndoOutcome,
	type UndoTarget,
} from './journal/undo-target.js';
export {
	decisionFor,
	type DecisionState,
	foldEvents,
	isStale,
	reportKey,
} from './journal/fold.js';
