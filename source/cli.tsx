#!/usr/bin/env node
import process from 'node:process';
import v8 from 'node:v8';
import {quickAnswer} from './cli-help.js';

// V8 lets the heap grow up to 4× what a full collection left before the next one. Reading a large log
// makes garbage fast, and the peak was that garbage: at most 2× costs no measurable time and cuts an
// export's peak RSS by a fifth to a quarter (bench: 100 MB log 490-510 → 370-400 MB, 1 GB 3.0 → 2.5 GB).
v8.setFlagsFromString('--heap-growing-percent=100');

// `--help` (with any command) and `--version` alone need nothing of the rest (dist/main.cjs is not even read).
const answer = quickAnswer(process.argv.slice(2));
if (answer === undefined) {
	// The build loads dist/main.cjs here instead, with V8's code cache (source/cached-main.ts).
	const {main} = await import('./main.js');
	await main();
} else {
	process.stdout.write(answer);
}
