/**
What reading a log keeps: run in a fresh process (`node --expose-gc --import=tsx bench/kept.ts LOG`), it reads
the log with `readLog`, collects garbage, and prints one JSON line: the seconds the read took, the bytes the
run keeps (V8 heap and array buffers, after minus before), its tests, and the process's resident set size.
The benchmarks divide the bytes by the tests: what a test costs once the log is read.
*/
import process from 'node:process';
import {readLog} from '../source/log/read.js';

const file = process.argv[2];
if (file === undefined) {
	process.stderr.write(
		'usage: node --expose-gc --import=tsx bench/kept.ts LOG\n',
	);
	process.exit(2);
}

const collect = (globalThis as {gc?: () => void}).gc;
if (collect === undefined) {
	process.stderr.write('run with --expose-gc\n');
	process.exit(2);
}

const held = (usage: NodeJS.MemoryUsage) => usage.heapUsed + usage.arrayBuffers;
collect();
const before = held(process.memoryUsage());
const start = process.hrtime.bigint();
const run = await readLog(file);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
collect();
collect();
const after = process.memoryUsage();
process.stdout.write(
	`${JSON.stringify({
		seconds,
		keptBytes: held(after) - before,
		tests: run.tests.length,
		failures: run.failures.length,
		rss: after.rss,
	})}\n`,
);
