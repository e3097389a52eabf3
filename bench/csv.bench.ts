/**
The CSV export's budget (issue 6): `node dist/cli.js export LOG --csv /dev/null` on a log with 50,000
failures, whole process, target ≤ 2 s. Also the same steps in this process (read, analyze, review,
CSV), so that a regression shows where it is.

The log comes from `bench/generate.ts` (-v --tb=short), generated once into `bench/out/`
(gitignored) and regenerated when the generator changes.

npm run build && node --import=tsx bench/csv.bench.ts [--runs N]
*/
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {analyze} from '../source/classify/analyze.js';
import {writeCsv} from '../source/export/csv.js';
import {readLog} from '../source/log/read.js';
import {buildReview} from '../source/triage/review.js';
import {writeLog, type GenerateOptions} from './generate.js';
import {
	elapsed,
	formatBytes,
	formatCount,
	formatSeconds,
	generatorFingerprint,
	timeCommandRuns,
	type BenchSection,
} from './lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The failures the budget is about. */
export const wantedFailures = 50_000;
/** Seconds, whole process. */
export const target = 2;

/** About 40% of the tests fail or error: 125,000 tests give a little over 50,000 failures. */
const logOptions: Partial<GenerateOptions> = {
	tests: 125_000,
	failRatio: 0.42,
	seed: 6,
};

export type CsvBenchResult = {
	readonly log: string;
	readonly logBytes: number;
	readonly failures: number;
	/** Median whole-process wall time of the CLI, in seconds. */
	readonly seconds: number;
	readonly runs: readonly number[];
	readonly peakRss?: number;
	/** In-process seconds per step. */
	readonly steps: {
		readonly read: number;
		readonly analyze: number;
		readonly review: number;
		readonly csv: number;
	};
	readonly csvBytes: number;
};

export type CsvBenchOptions = {
	/** CLI runs to take the median of (default 3). */
	readonly runs?: number;
	readonly outDir?: string;
	readonly print?: (line?: string) => void;
};

/** Generate the log unless an up-to-date copy is in `outDir`; returns its path and failure count. */
async function ensureLog(
	outDir: string,
	print: (line?: string) => void,
): Promise<{file: string; failures: number}> {
	await mkdir(outDir, {recursive: true});
	const file = path.join(outDir, 'csv-50k-failures.log');
	const metaFile = path.join(outDir, 'csv-50k-failures.json');
	const generator = generatorFingerprint(root);
	const wanted = JSON.stringify({generator, logOptions});
	if (existsSync(file) && existsSync(metaFile)) {
		try {
			const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
				wanted?: string;
				failures?: number;
			};
			if (meta.wanted === wanted && typeof meta.failures === 'number') {
				return {file, failures: meta.failures};
			}
		} catch {
			// Regenerated below.
		}
	}

	print(`  generating ${path.relative(root, file)}…`);
	const start = process.hrtime.bigint();
	const {summary} = await writeLog(logOptions, file);
	const failures = summary.failedIds.length + summary.errorIds.length;
	writeFileSync(metaFile, `${JSON.stringify({wanted, failures})}\n`);
	print(
		`  generated in ${formatSeconds(elapsed(start))}: ${formatCount(failures)} failures`,
	);
	return {file, failures};
}

function time<T>(step: () => T): [T, number] {
	const start = process.hrtime.bigint();
	const value = step();
	return [value, elapsed(start)];
}

export async function benchCsv(
	options: CsvBenchOptions = {},
): Promise<CsvBenchResult> {
	const print =
		options.print ??
		((line = '') => {
			process.stdout.write(`${line}\n`);
		});
	const cli = path.join(root, 'dist/cli.js');
	if (!existsSync(cli)) {
		throw new Error('dist/cli.js is missing: run `npm run build` first');
	}

	const outDir = options.outDir ?? path.join(root, 'bench/out');
	const {file, failures} = await ensureLog(outDir, print);
	const log = path.relative(root, file);
	// An empty triage file of its own, so that a journal in the repository does not count.
	const triage = path.join(outDir, 'csv-bench-triage.jsonl');
	writeFileSync(triage, '');

	const command = await timeCommandRuns(
		process.execPath,
		[cli, 'export', log, '--csv', '/dev/null', '--triage', triage],
		options.runs ?? 3,
		{cwd: root, measureRss: true},
	);
	if (!command.ok) {
		throw new Error(
			`export failed (exit ${command.code ?? command.signal}): ${command.stderr.trim() || command.error}`,
		);
	}

	const readStart = process.hrtime.bigint();
	const run = await readLog(file);
	const read = elapsed(readStart);
	const [analysis, analyzeSeconds] = time(() => analyze([run]));
	const [review, reviewSeconds] = time(() => buildReview(analysis, new Map()));
	let csvBytes = 0;
	const [, csvSeconds] = time(() => {
		writeCsv(review, text => {
			csvBytes += Buffer.byteLength(text);
		});
	});

	const result: CsvBenchResult = {
		log,
		logBytes: statSync(file).size,
		failures,
		seconds: command.seconds,
		runs: command.runs,
		...(command.peakRss === undefined ? {} : {peakRss: command.peakRss}),
		steps: {
			read,
			analyze: analyzeSeconds,
			review: reviewSeconds,
			csv: csvSeconds,
		},
		csvBytes,
	};
	const verdict = result.seconds <= target ? 'within' : 'OVER';
	print('csv');
	print(
		`  export --csv, ${formatCount(failures)} failures (${log}, ${formatBytes(result.logBytes)})`,
	);
	print(
		`    whole process  median ${formatSeconds(result.seconds)} of ${result.runs.map(seconds => formatSeconds(seconds)).join(', ')}${result.peakRss === undefined ? '' : `, peak RSS ${formatBytes(result.peakRss)}`}  (target ≤ ${target} s: ${verdict})`,
	);
	print(
		`    in process     read ${formatSeconds(read)}, analyze ${formatSeconds(analyzeSeconds)}, review ${formatSeconds(reviewSeconds)}, CSV ${formatSeconds(csvSeconds)} (${formatBytes(csvBytes)})`,
	);
	if (failures < wantedFailures) {
		print(
			`    note: the log has ${formatCount(failures)} failures, fewer than ${formatCount(wantedFailures)}`,
		);
	}

	return result;
}

/** For `npm run bench` (bench/run.ts runs the sections of `bench/*.bench.ts`). */
export const sections: BenchSection[] = [
	{
		name: 'csv',
		description: `bench/csv.bench.ts: export --csv of ${formatCount(wantedFailures)} failures, whole process (target ≤ ${target} s)`,
		async run(context) {
			await benchCsv({
				runs: Math.max(3, context.runs),
				outDir: context.outDir,
				print: context.print,
			});
		},
	},
];

if (
	process.argv[1] &&
	fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
	const {values} = parseArgs({options: {runs: {type: 'string'}}});
	await benchCsv({runs: values.runs === undefined ? 3 : Number(values.runs)});
}
