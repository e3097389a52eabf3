/**
The live review (issue 13): a 6,000-test `-v` log written line by line into a file at about 1,500 lines
a second while `followFile` and `LiveReview` read it, as `triage --follow` does. Prints the delay from a
failing progress line being written to the first review that lists it (median, p95; goal ≤ 100 ms), and
how long each re-read holds the event loop (a key pressed meanwhile waits at most that long).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {builtInRuleSet} from '../source/classify/rules/built-in.js';
import {followFile} from '../source/live/follow.js';
import {LiveReview} from '../source/live/live-review.js';
import {openJournal} from '../source/triage/journal.js';
import type {BenchSection} from './lib.js';

function percentile(values: readonly number[], share: number): number {
	const sorted = values.toSorted((a, b) => a - b);
	return (
		sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ??
		Number.NaN
	);
}

const failing = /^(\S+::\S+) (?:FAILED|ERROR)\b/;

export const sections: BenchSection[] = [
	{
		name: 'live',
		description:
			'live review of a log being written (6,000 tests): failing line written → shown (≤ 100 ms), event loop held per re-read',
		async run(context) {
			const log = await context.log({
				name: 'live-6k',
				bytes: 900_000,
				label: '-v --tb=short',
			});
			const lines = fs.readFileSync(log.file, 'utf8').split(/(?<=\n)/);
			const folder = fs.mkdtempSync(
				path.join(os.tmpdir(), 'triage-bench-live-'),
			);
			const file = path.join(folder, 'run.log');
			fs.writeFileSync(file, '');
			const journal = openJournal(path.join(folder, 'triage.jsonl'), {
				now: () => new Date(),
			});
			const live = new LiveReview({
				source: file,
				ruleSet: builtInRuleSet(),
				journal,
			});
			const written = new Map<string, number>();
			const delays: number[] = [];
			const seen = new Set<string>();
			live.subscribe(() => {
				const {review} = live.get();
				const now = performance.now();
				for (const row of review?.rows ?? []) {
					const {id} = row.analyzed.failure;
					if (!seen.has(id)) {
						seen.add(id);
						const at = written.get(id);
						if (at !== undefined) {
							delays.push(now - at);
						}
					}
				}
			});
			// The event loop's stalls while the log streams in: a key waits for the longest one.
			const stalls: number[] = [];
			let tick = performance.now();
			const probe = setInterval(() => {
				const now = performance.now();
				stalls.push(Math.max(0, now - tick - 5));
				tick = now;
			}, 5);
			const controller = new AbortController();
			const reading = (async () => {
				for await (const _ of live.tap(
					followFile(file, {
						signal: controller.signal,
						isFinished: () => live.hasFinalLine(),
						pollMs: 100,
					}),
				)) {
					// The real read would parse here too; the figure is the live view's own.
				}
			})();
			const started = performance.now();
			const fd = fs.openSync(file, 'a');
			const burst = 15;
			for (let index = 0; index < lines.length; index += burst) {
				const chunk = lines.slice(index, index + burst);
				const now = performance.now();
				for (const line of chunk) {
					const match = failing.exec(line);
					if (match && !written.has(match[1]!)) {
						written.set(match[1]!, now);
					}
				}

				fs.writeSync(fd, chunk.join(''));

				await new Promise(resolve => {
					setTimeout(resolve, 10);
				});
			}

			fs.closeSync(fd);
			const wrote = performance.now() - started;
			await Promise.race([
				reading,
				new Promise(resolve => {
					setTimeout(resolve, 10_000);
				}),
			]);
			controller.abort();
			clearInterval(probe);
			live.stop();
			fs.rmSync(folder, {recursive: true, force: true});
			const format = (value: number) => `${value.toFixed(0)} ms`;
			context.print(
				`  log: ${log.relative}, ${log.tests} tests, ${lines.length} lines written in ${(wrote / 1000).toFixed(1)} s`,
			);
			context.print(
				`  failing line written → listed: median ${format(percentile(delays, 0.5))}, p95 ${format(percentile(delays, 0.95))}, max ${format(Math.max(...delays))} over ${delays.length} failures (goal ≤ 100 ms; ${written.size - delays.length} not measured)`,
			);
			context.print(
				`  event loop held while streaming: median ${format(percentile(stalls, 0.5))}, p95 ${format(percentile(stalls, 0.95))}, max ${format(Math.max(...stalls))} (what a key may wait on top of its frame)`,
			);
		},
	},
];
