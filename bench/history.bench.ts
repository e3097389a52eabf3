/**
The run history's budgets (issue 9), in one run:

- recording a 6,000-test run (content hash of the log included): ≤ 100 ms;
- 365 recorded runs of 6,000 tests: size on disk ≤ 50 MB;
- opening the review (first frame with failures, the built CLI in a pseudo-terminal) with those 365 runs
  costs ≤ 150 ms more than with an empty history;
- recording the 100 MB log (hash included) costs ≤ 20% of its `export --json` time;
- day 2 of the 100 MB suite: `export --json` with day 1's run in the history, against the old analyzer.

The 365 runs are the 6,000-test suite's runs 1–5 from the generator (tests flip between them), recorded
again and again under new keys: what the store holds and reads is as for real days.

node --import=tsx bench/history.bench.ts   (after npm run build; npm run bench runs it too)
*/
import {createHash} from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {signatureOf} from '../source/classify/signature.js';
import {readLogSessions} from '../source/log/read.js';
import type {Run} from '../source/log/model.js';
import {HistoryStore} from '../source/runs/history/store.js';
import {
	type BenchSection,
	type CommandResult,
	type LogSpec,
	elapsed,
	failureSummary,
	formatBytes,
	formatRatio,
	formatSeconds,
	formatTable,
	median,
	timeCommand,
} from './lib.js';
import {ensureLog, timeToOutput} from './ui.bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const now = () => new Date('2026-12-01T06:00:00Z');

/** The 1-minute load average, for the figures it qualifies. */
function loadAverage(): string {
	return os.loadavg()[0]!.toFixed(2);
}

function hashFile(file: string): string {
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function record(store: HistoryStore, run: Run, key: string, hash: string) {
	return store.record({
		run,
		key,
		logs: [{path: run.source, hash, bytes: 0}],
		signatureOf: failure => signatureOf(failure).hash,
	});
}

const bigSpec: LogSpec = {
	name: 'chaos-100mb',
	bytes: 100e6,
	options: {failRatio: 0.1, seed: 1},
	label: '-v --tb=short, 10% failing',
};

/** The same suite's next day: most failures persist, some flip, some are fixed, some are new. */
const nextDaySpec: LogSpec = {
	name: 'chaos-100mb-day2',
	bytes: 100e6,
	options: {failRatio: 0.1, seed: 1, run: 2},
	label: '-v --tb=short, 10% failing, the next run',
};

export async function benchHistory(
	runs: number,
	print: (line?: string) => void,
	log: (spec: LogSpec) => Promise<{file: string}>,
): Promise<void> {
	const days = await Promise.all(
		[1, 2, 3, 4, 5].map(async run =>
			ensureLog(`history-6000-run-${run}`, {
				tests: 6000,
				failRatio: 0.1,
				seed: 1,
				run,
			}),
		),
	);
	const today = await ensureLog('history-6000-run-6', {
		tests: 6000,
		failRatio: 0.1,
		seed: 1,
		run: 6,
	});
	const parsed = await Promise.all(
		days.map(async file => {
			const [run] = await readLogSessions(file);
			return run!;
		}),
	);
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-history-'));
	const rows: string[][] = [];
	try {
		// Recording one run into an empty history, hash included; a fresh store each time.
		const recordTimes: number[] = [];
		for (let index = 0; index < Math.max(5, runs); index++) {
			const store = HistoryStore.open(
				path.join(scratch, `one-${index}`, 'history.sqlite'),
				{now},
			);
			const start = process.hrtime.bigint();
			const hash = hashFile(days[0]!);
			record(store, parsed[0]!, hash, hash);
			recordTimes.push(elapsed(start));
			store.close();
		}

		rows.push([
			'record a 6,000-test run (hash included)',
			`${(median(recordTimes) * 1000).toFixed(1)} ms`,
			'≤ 100 ms',
		]);

		// A year of days.
		const yearFolder = path.join(scratch, 'year');
		const year = HistoryStore.open(
			path.join(yearFolder, '.triage', 'history.sqlite'),
			{
				now,
			},
		);
		const hashes = days.map(file => hashFile(file));
		const yearStart = process.hrtime.bigint();
		for (let day = 0; day < 365; day++) {
			const index = day % parsed.length;
			record(year, parsed[index]!, `day-${day}`, `${hashes[index]!}-${day}`);
		}

		const yearSeconds = elapsed(yearStart);
		year.close();
		const reopened = HistoryStore.open(
			path.join(yearFolder, '.triage', 'history.sqlite'),
			{now},
		);
		const size = reopened.size();
		reopened.close();
		rows.push(
			[
				'record 365 runs of 6,000 tests',
				`${formatSeconds(yearSeconds)} (${((yearSeconds / 365) * 1000).toFixed(1)} ms a run)`,
				'',
			],
			['365 runs on disk', formatBytes(size), '≤ 50 MB'],
		);

		// The review's first frame on today's log, with no history and with the year.
		const emptyFolder = path.join(scratch, 'empty');
		const cli = path.join(root, 'dist/cli.js');
		const firstFrame = async (folder: string) =>
			timeToOutput(
				`env XDG_CONFIG_HOME=${scratch}/config ${process.execPath} ${cli} --triage ${folder}/triage.jsonl ${today}`,
				output => output.includes('decided') && /› +(?:FAIL|ERR)/.test(output),
				folder,
			);

		const {mkdirSync} = await import('node:fs');
		mkdirSync(emptyFolder, {recursive: true});
		// In turn (empty, year, empty, …), as the export's pairs below: each pair sees about the same load.
		const empty: number[] = [];
		const full: number[] = [];
		for (let index = 0; index < Math.max(3, runs); index++) {
			empty.push(await firstFrame(emptyFolder));
			full.push(await firstFrame(yearFolder));
		}

		rows.push(
			[
				'review, first frame: empty history',
				`${median(empty).toFixed(0)} ms (runs ${empty.map(time => time.toFixed(0)).join(', ')})`,
				'',
			],
			[
				'review, first frame: 365 runs',
				`${median(full).toFixed(0)} ms (runs ${full.map(time => time.toFixed(0)).join(', ')})`,
				'',
			],
			[
				'  cost of the history (median of the pairs)',
				`${median(full.map((time, index) => time - empty[index]!)).toFixed(0)} ms`,
				'≤ 150 ms',
			],
		);

		// The 100 MB log: export with and without recording it (a fresh history each time). The two are taken
		// in turn (without, with, without, …): on a machine others share, the load changes from minute to minute,
		// and a run of one after a run of the other would charge the change to the history. CPU time (user +
		// system) is steadier than wall time there; both are printed, with the load average.
		const big = await log(bigSpec);
		const exportOnce = async (history: boolean) => {
			// A fresh triage folder for every run: the log is new to its history each time.
			const folder = mkdtempSync(path.join(scratch, 'big-'));
			return timeCommand(
				process.execPath,
				[
					cli,
					'export',
					big.file,
					'--json',
					'/dev/null',
					'--triage',
					path.join(folder, 'triage.jsonl'),
					...(history ? [] : ['--no-history']),
				],
				{cwd: root, measureRss: true},
			);
		};

		const loadBefore = loadAverage();
		const pairs: Array<{without: CommandResult; with: CommandResult}> = [];
		let failed: CommandResult | undefined;
		for (let index = 0; index < Math.max(3, runs) && !failed; index++) {
			const without = await exportOnce(false);
			const withHistory = without.ok ? await exportOnce(true) : without;
			if (without.ok && withHistory.ok) {
				pairs.push({without, with: withHistory});
			} else {
				failed = withHistory;
			}
		}

		if (failed) {
			rows.push([
				'100 MB log: export',
				`failed (${failed.code ?? failed.signal ?? failed.error ?? 'timed out'})`,
				'',
			]);
		} else {
			// The cost is the median of each pair's difference: the two runs of a pair saw about the same load.
			const figure = (pick: (result: CommandResult) => number | undefined) => {
				const of = (result: CommandResult) => pick(result) ?? Number.NaN;
				return {
					without: median(pairs.map(pair => of(pair.without))),
					with: median(pairs.map(pair => of(pair.with))),
					cost: median(pairs.map(pair => of(pair.with) - of(pair.without))),
				};
			};

			const wall = figure(result => result.seconds);
			const cpu = figure(result => result.cpuSeconds);
			const share = (cost: number, of: number) =>
				Number.isFinite(cost / of)
					? `${((cost / of) * 100).toFixed(0)}% of the export`
					: 'not measured';
			rows.push(
				[
					'100 MB log: export --json, --no-history',
					`${formatSeconds(wall.without)} wall, ${formatSeconds(cpu.without)} CPU`,
					'',
				],
				[
					'100 MB log: export --json, recorded',
					`${formatSeconds(wall.with)} wall, ${formatSeconds(cpu.with)} CPU`,
					'',
				],
				[
					'  cost of recording (wall)',
					`${formatSeconds(wall.cost)} (${share(wall.cost, wall.without)})`,
					'≤ 20%',
				],
				[
					'  cost of recording (CPU)',
					`${formatSeconds(cpu.cost)} (${share(cpu.cost, cpu.without)})`,
					'',
				],
				[
					'  runs (wall, without / with)',
					pairs
						.map(
							pair =>
								`${pair.without.seconds.toFixed(2)}/${pair.with.seconds.toFixed(2)}`,
						)
						.join(' '),
					'',
				],
				[
					'  medians of pairs taken in turn; load average',
					`${loadBefore} before, ${loadAverage()} after`,
					'',
				],
			);
		}

		rows.push(...(await nextDay(runs, {cli, scratch, big: big.file, log})));
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}

	for (const line of formatTable([['history', 'figure', 'target'], ...rows])) {
		print(line);
	}
}

/**
Day 2 of the 100 MB suite, as a team meets it every day: its export with day 1's run in the history (the run
diff reads day 1 back, and day 2 is recorded), against the old analyzer on the same log, in turn; each export
starts from a copy of the history as day 1's export left it.
*/
async function nextDay(
	runs: number,
	options: {
		cli: string;
		scratch: string;
		big: string;
		log: (spec: LogSpec) => Promise<{file: string}>;
	},
): Promise<string[][]> {
	const {cli, scratch} = options;
	const day2 = await options.log(nextDaySpec);
	const dayOne = mkdtempSync(path.join(scratch, 'day1-'));
	const exportTo = async (folder: string, log: string) =>
		timeCommand(
			process.execPath,
			[
				cli,
				'export',
				log,
				'--json',
				'/dev/null',
				'--triage',
				path.join(folder, 'triage.jsonl'),
			],
			{cwd: root, measureRss: true},
		);
	const first = await exportTo(dayOne, options.big);
	if (!first.ok) {
		return [['day 2: recording day 1', failureSummary(first), '']];
	}

	const oldAnalyzer = path.resolve(root, '../shared/tools/old-analyzer.py');
	const hasOld = existsSync(oldAnalyzer);
	const triage: CommandResult[] = [];
	const old: CommandResult[] = [];
	for (let index = 0; index < Math.max(3, runs); index++) {
		const folder = mkdtempSync(path.join(scratch, 'day2-'));
		cpSync(dayOne, folder, {recursive: true});
		triage.push(await exportTo(folder, day2.file));
		rmSync(folder, {recursive: true, force: true});
		if (hasOld) {
			old.push(
				await timeCommand(
					'python3',
					[oldAnalyzer, day2.file, path.join(scratch, 'old-day2')],
					{cwd: root, measureRss: true},
				),
			);
		}
	}

	const failed = triage.find(result => !result.ok);
	if (failed) {
		return [['day 2: export --json', failureSummary(failed), '']];
	}

	const bytes = statSync(day2.file).size;
	const seconds = median(triage.map(result => result.seconds));
	const cpu = median(triage.map(result => result.cpuSeconds ?? Number.NaN));
	const rss = median(triage.map(result => result.peakRss ?? Number.NaN));
	const rows = [
		[
			'100 MB log, day 2 (day 1 in the history): export --json',
			`${formatSeconds(seconds)} wall, ${formatSeconds(cpu)} CPU, peak RSS ${formatRatio(rss, bytes)} the log`,
			'',
		],
		[
			'  runs (wall)',
			triage.map(result => result.seconds.toFixed(2)).join(' '),
			'',
		],
	];
	if (old.length > 0 && old.every(result => result.ok)) {
		const oldSeconds = median(old.map(result => result.seconds));
		rows.push([
			'  old analyzer on day 2, in turn',
			`${formatSeconds(oldSeconds)}: triage ${seconds <= oldSeconds ? `${formatRatio(oldSeconds, seconds)} faster` : `${formatRatio(seconds, oldSeconds)} slower`}`,
			'',
		]);
	}

	return rows;
}

export const sections: BenchSection[] = [
	{
		name: 'history',
		description:
			'run history: record a 6,000-test run (≤ 100 ms), 365 runs on disk (≤ 50 MB), review with them (≤ +150 ms), recording the 100 MB log (≤ 20% of export), day 2 of the 100 MB log',
		async run(context) {
			await benchHistory(context.runs, context.print, context.log);
		},
	},
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const {ensureLog: ensureBig} = await import('./lib.js');
	await benchHistory(
		3,
		line => {
			console.log(line ?? '');
		},
		async spec => ensureBig(root, path.join(root, 'bench/out'), spec),
	);
}
