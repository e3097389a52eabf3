/**
A read and nothing else: run in a fresh process (`node --import=tsx bench/read.ts LOG`, or bundled as the
junit section runs it), it reads the log with `readLog` and prints one JSON line: the seconds the read took,
its tests and failures. The process's own time is what reading a log costs from the start.
*/
import process from 'node:process';
import {readLog} from '../source/log/read.js';

const file = process.argv[2];
if (file === undefined) {
	process.stderr.write('usage: node --import=tsx bench/read.ts LOG\n');
	process.exit(2);
}

const start = process.hrtime.bigint();
const run = await readLog(file);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(
	`${JSON.stringify({
		seconds,
		tests: run.tests.length,
		failures: run.failures.length,
	})}\n`,
);
