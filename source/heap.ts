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
Runs the CLI again with a larger heap when the logs need it; returns its exit code, or undefined when this process should go on itself.
*/
export function respawnWithLargerHeap(
	argv: readonly string[],
): number | undefined {
	if (
		process.env[marker] ||
		process.execArgv.some(flag => flag.startsWith('--max-old-space-size'))
	) {
		return undefined;
	}

	const limit = v8.getHeapStatistics().heap_size_limit;
	const needed = inputBytes(argv);
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
