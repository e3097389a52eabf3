import {type Steps, toEnd} from '../in-turns.js';
import type {FailureListener, Run, Warning} from './model.js';
import {escapedWriteLines, opensEscapedWrite} from './pytest/escaped-write.js';
import {ExitReasonLines, opensExitReason} from './pytest/exit-reason.js';
import {LineBeforeBanner} from './pytest/line-before-banner.js';
import {PytestParser} from './pytest/index.js';
import {NewlineIds, isReturnInId} from './pytest/newline-ids.js';
import {progressMarkerStart} from './pytest/progress-marker.js';
import {sugarBanner} from './pytest/sugar.js';
import type {LineSink} from './line-splitter.js';
import {ReportlogParser} from './reportlog.js';

/**
One log, several pytest sessions: a CI script that runs `pytest` and then `pytest --lf` prints two `test session starts` … final-line blocks into one log, and a report log gets one `SessionStart` record per session. Each session is read by a parser of its own, fed the log's own line numbers, so every line number and warning stays relative to the log.
*/

const sessionStartRule = /^=+ test session starts =+$/;
/**
How a `-q` session starts, which prints no `test session starts` rule: its first progress line (letters and their
percentage, or `[N/M]`), or xdist's `bringing up nodes...`. After a final line it starts the next session
(`pytest -q; pytest -q --lf`).
*/
const quietSessionStart =
	/^(?:bringing up nodes\.\.\.|[.FEsxXR]+ *\[\s*\d+(?:%|\/\d+)])$/;

/**
A console line whose last word is a node id, as the log's last line with no newline: a short summary's `FAILED id`
with no message, xdist's `[gw0] [ 82%] FAILED id`, a `-v` id waiting for its outcome with no space after it (pytest
writes the id and that space at once). The cut may have shortened the id (`FAILED tests/te`): no test of that
name ran.
*/
const cutIdLine =
	/^(?:(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|SUBPASSED|SUBFAILED)\S* |\[gw\d+] \[[\s\d%/]+] [A-Z]+ )(?![^\n]* - )\S[^\n]*$|^[^\s:]+\.py::\S*$/;

/**
The width of pytest's whole progress line (letters, padding and `[ NN%]`), told by a rule (one wider) or by a progress
line; undefined for other lines. pytest pads each marker to its terminal's width from the column its own line reached.
*/
function progressWidthOf(text: string): number | undefined {
	const last = text.charCodeAt(text.length - 1);
	if (last === 61 /* = */) {
		return text.charCodeAt(0) === 61 && text.includes(' ')
			? text.length - 1
			: undefined;
	}

	return last === 93 /* ] */ && progressMarkerStart(text) > 0
		? text.length
		: undefined;
}

type SessionParser = PytestParser | ReportlogParser;

type Session = {
	readonly parser: SessionParser;
	/** The session's first line in the log (1 for the first session, whatever precedes its header). */
	readonly firstLine: number;
};

function isSessionStartRecord(text: string): boolean {
	try {
		const record = JSON.parse(text) as {$report_type?: unknown} | undefined;
		return record?.$report_type === 'SessionStart';
	} catch {
		return false;
	}
}

/**
Splits a pytest console log or a pytest-reportlog file into its top-level sessions as it is read.

A console session ends with pytest's final line, an INTERNALERROR or an interruption; a `test session starts` rule after that starts the next one (under pytest-sugar, its `Results` block ends a session and its banner starts one). A session printed inside a test's captured output (a plugin's own tests run pytest with pytester) never ends the outer one: the parser keeps it as that test's output, and it is not a session of the log. In a report log every `SessionStart` record after the first record starts a session.
*/
export class SessionSplitter implements LineSink {
	private readonly sessions: Session[] = [];
	private current: Session;
	/** The log's last line has no newline: it was cut there (`endsInsideLine`). */
	private isLastLineCut = false;
	private readonly cutWarnings: Warning[] = [];
	/** How wide the current session's progress lines are, from its first rule or marked progress line (`progressWidthOf`). */
	private progressWidth: number | undefined;
	/**
	The later lines of a `pytest.exit()` reason holding newlines that ended the current session: the reason's, never the
	next session's start, however they look (`==== test session starts ====`).
	*/
	private readonly exitReason = new ExitReasonLines();
	/** The current session's last line and whether it printed its banner, for a banner after a plugin's line. */
	private readonly beforeBanner = new LineBeforeBanner();

	private readonly format: 'pytest' | 'reportlog';
	/** Lines an id holding a newline spans, joined (`newline-ids.ts`). */
	private readonly newlineIds = new NewlineIds();
	private readonly source: string;
	private readonly onFailure: FailureListener | undefined;

	constructor(
		format: 'pytest' | 'reportlog',
		source: string,
		onFailure?: FailureListener,
	) {
		this.format = format;
		this.source = source;
		this.onFailure = onFailure;
		this.current = this.open(1);
	}

	/** A plain line as bytes: read when it is a console session's common `-v` line (see LineSink). */
	bytesLine(
		bytes: Uint8Array,
		start: number,
		end: number,
		lineNumber: number,
	): boolean {
		const {parser} = this.current;
		// Once a session has ended, any line may start the next one: those go as text; so does a cut last line.
		const isRead =
			!this.isLastLineCut &&
			!this.newlineIds.isHolding &&
			parser instanceof PytestParser &&
			parser.ending === undefined &&
			!opensEscapedWrite(bytes, start, end) &&
			parser.bytesLine(bytes, start, end, lineNumber);
		if (isRead) {
			// A `-v` line: no banner follows it as a plugin's line.
			this.beforeBanner.read('');
		}

		return isRead;
	}

	/** Past a console session's progress, a CR inside a line is the report's text, not a redraw (see LineSink). */
	keepsReturns(): boolean {
		const {parser} = this.current;
		return (
			parser instanceof PytestParser &&
			parser.ending === undefined &&
			parser.isPastProgress
		);
	}

	/** A CR an unescaped id holds (`isReturnInId` in newline-ids.ts), in a console log (see LineSink). */
	isReturnInId(line: string): boolean {
		return this.format === 'pytest' && isReturnInId(line);
	}

	endsInsideLine(): void {
		this.isLastLineCut = true;
	}

	line(text: string, lineNumber: number): void {
		if (this.format === 'reportlog') {
			this.readLine(text, lineNumber);
			return;
		}

		const written = escapedWriteLines(text);
		if (written !== undefined) {
			for (const line of written) {
				this.consoleLine(line, lineNumber);
			}

			return;
		}

		this.consoleLine(text, lineNumber);
	}

	/**
	The runs of the log, one per session in order (empty when nothing in it was a test run). `extraWarnings` (the reader's own, by log line) go to the session whose lines they concern; `session` is set only when there are several.
	*/
	finish(extraWarnings: readonly Warning[] = []): Run[] {
		return toEnd(this.finishSteps(extraWarnings));
	}

	/** `finish` in steps (in-turns.ts): a 100 MB log's last step, matching its 57,000 failing reports, takes seconds. */
	*finishSteps(extraWarnings: readonly Warning[] = []): Steps<Run[]> {
		for (const [line, number] of this.newlineIds.flush()) {
			this.readLine(line, number);
		}

		const runs: Run[] = [];
		extraWarnings = [...extraWarnings, ...this.cutWarnings];
		for (const [index, session] of this.sessions.entries()) {
			const next = this.sessions[index + 1];
			const isFirst = index === 0;
			const own = extraWarnings.filter(
				warning =>
					(isFirst || warning.line >= session.firstLine) &&
					(next === undefined || warning.line < next.firstLine),
			);
			const {parser} = session;
			// Only the last session ends where the log does.
			const run =
				parser instanceof PytestParser
					? yield* parser.finish(own, this.isLastLineCut && next === undefined)
					: parser.finish(own);
			if (run) {
				runs.push(run);
			}
		}

		if (runs.length < 2) {
			return runs;
		}

		return runs.map((run, index) => ({...run, session: index + 1}));
	}

	/** A console log's line, through the joining of ids that hold newlines. */
	private consoleLine(text: string, lineNumber: number): void {
		const lines = this.newlineIds.line(text, lineNumber);
		if (lines === undefined) {
			this.readLine(text, lineNumber);
			return;
		}

		for (const [line, number] of lines) {
			this.readLine(line, number);
		}
	}

	private readLine(text: string, lineNumber: number): void {
		if (
			this.isLastLineCut &&
			this.format === 'pytest' &&
			cutIdLine.test(text)
		) {
			this.cutWarnings.push({
				line: lineNumber,
				message: `the log ends inside its last line, which names a test it may have cut short: not read (${text.slice(0, 200)})`,
			});
			return;
		}

		if (!this.exitReason.read(text) && this.opensSession(text)) {
			this.current = this.open(lineNumber);
			this.progressWidth = undefined;
			this.beforeBanner.reset();
		}

		this.beforeBanner.read(text);

		this.progressWidth ??= progressWidthOf(text);

		const {parser} = this.current;
		const wasOpen =
			parser instanceof PytestParser && parser.ending === undefined;
		parser.line(text, lineNumber);
		// The banner's first line ended the session (`! _pytest.outcomes.Exit: first line`, glued to `-q` letters when the
		// session dies after it): the lines up to the one ending in `!` are the reason's.
		if (
			wasOpen &&
			parser.ending !== undefined &&
			opensExitReason(text.slice(text.indexOf('!')))
		) {
			this.exitReason.start({title: ''});
		}
	}

	private open(firstLine: number): Session {
		const parser =
			this.format === 'reportlog'
				? new ReportlogParser(this.source, this.onFailure)
				: new PytestParser(this.source, this.onFailure);
		const session = {parser, firstLine};
		this.sessions.push(session);
		return session;
	}

	private opensSession(text: string): boolean {
		const {parser} = this.current;
		if (parser instanceof ReportlogParser) {
			return (
				parser.hasRecords &&
				text.includes('"SessionStart"') &&
				isSessionStartRecord(text)
			);
		}

		// A `test session starts` rule after any end is the next session of the log, not content; `-q` progress
		// only after a final line (a usage error's `ERROR: …` first in a log may be a test's output).
		// pytest-sugar's banner (`Test session starts (platform: …)`) in place of the rule.
		const {ending} = parser;
		if (
			ending === undefined &&
			!parser.isPastProgress &&
			this.beforeBanner.startsSession(text)
		) {
			return true;
		}

		return ending !== undefined && /test session starts /i.test(text)
			? sessionStartRule.test(text) || sugarBanner.test(text)
			: ending === 'final line' &&
					quietSessionStart.test(text) &&
					// A forked child's first line of letters continues its parent's where the fork left it
					// (`forked-child.ts`).
					(!text.endsWith(']') || text.length >= (this.progressWidth ?? 0));
	}
}
