/**
What ends triage from outside (a kill, the terminal closed, Ctrl-C) and how triage then exits: the one table of
exit codes for signals, and the one way to catch them. A live run catches them to record its run as far as it
went; an output written through a temp file, to remove that file.
*/
import process from 'node:process';
import type {AlternateScreen} from './review/alternate-screen.js';

/** What ends triage from outside: a kill (SIGTERM), the terminal closed (SIGHUP), Ctrl-C out of the review. */
const endSignals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** The exit code of a process a signal ended, as a shell reports it. */
export const signalExitCodes: Readonly<Record<string, number>> = {
	SIGHUP: 129,
	SIGINT: 130,
	SIGTERM: 143,
};

/**
Catch the signals that end triage. A live run ended from outside (`kill`, the terminal closed) ends as quitting
it does: the command is interrupted and its run recorded as far as it went, where the signal used to end triage
at once, the run lost and the log read so far left in `.triage/logs/` as a `.partial` file. `handler` is called
once, after the first signal; the function returned stops catching them (a signal after that ends triage as
usual).
*/
export function catchEndSignals(
	screen: Pick<AlternateScreen, 'onSignal'> | undefined,
	handler: (signal: NodeJS.Signals) => void,
): () => void {
	let isCaught = false;
	const once = (signal: NodeJS.Signals) => {
		if (!isCaught) {
			isCaught = true;
			// when-exit (conf's atomic writes) sends the signal again to triage once its own cleanup ran: that
			// echo arrives first, swallowed here, and is not taken for a second Ctrl-C that kills the command
			// while it stops (it cut pytest's interrupted summary off the recorded run).
			setTimeout(() => {
				handler(signal);
			}, 50);
		}
	};

	if (screen) {
		screen.onSignal(once);
		return () => {
			screen.onSignal(undefined);
		};
	}

	for (const signal of endSignals) {
		process.on(signal, once);
	}

	return () => {
		for (const signal of endSignals) {
			process.off(signal, once);
		}
	};
}
