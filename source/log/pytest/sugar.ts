/**
pytest-sugar's output (on a terminal, or with `--force-sugar`) told in pytest's own shapes. Sugar replaces the whole
terminal report: its banner is `Test session starts (platform: …, pytest-sugar 0.9.6)`; its progress lines are redrawn
in place (` tests/test_a.py ✓✓⨯   43% ████`, or ` tests/test_a.py::test_b ✓   7% ▊` under `-v`) with symbols for
letters; each failure's report is printed as the test fails, headed by a rule of `―` (`―――― test_b ――――`, `――――
ERROR at setup of test_c ――――`), and there is no FAILURES or ERRORS section; pytest's short summary follows, but it
says `FAILED` for setup and teardown errors too; the counts are its `Results (0.13s):` block, one outcome a line
(`      6 passed`, `      2 error`), never pytest's final line.

`SugarLines` reads each line first, and has the parser read what pytest would have printed in its place (a `-v` line,
`path letters`, a FAILURES entry's header, a short summary line with the right word, the final line). Sugar draws no
symbol for a setup or teardown error, nor for a passing call whose teardown error's report was printed over it: its
letters never count every report, and the counts are its `Results`.
*/
import {headerKey, tailKey} from './ids.js';

/** Sugar's banner, which replaces pytest's `test session starts` rule: after a session's end, it starts the next one. */
export const sugarBanner =
	/^Test session starts \(platform: .+, pytest-sugar [\w.+-]+\)$/;
/** A progress line as sugar draws it: ` path[::name] SYMBOLS   NN% bar`. */
const sugarProgress =
	/^ (\S(?:.*\S)?) ([\u2713\u2A2F\u2093sxXR?]+) +(\d{1,3})% [ \u2588-\u258F]*$/u;
/** A report's header: a rule of U+2015 around its title. */
const sugarHeader = /^\u2015+ (.+) \u2015+$/u;
/**
xdist's `-v` line under sugar, which names the test by its file only (`[gw0] PASSED tests/test_a.py `), then sugar's
own line for the test, drawn after the cursor moved back up (` tests/test_a.py::test_b ✓   7% ▊`), or nothing.
*/
const workerPrefix = /^\[gw\d+] [A-Za-z]+ [^\s:]+ (?= |$)/;
const resultsTitle = /^Results \((\d+(?:\.\d+)?)s\):$/;
const resultsCount =
	/^ +(\d+) (passed|xpassed|failed|error|xfailed|skipped|rerun|deselected)$/;
const resultsTest = /^ {9}- \S/;
const summaryTitle = /^=+ short test summary info =+$/;
/**
Sugar's symbols as pytest's own reporter draws them, when another plugin's (pytest-instafail's) replaced sugar's: no
banner, no `Results`, the symbols as `-q` letters (`✓✓⨯`, `s✓   [100%]`), a letter for each passing setup and teardown.
*/
const symbolsOnly =
	/^([\u2713\u2A2F\u2093sxXR]*[\u2713\u2A2F\u2093][\u2713\u2A2F\u2093sxXR]*)( +\[ *\d{1,3}%\])?$/u;
const ruleHeader = /^_+ (.+) _+$/;
/** pytest's `-v` line saying `FAILED`, xdist's (`[gw1] [ 57%] FAILED id`) or its own (`id FAILED   [ 64%]`). */
const verboseFailed =
	/^(?:(\[gw\d+] \[ *\d{1,3}%] )FAILED (\S+::.+?) ?|(\S+::\S.*) FAILED( +\[ *\d{1,3}%]))$/;
/** A `-v` line's word and test, xdist's (`[gw1] [ 57%] PASSED id`) or pytest's own (`id SKIPPED (why)   [ 78%]`). */
const verboseWord =
	/^(?:\[gw\d+] \[ *\d{1,3}%] ([A-Za-z]+) (\S+::.+?) ?|(\S+::\S.*?) ([A-Za-z]+)(?: \(.*\))? +\[ *\d{1,3}%])$/;
/** Sugar's `xfail` for pytest's `XFAIL` in a `-v` line. */
const verboseXfail = /^(\[gw\d+] \[ *\d{1,3}%] |\S+::\S.*? )xfail(?= |$)/;
const errorTitle = /^ERROR (?:at (?:setup|teardown) of|collecting) (.+)$/;

const symbolLetters: Record<string, string> = {
	'\u2713': '.', // ✓
	'\u2A2F': 'F', // ⨯
	'\u2093': 'E', // ₓ
	s: 's',
	x: 'x',
	X: 'X',
	R: 'R',
};

const verboseWords: Record<string, string> = {
	'.': 'PASSED',
	F: 'FAILED',
	E: 'ERROR',
	s: 'SKIPPED',
	x: 'XFAIL',
	X: 'XPASS',
	R: 'RERUN',
};

/** The order of the outcomes in pytest's final line. */
const finalOrder = [
	'failed',
	'passed',
	'skipped',
	'deselected',
	'xfailed',
	'xpassed',
	'error',
	'rerun',
];

type SugarLine =
	| {kind: 'progress'; lines: string[]}
	| {kind: 'header'; text: string}
	| {kind: 'summary'; text: string}
	| {kind: 'summary title'}
	| {kind: 'skip'};

/** What the parser does for sugar's lines. */
export type SugarTarget = {
	/** Sugar's banner: the session started, and its letters will not name every report. */
	readonly startSession: () => void;
	/** Sugar's statuses are in pytest's own lines: the final line counts its categories. */
	readonly readStatuses: () => void;
	/** A report among the progress lines, headed as a FAILURES entry (`inline-reports.ts`). */
	readonly startReport: (header: string, lineNumber: number) => void;
	/** pytest's short summary title, right after the progress lines. */
	readonly startSummary: (title: string) => void;
	/** A line as pytest would have printed it. */
	readonly read: (text: string, lineNumber: number) => void;
	readonly finalLine: (text: string, lineNumber: number) => void;
};

export class SugarLines {
	readonly #target: SugarTarget;
	#isSugar = false;
	/**
	The session header's `plugins:` line names sugar, or (`-q`, no header) the log starts with its symbols;
	`#hasStatuses`: its symbols are pytest's own progress.
	*/
	#isLoaded = false;
	#isFirst = true;
	/** A `-v` line saying `FAILED`, held back for the next line (`#afterFailed`), and the line told in its place. */
	#heldFailed: string | undefined;
	#told: string | undefined;
	/** Tests whose `-v` line told a setup error, a skip or an xfail: a later `PASSED` (their teardown's) is no outcome. */
	readonly #decided = new Set<string>();
	#hasStatuses = false;
	/** The letters already told for each file's line (default verbosity), since the last report. */
	readonly #letters = new Map<string, string>();
	/** The last `-v` line told, redrawn as the bar grows, and its letters. */
	#lastVerbose: {where: string; letters: string} | undefined;
	/** How many `ERROR at … of TITLE` headers each title had, not yet matched by a short summary line. */
	readonly #errorTitles = new Map<string, number>();
	#isInSummary = false;
	#collectErrors = 0;
	#results: {seconds: string; counts: Map<string, number>} | undefined;

	constructor(target: SugarTarget) {
		this.#target = target;
	}

	/** The session header named sugar: its words may be in pytest's own lines, which are read as text. */
	get isLoaded(): boolean {
		return this.#isLoaded;
	}

	/** Sugar's `Results` block has begun: it is the session's final line, and the session is over. */
	get hasResults(): boolean {
		return this.#results !== undefined;
	}

	/** A line of the log: true when it was sugar's own, and was read as what pytest prints in its place. */
	line(text: string, lineNumber: number): boolean {
		const sugar = this.#translate(text);
		if (sugar === undefined) {
			// The line after sugar's `Results` block.
			this.finish(lineNumber);
			return false;
		}

		switch (sugar.kind) {
			case 'skip': {
				break;
			}

			case 'header': {
				this.#target.startReport(sugar.text, lineNumber);
				break;
			}

			case 'summary title': {
				this.#target.startSummary(text);
				break;
			}

			case 'progress': {
				for (const line of sugar.lines) {
					this.#target.read(line, lineNumber);
				}

				break;
			}

			default: {
				this.#target.read(sugar.text, lineNumber);
			}
		}

		return true;
	}

	/** The log ended, or sugar's `Results` block did: its counts are pytest's final line. */
	finish(lineNumber: number): void {
		const held = this.#heldFailed;
		if (held !== undefined) {
			this.#heldFailed = undefined;
			this.#told = held;
			this.#target.read(held, lineNumber);
		}

		const final = this.#takeFinalLine();
		if (final !== undefined) {
			this.#target.finalLine(final, lineNumber);
		}
	}

	/** What pytest would have printed for this line, or undefined when it is not sugar's own. */
	#translate(text: string): SugarLine | undefined {
		if (!this.#isSugar) {
			if (sugarBanner.test(text)) {
				this.#isSugar = true;
				this.#target.startSession();
				return {kind: 'skip'};
			}

			if (text.startsWith('plugins: ')) {
				this.#isLoaded = /[ ,]sugar-\d/.test(text);
			}

			const isFirst = this.#isFirst && text.length > 0;
			this.#isFirst &&= text.length === 0;
			return this.#isLoaded || this.#hasStatuses || isFirst
				? this.#statusLine(text)
				: undefined;
		}

		if (this.#results) {
			const count = resultsCount.exec(text);
			if (count) {
				const word = count[2]!;
				this.#results.counts.set(
					word,
					(this.#results.counts.get(word) ?? 0) + Number(count[1]),
				);
				return {kind: 'skip'};
			}

			if (resultsTest.test(text)) {
				return {kind: 'skip'};
			}

			return undefined;
		}

		const results = resultsTitle.exec(text);
		if (results) {
			this.#results = {seconds: results[1]!, counts: new Map()};
			return {kind: 'skip'};
		}

		const header = sugarHeader.exec(text);
		if (header) {
			const title = header[1]!;
			const error = errorTitle.exec(title);
			if (error) {
				// Sugar's Results never counts a collection error; pytest does.
				this.#collectErrors += title.startsWith('ERROR collecting ') ? 1 : 0;
				const key = headerKey(error[1]!);
				this.#errorTitles.set(key, (this.#errorTitles.get(key) ?? 0) + 1);
			}

			this.#letters.clear();
			this.#lastVerbose = undefined;
			return {kind: 'header', text: text.replaceAll('\u2015', '_')};
		}

		const worker = workerPrefix.exec(text);
		if (worker) {
			// The file names no test: only sugar's line after it does.
			const rest = text.slice(worker[0].length);
			return rest === ''
				? {kind: 'skip'}
				: (this.#translate(rest) ?? {kind: 'skip'});
		}

		const progress = sugarProgress.exec(text);
		if (progress) {
			return this.#progress(progress[1]!, progress[2]!, progress[3]!);
		}

		if (summaryTitle.test(text)) {
			// Sugar prints no FAILURES section: its short summary follows the progress and the reports printed there.
			this.#isInSummary = true;
			return {kind: 'summary title'};
		}

		return this.#isInSummary ? this.#summaryLine(text) : undefined;
	}

	/**
	Sugar's statuses under pytest's own reporter: its symbols are the progress letters, and the short summary says
	`FAILED` for a test whose report (pytest's own rule around `ERROR at setup of …`) was an error, as under sugar's.
	*/
	#statusLine(text: string): SugarLine | undefined {
		const symbols = symbolsOnly.exec(text);
		if (symbols) {
			this.#setStatuses();
			const letters = [...symbols[1]!]
				.map(symbol => symbolLetters[symbol] ?? '')
				.join('');
			return {kind: 'progress', lines: [letters + (symbols[2] ?? '')]};
		}

		const held = this.#heldFailed;
		if (held !== undefined) {
			return this.#afterFailed(held, text);
		}

		if (this.#isLoaded && text !== this.#told) {
			// `-v`: sugar's words in pytest's `-v` lines (its `xfail`, and its `FAILED` for a setup or teardown error,
			// which the next line, the error's report under instafail, tells).
			if (verboseFailed.test(text)) {
				this.#heldFailed = text;
				return {kind: 'skip'};
			}

			const verbose = this.#hasStatuses && verboseWord.exec(text);
			if (verbose) {
				const word = verbose[1] ?? verbose[4]!;
				const id = verbose[2] ?? verbose[3]!;
				if (word === 'PASSED' && this.#decided.has(id)) {
					return {kind: 'skip'};
				}

				if (word === 'SKIPPED' || word === 'xfail') {
					this.#decided.add(id);
				}
			}

			const xfail = verboseXfail.exec(text);
			if (xfail) {
				this.#setStatuses();
				const told = `${xfail[1]!}XFAIL${text.slice(xfail[0].length)}`;
				return {kind: 'summary', text: told};
			}
		}

		this.#told = undefined;
		if (!this.#hasStatuses) {
			return undefined;
		}

		const error = errorTitle.exec(ruleHeader.exec(text)?.[1] ?? '');
		if (error) {
			const key = headerKey(error[1]!);
			this.#errorTitles.set(key, (this.#errorTitles.get(key) ?? 0) + 1);
		} else if (summaryTitle.test(text)) {
			this.#isInSummary = true;
		} else if (this.#isInSummary) {
			return this.#summaryLine(text);
		}

		return undefined;
	}

	#setStatuses(): void {
		if (!this.#hasStatuses) {
			this.#hasStatuses = true;
			this.#target.readStatuses();
		}
	}

	/** A `-v` line held back, saying `FAILED`: an error when the report right after it is headed `ERROR at … of` it. */
	#afterFailed(held: string, text: string): SugarLine {
		this.#heldFailed = undefined;
		const failed = verboseFailed.exec(held)!;
		const id = failed[2] ?? failed[3]!;
		const title = errorTitle.exec(ruleHeader.exec(text)?.[1] ?? '')?.[1];
		let told = held;
		if (title !== undefined && headerKey(title) === tailKey(id)) {
			this.#setStatuses();
			if (text.includes(' ERROR at setup of ')) {
				this.#decided.add(id);
			}

			told =
				failed[1] === undefined
					? `${id} ERROR${failed[4]!}`
					: `${failed[1]}ERROR ${id} `;
		}

		// Read as it is told now, not held again.
		this.#told = told;
		return {kind: 'progress', lines: [told, text]};
	}

	/** The final line pytest would have printed, once sugar's `Results` block was read (and then only once). */
	#takeFinalLine(): string | undefined {
		const results = this.#results;
		if (results === undefined) {
			return undefined;
		}

		this.#results = undefined;
		if (this.#collectErrors > 0) {
			results.counts.set(
				'error',
				(results.counts.get('error') ?? 0) + this.#collectErrors,
			);
		}

		const parts = finalOrder
			.filter(word => (results.counts.get(word) ?? 0) > 0)
			.map(word => {
				const count = results.counts.get(word)!;
				return `${count} ${word === 'error' ? (count === 1 ? 'error' : 'errors') : word}`;
			});
		return `${parts.length > 0 ? parts.join(', ') : 'no tests ran'} in ${results.seconds}s`;
	}

	#progress(where: string, symbols: string, percent: string): SugarLine {
		const letters = [...symbols]
			.map(symbol => symbolLetters[symbol] ?? '')
			.join('');
		if (where.includes('::')) {
			// `-v`: one line a test, redrawn as its bar grows and with each report (`R✓`: a rerun, then a pass).
			const told =
				where === this.#lastVerbose?.where ? this.#lastVerbose.letters : '';
			this.#lastVerbose = {where, letters};
			const id = idOfLocation(where);
			return {
				kind: 'progress',
				lines: [...newLetters(told, letters)].map(
					letter => `${id} ${verboseWords[letter]!} [${percent.padStart(3)}%]`,
				),
			};
		}

		// A file's line, redrawn with each new letter: only the letters not told yet.
		const added = newLetters(this.#letters.get(where) ?? '', letters);
		this.#letters.set(where, letters);
		return {kind: 'progress', lines: added ? [`${where} ${added}`] : []};
	}

	/**
	Sugar's short summary says `FAILED` for a test whose report was headed `ERROR at setup of …`: an error. Under `-rA`
	it says `PASSED` for every passing report, setup and teardown too (a skipped or failed test's): those lines tell
	nothing. It says `xfail` for pytest's `XFAIL`.
	*/
	#summaryLine(text: string): SugarLine | undefined {
		if (text.startsWith('PASSED ')) {
			return {kind: 'skip'};
		}

		if (text.startsWith('xfail ')) {
			return {kind: 'summary', text: `XFAIL ${text.slice('xfail '.length)}`};
		}

		const id = /^FAILED (\S+?::\S.*?|\S+)(?: - .*)?$/.exec(text)?.[1];
		if (id === undefined) {
			return undefined;
		}

		const title = tailKey(id);
		const errors = this.#errorTitles.get(title) ?? 0;
		if (errors === 0) {
			return undefined;
		}

		this.#errorTitles.set(title, errors - 1);
		return {kind: 'summary', text: `ERROR ${text.slice('FAILED '.length)}`};
	}
}

/** The letters of a line redrawn after `told`: those added, or all of them on a new line. */
function newLetters(told: string, letters: string): string {
	return letters.startsWith(told) ? letters.slice(told.length) : letters;
}

/**
A `-v` line's test as sugar names it: pytest's location, whose classes and test are joined by dots
(`tests/test_a.py::TestCart.test_add[a.b]`), made a node id (`tests/test_a.py::TestCart::test_add[a.b]`).
*/
function idOfLocation(location: string): string {
	const split = location.indexOf('::');
	const bracket = location.indexOf('[', split);
	const end = bracket === -1 ? location.length : bracket;
	return (
		location.slice(0, split + 2) +
		location.slice(split + 2, end).replaceAll('.', '::') +
		location.slice(end)
	);
}
