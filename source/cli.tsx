#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {runCommand, UsageError} from './commands.js';
import {LogError} from './log/read.js';
import {OutputError} from './output.js';

// `--json -` means stdout; meow would read the lone `-` as a positional, so glue it to its flag.
const valueFlags = new Set([
	'--json',
	'--csv',
	'--markdown',
	'--out',
	'--triage',
	'--rules',
]);
const argv = process.argv.slice(2).flatMap((argument, index, all) => {
	if (argument === '-' && valueFlags.has(all[index - 1] ?? '')) {
		return [];
	}

	return valueFlags.has(argument) && all[index + 1] === '-'
		? [`${argument}=-`]
		: [argument];
});

const cli = meow(
	`
	Usage
	  $ triage [LOG…]                     review the failures in the terminal
	  $ triage export LOG… --json FILE    export runs as JSON (- for stdout)

	LOG is pytest console output (-v, -q, -r…, any --tb, xdist, plain or .gz),
	JUnit XML or pytest-reportlog JSON Lines; the format is detected from the content.
	Several LOGs are runs of one suite, oldest first. - reads a log from stdin.

	Options
	  --json FILE       (export) write JSON to FILE, - for stdout
	  --help            show this help
	  --version         show the version

	Exit codes: 0 success, 1 runtime failure, 2 bad usage or unreadable input.
`,
	{
		importMeta: import.meta,
		argv,
		flags: {
			json: {type: 'string'},
		},
	},
);

try {
	const code = await runCommand(cli.input, cli.flags);
	process.exitCode = code;
} catch (error) {
	if (error instanceof UsageError || error instanceof LogError) {
		process.stderr.write(`triage: ${error.message}\n`);
		process.exitCode = 2;
	} else if (error instanceof OutputError) {
		process.stderr.write(`triage: ${error.message}\n`);
		process.exitCode = 1;
	} else {
		process.stderr.write(
			`triage: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
		);
		if (process.env['TRIAGE_DEBUG']) {
			console.error(error);
		}

		process.exitCode = 1;
	}
}
