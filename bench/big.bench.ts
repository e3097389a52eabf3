/**
A 1 GB log (issue 10): generated into the system's temporary folder (not the repository), read in a fresh
process for what it keeps per test (bench/kept.ts; target ≤ 150 B), then `export --csv`, `export --json`,
`report` and the review's first frame with failures (each must work; peak RSS target ≤ 1.5× the log), and
deleted. Slow: some minutes.
*/
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {testsForSize, writeLog} from './generate.js';
import {
	type BenchSection,
	type CommandResult,
	commandRow,
	elapsed,
	formatBytes,
	formatCount,
	formatRatio,
	formatSeconds,
	formatTable,
	keptOf,
	noHistory,
	timeCommand,
} from './lib.js';
import {timeToOutput} from './ui.bench.js';

const bytes = 1e9;

async function reviewFirstFrame(
	cli: string,
	log: string,
	scratch: string,
): Promise<{seconds: number; peakRss: number | undefined} | {error: string}> {
	const rssFile = path.join(scratch, 'review-rss');
	const command = `env TRIAGE_HISTORY=off XDG_CONFIG_HOME=${scratch}/config /usr/bin/time -f %M -o ${rssFile} ${process.execPath} ${cli} --triage ${path.join(scratch, 'review.jsonl')} ${log}`;
	try {
		const milliseconds = await timeToOutput(
			command,
			output => output.includes('decided') && /› +(?:FAIL|ERR)/.test(output),
			scratch,
			600_000,
		);
		// The review has quit on `q`: /usr/bin/time writes its peak RSS once the process has ended, which
		// takes a while after freeing a few GB on a busy machine. Not read (an empty file): not measured.
		let peakRss: number | undefined;
		for (
			let waited = 0;
			peakRss === undefined && waited < 120_000;
			waited += 1000
		) {
			await new Promise(resolve => {
				setTimeout(resolve, 1000);
			});
			try {
				const text = await readFile(rssFile, 'utf8');
				const kibibytes = Number(text.trim().split('\n').at(-1));
				peakRss =
					text.trim() !== '' && Number.isFinite(kibibytes) && kibibytes > 0
						? kibibytes * 1024
						: undefined;
			} catch {
				peakRss = undefined;
			}
		}

		return {seconds: milliseconds / 1000, peakRss};
	} catch (error) {
		return {error: (error as Error).message.split('\n')[0]!};
	}
}

export const sections: BenchSection[] = [
	{
		name: 'big',
		description:
			'a 1 GB log in a temporary folder: B kept per test (≤ 150), export --csv/--json, report and the review work, peak RSS ≤ 1.5× the log',
		async run(context) {
			const {print, root} = context;
			const scratch = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-big-'));
			const log = path.join(scratch, 'chaos-1gb.log');
			try {
				const start = process.hrtime.bigint();
				const options = {failRatio: 0.1, seed: 1};
				const tests = testsForSize(options, bytes);
				await writeLog({...options, tests}, log);
				const size = statSync(log).size;
				print(
					`  generated ${log}: ${formatBytes(size)}, ${formatCount(tests)} tests in ${formatSeconds(elapsed(start))} (deleted afterwards)`,
				);
				const kept = await keptOf(log, print);
				if (kept) {
					print(
						`  read in a fresh process: ${formatSeconds(kept.seconds)}, kept ${formatBytes(kept.keptBytes)} for ${formatCount(kept.tests)} tests: ${(kept.keptBytes / kept.tests).toFixed(0)} B/test (target ≤ 150)`,
					);
				}

				const cli = path.join(root, 'dist/cli.js');
				const triage = path.join(scratch, 'triage.jsonl');
				writeFileSync(triage, '');
				const run = async (args: string[]): Promise<CommandResult> =>
					timeCommand(process.execPath, [cli, ...args, '--triage', triage], {
						cwd: root,
						env: noHistory,
						measureRss: true,
						timeoutMs: 1_800_000,
					});
				const rows = [
					commandRow(
						'export --csv',
						size,
						await run(['export', log, '--csv', '/dev/null']),
						'',
					),
					commandRow(
						'export --json',
						size,
						await run(['export', log, '--json', '/dev/null']),
						'',
					),
					commandRow(
						'report',
						size,
						await run(['report', log, '--out', '/dev/null']),
						'',
					),
				];
				const review = await reviewFirstFrame(cli, log, scratch);
				rows.push(
					'error' in review
						? ['review, first frame', review.error, '', '', '', '']
						: [
								'review, first frame',
								formatSeconds(review.seconds),
								'',
								'',
								review.peakRss === undefined
									? 'peak RSS not measured (the process did not end in 2 minutes)'
									: `peak RSS ${formatBytes(review.peakRss)} (${formatRatio(review.peakRss, size)} the log)`,
								'',
							],
				);
				print(
					'  triage with TRIAGE_HISTORY=off; peak RSS target ≤ 1.5× the log',
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
			} catch (error) {
				print(`  failed: ${(error as Error).message.split('\n')[0]!}`);
			} finally {
				rmSync(scratch, {recursive: true, force: true});
			}
		},
	},
];
