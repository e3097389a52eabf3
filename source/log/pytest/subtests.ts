/**
Subtests (pytest 9's `subtests` fixture and unittest `subTest`, pytest-subtests before it): the `SUB…` words of
`-v` lines and of the short summary, the report each failed, skipped or xfailed subtest adds to its test (pytest
counts those in its final line; passed subtests only as `N subtests passed`), and the FAILURES entries headed by
a test's name and the subtest's description (`test_b [msg] (k=1)`).
*/
import {pathCharacter} from './verbose-line.js';
import type {Entry} from './failure-entry.js';
import {findIdEnd} from './ids.js';
import type {TestState} from './test-state.js';

/** One subtest report of a test, beside the test's own. */
export type SubtestReport = {
	readonly outcome: 'failed' | 'skipped' | 'xfailed';
	/** `[msg] (k=1)` as pytest 9 prints it; pytest-subtests prints none on its lines. */
	readonly description?: string;
	/** The short summary's message for it. */
	message?: string;
	/** Set once the short summary named this report (so a second summary line is a second report). */
	isInSummary?: boolean;
	/** Its FAILURES entry, once matched. */
	entry?: Entry;
};

/** pytest 9 words (`SUBFAILED[msg] (k=1)`) and pytest-subtests' (`SUBFAIL`). */
const subtestWord =
	/^SUB(PASSED|FAILED|SKIPPED|XFAIL|PASS|FAIL|SKIP)(?=$|[[( ])/;

const outcomes: Record<string, SubtestReport['outcome'] | undefined> = {
	FAILED: 'failed',
	FAIL: 'failed',
	SKIPPED: 'skipped',
	SKIP: 'skipped',
	XFAIL: 'xfailed',
};

export type SubtestLine = {
	readonly id: string;
	/** Undefined for a passed subtest: pytest counts it apart (`N subtests passed`). */
	readonly outcome: SubtestReport['outcome'] | undefined;
	readonly description?: string;
};

/** A `-v` line of a subtest: `id SUBFAILED[msg] (k=1)  [ 28%]`, `id SUBPASS  [ 14%]`. */
export function parseSubtestLine(text: string): SubtestLine | undefined {
	let from = 0;
	while (true) {
		const index = text.indexOf(' SUB', from);
		if (index === -1) {
			return undefined;
		}

		const word = subtestWord.exec(text.slice(index + 1, index + 16));
		const id = text.slice(0, index);
		if (word && id.includes('::')) {
			const description = text.slice(index + 1 + word[0].length).trim();
			return {
				id,
				outcome: outcomes[word[1]!],
				...(description && {description}),
			};
		}

		from = index + 1;
	}
}

/** xdist's line of a subtest: `[gw0] [ 57%] SUBFAILED[step 2] tests/t.py::test_p[slow]`. */
const workerPrefix = /^\[gw\d+] (?:\[\s*\d+(?:%|\/\d+)] )?(?=SUB)/;

/** A subtest's xdist line, read as its short-summary line is (the id comes last, after the description). */
export function parseWorkerSubtestLine(text: string): SubtestLine | undefined {
	const prefix = workerPrefix.exec(text);
	const subtest = prefix
		? parseSubtestSummary(text.slice(prefix[0].length).trimEnd())
		: undefined;
	if (!subtest) {
		return undefined;
	}

	const end = findIdEnd(subtest.body);
	const id = end === -1 ? subtest.body : subtest.body.slice(0, end);
	return {
		id,
		outcome: subtest.outcome,
		...(subtest.description !== undefined && {
			description: subtest.description,
		}),
	};
}

/** The start of a node id after a subtest's description on a summary line: a path with `::`, its first letter any script's (`ünï/test_x.py::`). */
const idStart = new RegExp(String.raw`(?:^| )(${pathCharacter}\S*::)`, 'gu');

/**
A short-summary line of a subtest: `SUBFAILED[msg] (k=1) path::id - message`, `SUBFAIL path::id - message`.
Returns the outcome, the description and the rest (`id - message`), or undefined for any other line.
*/
export function parseSubtestSummary(text: string):
	| {
			outcome: SubtestReport['outcome'] | undefined;
			description?: string;
			body: string;
	  }
	| undefined {
	const word = subtestWord.exec(text.slice(0, 16));
	if (!word) {
		return undefined;
	}

	const rest = text.slice(word[0].length);
	if (rest.startsWith(' ')) {
		return {outcome: outcomes[word[1]!], body: rest.slice(1)};
	}

	for (const match of rest.matchAll(idStart)) {
		if (match.index > 0) {
			const start = match.index + 1;
			return {
				outcome: outcomes[word[1]!],
				description: rest.slice(0, start - 1),
				body: rest.slice(start),
			};
		}
	}

	return undefined;
}

/** A subtest report from a `-v` line. */
export function addSubtestReport(
	state: TestState,
	outcome: SubtestReport['outcome'],
	description: string | undefined,
): void {
	(state.subtests ??= []).push({
		outcome,
		...(description !== undefined && {description}),
	});
}

/**
A subtest report the short summary names: the same report as a `-v` line's (the first one of that outcome and
description it has not named yet, else of that outcome and no description), or one the `-v` lines did not show (pytest 9 prints no `SUBFAILED` on the
`-v` line of a unittest `subTest`).
*/
export function claimSubtestReport(
	state: TestState,
	outcome: SubtestReport['outcome'],
	description: string | undefined,
	message: string | undefined,
): SubtestReport {
	state.subtests ??= [];
	const reports = state.subtests;
	const open = (named: string | undefined) =>
		reports.find(
			candidate =>
				!candidate.isInSummary &&
				candidate.outcome === outcome &&
				candidate.description === named,
		);
	// Else one that no line described: a `u` glued to a `--setup-show` line (`subtest-letters.ts`).
	let report = open(description) ?? open(undefined);
	if (!report) {
		report = {
			outcome,
			...(description !== undefined && {description}),
		};
		reports.push(report);
	}

	report.isInSummary = true;
	if (message !== undefined) {
		report.message = message;
	}

	return report;
}

/** A failed report the short summary names: a test's own (`FAILED`), or one of its subtests' (`SUBFAILED`). */
export type FailedReport = {
	readonly state: TestState;
	readonly subtest?: SubtestReport;
};

/**
A subtest's description after its test's name in a header, as pytest 9 prints it (`[msg] (k=1)`, `[msg]`, `(i=2)`
for a unittest `subTest(i=2)`) or pytest-subtests does (`(<subtest>)`).
*/
const subtestDescription =
	/^(?:\[[^\]]*](?: \(\w+=.*\))?|\((?:<subtest>|\w+=.*)\))$/;

/**
Matches a FAILURES entry headed `test_b [msg] (k=1)` (pytest 9) or `test_b (<subtest>)` (pytest-subtests) with
a failed subtest of the test whose header key starts it. `candidatesOf` gives the tests with a header key.
Returns false when the header names no subtest.

When no line names the test (`-q` with `-rs`, whose short summary lists no failures; pytest 9 prints no letter for a
failed subtest and `.` for its unittest test), `guess` rebuilds the test's id from its name alone, as for any entry
no line names, and the header's subtest is a report of that test.
*/
export function claimSubtestEntry(
	entry: Entry,
	candidatesOf: (key: string) => readonly TestState[],
	guess?: (name: string) => TestState,
): boolean {
	const {name} = entry;
	for (
		let space = name.indexOf(' ');
		space !== -1;
		space = name.indexOf(' ', space + 1)
	) {
		const next = name[space + 1];
		if (next !== '[' && next !== '(') {
			continue;
		}

		const description = name.slice(space + 1);
		const states = candidatesOf(name.slice(0, space));
		if (states.length === 0) {
			continue;
		}

		const open = (state: TestState, exact: boolean) =>
			state.subtests?.find(
				report =>
					report.outcome === 'failed' &&
					report.entry === undefined &&
					(exact
						? report.description === description
						: report.description === undefined),
			);
		for (const exact of [true, false]) {
			for (const state of states) {
				const report = open(state, exact);
				if (report) {
					report.entry = entry;
					return true;
				}
			}
		}

		// No line named this subtest (no short summary): the header alone says it failed.
		(states[0]!.subtests ??= []).push({outcome: 'failed', description, entry});
		return true;
	}

	const end = subtestEnd(name);
	if (!guess || end === -1) {
		return false;
	}

	(guess(name.slice(0, end)).subtests ??= []).push({
		outcome: 'failed',
		description: name.slice(end + 1),
		entry,
	});
	return true;
}

/**
Where the test's name ends in a header that names one of its subtests (`TestA.test_b (i=2)`), or -1. A test's name
holds no space; its parameters' brackets may.
*/
export function subtestEnd(name: string): number {
	const end = findIdEnd(name);
	return end !== -1 && subtestDescription.test(name.slice(end + 1)) ? end : -1;
}
