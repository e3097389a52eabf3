/**
The benchmark harness behind `npm run bench` (`npm run build && node --import=tsx bench/run.ts`).

It runs a list of named sections and prints figures and ratios; it never asserts, and a command
that fails is reported on its row while the rest goes on. Its own sections:

- parse: on synthetic logs of 10 MB and 100 MB (-v --tb=short, 10% failing), a 100 MB one with text
  beyond ASCII in 3% of its lines and a 100 MB xdist one (generated once into bench/out/, gitignored):
  a bare newline scan of the file in this process, a read in a fresh process and what it keeps per test
  (bench/kept.ts), `node dist/cli.js export LOG --json|--csv /dev/null` and the old analyzer
  `python3 ../shared/tools/old-analyzer.py LOG OUTDIR`, run in turn (wall and CPU time, MB/s, peak RSS
  and its ratio to the log, how many times faster than the old analyzer).
- journal: bench/journal.ts (decision latency, journal load time).

More sections come from `bench/*.bench.ts` files exporting `sections` (see bench/lib.ts).

node --import=tsx bench/run.ts [--only parse,journal] [--runs N] [--list]
*/
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {benchJournal} from './journal.js';
import {
	type BenchContext,
	type BenchSection,
	type LogSpec,
	ensureLog,
	formatBytes,
	formatCount,
	formatRate,
	formatRatio,
	formatSeconds,
	formatTable,
	scanNewlines,
	commandRow,
	keptOf,
	noHistory,
	speedup,
	timeFunction,
	timeInterleaved,
} from './lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The logs the parse section measures. */
export const parseLogs: readonly LogSpec[] = [
	{
		name: 'chaos-10mb',
		bytes: 10e6,
		options: {failRatio: 0.1, seed: 1},
		label: '-v --tb=short, 10% failing',
	},
	{
		name: 'chaos-100mb',
		bytes: 100e6,
		options: {failRatio: 0.1, seed: 1},
		label: '-v --tb=short, 10% failing',
	},
	{
		name: 'chaos-100mb-non-ascii',
		bytes: 100e6,
		options: {failRatio: 0.1, seed: 1, nonAscii: 0.03},
		label: '-v --tb=short, 10% failing, text beyond ASCII in 3% of lines',
	},
	{
		name: 'chaos-100mb-xdist',
		bytes: 100e6,
		options: {failRatio: 0.1, seed: 1, xdist: true},
		label: '-v --tb=short, 10% failing, xdist with 4 workers',
	},
];

export const parseSection: BenchSection = {
	name: 'parse',
	description:
		'triage export --json and --csv against the old analyzer and a bare newline scan; what a test costs',
	async run(context) {
		const {print} = context;
		const cli = path.join(root, 'dist/cli.js');
		const oldAnalyzer = path.resolve(root, '../shared/tools/old-analyzer.py');
		if (!existsSync(cli)) {
			print(
				'  dist/cli.js is missing (`npm run bench` builds it first): section skipped',
			);
			return;
		}

		const hasOldAnalyzer = existsSync(oldAnalyzer);
		if (!hasOldAnalyzer) {
			print(
				'  ../shared/tools/old-analyzer.py is missing: old analyzer rows skipped',
			);
		}

		print(
			'  whole processes, medians of runs taken in turn (triage json, triage csv, old, …); "N× faster" = old / triage;',
		);
		print(
			'  triage runs with TRIAGE_HISTORY=off (the history has its own section); "kept" = heap and buffers a read run holds, per test',
		);
		mkdirSync(context.outDir, {recursive: true});
		const triage = path.join(context.outDir, 'parse-triage.jsonl');
		writeFileSync(triage, '');
		for (const spec of parseLogs) {
			print();
			const log = await context.log(spec);
			let lines = 0;
			const scan = await timeFunction(Math.max(3, context.runs), async () => {
				lines = await scanNewlines(log.file);
			});
			const kept = await keptOf(log.file, print);
			const commands = [
				{
					command: process.execPath,
					args: [
						cli,
						'export',
						log.file,
						'--json',
						'/dev/null',
						'--triage',
						triage,
					],
					options: {cwd: root, env: noHistory, measureRss: true},
				},
				{
					command: process.execPath,
					args: [
						cli,
						'export',
						log.file,
						'--csv',
						'/dev/null',
						'--triage',
						triage,
					],
					options: {cwd: root, env: noHistory, measureRss: true},
				},
				...(hasOldAnalyzer
					? [
							{
								command: 'python3',
								args: [
									oldAnalyzer,
									log.file,
									path.join(context.outDir, `old-${spec.name}`),
								],
								options: {cwd: root, measureRss: true},
							},
						]
					: []),
			];
			const [json, csv, old] = await timeInterleaved(commands, context.runs);
			const rows: string[][] = [
				[
					'bare newline scan',
					formatSeconds(scan.seconds),
					formatRate(log.bytes, scan.seconds),
					'',
					'',
					'',
				],
			];
			if (kept) {
				rows.push([
					'read (readLog), fresh process',
					formatSeconds(kept.seconds),
					formatRate(log.bytes, kept.seconds),
					'',
					`kept ${formatBytes(kept.keptBytes)}: ${(kept.keptBytes / Math.max(1, kept.tests)).toFixed(0)} B/test`,
					`${formatRatio(kept.seconds, scan.seconds)} the scan${old?.ok ? `; ${readAgainstOld(kept.seconds, old.seconds)}` : ''}`,
				]);
			}

			rows.push(
				commandRow(
					'triage export --json',
					log.bytes,
					json!,
					old ? speedup(json!, old) : '',
				),
				commandRow(
					'triage export --csv',
					log.bytes,
					csv!,
					old ? speedup(csv!, old) : '',
				),
			);
			if (old) {
				rows.push(commandRow('old analyzer', log.bytes, old, ''));
			}

			print(
				`  ${log.relative}: ${formatBytes(log.bytes)}, ${formatCount(log.tests)} tests, ${formatCount(lines)} lines (${spec.label ?? ''})`,
			);
			for (const line of formatTable(rows, [
				'left',
				'right',
				'right',
				'right',
				'left',
				'left',
			])) {
				print(`    ${line}`);
			}
		}
	},
};

/**
The read alone (from its start, the process's own start-up left out) against the old analyzer's whole process: the
figure a goal on the read alone would be measured by (issue 10, section 1).
*/
function readAgainstOld(readSeconds: number, oldSeconds: number): string {
	return oldSeconds >= readSeconds
		? `${formatRatio(oldSeconds, readSeconds)} faster than the old analyzer`
		: `${formatRatio(readSeconds, oldSeconds)} slower than the old analyzer`;
}

export const journalSection: BenchSection = {
	name: 'journal',
	description:
		'bench/journal.ts: one decision with 10,000 in the file, loading 100,000 events',
	run() {
		benchJournal();
	},
};

/** Sections from `bench/*.bench.ts`: each exports `sections: BenchSection[]`. */
async function discoverSections(
	print: (line?: string) => void,
): Promise<BenchSection[]> {
	const directory = path.join(root, 'bench');
	const entries = await readdir(directory);
	const files = entries.filter(file => file.endsWith('.bench.ts')).toSorted();
	const found: BenchSection[] = [];
	for (const file of files) {
		try {
			const module = (await import(
				pathToFileURL(path.join(directory, file)).href
			)) as {sections?: unknown};
			const sections = Array.isArray(module.sections) ? module.sections : [];
			for (const section of sections as unknown[]) {
				if (isSection(section)) {
					found.push(section);
				} else {
					print(`bench/${file}: an entry of \`sections\` is not a section`);
				}
			}
		} catch (error) {
			print(`bench/${file}: could not load: ${message(error)}`);
		}
	}

	return found;
}

function isSection(value: unknown): value is BenchSection {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as BenchSection).name === 'string' &&
		typeof (value as BenchSection).run === 'function'
	);
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export async function main(argv: readonly string[]): Promise<number> {
	const {values} = parseArgs({
		args: [...argv],
		options: {
			only: {type: 'string'},
			runs: {type: 'string'},
			list: {type: 'boolean'},
			help: {type: 'boolean', short: 'h'},
		},
	});
	const print = (line = '') => {
		process.stdout.write(`${line}\n`);
	};

	if (values.help) {
		print(
			'usage: node --import=tsx bench/run.ts [--only NAME,NAME] [--runs N] [--list]',
		);
		return 0;
	}

	const sections = [
		parseSection,
		journalSection,
		...(await discoverSections(print)),
	];
	if (values.list) {
		for (const section of sections) {
			print(`${section.name.padEnd(16)} ${section.description}`);
		}

		return 0;
	}

	const only = values.only?.split(',').map(name => name.trim());
	const unknown = only?.filter(
		name => !sections.some(section => section.name === name),
	);
	if (unknown !== undefined && unknown.length > 0) {
		print(`unknown section: ${unknown.join(', ')} (--list shows them)`);
		return 2;
	}

	const runs = Math.max(1, Math.floor(Number(values.runs ?? 1)) || 1);
	const outDir = path.join(root, 'bench/out');
	const context: BenchContext = {
		root,
		outDir,
		runs,
		print,
		log: async spec => ensureLog(root, outDir, spec, print),
	};
	const cpus = os.cpus();
	print(
		`triage benchmarks: node ${process.version}, ${process.platform} ${process.arch}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${formatBytes(os.totalmem())} RAM, ${runs} run${runs === 1 ? '' : 's'} per command`,
	);
	for (const section of sections) {
		if (only !== undefined && !only.includes(section.name)) {
			continue;
		}

		print();
		print(`== ${section.name}: ${section.description}`);
		const start = process.hrtime.bigint();
		try {
			await section.run(context);
		} catch (error) {
			print(`  section failed: ${message(error)}`);
		}

		print(
			`  (${section.name} took ${formatSeconds(Number(process.hrtime.bigint() - start) / 1e9)})`,
		);
	}

	return 0;
}

const isMain =
	process.argv[1] !== undefined &&
	path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	process.exitCode = await main(process.argv.slice(2));
}
