/**
A team's store on PostgreSQL (issue 14), on a throwaway cluster served on a Unix socket
(test/store/server.ts), in one run:

- recording a 6,000-test run into the store (content hash of the log included): ≤ 500 ms;
- a store holding 1,000 runs of 6,000 tests: opening the review of the latest run (first frame with
  failures, the built CLI in a pseudo-terminal) ≤ 1 s, next to the same with an empty store and with the
  local SQLite history;
- `triage record LOG` of a 6,000-test run, the whole process.

The 1,000 runs are the 6,000-test suite's runs 1–5 from the generator, recorded again and again under new
keys, as the SQLite history's bench does.

node --import=tsx bench/store.bench.ts   (after npm run build; npm run bench -- --only store runs it too)
*/
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {signatureOf} from '../source/classify/signature.js';
import {readLogSessions} from '../source/log/read.js';
import type {Run} from '../source/log/model.js';
import {openSession} from '../source/session.js';
import {openStoreHistory, type StoreHistory} from '../source/store/history.js';
import {startPostgres} from '../test/store/server.js';
import {
	type BenchSection,
	elapsed,
	formatSeconds,
	formatTable,
	median,
	timeCommand,
} from './lib.js';
import {ensureLog, timeToOutput} from './ui.bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const now = () => new Date('2026-12-01T06:00:00Z');
const storedRuns = 1000;

function hashFile(file: string): string {
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function record(
	store: StoreHistory,
	run: Run,
	key: string,
	hash: string,
) {
	return store.record({
		run,
		key,
		logs: [{path: run.source, hash, bytes: 0}],
		signatureOf: failure => signatureOf(failure).hash,
	});
}

export async function benchStore(
	runs: number,
	print: (line?: string) => void,
): Promise<void> {
	const started = await startPostgres();
	if (!started.ok) {
		print(
			`store: skipped, PostgreSQL cannot be started here: ${started.reason}`,
		);
		return;
	}

	const {server} = started;
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
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-store-'));
	const rows: string[][] = [];
	try {
		// Recording one run, hash included, into a store already set up (the schema is made once).
		const url = await server.createDatabase('bench_year');
		const store = await openStoreHistory(url, {now});
		const recordTimes: number[] = [];
		for (let index = 0; index < Math.max(5, runs); index++) {
			const start = process.hrtime.bigint();
			const hash = hashFile(days[index % days.length]!);

			await record(
				store,
				parsed[index % parsed.length]!,
				`one-${index}`,
				`${hash}-one-${index}`,
			);
			recordTimes.push(elapsed(start));
		}

		rows.push([
			'record a 6,000-test run (hash included)',
			`${(median(recordTimes) * 1000).toFixed(0)} ms (runs ${recordTimes.map(time => (time * 1000).toFixed(0)).join(', ')})`,
			'≤ 500 ms',
		]);

		const hashes = days.map(file => hashFile(file));
		const fillStart = process.hrtime.bigint();
		for (let day = recordTimes.length; day < storedRuns; day++) {
			const index = day % parsed.length;

			await record(
				store,
				parsed[index]!,
				`day-${day}`,
				`${hashes[index]!}-${day}`,
			);
		}

		const fillSeconds = elapsed(fillStart);
		const {rows: size} = await store.client.query<{bytes: string}>(
			'SELECT pg_size_pretty(pg_database_size(current_database())) AS bytes',
		);
		await store.close();
		rows.push([
			`store ${storedRuns} runs of 6,000 tests`,
			`${formatSeconds(fillSeconds)}, ${size[0]!.bytes} in the database`,
			'',
		]);

		// What the review opens, in this process: the log read and analysed, with no history, with an empty
		// store, with the store of 1,000 runs (the decisions read, the diff's window of 30 runs, today's run
		// recorded). The difference is what the store costs the review.
		const emptyUrl = await server.createDatabase('bench_empty');
		const opened = async (store: string | undefined) => {
			const times: number[] = [];
			const cpu: number[] = [];
			for (let index = 0; index < Math.max(3, runs); index++) {
				const folder = mkdtempSync(path.join(scratch, 'open-'));
				const cpuStart = process.cpuUsage();
				const start = process.hrtime.bigint();

				const session = await openSession({
					logs: [today],
					cwd: folder,
					history: store !== undefined,
					...(store !== undefined && {store}),
				});
				session.review();
				times.push(elapsed(start));
				const used = process.cpuUsage(cpuStart);
				cpu.push((used.user + used.system) / 1e6);

				await session.close();
				if (store !== undefined) {
					// Today's run again next time: forget it.

					const history = await openStoreHistory(store, {now});
					const all = await history.list();
					await history.forget(all.at(-1)!.id);
					await history.close();
				}
			}

			return {times, cpu};
		};

		const baseline = await opened(undefined);
		for (const [label, store] of [
			['open the review (in process): no history', undefined],
			['open the review (in process): empty store', emptyUrl],
			[`open the review (in process): store of ${storedRuns} runs`, url],
		] as const) {
			const {times, cpu} = store === undefined ? baseline : await opened(store);
			const wall = median(times);
			const extra =
				store === undefined
					? ''
					: `; +${((wall - median(baseline.times)) * 1000).toFixed(0)} ms wall, +${((median(cpu) - median(baseline.cpu)) * 1000).toFixed(0)} ms CPU`;
			rows.push([
				label,
				`${(wall * 1000).toFixed(0)} ms wall (runs ${times.map(time => (time * 1000).toFixed(0)).join(', ')}), ${(median(cpu) * 1000).toFixed(0)} ms CPU${extra}`,
				store === url ? '≤ 1 s' : '',
			]);
		}

		// The review's first frame on today's log: the store of 1,000 runs, an empty store, SQLite.
		const cli = path.join(root, 'dist/cli.js');
		const firstFrame = async (store: string | undefined) => {
			const times: number[] = [];
			for (let index = 0; index < Math.max(3, runs); index++) {
				// A fresh folder: today's run is new to the SQLite history each time, as to the stores.
				const folder = mkdtempSync(path.join(scratch, 'review-'));
				mkdirSync(folder, {recursive: true});
				const storeFlag = store === undefined ? '' : `--store ${store}`;

				times.push(
					await timeToOutput(
						`env XDG_CONFIG_HOME=${scratch}/config ${process.execPath} ${cli} ${storeFlag} --triage ${folder}/triage.jsonl ${today}`,
						output =>
							output.includes('decided') && /› +(?:FAIL|ERR)/.test(output),
						folder,
					),
				);
			}

			return times;
		};

		for (const [label, store] of [
			['review, first frame: local SQLite, empty', undefined],
			['review, first frame: empty store', emptyUrl],
			[`review, first frame: store of ${storedRuns} runs`, url],
		] as const) {
			const times = await firstFrame(store);
			rows.push([
				label,
				`${median(times).toFixed(0)} ms (runs ${times.map(time => time.toFixed(0)).join(', ')})`,
				'',
			]);
		}

		// `triage record` as CI runs it: the whole process, a new run each time.
		const recordCli: number[] = [];
		for (let index = 0; index < Math.max(3, runs); index++) {
			const folder = mkdtempSync(path.join(scratch, 'record-'));
			const fresh = path.join(folder, `run-${index}.log`);
			// The same bytes under a new name are the same log: a new key needs new bytes.
			const {writeFileSync} = await import('node:fs');
			writeFileSync(
				fresh,
				Buffer.concat([
					readFileSync(today),
					Buffer.from(`\n# copy ${index}\n`),
				]),
			);

			const result = await timeCommand(
				process.execPath,
				[cli, 'record', '--store', url, fresh],
				{cwd: folder},
			);
			recordCli.push(result.seconds);
		}

		rows.push([
			'triage record LOG (6,000 tests), the whole process',
			`${(median(recordCli) * 1000).toFixed(0)} ms`,
			'',
		]);
	} finally {
		server.destroy();
		rmSync(scratch, {recursive: true, force: true});
	}

	for (const line of formatTable([['store', 'figure', 'target'], ...rows])) {
		print(line);
	}

	print(
		`(load average ${os
			.loadavg()
			.map(load => load.toFixed(1))
			.join(' ')} on ${os.cpus().length} cores)`,
	);
}

export const sections: BenchSection[] = [
	{
		name: 'store',
		description:
			'team store on PostgreSQL: record a 6,000-test run (≤ 500 ms), review the latest of 1,000 runs (≤ 1 s)',
		async run(context) {
			await benchStore(context.runs, context.print);
		},
	},
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await benchStore(3, line => {
		console.log(line ?? '');
	});
}
