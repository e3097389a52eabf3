/**
Which runs are live, from the command line: `triage run -- COMMAND…` starts the command, `--follow LOG`
follows a file another process writes, and a single `-` reads a pipe as it is written.
*/

import process from 'node:process';
import {UsageError} from '../usage-error.js';
import type {LiveInput} from './live-run.js';

/** The first words that name a command rather than a log. */
const commands = new Set([
	'report',
	'export',
	'decide',
	'import',
	'history',
	'rules',
	'undo',
	'compact',
]);

/**
The live input the arguments ask for, or undefined for a log read whole. `command` is what followed `--`.
Throws UsageError for a combination that cannot work.
*/
export function liveInputOf(
	input: readonly string[],
	follow: boolean,
	command: readonly string[] | undefined,
	isStdinTerminal: boolean = process.stdin.isTTY,
): LiveInput | undefined {
	if (input[0] === 'run') {
		if (input.length > 1) {
			throw new UsageError(
				`triage run takes no LOG (got ${input[1]!}): the command after -- writes it, e.g. \`triage run -- pytest -v\``,
			);
		}

		if (command === undefined || command.length === 0) {
			throw new UsageError(
				'triage run needs the command to run after --, e.g. `triage run -- pytest tests -v`',
			);
		}

		if (follow) {
			throw new UsageError(
				'--follow reads a LOG; triage run reads the output of its command',
			);
		}

		return {kind: 'command', argv: command};
	}

	if (command !== undefined) {
		throw new UsageError(
			'`--` is for `triage run -- COMMAND…`; pass LOGs without it',
		);
	}

	if (follow) {
		if (commands.has(input[0] ?? '')) {
			throw new UsageError(
				`--follow is for the review (triage --follow LOG), not triage ${input[0]!}`,
			);
		}

		if (input.length !== 1 || input[0] === '-') {
			throw new UsageError(
				'--follow takes exactly one LOG file (a pipe is live already: pytest … | triage -)',
			);
		}

		return {kind: 'follow', file: input[0]!};
	}

	if (input.length === 1 && input[0] === '-' && !isStdinTerminal) {
		return {kind: 'pipe'};
	}

	return undefined;
}
