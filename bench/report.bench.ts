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
	formatBytes,
	formatCount,
	formatRatio,
	formatSeconds,
	formatTable,
	timeCommandRuns,
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
			const triage = await timeCommandRuns(
				process.execPath,
				[
					cli,
					'report',
					log.file,
					'--out',
					'/dev/null',
					'--triage',
					path.join(context.outDir, 'none.jsonl'),
				],
				context.runs,
				{cwd: root, measureRss: true},
			);
			const rows = [
				[
					'triage report',
					triage.ok ? formatSeconds(triage.seconds) : 'failed',
					triage.peakRss === undefined
						? ''
						: `peak RSS ${formatBytes(triage.peakRss)}`,
					'',
				],
			];
			if (existsSync(oldAnalyzer)) {
				const outDir = path.join(context.outDir, 'old-report');
				const old = await timeCommandRuns(
					'python3',
					[oldAnalyzer, log.file, outDir],
					context.runs,
					{cwd: root, measureRss: true},
				);
				rows.push([
					'old analyzer',
					old.ok ? formatSeconds(old.seconds) : 'failed',
					old.peakRss === undefined
						? ''
						: `peak RSS ${formatBytes(old.peakRss)}`,
					triage.ok && old.ok
						? `triage/old ${formatRatio(triage.seconds, old.seconds)}`
						: '',
				]);
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
			} else {
				print(
					'  ../shared/tools/old-analyzer.py is missing: old analyzer row skipped',
				);
			}

			print(
				`  ${log.relative}: ${formatBytes(log.bytes)}, ${formatCount(log.tests)} tests`,
			);
			for (const line of formatTable(rows, ['left', 'right', 'left', 'left'])) {
				print(`    ${line}`);
			}
		},
	},
];
