/**
`triage report` on the 100 MB log next to the old analyzer on the same file, in the same run, and
what the old analyzer's report misses (outcomes it never counts, failures it never sees).
*/
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {parseFinalLine} from '../source/log/summary.js';
import {
	type BenchSection,
	type LogSpec,
	commandRow,
	formatBytes,
	formatCount,
	formatTable,
	noHistory,
	speedup,
	timeInterleaved,
} from './lib.js';

function lastLine(file: string): string {
	const text = readFileSync(file, 'latin1').slice(-4096).trimEnd();
	return text.slice(text.lastIndexOf('\n') + 1);
}

// The same log as the parse section's 100 MB one (bench/run.ts), so it is generated once.
const spec: LogSpec = {
	name: 'chaos-100mb',
	bytes: 100e6,
	options: {failRatio: 0.1, seed: 1},
	label: '-v --tb=short, 10% failing',
};

export const sections: BenchSection[] = [
	{
		name: 'report',
		description:
			'triage report on the 100 MB log against the old analyzer (target: 2× faster)',
		async run(context) {
			const {print, root} = context;
			const log = await context.log(spec);
			const cli = path.join(root, 'dist/cli.js');
			const oldAnalyzer = path.resolve(root, '../shared/tools/old-analyzer.py');
			if (!existsSync(oldAnalyzer)) {
				print(
					'  ../shared/tools/old-analyzer.py is missing: old analyzer row skipped',
				);
			}

			const outDir = path.join(context.outDir, 'old-report');
			const [triage, old] = await timeInterleaved(
				[
					{
						command: process.execPath,
						args: [
							cli,
							'report',
							log.file,
							'--out',
							'/dev/null',
							'--triage',
							path.join(context.outDir, 'none.jsonl'),
						],
						options: {cwd: root, env: noHistory, measureRss: true},
					},
					...(existsSync(oldAnalyzer)
						? [
								{
									command: 'python3',
									args: [oldAnalyzer, log.file, outDir],
									options: {cwd: root, measureRss: true},
								},
							]
						: []),
				],
				context.runs,
			);
			const rows = [
				commandRow(
					'triage report',
					log.bytes,
					triage!,
					old ? speedup(triage!, old) : '',
				),
			];
			if (old) {
				rows.push(commandRow('old analyzer', log.bytes, old, ''));
				const csv = existsSync(path.join(outDir, 'failure_inventory.csv'))
					? readFileSync(path.join(outDir, 'failure_inventory.csv'), 'utf8')
							.trim()
							.split('\n').length - 1
					: 0;
				const truth = parseFinalLine(lastLine(log.file));
				if (truth) {
					print(
						`  pytest counted ${formatCount(truth.failed ?? 0)} failed and ${formatCount(truth.error ?? 0)} errors; the old analyzer's CSV lists ${formatCount(csv)} failures (no errors, no skips, xfails or xpasses; nothing outside tests/chaos/, no parametrized ids)`,
					);
				}
			}

			print(
				`  ${log.relative}: ${formatBytes(log.bytes)}, ${formatCount(log.tests)} tests; triage with TRIAGE_HISTORY=off`,
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
		},
	},
];
