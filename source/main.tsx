import process from 'node:process';
import meow from 'meow';
import {
	commandFlagProblem,
	flagProblem,
	inputProblem,
	terminalStdinProblem,
} from './cli-args.js';
import {flagSpecs} from './cli-flags.js';
import {
	emptyFileNameProblem,
	missingFolderProblem,
	repeatedLogProblem,
} from './files.js';
import {packageJson, usage} from './cli-help.js';
import {runCommand, UsageError} from './commands.js';
import {groupingOptions} from './session-flags.js';
import {LogError} from './log/read.js';
import {sanitizeLine} from './log/sanitize.js';
import {OutputError} from './output.js';
import {HistoryError} from './runs/history/errors.js';
import {JournalError} from './triage/journal.js';
import {fitHeapToInput} from './heap.js';
import {liveInputOf} from './live/input.js';
import {closeAllStores} from './store/open-clients.js';
import {loadedForTerminal} from './ink-terminal.js';

// A flag's value is the next argument even when it starts with `-` (`--json -` for stdout, `--note
// '- see JIRA-1'`): meow would read it as a positional or a flag of its own, so glue it to its flag.
const valueFlags = new Set([
	'--json',
	'--csv',
	'--markdown',
	'--out',
	'--triage',
	'--rules',
	'--id',
	'--cluster',
	'--match',
	'--category',
	'--priority',
	'--note',
	'--issue',
	'--phase',
	'--store',
	'--who',
]);

/**
Runs `load` with no global `fetch`. Ink's layout engine (yoga-layout) fetches its WebAssembly from a
`data:` URL when `fetch` exists, and Node's first fetch loads undici: a fifth of a second of the review's
first frame on a loaded machine, to decode a string yoga decodes itself without it.
*/
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!fetch?.configurable) {
		return load();
	}

	Object.defineProperty(globalThis, 'fetch', {
		value: undefined,
		configurable: true,
		writable: true,
	});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', fetch);
	}
}

export type MainOptions = {
	/** Called when the command is the review (the code cache is then written for the review's start). */
	readonly onReview?: () => void;
};

/** The one line an error nobody expected is told in (its stack with `TRIAGE_DEBUG` set). */
function tellUnexpected(error: unknown): void {
	process.stderr.write(
		`triage: unexpected error: ${sanitizeLine(error instanceof Error ? error.message : String(error))}\n`,
	);
	if (process.env['TRIAGE_DEBUG']) {
		console.error(error);
	}
}

/** The command line, run: everything but `--help` and `--version` (cli.tsx answers those itself). */
export async function main(options: MainOptions = {}): Promise<void> {
	// What escapes every handler (a throw in a callback of a key, a timer or a stream; a promise nobody awaits) is
	// one line and exit 1 too, not Node's stack trace. The review's alternate screen is left before
	// (review/alternate-screen.ts), and Node gives the terminal back its mode on exit.
	process.on('uncaughtException', error => {
		tellUnexpected(error);
		process.exit(1);
	});

	const respawned = fitHeapToInput(process.argv.slice(2));
	if (respawned !== undefined) {
		process.exit(respawned);
	}

	// `triage run [OPTIONS] -- pytest …`: what follows `--` is the user's command, never our flags.
	const allArguments = process.argv.slice(2);
	const dashes = allArguments.indexOf('--');
	const command = dashes === -1 ? undefined : allArguments.slice(dashes + 1);
	const argv = (
		dashes === -1 ? allArguments : allArguments.slice(0, dashes)
	).flatMap((argument, index, all) => {
		const previous = all[index - 1];
		const isGlued = (flag: string | undefined, value: string | undefined) =>
			flag !== undefined &&
			valueFlags.has(flag) &&
			value !== undefined &&
			value.startsWith('-') &&
			!value.startsWith('--');
		if (isGlued(previous, argument) && !isGlued(all[index - 2], previous)) {
			return [];
		}

		const next = all[index + 1];
		return isGlued(argument, next) && !isGlued(previous, argument)
			? [`${argument}=${next}`]
			: [argument];
	});

	// A reader that goes away (`| head`) is not a failure of ours: stop quietly, as other tools do.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(process.exitCode ?? 0);
		}
	});

	try {
		// The flags are checked before meow reads them: meow throws on some (a value flag given twice), with a stack.
		const flagsProblem = flagProblem(argv, flagSpecs);
		if (flagsProblem !== undefined) {
			throw new UsageError(flagsProblem);
		}

		// meow is given our package.json, so it does not look for one itself (read-package-up, parse-json).
		const pkg = packageJson();
		const cli = meow(usage, {
			importMeta: import.meta,
			argv,
			flags: flagSpecs,
			...(pkg && {pkg}),
		});
		const problem =
			inputProblem(cli.input) ??
			terminalStdinProblem(cli.input, process.stdin.isTTY);
		if (problem !== undefined) {
			throw new UsageError(problem);
		}

		// `--follow` and `run` first: their own messages say more than that a command does not take a flag.
		const live = liveInputOf(cli.input, cli.flags.follow === true, command);
		const misplaced =
			commandFlagProblem(argv, flagSpecs, cli.input) ??
			emptyFileNameProblem(cli.flags) ??
			missingFolderProblem(cli.flags) ??
			repeatedLogProblem(cli.input);
		if (misplaced !== undefined) {
			throw new UsageError(misplaced);
		}

		let code = live ? undefined : await runCommand(cli.input, cli.flags);
		if (code === undefined) {
			options.onReview?.();
			// Ink and React load only for the review: report, export and the rest start faster without them.
			const {startReview} = await withoutFetch(async () =>
				loadedForTerminal(
					async () => import('./commands/review-start.js'),
					process.stdout.isTTY,
				),
			);
			code = await startReview({
				...groupingOptions(cli.flags),
				logs: live?.kind === 'command' ? [] : cli.input,
				...(cli.flags.triage !== undefined && {triage: cli.flags.triage}),
				...(cli.flags.rules !== undefined && {rules: cli.flags.rules}),
				...(cli.flags.store !== undefined && {store: cli.flags.store}),
				...(cli.flags.who !== undefined && {who: cli.flags.who}),
				...(live && {live}),
			});
		}

		process.exitCode = code;
	} catch (error) {
		// A store's errors, told by name: pg loads only when a store is used.
		const storeReason =
			error instanceof Error && error.name === 'StoreError'
				? (error as Error & {reason?: string}).reason
				: undefined;
		const isBadInput =
			error instanceof UsageError ||
			error instanceof LogError ||
			storeReason === 'newer' ||
			// A history that cannot be read (a folder, damaged, not this user's); a full or read-only disk, or one another
			// process holds locked, is exit 1.
			(error instanceof HistoryError &&
				error.problem !== undefined &&
				!error.isRuntimeProblem) ||
			// A triage file that is not there (`undo`, `compact`) is a missing input, as a missing LOG is.
			(error instanceof JournalError &&
				(error.code === 'foreign' ||
					error.code === 'newer' ||
					error.code === 'missing'));
		// A message can quote what it was given (a file's name, the start of a rules file that is not
		// JSON): that text reaches the terminal inert, on one line, as a log's text does.
		if (isBadInput) {
			process.stderr.write(
				`triage: ${sanitizeLine((error as Error).message)}\n`,
			);
			process.exitCode = 2;
		} else if (
			error instanceof OutputError ||
			error instanceof JournalError ||
			error instanceof HistoryError ||
			storeReason !== undefined
		) {
			process.stderr.write(
				`triage: ${sanitizeLine((error as Error).message)}\n`,
			);
			process.exitCode = 1;
		} else {
			tellUnexpected(error);
			process.exitCode = 1;
		}
	}

	// A command that used a store closes its connections; whatever path it took, none keeps the process alive.
	// What it was still saving commits first (the review quit right after a decision), or is said here.
	for (const problem of await closeAllStores(line => {
		process.stderr.write(`triage: ${line}\n`);
	})) {
		process.stderr.write(`triage: ${problem}\n`);
		process.exitCode ||= 1;
	}
}
