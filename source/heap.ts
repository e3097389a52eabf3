/**
Node's default heap (about 4 GB here) is too small for a log of many gigabytes. A run keeps its tests' ids
and its tracebacks outside the heap (test-list.ts, bodies.ts): what stays in it, the failures and their
analysis, is well under the log's size. For an input larger than the heap the CLI runs itself again with a
heap sized to the machine, once.
*/

import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import v8 from 'node:v8';
import vm from 'node:vm';
import {largeInputHeapGrowth, setHeapGrowth} from './heap-growth.js';

/** From this many bytes of input on, the heap grows more slowly (`largeInputHeapGrowth`). */
const largeInput = 256 * 1024 * 1024;

/**
The heap for the logs given, their sizes read once: for logs of hundreds of megabytes, a heap that grows more
slowly (a lower peak RSS for some more CPU time); for logs larger than the heap, the CLI run again with a larger
one (`respawnWithLargerHeap`). Returns that run's exit code, or undefined when this process goes on itself.
*/
export function fitHeapToInput(argv: readonly string[]): number | undefined {
	const bytes = inputBytes(argv);
	if (bytes >= largeInput) {
		setHeapGrowth(largeInputHeapGrowth);
	}

	return respawnWithLargerHeap(argv, bytes);
}

/** Inputs larger than this share of the current heap limit get a bigger heap. */
const inputShareOfHeap = 1;
const marker = 'TRIAGE_HEAP_RESPAWNED';

function inputBytes(argv: readonly string[]): number {
	let total = 0;
	for (const argument of argv) {
		if (argument.startsWith('-')) {
			continue;
		}

		try {
			const stat = fs.statSync(argument);
			if (stat.isFile()) {
				// A gzipped log grows about tenfold when read.
				total += argument.endsWith('.gz') ? stat.size * 10 : stat.size;
			}
		} catch {
			// Not a file (a command name, a flag value): nothing to add.
		}
	}

	return total;
}

/**
Runs the CLI again with a larger heap when the logs (`needed` bytes) need it; returns its exit code, or undefined when this process should go on itself.
*/
function respawnWithLargerHeap(
	argv: readonly string[],
	needed: number,
): number | undefined {
	if (
		process.env[marker] ||
		process.execArgv.some(flag => flag.startsWith('--max-old-space-size'))
	) {
		return undefined;
	}

	const limit = v8.getHeapStatistics().heap_size_limit;
	if (needed < limit * inputShareOfHeap) {
		return undefined;
	}

	const megabytes = Math.floor(
		Math.min(os.totalmem() * 0.75, Math.max(limit, needed * 2)) / 1024 / 1024,
	);
	if (megabytes * 1024 * 1024 <= limit) {
		return undefined;
	}

	const result = spawnSync(
		process.execPath,
		[
			`--max-old-space-size=${megabytes}`,
			...process.execArgv,
			process.argv[1]!,
			...argv,
		],
		{
			stdio: 'inherit',
			env: {...process.env, [marker]: '1'},
		},
	);
	if (result.error) {
		return undefined;
	}

	return result.status ?? 1;
}

let fullCollection: (() => void) | undefined;

/**
A full garbage collection, now. For a command that has finished building what it keeps and is about to make
much more garbage of a different kind: the analysis of a large run leaves tens of megabytes of its own
garbage, which V8 (growing the heap to 2× what its last collection kept, cli.tsx) collects only once the
heap has grown past that. An export then adds its own on top, and the peak was at its end: collected
between the two, the export's garbage reuses the analysis's space (100 MB log, export --json: peak RSS
364 -> 343 MB, medians of 5 alternating runs; one collection of ~100 MB kept costs ~0.1 s).

V8 gives the collector only to a context made while `--expose-gc` is set (as jest's leak detector takes it);
the flag is set back at once, so that the rest of the process runs with the flags it started with (the
bundle's code cache is checked against them, source/cached-main.ts).
*/
export function collectGarbage(): void {
	if (fullCollection === undefined) {
		v8.setFlagsFromString('--expose-gc');
		try {
			fullCollection = vm.runInNewContext('gc') as () => void;
		} finally {
			v8.setFlagsFromString('--no-expose-gc');
		}
	}

	fullCollection();
}

/**
Below this much used heap a full collection frees too little to pay for itself: a small run's whole heap is a
few tens of megabytes, and its peak RSS is node's own.
*/
const worthCollecting = 48 * 1024 * 1024;

/**
`collectGarbage`, when the heap holds enough to matter (a large run): between reading a run and analysing it,
and between the analysis and an export. Returns whether it collected. `atLeast`: a higher bound where a
collection costs what a person waits for (the review's first frame).
*/
export function collectLargeGarbage(atLeast = worthCollecting): boolean {
	if (v8.getHeapStatistics().used_heap_size < atLeast) {
		return false;
	}

	collectGarbage();
	return true;
}
