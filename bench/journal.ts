/**
The triage journal's two budgets (issue 4): one decision with 10,000 already in the file
(median ≤ 5 ms, fsync included), and loading a 100,000-event journal (≤ 300 ms).

node --import=tsx bench/journal.ts
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import type {JournalFile} from '../source/triage/journal/file.js';
import {openJournal} from '../source/triage/journal.js';

export type JournalBenchResult = {
	/** Milliseconds per `decide` with 10,000 decisions in the file. */
	readonly decideMedian: number;
	readonly decideP95: number;
	/** The same, followed by `state()` as the review screen does after each decision. */
	readonly decideWithStateMedian: number;
	/**
	Milliseconds to open and fold 100,000 events (the median of several loads), as a review opening the file
	again does: from the journal's snapshot (`journal/snapshot.ts`) written by the first load.
	*/
	readonly loadMedian: number;
	readonly loadMax: number;
	readonly loadBytes: number;
	/** The first load: no snapshot yet, the journal folded whole (without its undo history), the snapshot written. */
	readonly loadFirst: number;
	/** Loads that read the whole journal with its undo history (no snapshots: what every load did before them). */
	readonly loadWholeMedian: number;
	/** The first `undo` after a load from the snapshot: it reads the undo history from the journal. */
	readonly firstUndo: number;
};

const categories = [
	'BUG',
	'CONFIGURATION',
	'ENVIRONMENT',
	'TEST_DESIGN',
	'UNKNOWN',
];
const priorities = ['HIGH', 'MEDIUM', 'LOW'];
const areas = [
	'auth',
	'cache',
	'concurrency',
	'database',
	'network',
	'resources',
];

/** A realistic decision: chaos-suite node ids, a signature, sometimes a note. */
function decision(index: number) {
	const test = index % 20_000;
	const area = areas[test % areas.length]!;
	return {
		id: `tests/chaos/${area}/test_${area}_chaos.py::Test${area}Chaos::test_case_${test}[param-${test % 7}]`,
		category: categories[index % categories.length]!,
		priority: priorities[index % priorities.length]!,
		note: index % 4 === 0 ? `looked at it on day ${index % 30}` : '',
		signature: `AssertionError: Should experience some ${area} contention under load @ tests/chaos/${area}/test_${area}_chaos.py:${100 + (index % 50)}`,
		run: 'runs/run.log',
	};
}

function percentile(sorted: readonly number[], fraction: number): number {
	return sorted[
		Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))
	]!;
}

function milliseconds(start: bigint): number {
	return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchJournal(): JournalBenchResult {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-bench-'));
	const clock = () => new Date();
	// The bench's own snapshot folder (not the user's cache), removed with the rest.
	const snapshots = {
		directory: path.join(directory, 'snapshots'),
		minBytes: 1024 * 1024,
	};
	try {
		// One decision with 10,000 already in the file.
		const decideFile = path.join(directory, 'decide.jsonl');
		const seed = openJournal(decideFile, {
			now: clock,
			create: true,
			snapshots,
		});
		for (let batch = 0; batch < 10; batch++) {
			seed.decideMany(
				Array.from({length: 1000}, (_, index) =>
					decision(batch * 1000 + index),
				),
			);
		}

		const journal = openJournal(decideFile, {now: clock, snapshots});
		const times: number[] = [];
		for (let index = 0; index < 300; index++) {
			const start = process.hrtime.bigint();
			journal.decide(decision(10_000 + index));
			times.push(milliseconds(start));
		}

		const withState: number[] = [];
		for (let index = 0; index < 300; index++) {
			const start = process.hrtime.bigint();
			journal.decide(decision(20_000 + index));
			journal.state();
			withState.push(milliseconds(start));
		}

		times.sort((a, b) => a - b);
		withState.sort((a, b) => a - b);

		// A 100,000-event journal, written directly: 20,000 ids decided about five times each.
		const loadFile = path.join(directory, 'load.jsonl');
		const lines = ['{"triage":1,"created":"2026-11-23T10:00:00.000Z"}'];
		for (let index = 0; index < 100_000; index++) {
			lines.push(
				JSON.stringify({
					t: 'decide',
					...decision(index),
					at: new Date(Date.UTC(2026, 10, 23, 10) + index * 1000).toISOString(),
					group: `g${Math.floor(index / 3)}`,
				}),
			);
		}

		fs.writeFileSync(loadFile, lines.join('\n') + '\n');
		const load = (options: {snapshots: typeof snapshots | false}) => {
			const start = process.hrtime.bigint();
			const loaded = openJournal(loadFile, {now: clock, ...options});
			if (loaded.state().size !== 20_000) {
				throw new Error(
					`expected 20,000 decisions, got ${loaded.state().size}`,
				);
			}

			return {loaded: loaded as JournalFile, time: milliseconds(start)};
		};

		const wholeLoads: number[] = [];
		for (let run = 0; run < 3; run++) {
			wholeLoads.push(load({snapshots: false}).time);
		}

		wholeLoads.sort((a, b) => a - b);
		const first = load({snapshots});
		const loads: number[] = [];
		let last = first;
		for (let run = 0; run < 7; run++) {
			last = load({snapshots});
			if (last.loaded.fromSnapshot === 0) {
				throw new Error('expected a load from the snapshot');
			}

			loads.push(last.time);
		}

		loads.sort((a, b) => a - b);
		// The load after an undo is not timed: the undo appended to the journal.
		const undoStart = process.hrtime.bigint();
		last.loaded.undo();
		const firstUndo = milliseconds(undoStart);
		const result: JournalBenchResult = {
			decideMedian: percentile(times, 0.5),
			decideP95: percentile(times, 0.95),
			decideWithStateMedian: percentile(withState, 0.5),
			loadMedian: percentile(loads, 0.5),
			loadMax: loads.at(-1)!,
			loadBytes: fs.statSync(loadFile).size,
			loadFirst: first.time,
			loadWholeMedian: percentile(wholeLoads, 0.5),
			firstUndo,
		};
		const format = (value: number) => value.toFixed(2).padStart(8) + ' ms';
		console.log('journal');
		console.log(
			`  decide, 10,000 in file   median ${format(result.decideMedian)}  p95 ${format(result.decideP95)}  (target median ≤ 5 ms)`,
		);
		console.log(
			`  decide + state()         median ${format(result.decideWithStateMedian)}`,
		);
		console.log(
			`  load 100,000 events      median ${format(result.loadMedian)}  max ${format(result.loadMax)}  (${(result.loadBytes / 1e6).toFixed(1)} MB, from its snapshot; target ≤ 300 ms)`,
		);
		console.log(
			`    first load, no snapshot      ${format(result.loadFirst)}  (then writes it)`,
		);
		console.log(
			`    whole, no snapshots   median ${format(result.loadWholeMedian)}  (every load before snapshots)`,
		);
		console.log(
			`    first undo after it          ${format(result.firstUndo)}  (reads the undo history)`,
		);
		return result;
	} finally {
		fs.rmSync(directory, {recursive: true, force: true});
	}
}

if (
	process.argv[1] &&
	fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
	benchJournal();
}
