/**
The lines `--setup-show`, `--setup-plan` and `--setup-only` print for the test just named (`verbose-line.ts` reads
the rest of a `-v` line).
*/
import {SubtestLetters, type SubtestOutcome} from './subtest-letters.js';

/** `--setup-plan`/`--setup-only`'s line for the test just named, with nothing after it: `        id (fixtures used: a, b)`, or `        id` when it uses none. */
export function isPlanLine(text: string, id: string): boolean {
	if (!text.startsWith(' ')) {
		return false;
	}

	const trimmed = text.trimStart();
	return (
		trimmed === id ||
		(trimmed.endsWith(')') && trimmed.startsWith(`${id} (fixtures used: `))
	);
}

/** `--setup-show`'s line of a fixture (`      SETUP    C name`, `        TEARDOWN F name`) or the plan line of the test just named. */
export function isSetupShowLine(text: string, id: string): boolean {
	return fixtureLine.test(text) || isPlanLine(text, id);
}

const endsWithOutcome =
	/(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)(?: \(.*\))?(?:\s+\[\s*\d+(?:%|\/\d+)])?\s*$/;

/**
`-v --setup-show` (pytest 8+): the test just named (`id `) gets its outcome on a line indented like its fixtures'
`SETUP`/`TEARDOWN` lines, `        id (fixtures used: a, b) FAILED` (pytest 7.2 glues the word: `…b)FAILED`, read as
output after the id, whose last outcome word is the test's). That line without its indent, to be read as a
`-v` line; any other line as it is.
*/
export function withoutSetupShowIndent(
	text: string,
	pendingId: string | undefined,
): string {
	if (pendingId === undefined || text.charCodeAt(0) !== 32 /* space */) {
		return text;
	}

	const trimmed = text.trimStart();
	// pytest 7.2 and 9 glue the first subtest's report to the line: `id (fixtures used: subtests)SUBFAIL`.
	const subtest = trimmed.startsWith(`${pendingId} `)
		? gluedSubtest.exec(trimmed.slice(pendingId.length))
		: null;
	if (subtest) {
		return `${pendingId} ${subtest[1]!}`;
	}

	return trimmed.startsWith(`${pendingId} `) && endsWithOutcome.test(trimmed)
		? trimmed
		: text;
}

/** What follows the id on a test's `--setup-show` line with its first subtest's report glued (pytest-subtests' `SUBFAIL`, pytest 9's `SUBFAILED[msg] (k=1)`). */
const gluedSubtest =
	/^ \(fixtures used: [\w, ]+\)(SUB(?:PASSED|FAILED|SKIPPED|XFAIL|PASS|FAIL|SKIP)(?:$|[[( ].*))$/;

/** `        id (fixtures used: a, b)`, with what follows the parenthesis (a progress letter under `--setup-show`). */
const planWithFixtures =
	/^ {8}(?! |SETUP |TEARDOWN )(.+?) \(fixtures used: [\w, ]+\)(.*)$/;
/** `        id`, a test that uses no fixture, with a progress letter glued to it under `--setup-show`. */
const planBare = /^ {8}(?! |SETUP |TEARDOWN )(\S.*)$/;
const letterAfterPlan = /^[.FEsxXR]$/;
/** The letters a line ends with: under `--setup-show` the call's, then those of later tests that printed no line. */
const trailingLetters = /[.FEsxXR]+$/;
/** A fixture's `SETUP`/`TEARDOWN` line: its indent and scope, and the rest (name, parameter, fixtures used, letters). */
const fixtureLine = /^( *)(SETUP {3}|TEARDOWN) ([SPMCF]) (.+)$/;
const lettersOnly = /^[.FEsxXR]+$/;
/** Letters glued after a test's `(fixtures used: …)`: its subtests' (`subtest-letters.ts`), then `lettersOnly`. */
const afterFixtures = /^[u,y-]*[.FEsxXR]+$/;
/** A call's letter, and the word a `-v` line would say for it. */
const callWords: Record<string, string> = {
	'.': 'PASSED',
	F: 'FAILED',
	s: 'SKIPPED',
	x: 'XFAIL',
	X: 'XPASS',
};

/**
What a line of `QuietPlan` says: the tests it names (`-v` words: a planned test's is `PASSED`, as its XML says), how
many of them were planned (pytest counts none), the progress letters to count.
*/
export type PlanLine = {
	readonly reports: ReadonlyArray<readonly [id: string, word: string]>;
	readonly planned: number;
	readonly letters: string;
	/** The test's subtests' reports its line's letters show (`subtest-letters.ts`), before its `reports`. */
	readonly subtests?: ReadonlyArray<
		readonly [id: string, outcome: SubtestOutcome]
	>;
};

/** Where a plan line's reports go (`VerboseReports`). */
type PlanReports = {
	verbose(rawId: string, word: string): void;
	subtest(rawId: string, outcome: SubtestOutcome, description: undefined): void;
};

const planned = (ids: readonly string[]) =>
	ids.map(id => [id, 'PASSED'] as const);

/**
`--setup-plan`, `--setup-only` and `--setup-show` under `-q` and at the default verbosity: no `-v` line, but each
test whose setup passed is named on its plan line, `        id (fixtures used: a, b)`, or `        id` when it uses
none, and the progress letters come glued to the line pytest was writing. Under `--setup-plan`/`--setup-only` no call
runs and no letter follows a plan line but a later test's, skipped or failing at setup; the XML calls each planned
test passed. Under `--setup-show` each plan line ends with its call's letter (`…(fixtures used: db)F`,
`        tests/test_a.py::test_b.`). A fixture's setup error and a teardown's come glued to its `SETUP` or `TEARDOWN`
line (`SETUP    F brokenE`), as does a test's skip at setup: the two lines of one fixture say which letters are not
its name. A bare id ending like a letter (`::test_process`) waits until another line says which mode it is (`take`);
if none does, it is not named.
*/
export class QuietPlan {
	/** A plan line's reports, its failed subtests' first, as pytest wrote them. */
	static addReports(plan: PlanLine, reports: PlanReports): void {
		for (const [id, outcome] of plan.subtests ?? []) {
			reports.subtest(id, outcome, undefined);
		}

		for (const [id, word] of plan.reports) {
			reports.verbose(id, word);
		}
	}

	private mode: 'plan' | 'show' | undefined;
	private readonly subtests = new SubtestLetters();
	/** The session printed pytest's banner: not `-q` (`SubtestLetters.split`). */
	private readonly hasBanner: () => boolean;
	private readonly waiting: string[] = [];
	/** The fixtures set up and not yet torn down: indent and scope, and the rest of their `SETUP` line. */
	private readonly setUp: Array<{readonly key: string; readonly rest: string}> =
		[];

	constructor(hasBanner: () => boolean = () => true) {
		this.hasBanner = hasBanner;
	}

	/** `--setup-show`'s plan lines were read: the tests ran, and no `[100%]` ends their progress. */
	get isShowing(): boolean {
		return this.mode === 'show';
	}

	/**
	What a line says; undefined when it is no plan or fixture line of these options. `isId`: whether a text may be a
	node id.
	*/
	line(text: string, isId: (id: string) => boolean): PlanLine | undefined {
		const fixture = fixtureLine.exec(text);
		if (fixture) {
			return {reports: [], planned: 0, letters: this.fixture(fixture)};
		}

		if (text.charCodeAt(8) === 32 || !text.startsWith('        ')) {
			return undefined;
		}

		const withFixtures = planWithFixtures.exec(text);
		if (withFixtures) {
			const [, id, after] = withFixtures;
			if (!isId(id!) || !(after === '' || afterFixtures.test(after!))) {
				return undefined;
			}

			this.mode ??= after === '' ? 'plan' : 'show';
			const line = this.take();
			if (this.mode === 'plan') {
				return {
					reports: [...line.reports, ...planned([id!])],
					planned: line.planned + 1,
					letters: after!,
				};
			}

			const subtests = this.subtests.split(after!, this.hasBanner());
			return {
				...this.ran(line, id!, subtests.call),
				letters: line.letters + after!,
				subtests: subtests.outcomes.map(outcome => [id!, outcome] as const),
			};
		}

		const bare = planBare.exec(text)?.[1];
		if (bare === undefined || !bare.includes('::') || !isId(bare)) {
			return undefined;
		}

		if (splitBare(bare).letters.startsWith('.')) {
			// No name holds a dot outside its brackets: `--setup-show`'s letter of a passed test.
			this.mode ??= 'show';
		} else if (!letterAfterPlan.test(bare.at(-1)!)) {
			// Under `--setup-show` every plan line ends with a letter.
			this.mode ??= 'plan';
		}

		if (this.mode === undefined) {
			this.waiting.push(bare);
			return {reports: [], planned: 0, letters: ''};
		}

		const line = this.take();
		return this.mode === 'plan'
			? {
					reports: [...line.reports, ...planned([bare])],
					planned: line.planned + 1,
					letters: '',
				}
			: this.ran(line, bare);
	}

	/** The bare ids that waited, once a line said the mode (none is left to say at the end). */
	take(): PlanLine {
		const line: PlanLine = {reports: [], planned: 0, letters: ''};
		if (this.mode === undefined) {
			return line;
		}

		const waiting = this.waiting.splice(0);
		if (this.mode === 'plan') {
			return {reports: planned(waiting), planned: waiting.length, letters: ''};
		}

		return waiting.reduce<PlanLine>((sum, bare) => this.ran(sum, bare), line);
	}

	/**
	`line` with a test that ran: its id and the letters glued to its line (`bare`, or `id` and `letters`), the first its
	call's.
	*/
	private ran(line: PlanLine, bare: string, after?: string): PlanLine {
		const {id, letters} =
			after === undefined ? splitBare(bare) : {id: bare, letters: after};
		const word = callWords[letters[0]!];
		return {
			reports: word ? [...line.reports, [id, word] as const] : line.reports,
			planned: line.planned,
			letters: line.letters + letters,
		};
	}

	/** The letters glued to a fixture's line, once its two lines say which they are. */
	private fixture(match: RegExpExecArray): string {
		const [, indent, step, scope, text] = match;
		const key = `${indent!}${scope!}`;
		if (step!.startsWith('SETUP')) {
			const used = text!.lastIndexOf(' (fixtures used: ');
			const close = used === -1 ? -1 : text!.indexOf(')', used);
			if (close !== -1) {
				// After the list of fixtures used, only letters.
				const after = text!.slice(close + 1);
				this.setUp.push({key, rest: text!.slice(0, used)});
				return lettersOnly.test(after) ? after : '';
			}

			this.setUp.push({key, rest: text!});
			return '';
		}

		for (let index = this.setUp.length - 1; index >= 0; index--) {
			const {key: setUpKey, rest} = this.setUp[index]!;
			if (setUpKey !== key) {
				continue;
			}

			// Past the name they share, only letters on either line (`brokenE`, then `brokens`: `E`, then `s`).
			let shared = 0;
			while (shared < rest.length && rest[shared] === text![shared]) {
				shared++;
			}

			const letters = rest.slice(shared) + text!.slice(shared);
			if (shared > 0 && (letters === '' || lettersOnly.test(letters))) {
				this.setUp.splice(index, 1);
				return letters;
			}
		}

		return '';
	}
}

/**
A bare `--setup-show` line's id and the letters glued to it: the call's letter, then those of later tests whose setup
did not pass (a skip or xfail by a mark, an error), which print no line of their own, or a teardown's `E`
(`::test_connects.s`, `::test_rollbackFs`). So no `.`, `F` or `X` comes after the call's letter, and no name holds a
dot: the letters start at the last of those three among the letters the line ends with, when only `s`, `x` and `E`
follow it; else the last character alone is the call's. A name ending in `F` or `X` whose call skipped with a later
skip glued (`::test_PDFss`) reads as `test_PD` failed: the line cannot tell them apart.
*/
function splitBare(bare: string): {id: string; letters: string} {
	const run = trailingLetters.exec(bare)?.[0] ?? '';
	const call = bare.length - run.length + callLetter(run);
	return call > 0 && call < bare.length
		? {id: bare.slice(0, call), letters: bare.slice(call)}
		: {id: bare.slice(0, -1), letters: bare.slice(-1)};
}

/** Where the call's letter is in `run` (`splitBare`): its last `.`, `F` or `X` that only `s`, `x` and `E` follow; else its last. */
function callLetter(run: string): number {
	const last = Math.max(
		run.lastIndexOf('.'),
		run.lastIndexOf('F'),
		run.lastIndexOf('X'),
	);
	return last !== -1 && /^[sxE]*$/.test(run.slice(last + 1))
		? last
		: run.length - 1;
}
