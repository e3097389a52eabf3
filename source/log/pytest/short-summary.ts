/**
The `-r` short test summary (`FAILED id - message`, `ERROR id`, `XPASS id reason`, …): read as items while the log streams, then applied to the tests once every progress line is known, mapping its invocation-relative paths to node ids.
*/
import type {FailureListener} from '../model.js';
import {finalLinePattern} from '../summary.js';
import {
	findIdEnd,
	pathsAgree,
	splitIdAndMessage,
	suffixKey,
	type IdNormalizer,
} from './ids.js';
import type {TestState, TestTable} from './tests.js';

export type SummaryItem = {
	readonly word: string;
	readonly rawId: string;
	readonly message?: string;
	readonly line: number;
};

// `s`: a message may hold U+2028/U+2029, which `.` does not match otherwise (lines never hold \n).
const summaryLine = /^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED|RERUN) (.+)$/s;

export type ShortSummaryInputs = {
	readonly onFailure: FailureListener | undefined;
	/** Whether `-v` lines named the tests (then they already reported each failure). */
	readonly isVerbose: () => boolean;
	/** The final line, which ends the summary section. */
	readonly onFinalLine: (text: string, lineNumber: number) => void;
};

export class ShortSummaryReader {
	/** Every test line of the summary, in log order. */
	readonly items: SummaryItem[] = [];
	private readonly inputs: ShortSummaryInputs;

	constructor(inputs: ShortSummaryInputs) {
		this.inputs = inputs;
	}

	line(text: string, lineNumber: number): void {
		const match = summaryLine.exec(text);
		if (!match) {
			if (finalLinePattern.test(text)) {
				this.inputs.onFinalLine(text, lineNumber);
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
			this.items.push({
				word,
				rawId,
				message: message ?? (space === -1 ? undefined : id.slice(space + 1)),
				line: lineNumber,
			});
			return;
		}

		const {id, message} = splitIdAndMessage(body);
		if (!this.inputs.isVerbose() && (word === 'FAILED' || word === 'ERROR')) {
			// -q and default verbosity name failures only here.
			this.inputs.onFailure?.(id, word === 'FAILED' ? 'failed' : 'error');
		}

		this.items.push({
			word,
			rawId: id,
			...(message !== undefined && {message}),
			line: lineNumber,
		});
	}
}

/**
Applies the short summary's outcomes to tests, mapping its invocation-relative paths to node ids. Returns the tests it names as ERROR, in order: whether that error is a setup or teardown one is known only once the ERRORS entries are matched.
*/
export function applySummary(
	items: readonly SummaryItem[],
	tests: TestTable,
	ids: IdNormalizer,
): TestState[] {
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

	for (const item of items) {
		let id = ids.normalize(item.rawId);
		if (!tests.has(id)) {
			const candidates = (suffixIndex().get(suffixKey(id)) ?? []).filter(
				known => pathsAgree(known, id),
			);
			if (candidates.length === 1) {
				id = candidates[0]!;
			}
		}

		const isNew = !tests.has(id);
		const state = tests.getOrAdd(ids.normalize(id));
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
				summaryErrors.push(state);
				break;
			}

			default: {
				break;
			}
		}
	}

	return summaryErrors;
}
