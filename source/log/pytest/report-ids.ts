/**
Once every line is read: the ids the log printed made node ids (an invocation prefix or a folder above the
rootdir taken off), the short summary's lines and the FAILURES entries' headers matched to the tests. In steps
(in-turns.ts): the review's loading screen reads q between them.
*/
import type {Steps} from '../../in-turns.js';
import type {Warning} from '../model.js';
import type {Entry} from './failure-entry.js';
import {assignEntries, type HeaderInputs} from './headers.js';
import {headerKey, type IdNormalizer} from './ids.js';
import {removeInvocationAbove} from './invocation-above.js';
import {applyInvocationPrefix} from './invocation-prefix.js';
import type {Preamble} from './preamble.js';
import {applySummary, type SummaryItem} from './short-summary.js';
import type {FailedReport} from './subtests.js';
import type {TestTable} from './tests.js';
import {crashedNodeIds} from './worker-crash-ids.js';

export function* resolveReportIds(inputs: {
	readonly header: Preamble;
	readonly tests: TestTable;
	readonly summaryItems: readonly SummaryItem[];
	readonly entries: readonly Entry[];
	/** Node ids the `--durations` section and the warnings summary printed. */
	readonly durationIds: readonly string[];
	/** The files whose progress letters hold an `F` or an `E`, as printed. */
	readonly progressFiles?: HeaderInputs['progressFiles'];
	readonly skipFiles?: HeaderInputs['skipFiles'];
	readonly warningFiles?: HeaderInputs['warningFiles'];
	readonly letterErrors?: number;
	readonly letterTeardowns?: number;
	readonly isVerbose?: boolean;
	readonly reportedFailed?: number;
	readonly ids: IdNormalizer;
	readonly warnings: Warning[];
}): Steps<void> {
	const {header, tests, summaryItems, entries, ids, warnings} = inputs;
	// Node ids printed as they are: the `--durations` lines, the warnings summary's, and crashed xdist workers' reports.
	const nodeIds = [...inputs.durationIds, ...crashedNodeIds(entries)];
	applyInvocationPrefix({
		rootdir: header.rootdir,
		tests,
		summaryItems,
		entries,
		nodeIds,
		progressFiles: inputs.progressFiles?.named,
		ids,
	});
	removeInvocationAbove({
		rootdir: header.rootdir,
		hasTestpaths: header.hasTestpaths === true,
		invocationDir: header.invocationDir,
		tests,
		summaryItems,
		entries,
		nodeIds,
		progressFiles: inputs.progressFiles?.named,
		ids,
	});
	let headerKeys: Set<string> | undefined;
	const summaryFailed: FailedReport[] = [];
	yield;
	const summaryErrors = yield* applySummary(
		summaryItems,
		tests,
		ids,
		() => {
			headerKeys ??= new Set(entries.map(entry => headerKey(entry.name)));
			return headerKeys;
		},
		summaryFailed,
	);
	yield;
	yield* assignEntries({
		entries,
		tests,
		ids,
		summaryErrors,
		summaryFailed,
		progressFiles: inputs.progressFiles,
		skipFiles: inputs.skipFiles,
		warningFiles: inputs.warningFiles,
		nodeIds: inputs.durationIds,
		isVerbose: inputs.isVerbose,
		reportedFailed: inputs.reportedFailed,
		...(inputs.letterErrors !== undefined && {
			letterErrors: inputs.letterErrors,
		}),
		...(inputs.letterTeardowns !== undefined && {
			letterTeardowns: inputs.letterTeardowns,
		}),
		warnings,
	});
}
