import {
	emptyCounts,
	fileOfId,
	type CapturedSection,
	type Counts,
	type Failure,
	type FailureListener,
	type Location,
	type Outcome,
	type Phase,
	type Run,
	type RunHeader,
	type Shard,
	type TestResult,
	type Warning,
} from './model.js';
import {parseFinalLine, finalLinePattern} from './summary.js';
import {readSessionKind} from './session-header.js';

/**
The pytest console parser: `-v`, `-vv`, `-q`, `-r…`, every `--tb` mode, xdist, reruns, timeouts, interrupted and truncated runs. Fed one line at a time (ANSI already stripped); `finish()` resolves every FAILURES/ERRORS entry to a full node id and checks the parsed outcomes against pytest's own final line.
*/

type Section =
	'none' | 'errors' | 'failures' | 'warnings' | 'passes' | 'summary' | 'other';

type EntryKind = 'failure' | 'setup' | 'teardown' | 'collect' | 'line';

type Entry = {
	readonly kind: EntryKind;
	/** The header's title: `TestA.test_b[x]`, or the path for collection errors. */
	readonly name: string;
	readonly startLine: number;
	readonly traceback: string[];
	readonly captured: Array<{name: string; lines: string[]}>;
	/** For `--tb=line` entries: `path:line: message`. */
	lineText?: string;
};

/**
What the parser knows of one test while reading. It is also the TestResult the Run hands out (for its main report), so a million-test log allocates one object per test; `file` is a prototype getter, not a string per test.
*/
class TestState {
	outcome: Outcome | undefined = undefined;
	phase: Phase = 'call';
	reruns: number | undefined = undefined;
	teardownError = false;
	/** PASSED reports that a rerun superseded (a teardown failure reruns a passed test): pytest counts them. */
	passedBeforeRerun = 0;
	/** Folded into an earlier state with the same id. */
	isMerged = false;
	/** Further reports with the same outcome (pytest counts each). */
	repeatedReports: Outcome[] | undefined = undefined;
	/** The FAILURES/ERRORS entries this test's reports were matched with. */
	failedEntry: Entry | undefined = undefined;
	errorEntry: Entry | undefined = undefined;
	teardownEntry: Entry | undefined = undefined;
	/** The short summary's message for it, possibly cut with `...`. */
	summaryMessage: string | undefined = undefined;
	/** The short summary's ERROR message: a test can also have a FAILED one. */
	summaryErrorMessage: string | undefined = undefined;

	/** Rewritten once, at the end, when the log turns out to print ids relative to a subdirectory. */
	id: string;

	constructor(id: string) {
		this.id = id;
	}

	get file(): string {
		return fileOfId(this.id);
	}
}

type EntrySlot = 'failedEntry' | 'errorEntry' | 'teardownEntry';

type SummaryItem = {
	readonly word: string;
	readonly rawId: string;
	readonly message?: string;
	readonly line: number;
};

const outcomeWords: Record<string, Outcome | 'rerun'> = {
	PASSED: 'passed',
	FAILED: 'failed',
	ERROR: 'error',
	SKIPPED: 'skipped',
	XFAIL: 'xfailed',
	XPASS: 'xpassed',
	RERUN: 'rerun',
};

const progressChars: Record<string, Outcome | 'rerun'> = {
	'.': 'passed',
	F: 'failed',
	E: 'error',
	s: 'skipped',
	x: 'xfailed',
	X: 'xpassed',
	R: 'rerun',
};

const sectionTitles: Record<string, Section> = {
	ERRORS: 'errors',
	FAILURES: 'failures',
	'warnings summary': 'warnings',
	PASSES: 'passes',
	'short test summary info': 'summary',
};

const ruleTitle = /^={3,} (.+?) ={3,}$|^={1,2} (.+? in [\d.]+ ?s.*?) ={1,2}$/;
/** The ISO time CI services (GitHub Actions) put in front of every line. */
export const ciTimestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const tracebackPath = /^\s*(?:File ")?([^\s":]+\.py)(?::\d+|", line)/;
const nestedSessionStart = / =+ test session starts =+$/;
const lineModePath = /^\S+\.py:\d+: ./;
const workerCrash = /^worker '[^']+' crashed while running '(.+)'$/;
const xdistWorkerLine = /^\[gw\d+] /;
const charsBeforeWorker = /^([.FEsxXR]+)\[gw\d+] /;
const bangTitle = /^!{3,} (.+?) !{3,}$/;
const entryHeader = /^_+ (.+?) _+$/;
const dashTitle = /^-{3,} (.+?) -{3,}$/;
const xdistLine =
	/^\[gw\d+] (?:\[\s*\d+%] )?(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN) (.+)$/s;
const trailingOutcome =
	/(PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)(?: \(.*\))?(?:\s+\[\s*\d+%])?\s*$/;
/** Longer lines are never headers, progress or summary lines; this keeps every pattern cheap. */
const maxStructuralLine = 64 * 1024;
const charsOnly = /^[.FEsxXR]+$/;
const fileAndChars = /^(\S+) ([.FEsxXR]+)$/;
// `s`: a message may hold U+2028/U+2029, which `.` does not match otherwise (lines never hold \n).
const summaryLine = /^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED|RERUN) (.+)$/s;
const lineModeEntry = /^(.+?):(\d+): (.+)$/;
const platformLine = /^platform \S+ -- Python ([\w.+]+), pytest-([\w.+]+)/;
const collectedLine = /collected (\d+) items?/;
const locationWithType = /^(\S.*?):(\d+): ([A-Za-z_][\w.]*)$/;
const locationInFrame = /^(\S.*?):(\d+): in /;
const exceptionLike = /^([A-Za-z_][\w.]*)(?::(?:\s|$)|$)/;

/** Splits `id - message` at the first ` - ` outside brackets; ids never contain an unbalanced bracket. */
export function splitIdAndMessage(text: string): {
	id: string;
	message?: string;
} {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '[') {
			depth++;
		} else if (char === ']') {
			depth = Math.max(0, depth - 1);
		} else if (depth === 0 && char === ' ' && text.startsWith(' - ', index)) {
			return {id: text.slice(0, index), message: text.slice(index + 3)};
		}
	}

	return {id: text};
}

function isBalanced(text: string): boolean {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 91 /* [ */) {
			depth++;
		} else if (code === 93 /* ] */) {
			depth--;
		}
	}

	return depth === 0;
}

/** `-v` progress line: `id OUTCOME[ (reason)][  [ NN%]]`. The id may contain spaces and outcome words inside brackets. */
export function parseVerboseLine(
	line: string,
): {id: string; word: string; rest: string} | undefined {
	if (!line.includes('::') && !line.includes('.py ')) {
		return undefined;
	}

	const text = stripPercent(line).trimEnd();
	const endsWithParen = text.endsWith(')');
	// One pass: bracket depth so far, so every candidate is checked in constant time.
	let depth = 0;
	let index = 0;
	while (index < text.length) {
		const char = text[index];
		if (char === '[') {
			depth++;
		} else if (char === ']') {
			depth--;
		} else if (char === ' ' && depth === 0 && index > 0) {
			const word = outcomeWordAt(text, index + 1);
			if (word) {
				const after = index + 1 + word.length;
				if (after === text.length) {
					return {id: text.slice(0, index), word, rest: ''};
				}

				if (endsWithParen && text.startsWith(' (', after)) {
					return {id: text.slice(0, index), word, rest: text.slice(after + 1)};
				}
			}
		}

		index++;
	}

	return undefined;
}

let fastWord = '';

/**
The common `-v` line (`id WORD   [ NN%]` or `id WORD`) without allocating more than the id; sets `fastWord`. Anything unusual (a skip reason, brackets that do not balance) returns undefined and takes the general path.
*/
function fastVerboseId(line: string): string | undefined {
	let end = line.length;
	if (line.endsWith('%]')) {
		const open = line.lastIndexOf('[');
		if (open <= 0) {
			return undefined;
		}

		end = open;
		while (end > 0 && line.charCodeAt(end - 1) === 32) {
			end--;
		}
	}

	const space = line.lastIndexOf(' ', end - 1);
	if (space <= 0) {
		return undefined;
	}

	const word = outcomeWordAt(line, space + 1);
	if (word === undefined || space + 1 + word.length !== end) {
		return undefined;
	}

	const id = line.slice(0, space);
	if (
		!id.includes('::') ||
		id.charCodeAt(0) === 32 ||
		(id.includes('[') && !isBalanced(id))
	) {
		return undefined;
	}

	fastWord = word;
	return id;
}

function outcomeWordAt(text: string, index: number): string | undefined {
	switch (text[index]) {
		case 'P': {
			return text.startsWith('PASSED', index) ? 'PASSED' : undefined;
		}

		case 'F': {
			return text.startsWith('FAILED', index) ? 'FAILED' : undefined;
		}

		case 'E': {
			return text.startsWith('ERROR', index) ? 'ERROR' : undefined;
		}

		case 'S': {
			return text.startsWith('SKIPPED', index) ? 'SKIPPED' : undefined;
		}

		case 'X': {
			return text.startsWith('XFAIL', index)
				? 'XFAIL'
				: text.startsWith('XPASS', index)
					? 'XPASS'
					: undefined;
		}

		case 'R': {
			return text.startsWith('RERUN', index) ? 'RERUN' : undefined;
		}

		default: {
			return undefined;
		}
	}
}

/** Removes a trailing `[ NN%]` progress marker (without a backtracking regex over long lines). */
export function stripPercent(line: string): string {
	if (!line.endsWith('%]')) {
		return line;
	}

	const open = line.lastIndexOf('[');
	if (open === -1 || !/^\[\s*\d+%]$/.test(line.slice(open))) {
		return line;
	}

	let end = open;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) {
		end--;
	}

	return end === open ? line : line.slice(0, end);
}

function tailKey(id: string): string {
	const separator = id.indexOf('::');
	if (separator === -1) {
		return id;
	}

	const tail = id.slice(separator + 2);
	const bracket = tail.indexOf('[');
	const head = bracket === -1 ? tail : tail.slice(0, bracket);
	return (
		head.replaceAll('::', '.') + (bracket === -1 ? '' : tail.slice(bracket))
	);
}

function headerKey(name: string): string {
	return name.startsWith('[doctest] ') ? name.slice('[doctest] '.length) : name;
}

/** `Name: message` or `pkg.Name` where the last dotted part is capitalized: `psycopg2.OperationalError: …`, `Failed: Timeout`. */
function isExceptionLine(line: string): boolean {
	const typed = exceptionLike.exec(line);
	return typed !== null && /^_*[A-Z]/.test(typed[1]!.split('.').pop()!);
}

/** A doctest's `Expected:` / `Got:` (or `UNEXPECTED EXCEPTION`) report as one line. */
function doctestHeadline(lines: readonly string[]): string | undefined {
	const unexpected = lines.find(line =>
		line.startsWith('UNEXPECTED EXCEPTION: '),
	);
	if (unexpected) {
		return `DocTestFailure: ${unexpected}`;
	}

	const expected = lines.indexOf('Expected:');
	const got = lines.indexOf('Got:');
	if (expected === -1 || got === -1) {
		return undefined;
	}

	const first = (index: number) => lines[index + 1]?.trim() ?? '';
	return `DocTestFailure: expected ${first(expected)}, got ${first(got)}`;
}

/** The headline, exception type and crash location of a traceback as pytest printed it. */
export function describeTraceback(lines: readonly string[]): {
	headline: string;
	exceptionType?: string;
	location?: Location;
} {
	let blockStart = -1;
	let lastBlock: string[] = [];
	for (const [index, line_] of lines.entries()) {
		const line = line_;
		if (line === 'E' || line.startsWith('E ') || line.startsWith('E\t')) {
			if (blockStart === -1) {
				blockStart = index;
				lastBlock = [];
			}

			lastBlock.push(line.slice(1).trim());
		} else {
			blockStart = -1;
		}
	}

	let location: Location | undefined;
	let typeFromLocation: string | undefined;
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index]!;
		const typed = locationWithType.exec(line);
		if (typed) {
			location = {path: typed[1]!, line: Number(typed[2])};
			typeFromLocation = typed[3];
			break;
		}

		const frame = locationInFrame.exec(line);
		if (frame) {
			location = {path: frame[1]!, line: Number(frame[2])};
			break;
		}
	}

	// The exception line of the last `E` block (a SyntaxError's block starts with its `File "…"` line).
	if (!location) {
		// --tb=native: Python's own `File "path", line N, in name` frames.
		for (let index = lines.length - 1; index >= 0; index--) {
			const frame = /^\s*File "(.+)", line (\d+)/.exec(lines[index]!);
			if (frame) {
				location = {path: frame[1]!, line: Number(frame[2])};
				break;
			}
		}
	}

	let headline =
		lastBlock.find(line => isExceptionLine(line)) ??
		lastBlock.find(line => line.length > 0);
	if (headline === undefined && typeFromLocation === 'DocTestFailure') {
		headline = doctestHeadline(lines);
	}

	if (headline === undefined) {
		// --tb=native and friends: the last line that looks like `Type: message`.
		for (let index = lines.length - 1; index >= 0; index--) {
			const line = lines[index]!.trim();
			if (exceptionLike.test(line) && !line.startsWith('File ')) {
				headline = line;
				break;
			}
		}
	}

	// Nothing that looks like an exception (`[XPASS(strict)] reason`, a fixture error): the first line says most.
	headline ??=
		typeFromLocation ??
		lines
			.find(line => line.trim().length > 0 && !xdistWorkerLine.test(line))
			?.trim() ??
		'';
	let exceptionType: string | undefined;
	const typed = exceptionLike.exec(headline);
	if (typed && isExceptionLine(headline)) {
		exceptionType = typed[1];
	} else if (headline.startsWith('assert ') || headline === 'assert') {
		exceptionType = 'AssertionError';
		headline = `AssertionError: ${headline}`;
	} else if (typeFromLocation) {
		exceptionType = typeFromLocation;
		if (!headline.startsWith(typeFromLocation)) {
			headline = headline
				? `${typeFromLocation}: ${headline}`
				: typeFromLocation;
		}
	}

	return {headline, exceptionType, location};
}

/**
The tests of a run in the order the log first names them. A `-v` log names each test on one line (or adjacent lines: a teardown ERROR after PASSED, RERUNs), so the common path needs no map at all; lookups by id build an index on first use, starting with the tests that can matter to the summary and the FAILURES section.
*/
class TestTable {
	readonly order: TestState[] = [];
	private last: TestState | undefined;
	private index: Map<string, TestState> | undefined;
	private isFull = false;
	private hasMerged = false;

	/** The state for `id` when it is the test just seen, else a new one (the `-v` fast path). */
	sequential(id: string): TestState {
		if (this.last?.id === id) {
			return this.last;
		}

		return this.add(id);
	}

	get(id: string): TestState | undefined {
		if (this.last?.id === id) {
			return this.last;
		}

		this.index ??= this.buildIndex(false);
		const found = this.index.get(id);
		if (found || this.isFull) {
			return found;
		}

		this.index = this.buildIndex(true);
		return this.index.get(id);
	}

	has(id: string): boolean {
		return this.get(id) !== undefined;
	}

	getOrAdd(id: string): TestState {
		return this.get(id) ?? this.add(id);
	}

	add(id: string): TestState {
		const state = new TestState(id);
		this.order.push(state);
		this.index?.set(id, state);
		this.last = state;
		return state;
	}

	/** The live states in order (an array: generators cost too much per test on million-test logs). */
	values(): TestState[] {
		if (!this.hasMerged) {
			return this.order;
		}

		return this.order.filter(state => !state.isMerged);
	}

	keys(): string[] {
		return this.values().map(state => state.id);
	}

	/** Forget the index after ids changed. */
	reindex(): void {
		this.index = undefined;
		this.isFull = false;
		this.last = undefined;
	}

	private buildIndex(isFull: boolean): Map<string, TestState> {
		this.isFull = isFull;
		const index = new Map<string, TestState>();
		for (const state of this.order) {
			if (
				state.isMerged ||
				(!isFull &&
					(state.outcome === 'passed' || state.outcome === 'skipped') &&
					!state.teardownError)
			) {
				continue;
			}

			const earlier = index.get(state.id);
			if (earlier) {
				// The same id on two lines far apart: one test, seen twice.
				mergeInto(earlier, state);
				this.hasMerged = true;
			} else {
				index.set(state.id, state);
			}
		}

		return index;
	}
}

function mergeInto(target: TestState, later: TestState): void {
	later.isMerged = true;
	if (later.reruns) {
		target.reruns = (target.reruns ?? 0) + later.reruns;
	}

	target.teardownError ||= later.teardownError;
	target.passedBeforeRerun += later.passedBeforeRerun;
	if (later.repeatedReports) {
		(target.repeatedReports ??= []).push(...later.repeatedReports);
	}

	target.summaryMessage ??= later.summaryMessage;
	target.summaryErrorMessage ??= later.summaryErrorMessage;
	if (
		later.outcome === 'error' &&
		target.outcome &&
		target.outcome !== 'error'
	) {
		target.teardownError = true;
	} else if (later.outcome) {
		target.outcome = later.outcome;
		target.phase = later.phase;
	}
}

export class PytestParser {
	private readonly header: {
		pytest?: string;
		python?: string;
		rootdir?: string;
		plugins?: string[];
		collected?: number;
		lastFailed?: boolean;
		shard?: Shard;
	} = {};

	private readonly tests = new TestTable();
	private isXdist = false;
	/** The subdirectory pytest ran from, relative to the rootdir (`tests/`), once known. */
	private invocationPrefix: string | undefined;
	private ruleWidth: number | undefined;
	private pendingChars: string | undefined;
	private pendingXpassEcho: string | undefined;
	private timestampPrefix: boolean | undefined;
	private readonly summaryErrors: TestState[] = [];
	private readonly entries: Entry[] = [];
	private readonly summaryItems: SummaryItem[] = [];
	private readonly charCounts = emptyCounts();
	private readonly warnings: Warning[] = [];
	private readonly internalErrors: string[] = [];
	private section: Section = 'none';
	private hasSessionStart = false;
	private hasProgress = false;
	private hasVerbose = false;
	private hasChars = false;
	private nestedDepth = 0;
	private current: Entry | undefined;
	private capturedTarget: string[] | undefined;
	private pendingId: string | undefined;
	private reportedCounts: Counts | undefined;
	private finalLineNumber: number | undefined;
	private interruption: {title: string; line: number} | undefined;
	private stoppedEarly: {title: string; line: number} | undefined;
	private internalErrorLine = 0;
	private firstLine: number | undefined;
	private lastLine = 0;

	private readonly source: string;
	private readonly onFailure: FailureListener | undefined;

	constructor(source: string, onFailure?: FailureListener) {
		this.source = source;
		this.onFailure = onFailure;
	}

	/**
	True once this session is over at the top level: pytest printed its final line, or an INTERNALERROR or an interruption ended it. A `test session starts` rule after that is the next session of the log, not content.
	*/
	get hasEnded(): boolean {
		return (
			this.nestedDepth === 0 &&
			(this.reportedCounts !== undefined ||
				this.internalErrors.length > 0 ||
				this.interruption !== undefined)
		);
	}

	line(raw: string, lineNumber: number): void {
		this.lastLine = lineNumber;
		let text = raw;
		if (this.timestampPrefix === undefined && text.length > 0) {
			// CI services (GitHub Actions) put an ISO time in front of every line.
			this.timestampPrefix = ciTimestamp.test(text);
		}

		if (this.timestampPrefix) {
			text = text.replace(ciTimestamp, '');
		}

		if (this.nestedDepth > 0) {
			this.appendToEntry(text);
			if (
				finalLinePattern.test(text) ||
				/^=+ .* in [\d.]+ ?s.* =+$/.test(text)
			) {
				this.nestedDepth--;
			}

			return;
		}

		if (text.length === 0) {
			this.appendToEntry(text);
			return;
		}

		if (
			this.hasSessionStart &&
			this.section === 'none' &&
			!text.startsWith('=') &&
			text.includes(' test session starts =')
		) {
			// `-s`: a test's own pytest run printed right after its `id ` on the progress line.
			const start = nestedSessionStart.exec(text);
			if (start) {
				this.onPreambleOrProgress(
					text.slice(0, start.index).trimEnd() + ' ',
					lineNumber,
				);

				this.nestedDepth++;
				return;
			}
		}

		if (text.length > maxStructuralLine) {
			// Nothing pytest prints as structure is this long: it is content (captured output, a huge repr).
			this.appendToEntry(text);
			return;
		}

		if (this.pendingChars !== undefined) {
			const pending = this.pendingChars;
			this.pendingChars = undefined;
			const first = text.charCodeAt(0);
			if (
				first === 61 /* = */ ||
				first === 33 /* ! */ ||
				charsOnly.test(stripPercent(text)) ||
				finalLinePattern.test(text)
			) {
				this.countChars(pending);
			}
		}

		this.firstLine ??= lineNumber;
		const first = text.charCodeAt(0);

		if (first === 61 /* = */) {
			const title = ruleTitle.exec(text);
			if (title) {
				// pytest pads its rules to the terminal width: the first one tells it.
				this.ruleWidth ??= text.length;
				this.onRuleTitle((title[1] ?? title[2])!, text, lineNumber);
				return;
			}
		}

		if (first === 33 /* ! */) {
			const bang = bangTitle.exec(text);
			if (bang) {
				this.onBang(bang[1]!, lineNumber);
				return;
			}
		}

		if (first === 73 /* I */ && text.startsWith('INTERNALERROR>')) {
			if (this.internalErrors.length === 0) {
				this.internalErrorLine = lineNumber;
			}

			this.internalErrors.push(text.slice('INTERNALERROR>'.length).trim());
			this.finishEntry();
			return;
		}

		switch (this.section) {
			case 'none': {
				this.onPreambleOrProgress(text, lineNumber);
				return;
			}

			case 'errors':
			case 'failures': {
				this.onEntryLine(text, lineNumber);
				return;
			}

			case 'summary': {
				this.onSummaryLine(text, lineNumber);
				return;
			}

			case 'passes': {
				return;
			}

			default: {
				if (
					(this.section === 'warnings' || this.section === 'other') &&
					finalLinePattern.test(text)
				) {
					this.onFinalLine(text, lineNumber);
				}
			}
		}
	}

	/** The Run, or undefined when nothing in the input looked like pytest output. */
	finish(extraWarnings: readonly Warning[] = []): Run | undefined {
		this.finishEntry();
		if (this.pendingChars !== undefined) {
			this.countChars(this.pendingChars);
			this.pendingChars = undefined;
		}

		if (
			!this.hasSessionStart &&
			!this.hasProgress &&
			this.entries.length === 0 &&
			this.summaryItems.length === 0 &&
			!this.reportedCounts &&
			this.internalErrors.length === 0
		) {
			return undefined;
		}

		const warnings: Warning[] = [...extraWarnings, ...this.warnings];
		this.applyInvocationPrefix();
		this.applySummary();
		this.assignEntries(warnings);

		const tests: TestResult[] = [];
		const failures: Failure[] = [];
		const parsedCounts = emptyCounts();
		for (const state of this.tests.values()) {
			parsedCounts.rerun += state.reruns ?? 0;
			parsedCounts.passed += state.passedBeforeRerun;
			for (const outcome of state.repeatedReports ?? []) {
				parsedCounts[outcome]++;
			}

			if (state.outcome) {
				if (state.outcome !== 'error') {
					state.phase = 'call';
				}

				tests.push(state as unknown as TestResult);
				parsedCounts[state.outcome]++;
				if (state.outcome === 'failed' || state.outcome === 'error') {
					failures.push(
						this.makeFailure(
							state,
							state.outcome,
							state.phase,
							state.outcome === 'error' ? state.errorEntry : state.failedEntry,
						),
					);
				}
			}

			if (state.teardownError) {
				tests.push({
					id: state.id,
					file: state.file,
					outcome: 'error',
					phase: 'teardown',
				});
				parsedCounts.error++;
				failures.push(
					this.makeFailure(state, 'error', 'teardown', state.teardownEntry),
				);
			}
		}

		for (const message of this.internalErrorSummary()) {
			warnings.push(message);
		}

		let counts = parsedCounts;
		if (this.hasChars) {
			counts = {...this.charCounts};
			// Collection errors are never progress characters.
			for (const test of tests) {
				if (test.phase === 'collect') {
					counts.error++;
				}
			}
		}

		let isComplete = true;
		if (this.interruption) {
			isComplete = false;
			warnings.push({
				line: this.interruption.line,
				message: `run was interrupted: ${this.interruption.title}`,
			});
		}

		if (this.internalErrors.length > 0) {
			isComplete = false;
		}

		if (this.stoppedEarly) {
			warnings.push({
				line: this.stoppedEarly.line,
				message: `pytest stopped early: ${this.stoppedEarly.title}`,
			});
		}

		if (this.reportedCounts) {
			const mismatches: string[] = [];
			for (const key of Object.keys(counts) as Array<keyof Counts>) {
				if (counts[key] !== this.reportedCounts[key]) {
					mismatches.push(
						`${key} ${counts[key]} parsed vs ${this.reportedCounts[key]} reported`,
					);
				}
			}

			// pytest counts module-level skips (`pytest.skip(allow_module_level=True)`, importorskip) but never prints them as progress.
			const collectionSkips = this.reportedCounts.skipped - counts.skipped;
			if (
				collectionSkips > 0 &&
				mismatches.length === 1 &&
				mismatches[0]!.startsWith('skipped ')
			) {
				mismatches.length = 0;
				warnings.push({
					line: this.finalLineNumber ?? 0,
					message: `${collectionSkips} skipped at collection (module-level skips) are counted by pytest but not named in the log`,
				});
			}

			if (mismatches.length > 0) {
				isComplete = false;
				warnings.push({
					line: this.finalLineNumber ?? 0,
					message: `parsed outcomes disagree with pytest's final line: ${mismatches.join(', ')}`,
				});
			}
		} else {
			isComplete = false;
			warnings.push({
				line: this.lastLine,
				message:
					this.hasSessionStart || this.hasProgress
						? "log ends before pytest's final summary line: the run was killed or the log is truncated"
						: 'no pytest final summary line: this is not a whole run',
			});
		}

		if (
			!this.hasSessionStart &&
			!this.hasProgress &&
			this.firstLine !== undefined &&
			this.reportedCounts &&
			tests.length === 0 &&
			failures.length === 0
		) {
			// Only a final line: nothing to disagree with, but nothing was seen either.
			isComplete = false;
		}

		const header: RunHeader = {
			...(this.header.pytest && {pytest: this.header.pytest}),
			...(this.header.python && {python: this.header.python}),
			...(this.header.rootdir && {rootdir: this.header.rootdir}),
			...(this.header.plugins && {plugins: this.header.plugins}),
			...(this.header.collected !== undefined && {
				collected: this.header.collected,
			}),
			...(this.header.lastFailed && {lastFailed: true}),
			...(this.header.shard && {shard: this.header.shard}),
		};

		warnings.sort((a, b) => a.line - b.line);
		return {
			source: this.source,
			format: 'pytest',
			header,
			tests,
			failures,
			counts: this.reportedCounts ?? counts,
			...(this.reportedCounts && {reportedCounts: this.reportedCounts}),
			complete: isComplete,
			warnings,
		};
	}

	private internalErrorSummary(): Warning[] {
		if (this.internalErrors.length === 0) {
			return [];
		}

		const last =
			this.internalErrors.findLast(line => exceptionLike.test(line)) ??
			this.internalErrors.at(-1)!;
		return [
			{line: this.internalErrorLine, message: `pytest INTERNALERROR: ${last}`},
		];
	}

	private onRuleTitle(title: string, text: string, lineNumber: number): void {
		if (title === 'test session starts') {
			if (this.hasSessionStart || this.hasProgress || this.section !== 'none') {
				// A whole pytest session printed inside a test's output.
				this.nestedDepth++;
				this.appendToEntry(text);
				return;
			}

			this.hasSessionStart = true;
			return;
		}

		if (
			finalLinePattern.test(title) ||
			/^(?:no tests ran|\d+ \w+.*) in [\d.]+ ?s/.test(title)
		) {
			this.onFinalLine(title, lineNumber);
			return;
		}

		const section = sectionTitles[title];
		if (section === undefined && this.current) {
			// Inside a failure's report: a line of the test's own output (`==== DEBUG ====`).
			this.appendToEntry(text);
			return;
		}

		if (section === undefined && this.section === 'none') {
			// A banner a test printed under -s (`===== warming up =====`), or a plugin's section before
			// pytest's own: the progress lines may go on, so keep reading them.
			return;
		}

		this.finishEntry();
		this.pendingId = undefined;
		this.section = section ?? 'other';
	}

	private onFinalLine(text: string, lineNumber: number): void {
		const counts = parseFinalLine(text);
		if (!counts) {
			return;
		}

		this.finishEntry();
		this.reportedCounts = counts;
		this.finalLineNumber = lineNumber;
		this.section = 'other';
	}

	private onBang(title: string, lineNumber: number): void {
		if (
			/^stopping after \d+ failures?$/.test(title) ||
			title.startsWith('xdist.dsession.Interrupted: stopping after')
		) {
			this.stoppedEarly = {title, line: lineNumber};
			return;
		}

		if (/^\+* ?Timeout/.test(title)) {
			return;
		}

		this.finishEntry();
		this.interruption ??= {title, line: lineNumber};
	}

	private onPreambleOrProgress(text: string, lineNumber: number): void {
		if (!this.hasProgress) {
			const platform = platformLine.exec(text);
			if (platform) {
				this.header.python = platform[1];
				this.header.pytest = platform[2];
				return;
			}

			if (text.startsWith('rootdir: ')) {
				this.header.rootdir = text.slice('rootdir: '.length).split(', ')[0];
				return;
			}

			if (text.startsWith('plugins: ')) {
				this.header.plugins = text.slice('plugins: '.length).split(', ');
				return;
			}

			const kind = readSessionKind(text);
			if (kind) {
				Object.assign(this.header, kind);
				return;
			}

			const collected = collectedLine.exec(text);
			if (
				collected &&
				(text.startsWith('collect') ||
					text.startsWith('created') ||
					text.startsWith('['))
			) {
				this.header.collected = Number(collected[1]);
				return;
			}
		}

		const xdist =
			text.charCodeAt(0) === 91 /* [ */ ? xdistLine.exec(text) : null;
		if (xdist) {
			this.isXdist = true;
			this.hasProgress = true;
			this.hasVerbose = true;
			// Another worker's output can follow on the same line: the id ends at the first space outside brackets.
			const rest = stripPercent(xdist[2]!).trim();
			const end = findIdEnd(rest);
			this.onVerbose(
				end === -1 ? rest : rest.slice(0, end),
				xdist[1]!,
				lineNumber,
			);
			return;
		}

		const fastId = fastVerboseId(text);
		if (fastId !== undefined) {
			this.hasProgress = true;
			this.hasVerbose = true;
			this.pendingId = undefined;
			this.onVerbose(fastId, fastWord, lineNumber);
			return;
		}

		const verbose = parseVerboseLine(text);
		if (verbose) {
			this.hasProgress = true;
			this.hasVerbose = true;
			this.pendingId = undefined;
			this.onVerbose(verbose.id, verbose.word, lineNumber);
			return;
		}

		const beforeWorker = charsBeforeWorker.exec(text);
		if (beforeWorker) {
			// xdist -q: a worker's message (`[gw1] node down: …`) printed right after the progress letters.
			this.countChars(beforeWorker[1]!);
			return;
		}

		const withoutPercent = stripPercent(text);
		const hasPercent = withoutPercent.length !== text.length;
		if (charsOnly.test(withoutPercent)) {
			if (hasPercent || this.hasChars) {
				this.countChars(withoutPercent);
			} else if (!this.hasVerbose) {
				// `.sxFF` with no `[ NN%]`: -q output cut short by --maxfail or -x. Progress only if a
				// section or pytest's last line follows (see line()).
				this.pendingChars = withoutPercent;
			}

			return;
		}

		const fileChars = fileAndChars.exec(withoutPercent);
		if (
			fileChars &&
			(hasPercent || /\.(?:py|txt|rst|md)$/.test(fileChars[1]!))
		) {
			this.countChars(fileChars[2]!);
			return;
		}

		if (finalLinePattern.test(text)) {
			this.onFinalLine(text, lineNumber);
			return;
		}

		if (this.pendingId) {
			const trailing = trailingOutcome.exec(text);
			if (trailing) {
				this.onVerbose(this.pendingId, trailing[1]!, lineNumber);
				this.pendingId = undefined;
			}

			return;
		}

		if (this.hasVerbose || !this.hasChars) {
			// `-s`: `id ` printed, then the test's own output, the outcome later.
			const space = text.indexOf(' ');
			const candidate = space === -1 ? text : text.slice(0, space);
			if (
				candidate.includes('::') &&
				/^[\w./-]/.test(candidate) &&
				isBalanced(candidate)
			) {
				const trailing = trailingOutcome.exec(text.slice(candidate.length));
				if (trailing) {
					this.hasProgress = true;
					this.hasVerbose = true;
					this.onVerbose(candidate, trailing[1]!, lineNumber);
				} else {
					this.pendingId = candidate;
				}
			}
		}
	}

	private countChars(chars: string): void {
		this.hasProgress = true;
		this.hasChars = true;
		for (const char of chars) {
			const outcome = progressChars[char];
			if (outcome) {
				this.charCounts[outcome]++;
			}
		}
	}

	private stateOf(rawId: string): TestState {
		return this.tests.getOrAdd(this.normalizeId(rawId));
	}

	private onVerbose(rawId: string, word: string, _lineNumber: number): void {
		const outcome = outcomeWords[word]!;
		const id = this.normalizeId(rawId);
		// xdist completes tests out of order; a plain -v log names each test on adjacent lines.
		const state = this.isXdist
			? this.tests.getOrAdd(id)
			: this.tests.sequential(id);
		if (outcome === 'rerun') {
			state.reruns = (state.reruns ?? 0) + 1;
			if (state.outcome === 'passed') {
				// The call passed and its teardown failed: pytest counted that PASSED before the rerun.
				state.passedBeforeRerun++;
			}

			state.outcome = undefined;
			state.teardownError = false;
			return;
		}

		if (outcome === 'error' || outcome === 'failed') {
			this.onFailure?.(id, outcome);
		}

		if (outcome === 'error') {
			if (state.outcome && state.outcome !== 'error') {
				state.teardownError = true;
			} else if (state.outcome === 'error') {
				state.teardownError = true;
			} else {
				state.outcome = 'error';
				state.phase = 'setup';
			}

			return;
		}

		if (state.outcome === outcome && outcome !== 'failed') {
			// The same outcome twice in a row (a teardown report that is also XFAIL or SKIPPED):
			// pytest counts every report it prints.
			(state.repeatedReports ??= []).push(outcome);
			return;
		}

		state.outcome = outcome;
	}

	/** Node ids relative to the rootdir, whatever base a line printed them against. */
	private normalizeId(raw: string): string {
		const separator = raw.indexOf('::');
		const file = separator === -1 ? raw : raw.slice(0, separator);
		const rest = separator === -1 ? '' : raw.slice(separator);
		if (!file.startsWith('../') && !file.startsWith('/')) {
			// Idempotent: ids already made rootdir-relative pass through.
			return this.invocationPrefix && !raw.startsWith(this.invocationPrefix)
				? this.invocationPrefix + raw
				: raw;
		}

		const rootdir = this.header.rootdir
			?.replace(/^\/+/, '')
			.replace(/\/+$/, '');
		if (!rootdir) {
			return raw;
		}

		const stripped = file.replace(/^(?:\.\.\/)+/, '').replace(/^\/+/, '');
		if (stripped.startsWith(`${rootdir}/`)) {
			return stripped.slice(rootdir.length + 1) + rest;
		}

		return raw;
	}

	/**
pytest run from a subdirectory of its rootdir prints every id relative to that subdirectory
(`sub/test_x.py::t`), while node ids are relative to the rootdir (`tests/sub/test_x.py::t`). The
subdirectory shows where a report prints an absolute path under the rootdir (`ImportError while
importing test module '/repo/tests/sub/test_x.py'`) that ends with a file the log names: then every
id gets that prefix. One consistent prefix is required; anything else leaves the ids as printed.
*/
	private applyInvocationPrefix(): void {
		const rootdir = this.header.rootdir?.replace(/\/+$/, '');
		if (!rootdir?.startsWith('/')) {
			return;
		}

		const files = new Set<string>();
		for (const state of this.tests.order) {
			files.add(fileOfId(state.id));
		}

		for (const item of this.summaryItems) {
			files.add(fileOfId(item.rawId));
		}

		for (const entry of this.entries) {
			if (entry.kind === 'collect') {
				files.add(entry.name);
			}
		}

		const underRoot = `${rootdir}/`;
		let prefix: string | undefined;
		for (const entry of this.entries.slice(0, 200)) {
			for (const line of entry.traceback.slice(0, 30)) {
				let start = line.indexOf(underRoot);
				while (start !== -1) {
					const match = /^[^\s'":]+\.py/.exec(
						line.slice(start + underRoot.length),
					);
					if (match) {
						const relative = match[0];
						for (const file of files) {
							if (
								file.startsWith('../') ||
								file.startsWith('/') ||
								!relative.endsWith(`/${file}`)
							) {
								continue;
							}

							const found = relative.slice(0, relative.length - file.length);
							if (prefix !== undefined && prefix !== found) {
								return;
							}

							prefix = found;
						}
					}

					start = line.indexOf(underRoot, start + 1);
				}
			}
		}

		if (!prefix) {
			return;
		}

		for (const state of this.tests.order) {
			if (!state.id.startsWith('../') && !state.id.startsWith('/')) {
				state.id = prefix + state.id;
			}
		}

		this.tests.reindex();
		this.invocationPrefix = prefix;
	}

	private onEntryLine(text: string, lineNumber: number): void {
		const header =
			text.charCodeAt(0) === 95 /* _ */ ? entryHeader.exec(text) : null;
		const isOwnOutput =
			header !== null &&
			this.capturedTarget !== undefined &&
			this.ruleWidth !== undefined &&
			text.length !== this.ruleWidth &&
			header[1]!.length + 4 <= this.ruleWidth;
		if (header && !isOwnOutput && !/^[_ ]*$/.test(header[1]!)) {
			this.finishEntry();
			const title = header[1]!;
			let kind: EntryKind = 'failure';
			let name = title;
			const error = /^ERROR (at setup of|at teardown of|collecting) (.+)$/.exec(
				title,
			);
			if (error) {
				kind =
					error[1] === 'collecting'
						? 'collect'
						: error[1] === 'at setup of'
							? 'setup'
							: 'teardown';
				name = error[2]!;
			} else if (this.section === 'errors') {
				kind = 'setup';
			}

			this.current = {
				kind,
				name,
				startLine: lineNumber,
				traceback: [],
				captured: [],
			};
			this.capturedTarget = undefined;
			this.entries.push(this.current);
			return;
		}

		if (text.charCodeAt(0) === 45 /* - */) {
			const dash = dashTitle.exec(text);
			if (dash) {
				const title = dash[1]!;
				if (this.current && title.startsWith('Captured ')) {
					const lines: string[] = [];
					this.current.captured.push({name: title, lines});
					this.capturedTarget = lines;
					return;
				}

				if (
					title.startsWith('generated xml file') ||
					title.startsWith('generated report log file')
				) {
					this.finishEntry();
					return;
				}
			}
		}

		if (
			this.section === 'failures' &&
			(!this.current || this.current.kind === 'line')
		) {
			// --tb=line: no headers. pytest 7 prints one `path:line: message` per failure; pytest 9 prints
			// the E lines and captured output first and ends the entry with that line.
			const isXpassStrict = text.startsWith('[XPASS(strict)]');
			if (isXpassStrict && !this.current && this.pendingXpassEcho === text) {
				// pytest prints a strict XPASS's reason twice.
				this.pendingXpassEcho = undefined;
				return;
			}

			if (isXpassStrict || lineModePath.test(text)) {
				const entry = this.current ?? this.newLineEntry(lineNumber);
				entry.traceback.push(text);
				entry.lineText = text;
				this.pendingXpassEcho = isXpassStrict ? text : undefined;
				this.finishEntry();
				return;
			}

			this.current ??= this.newLineEntry(lineNumber);
		}

		if (!this.current) {
			return;
		}

		this.appendToEntry(text);
	}

	private newLineEntry(lineNumber: number): Entry {
		const entry: Entry = {
			kind: 'line',
			name: '',
			startLine: lineNumber,
			traceback: [],
			captured: [],
		};
		this.entries.push(entry);
		this.capturedTarget = undefined;
		return entry;
	}

	private appendToEntry(text: string): void {
		if (!this.current) {
			return;
		}

		(this.capturedTarget ?? this.current.traceback).push(text);
	}

	private finishEntry(): void {
		this.current = undefined;
		this.capturedTarget = undefined;
	}

	private onSummaryLine(text: string, lineNumber: number): void {
		const match = summaryLine.exec(text);
		if (!match) {
			if (finalLinePattern.test(text)) {
				this.onFinalLine(text, lineNumber);
			}

			return;
		}

		const word = match[1]!;
		const body = match[2]!;
		if (word === 'SKIPPED' && body.startsWith('[')) {
			// `SKIPPED [1] path:line: reason`: an aggregate with no test id.
			return;
		}

		if (word === 'XPASS') {
			const {id, message} = splitIdAndMessage(body);
			const space = message === undefined ? findIdEnd(id) : -1;
			const rawId = space === -1 ? id : id.slice(0, space);
			this.summaryItems.push({
				word,
				rawId,
				message: message ?? (space === -1 ? undefined : id.slice(space + 1)),
				line: lineNumber,
			});
			return;
		}

		const {id, message} = splitIdAndMessage(body);
		if (!this.hasVerbose && (word === 'FAILED' || word === 'ERROR')) {
			// -q and default verbosity name failures only here.
			this.onFailure?.(id, word === 'FAILED' ? 'failed' : 'error');
		}

		this.summaryItems.push({
			word,
			rawId: id,
			...(message !== undefined && {message}),
			line: lineNumber,
		});
	}

	/** Applies the short summary's outcomes to tests, mapping its invocation-relative paths to node ids. */
	private applySummary(): void {
		let bySuffix: Map<string, string[]> | undefined;
		const addSuffix = (id: string) => {
			if (!bySuffix) {
				return;
			}

			const key = suffixKey(id);
			const list = bySuffix.get(key);
			if (list) {
				list.push(id);
			} else {
				bySuffix.set(key, [id]);
			}
		};

		const suffixIndex = () => {
			if (!bySuffix) {
				bySuffix = new Map();
				for (const id of this.tests.keys()) {
					addSuffix(id);
				}
			}

			return bySuffix;
		};

		for (const item of this.summaryItems) {
			let id = this.normalizeId(item.rawId);
			if (!this.tests.has(id)) {
				const candidates = (suffixIndex().get(suffixKey(id)) ?? []).filter(
					known => pathsAgree(known, id),
				);
				if (candidates.length === 1) {
					id = candidates[0]!;
				}
			}

			const isNew = !this.tests.has(id);
			const state = this.stateOf(id);
			if (isNew) {
				addSuffix(state.id);
			}

			if (item.message !== undefined && item.word !== 'PASSED') {
				if (item.word === 'ERROR') {
					state.summaryErrorMessage = item.message;
				} else {
					state.summaryMessage = item.message;
				}
			}

			switch (item.word) {
				case 'PASSED': {
					state.outcome ??= 'passed';
					break;
				}

				case 'FAILED': {
					if (!state.outcome || state.outcome === 'passed') {
						state.outcome = 'failed';
					}

					break;
				}

				case 'XFAIL': {
					state.outcome ??= 'xfailed';
					break;
				}

				case 'XPASS': {
					state.outcome ??= 'xpassed';
					break;
				}

				case 'ERROR': {
					this.summaryErrors.push(state);
					break;
				}

				default: {
					break;
				}
			}
		}
	}

	/** Matches every FAILURES/ERRORS entry with the test report it describes (the `…Entry` fields). */
	private assignEntries(warnings: Warning[]): void {
		// Only tests that can own an entry are indexed: a million passed tests cost nothing here.
		const byKey = new Map<string, TestState[]>();
		const index = (state: TestState) => {
			const key = tailKey(state.id);
			const list = byKey.get(key);
			if (list) {
				list.push(state);
			} else {
				byKey.set(key, [state]);
			}
		};

		for (const state of this.tests.values()) {
			if (
				state.outcome === undefined ||
				state.outcome === 'failed' ||
				state.outcome === 'error' ||
				state.teardownError
			) {
				index(state);
			}
		}

		let isFullyIndexed = false;
		const candidatesOf = (key: string): TestState[] => {
			const found = byKey.get(key);
			if (found || isFullyIndexed) {
				return found ?? [];
			}

			// An entry for a test the progress lines called passed (a teardown error in -q mode): index the rest once.
			isFullyIndexed = true;
			for (const state of this.tests.values()) {
				if (!(
					state.outcome === undefined ||
					state.outcome === 'failed' ||
					state.outcome === 'error' ||
					state.teardownError
				)) {
					index(state);
				}
			}

			return byKey.get(key) ?? [];
		};

		const errorsWithEntry = new Set<TestState>();
		// Many files can hold a test of the same name: the traceback's own paths pick the file, by map lookups, not by scanning every candidate.
		const byFile = new Map<string, Map<string, TestState[]>>();
		const filesOf = (key: string): Map<string, TestState[]> => {
			let files = byFile.get(key);
			if (!files) {
				files = new Map();
				for (const state of candidatesOf(key)) {
					const file = fileOfId(state.id);
					const list = files.get(file);
					if (list) {
						list.push(state);
					} else {
						files.set(file, [state]);
					}
				}

				byFile.set(key, files);
			}

			return files;
		};

		const pick = (
			entry: Entry,
			slot: EntrySlot,
			accept: (state: TestState) => boolean,
		): TestState | undefined => {
			const key = headerKey(entry.name);
			const all = candidatesOf(key);
			if (all.length <= 8) {
				const open = all.filter(state => state[slot] === undefined);
				const fitting = open.filter(accept);
				const pool = fitting.length > 0 ? fitting : open;
				if (pool.length <= 1) {
					return pool[0];
				}

				const text = entry.traceback.join('\n');
				return (
					pool.find(state => text.includes(fileOfId(state.id))) ??
					pool.find(state =>
						text.includes(fileOfId(state.id).split('/').pop()!),
					) ??
					pool[0]
				);
			}

			const files = filesOf(key);
			let byPath: TestState | undefined;
			for (const line of entry.traceback) {
				const frame = tracebackPath.exec(line);
				if (!frame) {
					continue;
				}

				// `tests/a/test_x.py`, or an absolute path ending in it.
				let path = frame[1]!;
				while (true) {
					const open = (files.get(path) ?? []).filter(
						state => state[slot] === undefined,
					);
					const fitting = open.find(accept);
					if (fitting) {
						return fitting;
					}

					byPath ??= open[0];
					const slash = path.indexOf('/');
					if (slash === -1) {
						break;
					}

					path = path.slice(slash + 1);
				}
			}

			// A setup error's traceback runs through fixtures, not the test file: any test of that name that fits.
			const open = all.filter(state => state[slot] === undefined);
			return open.find(accept) ?? byPath ?? open[0];
		};

		const summaryErrorSet = new Set(this.summaryErrors);
		const lineEntries: Entry[] = [];
		for (const entry of this.entries) {
			switch (entry.kind) {
				case 'line': {
					// A draft that never reached its `path:line:` line is not an entry (text before the first header).
					if (entry.lineText !== undefined) {
						lineEntries.push(entry);
					}

					break;
				}

				case 'collect': {
					const state = this.stateOf(this.resolveCollectPath(entry.name));
					if (!state.outcome || state.outcome === 'error') {
						state.outcome = 'error';
						state.phase = 'collect';
					}

					state.errorEntry = entry;
					errorsWithEntry.add(state);
					break;
				}

				case 'setup': {
					const slot = 'errorEntry';
					const state =
						pick(
							entry,
							slot,
							candidate =>
								candidate.outcome === 'error' ||
								candidate.outcome === undefined,
						) ?? this.guessState(entry, warnings);
					if (!state.outcome || state.outcome === 'error') {
						state.outcome = 'error';
						state.phase = 'setup';
					} else {
						// An error entry for a test whose main outcome is known: pytest's "setup" error on an already-reported test is a teardown one.
						state.teardownError = true;
						state.teardownEntry = entry;
						errorsWithEntry.add(state);
						break;
					}

					state[slot] = entry;
					errorsWithEntry.add(state);
					break;
				}

				case 'teardown': {
					const slot = 'teardownEntry';
					const state =
						pick(
							entry,
							slot,
							// Known from a -v ERROR line, or a short-summary ERROR line of a test that did not error at setup.
							candidate =>
								candidate.teardownError ||
								(summaryErrorSet.has(candidate) &&
									candidate.outcome !== 'error'),
						) ?? this.guessState(entry, warnings);
					if (state.outcome === undefined) {
						// Only the teardown is known; its main outcome comes from progress counts.
						state.outcome = 'passed';
					}

					state.teardownError = true;
					state[slot] = entry;
					errorsWithEntry.add(state);
					break;
				}

				case 'failure': {
					const slot = 'failedEntry';
					// xdist: a crashed worker's report is headed by the file and names the test in its text.
					const crashed = entry.name.endsWith('.py')
						? entry.traceback
								.map(line => workerCrash.exec(line)?.[1])
								.find(id => id !== undefined)
						: undefined;
					const state =
						(crashed === undefined ? undefined : this.stateOf(crashed)) ??
						pick(entry, slot, candidate => candidate.outcome === 'failed') ??
						this.guessState(entry, warnings);
					if (state.outcome !== 'failed') {
						state.outcome = 'failed';
					}

					state[slot] = entry;
					break;
				}
			}
		}

		// Summary ERROR lines without an ERRORS entry: a setup error unless the test already has an outcome.
		for (const state of this.summaryErrors) {
			if (errorsWithEntry.has(state)) {
				continue;
			}

			if (!state.outcome || state.outcome === 'error') {
				state.outcome = 'error';
				if (!state.id.includes('::')) {
					state.phase = 'collect';
				} else if (state.phase === 'call') {
					state.phase = 'setup';
				}
			} else {
				state.teardownError = true;
			}
		}

		// --tb=line: entries carry no id; they follow the order of the failed reports.
		if (lineEntries.length > 0) {
			const failed = [...this.tests.values()].filter(
				state => state.outcome === 'failed' && state.failedEntry === undefined,
			);
			for (const [index, entry] of lineEntries.entries()) {
				const state = failed[index];
				if (state) {
					state.failedEntry = entry;
				} else {
					warnings.push({
						line: entry.startLine,
						message: `a --tb=line failure with no test id in the log: ${entry.lineText ?? ''}`,
					});
				}
			}
		}
	}

	private resolveCollectPath(name: string): string {
		const normalized = this.normalizeId(name);
		if (this.tests.has(normalized)) {
			return normalized;
		}

		for (const id of this.tests.keys()) {
			if (
				!id.includes('::') &&
				(id.endsWith(`/${normalized}`) || normalized.endsWith(`/${id}`))
			) {
				return id;
			}
		}

		return normalized;
	}

	/** An entry whose test no other line names (`-rN`, or a truncated log): the id comes from the traceback. */
	private guessState(entry: Entry, warnings: Warning[]): TestState {
		const name = headerKey(entry.name);
		const bracket = name.indexOf('[');
		const head = bracket === -1 ? name : name.slice(0, bracket);
		const tail =
			head.replaceAll('.', '::') + (bracket === -1 ? '' : name.slice(bracket));
		const testName = head.split('.').pop()!;
		let file: string | undefined;
		for (const line of entry.traceback) {
			const frame = /^(\S+?\.py):\d+: in (\S+)/.exec(line);
			if (frame?.[2] === testName) {
				file = frame[1];
				break;
			}

			const long = /^(\S+?\.py):\d+: /.exec(line);
			if (long && !file) {
				file = long[1];
			}
		}

		const id = file ? `${this.normalizeId(file)}::${tail}` : tail;
		warnings.push({
			line: entry.startLine,
			message: `no progress or summary line names "${entry.name}"; its node id was rebuilt as ${id}`,
		});
		return this.stateOf(id);
	}

	private makeFailure(
		state: TestState,
		outcome: 'failed' | 'error',
		phase: Phase,
		entry: Entry | undefined,
	): Failure {
		const file = fileOfId(state.id);
		if (!entry) {
			const message =
				outcome === 'error'
					? (state.summaryErrorMessage ?? state.summaryMessage)
					: state.summaryMessage;
			const described = message
				? describeTraceback([`E   ${message}`])
				: undefined;
			return {
				id: state.id,
				file,
				outcome,
				phase,
				headline: described?.headline ?? '(no traceback in the log)',
				...(described?.exceptionType && {
					exceptionType: described.exceptionType,
				}),
				traceback: '',
				captured: [],
			};
		}

		const captured: CapturedSection[] = entry.captured.map(section => ({
			name: section.name,
			text: trimBlank(section.lines).join('\n'),
		}));
		const tracebackLines = trimBlank(entry.traceback);
		if (entry.kind === 'line' && entry.lineText) {
			const match = lineModeEntry.exec(entry.lineText);
			const message = match?.[3] ?? entry.lineText;
			const described = describeTraceback([`E   ${message}`]);
			return {
				id: state.id,
				file,
				outcome,
				phase,
				headline: described.headline,
				...(described.exceptionType && {
					exceptionType: described.exceptionType,
				}),
				traceback: tracebackLines.join('\n'),
				captured,
				...(match && {location: {path: match[1]!, line: Number(match[2])}}),
				logLine: entry.startLine,
			};
		}

		const described = describeTraceback(tracebackLines);
		return {
			id: state.id,
			file,
			outcome,
			phase,
			headline:
				described.headline ||
				(outcome === 'error'
					? state.summaryErrorMessage
					: state.summaryMessage) ||
				'(no message)',
			...(described.exceptionType && {exceptionType: described.exceptionType}),
			traceback: tracebackLines.join('\n'),
			captured,
			...(described.location && {location: described.location}),
			logLine: entry.startLine,
		};
	}
}

/** In `XPASS id reason` (no ` - `), where the id ends. */
function findIdEnd(text: string): number {
	let depth = 0;
	// eslint-disable-next-line unicorn/no-for-loop -- the index is the result
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '[') {
			depth++;
		} else if (char === ']') {
			depth--;
		} else if (char === ' ' && depth === 0) {
			return index;
		}
	}

	return -1;
}

function suffixKey(id: string): string {
	const separator = id.indexOf('::');
	const file = separator === -1 ? id : id.slice(0, separator);
	const base = file.slice(file.lastIndexOf('/') + 1);
	return base + (separator === -1 ? '' : id.slice(separator));
}

/** Whether two ids' file paths can be the same file seen from two directories. */
function pathsAgree(a: string, b: string): boolean {
	const fileA = fileOfId(a).replace(/^(?:\.\.\/)+/, '');
	const fileB = fileOfId(b).replace(/^(?:\.\.\/)+/, '');
	return (
		fileA === fileB ||
		fileA.endsWith(`/${fileB}`) ||
		fileB.endsWith(`/${fileA}`)
	);
}

function trimBlank(lines: readonly string[]): string[] {
	let start = 0;
	let end = lines.length;
	while (start < end && lines[start]!.trim() === '') {
		start++;
	}

	while (end > start && lines[end - 1]!.trim() === '') {
		end--;
	}

	return lines.slice(start, end);
}
