/**
What the rest of a session tells `SessionEnd` (session-end.ts) when it judges whether the session is whole, and the
counting and wording its warnings share.
*/
import type {Counts} from '../model.js';

/** What `judge` needs to know of the rest of the session. */
export type SessionSeen = {
	/** The parsed counts (progress letters or named tests). */
	readonly counts: Counts;
	/** A `test session starts` rule or a progress line was seen. */
	readonly hasRun: boolean;
	/** Any line was structure (not content) in this session. */
	readonly hasAnyLine: boolean;
	/** Neither a test nor a failure was parsed. */
	readonly isEmpty: boolean;
	/** How many failing reports the log names (failures read). */
	readonly namedFailures: number;
	/**
	The log has no banner and its progress ran to `[100%]` (or stopped early), then only the short summary or
	the warnings summary followed: a `-qq` run, for which pytest prints no final line.
	*/
	readonly endsQuietly: boolean;
	/** The session's last section was pytest's short summary (`-qq` prints one after failing reports, unless `-rN`). */
	readonly endsInSummary?: boolean;
	/** The last line number of the session. */
	readonly lastLine: number;
	/** The counts are progress letters' (`-q`), which name no test. */
	readonly fromLetters?: boolean;
	/** Some progress line (`-v` or letters) was read; false when test output hid every one (`-q -s`). */
	readonly hasProgress?: boolean;
	/** The test whose `-v` id the log ends after, with no outcome: it was running when the log ended. */
	readonly runningTest?: string;
	/** The file of each `F` and `E` progress letter, at the default verbosity (`path.py ..F`); none under `-q`. */
	readonly failingFiles?: readonly string[];
};

/** How many test reports a final line counts (deselected tests, warnings and passed subtests are none). */
export function reportCount(counts: Counts): number {
	return (Object.keys(counts) as Array<keyof Counts>).reduce(
		(sum, key) => sum + counts[key],
		0,
	);
}

/** How many files `inFiles` names, at most. */
const filesNamed = 10;

/**
At the default verbosity the letters' lines name their files, the one thing the log says of failing reports it never
names (`--no-summary`): `; their F and E letters are in a.py (2), b.py`.
*/
export function inFiles(files: readonly string[] | undefined): string {
	if (!files?.length) {
		return '';
	}

	const counts = new Map<string, number>();
	for (const file of files) {
		counts.set(file, (counts.get(file) ?? 0) + 1);
	}

	const named = [...counts]
		.slice(0, filesNamed)
		.map(([file, count]) => (count === 1 ? file : `${file} (${count})`));
	const more =
		counts.size > filesNamed
			? ` and ${counts.size - filesNamed} more files`
			: '';
	return `; their F and E letters are in ${named.join(', ')}${more}`;
}
