#!/usr/bin/env node
import process from 'node:process';
import {fitHelp, quickAnswer} from './cli-help.js';
import {normalHeapGrowth, setHeapGrowth} from './heap-growth.js';

// Before the bundle is compiled from its code cache, which V8 checks against the flags (heap-growth.ts).
setHeapGrowth(normalHeapGrowth);

// `--help` (with any command) and `--version` alone need nothing of the rest (dist/main.cjs is not even read).
// No top-level await: the build makes this module CommonJS (Node loads it without its ES module loader).
const answer = quickAnswer(process.argv.slice(2));
if (answer === undefined) {
	// The build loads dist/main.cjs here instead, with V8's code cache (source/cached-main.ts). main() says
	// its own errors; what escapes it is an uncaught exception, as with the top-level await before.
	void import('./main.js').then(async ({main}) => main());
} else {
	// A reader that goes away (`triage --help | head -0`) is not a failure of ours: stop quietly, as main() does. A
	// write that fails (`> /dev/full`) says so in one line, as output.ts does for every command.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(process.exitCode ?? 0);
		}

		const reason =
			error.code === 'ENOSPC' || error.code === 'EDQUOT'
				? 'no space left on the device'
				: (error.code ?? error.message);
		process.stderr.write(`triage: stdout: write failed (${reason})\n`);
		process.exit(1);
	});
	// Piped (`triage --help | less`, tests): as written; on a terminal, fitted to its width.
	process.stdout.write(
		process.stdout.isTTY ? fitHelp(answer, process.stdout.columns) : answer,
	);
}
