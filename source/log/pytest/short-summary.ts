/**
The `-r` short test summary (`FAILED id - message`, `ERROR id`, `XPASS id reason`, …): read as items while the log streams, then applied to the tests once every progress line is known, mapping its invocation-relative paths to node ids.
*/
import {fineStepMask, type Steps} from '../../in-turns.js';
import type {FailureListener} from '../model.js';
import {finalLinePattern} from '../summary.js';
import type {EscapedIds} from './escaped-ids.js';
import {
	findIdEnd,
	idAndMessageSplits,
	pathsAgree,
	splitIdAndMessage,
	suffixKey,
	tailKey,
	type IdAndMessage,
	type IdNormalizer,
} from './ids.js';
import {
	claimSubtestReport,
	parseSubtestSummary,
	type SubtestReport,
	type FailedReport,
} from './subtests.js';
import {definedElsewhere} from './defined-elsewhere.js';
import type {TestState} from './test-state.js';
import type {TestTable} from './tests.js';
import {addVerboseReport, outcomeWords} from './verbose-reports.js';

export type SummaryItem = {
	readonly word: string;
	readonly rawId: string;
	readonly message?: string;
	readonly line: number;
	/** Other readings of `id - message` when its brackets do not balance (`rawId` is the likeliest). */
	readonly otherSplits?: readonly IdAndMessage[];
	/**
	Read after the summary's title was read again (the number of titles before it, less one), in a `-v` run: `-vv`
	prints a message whole, over lines, and one that holds that title and `FAILED id - …` lines goes on with them. Such
	lines, up to the first that names a test the log named, are the message's (`applySummary`).
	*/
	readonly afterTitle?: number;
	/** A subtest's line (`word` is `SUB`): its outcome and description. */
	readonly subtest?: {
		readonly outcome: SubtestReport['outcome'];
		readonly description?: string;
	};
};

// `s`: a message may hold U+2028/U+2029, which `.` does not match otherwise (lines never hold \n).
/**
Where the id of pytest 7's `XPASS id reason` ends (a space follows it, the reason may be empty): the first space outside
brackets; for an id whose brackets do not balance (`test_open[[]`, `test_open[]]`), the first `]` a space follows.
*/
function xpassIdEnd(body: string): number {
	const end = findIdEnd(body);
	if (end !== -1) {
		return end;
	}

	const closing = body.indexOf('] ');
	return closing === -1 ? -1 : closing + 1;
}

const summaryLine = /^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED|RERUN) (.+)$/s;
const summaryTitle = /^=+ short test summary info =+$/;
/** `[1] path:line: reason` (a module's skip has no line): the path, which holds no `:` or space. */
const skippedFile = /^\[\d+] ([^\s:]+?)(?::\d+)?: /;

export type ShortSummaryInputs = {
	readonly onFailure: FailureListener | undefined;
	/** Whether `-v` lines named the tests (then they already reported each failure). */
	readonly isVerbose: () => boolean;
	/** The final line, which ends the summary section. */
	readonly onFinalLine: (text: string, lineNumber: number) => void;
	/** Told of lines whose ids hold escapes, to prove whether the output made them. */
	readonly escapes?: EscapedIds;
};

export class ShortSummaryReader {
	/** Every test line of the summary, in log order. */
	readonly items: SummaryItem[] = [];
	/**
	The files `-rs`'s `SKIPPED [1] path:line: reason` lines name, relative to where pytest ran: under `-q --tb=native`
	they may be the only relative paths the log prints (`relative-paths.ts`).
	*/
	readonly skipFiles = new Set<string>();
	private readonly inputs: ShortSummaryInputs;
	/** How many times the summary's title was read again (`SummaryItem.afterTitle`). */
	private repeatedTitles = 0;

	constructor(inputs: ShortSummaryInputs) {
		this.inputs = inputs;
	}

	/** The summary read was another process's, which a forked child's replaces (`forked-child.ts`): forgotten. */
	forget(): void {
		this.items.length = 0;
		this.skipFiles.clear();
		this.repeatedTitles = 0;
	}

	line(text: string, lineNumber: number): void {
		if (text.startsWith('SUB')) {
			this.onSubtestLine(text, lineNumber);
			return;
		}

		const match = summaryLine.exec(text);
		if (!match) {
			if (finalLinePattern.test(text)) {
				this.inputs.onFinalLine(text, lineNumber);
			} else if (summaryTitle.test(text)) {
				this.repeatedTitles++;
			}

			return;
		}

		const word = match[1]!;
		const body = match[2]!;
		if (word === 'SKIPPED' && body.startsWith('[')) {
			// `SKIPPED [1] path:line: reason`: an aggregate with no test id.
			const file = skippedFile.exec(body)?.[1];
			if (file !== undefined) {
				this.skipFiles.add(file);
			}

			return;
		}

		if (word === 'XPASS') {
			const {id, message} = splitIdAndMessage(body);
			const space = message === undefined ? xpassIdEnd(id) : -1;
			const rawId = space === -1 ? id : id.slice(0, space);
			this.items.push({
				word,
				rawId,
				message: message ?? (space === -1 ? undefined : id.slice(space + 1)),
				line: lineNumber,
			});
			return;
		}

		// pytest prints no message on a PASSED line (a passed report has no crash line): all of it is the id, ` - ` too
		// (a non-Python item's name, `…::login - admin`).
		const [{id, message}, ...otherSplits] = (
			word === 'PASSED' ? [{id: body}] : idAndMessageSplits(body)
		) as [IdAndMessage, ...IdAndMessage[]];
		this.inputs.escapes?.observeSummaryLine(id, text);
		if (!this.inputs.isVerbose() && (word === 'FAILED' || word === 'ERROR')) {
			// -q and default verbosity name failures only here.
			this.inputs.onFailure?.(id, word === 'FAILED' ? 'failed' : 'error');
		}

		this.items.push({
			word,
			rawId: id,
			...(message !== undefined && {message}),
			line: lineNumber,
			...(otherSplits.length > 0 && {otherSplits}),
			...(this.repeatedTitles > 0 &&
				this.inputs.isVerbose() && {afterTitle: this.repeatedTitles}),
		});
	}

	/** `SUBFAILED[msg] (k=1) id - message`: a report of the test's own (a passed subtest is counted apart). */
	private onSubtestLine(text: string, lineNumber: number): void {
		const subtest = parseSubtestSummary(text);
		if (!subtest?.outcome) {
			return;
		}

		const [{id, message}, ...otherSplits] = idAndMessageSplits(
			subtest.body,
		) as [IdAndMessage, ...IdAndMessage[]];
		if (!this.inputs.isVerbose() && subtest.outcome === 'failed') {
			this.inputs.onFailure?.(id, 'failed');
		}

		this.items.push({
			word: 'SUB',
			rawId: id,
			...(message !== undefined && {message}),
			line: lineNumber,
			...(otherSplits.length > 0 && {otherSplits}),
			subtest: {
				outcome: subtest.outcome,
				...(subtest.description !== undefined && {
					description: subtest.description,
				}),
			},
		});
	}
}

/**
Applies the short summary's outcomes to tests, mapping its invocation-relative paths to node ids. Returns the tests it names as ERROR, in order: whether that error is a setup or teardown one is known only once the ERRORS entries are matched. In steps (in-turns.ts): a 100 MB log's summary names 57,000.
*/
export function* applySummary(
	items: readonly SummaryItem[],
	tests: TestTable,
	ids: IdNormalizer,
	/** The FAILURES headers' keys (asked for only when a line's brackets do not balance). */
	headerKeys: () => ReadonlySet<string>,
	/** Given the reports of the FAILED and SUBFAILED lines, in their order (the order of pytest's reports). */
	failedInOrder?: FailedReport[],
): Steps<TestState[]> {
	const summaryErrors: TestState[] = [];
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
			for (const id of tests.keys()) {
				addSuffix(id);
			}
		}

		return bySuffix;
	};

	const elsewhere = definedElsewhere(tests, () =>
		items.map(item => ids.normalize(item.rawId)),
	);
	// The PASSED, FAILED, XFAIL and XPASS lines naming each test so far: one more than its reports is another report.
	const named = new Map<TestState, number>();
	// Lines after a repeated title are a `-vv` message's until one names a test the log named.
	let title = 0;
	let isInMessage = false;
	let index = 0;
	for (const original of items) {
		if ((++index & fineStepMask) === 0) {
			yield;
		}

		const item = original.otherSplits
			? chooseSplit(original, tests, ids, headerKeys)
			: original;
		let id = ids.normalize(item.rawId);
		// One lookup per line when the id is known as it is (a million-test log's summary names 57,000).
		let found = tests.get(id);
		if (!found) {
			const candidates = (suffixIndex().get(suffixKey(id)) ?? []).filter(
				known => pathsAgree(known, id),
			);
			if (candidates.length === 1) {
				id = candidates[0]!;
				found = tests.get(id);
			}
		}

		found ||=
			claimCutId(tests, id, item.word) ?? elsewhere.claim(id, item.word);
		if (item.afterTitle !== undefined && item.afterTitle !== title) {
			title = item.afterTitle;
			isInMessage = true;
		}

		if (isInMessage) {
			if (!found) {
				continue;
			}

			isInMessage = false;
		}

		const isNew = found === undefined;
		const normalized = ids.normalize(id);
		const state =
			normalized === id ? (found ?? tests.add(id)) : tests.getOrAdd(normalized);
		if (isNew) {
			addSuffix(state.id);
		}

		if (item.subtest) {
			const subtest = claimSubtestReport(
				state,
				item.subtest.outcome,
				item.subtest.description,
				item.message,
			);
			if (subtest.outcome === 'failed') {
				failedInOrder?.push({state, subtest});
			}

			continue;
		}

		if (isAnotherReport(state, item.word, named)) {
			// Two items of one id (a collector naming two alike, `--keep-duplicates`), or xdist's `--dist each` running
			// every test on every worker: pytest names each report. One of another outcome is a report of its own.
			const outcome = outcomeWords[item.word]!;
			if (outcome === 'failed' && state.outcome === 'failed') {
				// Each failed item has its own FAILURES entry: a failure of its own (`each-workers.ts`).
				(state.workerReports ??= []).push(outcome);
			} else if (outcome === state.outcome) {
				(state.repeatedReports ??= []).push(outcome);
			} else {
				addVerboseReport(state, outcome, false);
			}

			if (item.word === 'FAILED') {
				failedInOrder?.push({state});
			}

			continue;
		}

		if (item.message !== undefined && item.word !== 'PASSED') {
			if (item.word === 'ERROR') {
				if (state.summaryErrorMessage === undefined) {
					state.summaryErrorMessage = item.message;
				} else {
					if (
						state.summaryErrorMessage === item.message &&
						state.outcome === undefined
					) {
						// The same error said again of a test no progress line named: each xdist worker's report of one
						// collection error (a class's, `file::TestX`, as a module's).
						state.isCollectErrorAgain = true;
					}

					// A test's second ERROR line: its teardown's, after its setup's (pytest reports both).
					state.laterErrorMessage = item.message;
				}
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
				// Under `--dist each`, a test one worker passed and another failed: that worker's report.
				if (
					!state.outcome ||
					(state.outcome === 'passed' &&
						!state.workerReports?.includes('failed'))
				) {
					state.outcome = 'failed';
				}

				failedInOrder?.push({state});

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
				summaryErrors.push(state);
				break;
			}

			default: {
				break;
			}
		}
	}

	elsewhere.apply();
	return summaryErrors;
}

/** Words of a call's own report: a test has one line of these per report (an ERROR line may be its teardown's). */
const callWords = new Set(['PASSED', 'FAILED', 'XFAIL', 'XPASS']);

/**
Whether a summary line names a report of `state` beyond those the log gave it already (its `-v` lines, the summary's
lines before): the same id named again, as pytest does for two items of one id.
*/
function isAnotherReport(
	state: TestState,
	word: string,
	named: Map<TestState, number>,
): boolean {
	if (!callWords.has(word)) {
		return false;
	}

	const lines = (named.get(state) ?? 0) + 1;
	named.set(state, lines);
	const reports =
		(state.outcome === undefined ? 0 : 1) +
		(state.repeatedReports?.length ?? 0) +
		(state.workerReports?.length ?? 0) +
		(state.otherReports?.length ?? 0);
	return lines > 1 && lines > reports;
}

/**
A test whose name holds a space outside brackets (a non-Python item's, `spec: test_x ok`): its `-v` line was read
up to that space, as what a test prints before its outcome under `-s` is (`verbose-line.ts`). The summary prints the
whole id: the test its first part names, with the line's outcome, takes it. Undefined when there is none.
*/
function claimCutId(
	tests: TestTable,
	id: string,
	word: string,
): TestState | undefined {
	const separator = id.indexOf('::');
	const end = separator === -1 ? -1 : findIdEnd(id.slice(separator));
	if (end === -1) {
		return undefined;
	}

	const cut = tests.get(id.slice(0, separator + end));
	if (!cut || cut.outcome !== outcomeWords[word]) {
		return undefined;
	}

	tests.renameRow(cut.index, id);
	return tests.get(id);
}

/**
The reading of a summary line whose brackets do not balance that names a test the log names elsewhere (a
`-v` line, a FAILURES header), else the likeliest one.
*/
function chooseSplit(
	item: SummaryItem,
	tests: TestTable,
	ids: IdNormalizer,
	headerKeys: () => ReadonlySet<string>,
): SummaryItem {
	const splits: IdAndMessage[] = [
		{
			id: item.rawId,
			...(item.message !== undefined && {message: item.message}),
		},
		...item.otherSplits!,
	];
	const known = splits.find(split => {
		const id = ids.normalize(split.id);
		return tests.has(id) || headerKeys().has(tailKey(id));
	});
	if (!known || known.id === item.rawId) {
		return item;
	}

	return {
		word: item.word,
		rawId: known.id,
		...(known.message !== undefined && {message: known.message}),
		line: item.line,
		...(item.subtest && {subtest: item.subtest}),
	};
}
