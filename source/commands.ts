import process from 'node:process';
import type {Run} from './log/model.js';
import {readLog} from './log/read.js';
import {writeJson} from './export/json.js';
import {Output} from './output.js';

/** Bad usage: printed as one line, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

export type Flags = {
	readonly json?: string;
};

/** Reads every log given, in order; `-` is stdin. */
export async function readRuns(logs: readonly string[]): Promise<Run[]> {
	const runs: Run[] = [];
	for (const log of logs) {
		runs.push(await readLog(log, log === '-' ? {stream: process.stdin} : {}));
	}

	return runs;
}

async function exportCommand(
	logs: readonly string[],
	flags: Flags,
): Promise<number> {
	if (logs.length === 0) {
		throw new UsageError('export needs at least one LOG');
	}

	if (flags.json === undefined) {
		throw new UsageError('export needs a format: --json FILE (- for stdout)');
	}

	if (flags.json === '') {
		throw new UsageError('--json needs a FILE (- for stdout)');
	}

	const runs = await readRuns(logs);
	const output = new Output(flags.json);
	writeJson(runs, output.write);
	output.close();
	return 0;
}

async function listCommand(logs: readonly string[]): Promise<number> {
	if (logs.length === 0) {
		throw new UsageError('pass a LOG: triage run.log (see triage --help)');
	}

	const runs = await readRuns(logs);
	const run = runs.at(-1)!;
	const output = new Output('-');
	const counts = Object.entries(run.counts)
		.filter(([, value]) => value > 0)
		.map(([key, value]) => `${value} ${key}`)
		.join(', ');
	output.write(
		`${run.source}: ${counts}${run.complete ? '' : ' (incomplete)'}\n`,
	);
	for (const warning of run.warnings) {
		output.write(`warning: line ${warning.line}: ${warning.message}\n`);
	}

	for (const failure of run.failures) {
		output.write(
			`${failure.outcome.toUpperCase().padEnd(6)} ${failure.id}\n       ${failure.headline}\n`,
		);
	}

	output.close();
	return 0;
}

/** Dispatches a command line; returns the exit code. */
export async function runCommand(
	input: readonly string[],
	flags: Flags,
): Promise<number> {
	const [first, ...rest] = input;
	switch (first) {
		case 'export': {
			return exportCommand(rest, flags);
		}

		default: {
			return listCommand(input);
		}
	}
}
