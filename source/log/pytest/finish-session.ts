/**
A session once every line is read and every reader has ended: nothing when the input did not look like pytest
output, else its ids resolved (`report-ids.ts`, `escaped-ids.ts`) and its Run built (`build-run.ts`).
*/
import type {Steps} from '../../in-turns.js';
import type {Run, Warning} from '../model.js';
import {withUnescapedHeadlines} from './ascii-output.js';
import {buildRun} from './build-run.js';
import {gluedCandidates} from './letter-progress.js';
import type {DurationIds} from './durations.js';
import type {EscapedIds} from './escaped-ids.js';
import type {FailuresReader} from './failures.js';
import type {IdNormalizer} from './ids.js';
import type {Preamble} from './preamble.js';
import type {ProgressReader} from './progress.js';
import {resolveReportIds} from './report-ids.js';
import {teardownsByLetters} from './summary-errors.js';
import type {Section} from './section-lines.js';
import type {SessionEnd} from './session-end.js';
import type {ShortSummaryReader} from './short-summary.js';
import type {TestTable} from './tests.js';

/** What the parser read of one session, its readers ended. */
export type ReadSession = {
	readonly source: string;
	readonly header: Preamble;
	readonly tests: TestTable;
	readonly ids: IdNormalizer;
	readonly escapes: EscapedIds;
	readonly progress: ProgressReader;
	readonly failures: FailuresReader;
	readonly summary: ShortSummaryReader;
	readonly end: SessionEnd;
	/** The section the last line was in. */
	readonly section: Section;
	readonly hasSessionStart: boolean;
	/** The last progress line read ends with `[100%]` (or `[N/N]`). */
	readonly isProgressDone: boolean;
	readonly hasAnyLine: boolean;
	readonly lastLine: number;
	/** The log's last line had no newline: it was cut (`LineSplitter.endsInsideLine`). */
	readonly endsInsideLine: boolean;
	/** Node ids as `--durations` printed them, and the warnings summary's absolute files (`durations.ts`). */
	readonly durations: Pick<DurationIds, 'ids' | 'warningFiles'>;
	/** Where pytest ran, as `--pdb`'s report shows it (`pdb-block.ts`). */
	readonly invocationDir: string | undefined;
	/** xdist's start and the session's end, no progress between (`xdist-start.ts`). */
	readonly xdistEndedEarly: boolean;
};

/** The Run, or undefined when nothing in the input looked like pytest output; in steps (in-turns.ts). */
export function* runOfSession(
	session: ReadSession,
	extraWarnings: readonly Warning[],
): Steps<Run | undefined> {
	const {progress, end} = session;
	const {entries} = session.failures;
	const summaryItems = session.summary.items;
	if (session.header.collectedPerFile !== undefined && !progress.hasProgress) {
		end.onCollectedPerFile(session.header.collectedPerFile, session.lastLine);
	}

	if (
		!session.hasSessionStart &&
		!progress.hasProgress &&
		entries.length === 0 &&
		summaryItems.length === 0 &&
		!end.reportedCounts &&
		!end.hasInternalError &&
		!end.hasEnded &&
		!end.usage.error &&
		!session.xdistEndedEarly &&
		// pytest-timeout's dump of the thread running pytest's own frames and a test: the process ended in its first
		// test under `-q` or `-qq`, before any letter (`timeout-stack.ts`).
		end.crash.timeout.site === undefined &&
		// pytest's session dying under a test (`session-wrapper.ts`): under `-q -s` the letters are glued to the tests'
		// output, which no final line confirms (`withGluedChars`), and nothing else reads as pytest's.
		!end.crash.hasSessionDied &&
		// A test's `id ` that `log_cli`'s rule followed: under `-q` too, the first test's, the process ended in it.
		progress.liveLoggedTest === undefined
	) {
		return undefined;
	}

	const warnings: Warning[] = [...extraWarnings];
	if (
		session.xdistEndedEarly &&
		entries.length === 0 &&
		summaryItems.length === 0
	) {
		warnings.push({
			line: session.lastLine,
			message:
				'xdist started its workers and the session ended with no report: under -qq a run whose every test was skipped at collection or deselected prints nothing else (how many, the log cannot say)',
		});
	}

	if (
		end.crash.hasSessionDied &&
		!session.hasSessionStart &&
		!progress.hasProgress &&
		entries.length === 0 &&
		summaryItems.length === 0
	) {
		warnings.push({
			line: session.lastLine,
			message:
				"pytest's session died under a test (the traceback starts in its session wrapper) before any line the log can tell from the tests' output: under -s the progress letters are glued to that output, and no final line confirms them",
		});
	}

	session.header.invocationDir ??= session.invocationDir;
	progress.killed.addKilledTest(
		progress.pendingTest,
		end.hasFinalLine || end.hasInternalError,
		session.tests,
		session.ids,
	);
	yield* resolveReportIds({
		header: session.header,
		tests: session.tests,
		summaryItems,
		entries,
		durationIds: session.durations.ids,
		warningFiles: session.durations.warningFiles,
		progressFiles: progress.filesWith,
		skipFiles: session.summary.skipFiles,
		...(progress.hasChars && {letterErrors: progress.charCounts.error}),
		letterTeardowns: teardownsByLetters(session),
		isVerbose: progress.hasVerbose,
		reportedFailed: end.reportedCounts?.failed,
		ids: session.ids,
		warnings,
	});
	resolveEscapedIds(session.tests, session.escapes);
	// The `generated xml file` rule after the last FAILURES or ERRORS entry, the log's end, or a plugin's section after
	// the reports (`pytest_terminal_summary`): pytest's terminal summary had begun, every test run (`-qq -s -rN` under
	// pytest 7.2: no `[100%]`, no short summary, no final line; `-qq -rN -n 2`, every module failing at collection, then
	// a conftest's section, and under pytest 9 no XML rule).
	const endsOnXmlRule =
		session.section === 'other' ||
		((session.section === 'failures' || session.section === 'errors') &&
			session.failures.isPastReports);
	yield;
	const run = yield* buildRun({
		source: session.source,
		header: session.header,
		tests: session.tests,
		charCounts: progress.hasChars ? progress.charCounts : undefined,
		gluedCharCounts: progress.gluedChars.map(chars => gluedCandidates(chars)),
		plannedTests: progress.plannedTests,
		end,
		hasRun:
			session.hasSessionStart ||
			progress.hasProgress ||
			session.xdistEndedEarly ||
			end.crash.timeout.site !== undefined ||
			end.crash.hasSessionDied ||
			progress.liveLoggedTest !== undefined,
		hasProgress: progress.hasProgress,
		hasAnyLine: session.hasAnyLine,
		lastLine: session.lastLine,
		// `-qq`: no banner and no final line (`endsAfterProgress`).
		endsQuietly:
			!session.hasSessionStart &&
			!session.endsInsideLine &&
			(endsOnXmlRule || endsAfterProgress(session, summaryItems)),
		endsInSummary: session.section === 'summary' || endsOnXmlRule,
		failingFiles: [...progress.filesWith.failed, ...progress.filesWith.errored],
		warnings,
		entries,
		...runningTestOf(progress.pendingTest, session),
	});
	return session.escapes.isAsciiOutput
		? {...run, failures: withUnescapedHeadlines(run.failures)}
		: run;
}

/**
The progress ran to its end, then only summaries followed, whole. `--setup-show` prints no `[100%]`: there a summary
after it (printed once every test ran) says it. So does, under `-s` (no `[100%]` either), a short summary the log ends
in that names every `F` and `E` letter, or, no test run, every collection error. A plugin's or a conftest's section (`other`) comes after the progress too.
*/
function endsAfterProgress(
	session: ReadSession,
	summaryItems: ReadSession['summary']['items'],
): boolean {
	const {progress, end} = session;
	return (
		(session.isProgressDone ||
			session.xdistEndedEarly ||
			end.hasStoppedEarly ||
			(progress.quietPlan.isShowing &&
				['summary', 'warnings'].includes(session.section)) ||
			(session.section === 'summary' &&
				(namesEveryFailingLetter(progress, summaryItems) ||
					namesEveryCollectionError(session, summaryItems)))) &&
		['none', 'summary', 'warnings', 'other'].includes(session.section)
	);
}

/**
The short summary names as many failed and errored reports as the letters counted, one at least: under `-qq -s` (no
`[100%]`, no final line) it was printed once every test ran. A `-q` log cut inside its summary names fewer; one cut
right after its summary's last line, before the final line, looks the same and reads as whole.
*/
function namesEveryFailingLetter(
	progress: ProgressReader,
	items: ReadSession['summary']['items'],
): boolean {
	if (!progress.hasChars || progress.hasVerbose) {
		return false;
	}

	const {failed, error} = progress.charCounts;
	const named = {failed: 0, error: 0};
	for (const item of items) {
		if (item.word === 'FAILED') {
			named.failed++;
		} else if (item.word === 'ERROR') {
			named.error++;
		}
	}

	return failed + error > 0 && named.failed === failed && named.error === error;
}

/**
No progress, every entry a collection error, and the short summary names each (`ERROR x.py`), no failed test: under
`-qq --continue-on-collection-errors`, every module failing at import, pytest prints its ERRORS section and its short
summary only once the session ended, and no final line. A log cut inside that summary names fewer.
*/
function namesEveryCollectionError(
	{progress, failures: {entries}}: ReadSession,
	items: ReadSession['summary']['items'],
): boolean {
	if (
		progress.hasProgress ||
		entries.length === 0 ||
		entries.some(entry => entry.kind !== 'collect')
	) {
		return false;
	}

	let named = 0;
	for (const item of items) {
		if (item.word === 'ERROR') {
			named++;
		} else if (item.word === 'FAILED') {
			return false;
		}
	}

	return named === entries.length;
}

/** The `-v` id the log ends after, if its test got no outcome (a killed test gets one: `killed-test.ts`). */
function runningTestOf(
	pending: string | undefined,
	{tests, ids}: {readonly tests: TestTable; readonly ids: IdNormalizer},
): {runningTest?: string} {
	if (pending === undefined) {
		return {};
	}

	const id = ids.normalize(pending);
	return tests.get(id)?.outcome === undefined ? {runningTest: id} : {};
}

/** Node ids for ids an ASCII-only stdout printed with escapes (`escaped-ids.ts`), once every line is read. */
function resolveEscapedIds(tests: TestTable, escapes: EscapedIds): void {
	if (tests.renameIds(id => escapes.resolve(id))) {
		tests.reindex();
	}
}
