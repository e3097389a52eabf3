/**
The terminal's alternate screen, as less and lazygit use it: the review draws there, and the shell's
screen comes back untouched when it ends. Ink 6.8 has no option for it, so the two sequences are written
here, and leaving is tied to every way the process can end.
*/
import process from 'node:process';

/**
The alternate screen, and bracketed paste with it: the terminal marks pasted text (`ESC [200~` … `ESC [201~`),
so that text pasted where a key is asked for is not read as keys (`key-names.ts`).
*/
export const enterSequence = '\u001B[?1049h\u001B[?2004h';
/** Bracketed paste off, for a program run on the review's screen (an editor that knows nothing of it gets the marks as text). */
export const pasteOffSequence = '\u001B[?2004l';
/** Leave the alternate screen (and bracketed paste) and show the cursor again (Ink hides it while it draws). */
export const leaveSequence = '\u001B[?2004l\u001B[?1049l\u001B[?25h';

/** Whether to use it: a terminal on stdout, and no `TRIAGE_NO_ALT_SCREEN=1`. */
export function wantsAlternateScreen(
	isTty: boolean | undefined,
	environment: Readonly<Record<string, string | undefined>>,
): boolean {
	const optOut = environment['TRIAGE_NO_ALT_SCREEN'];
	return (
		Boolean(isTty) && (optOut === undefined || optOut === '' || optOut === '0')
	);
}

export type AlternateScreen = {
	/** Back on it after a program that left it (an editor that uses it too). */
	readonly reenter: () => void;
	/** Back to the shell's screen; safe to call twice. */
	readonly leave: () => void;
	/** Run just before leaving on an exit path (unmount Ink, so that its last frame is not drawn on the shell's screen). */
	readonly beforeLeave: (callback: () => void) => void;
	/**
	SIGTERM, SIGHUP and SIGINT handed to `handler` instead of ending the process at once (a live run ends as
	quitting it does, and is recorded); undefined gives them back.
	*/
	readonly onSignal: (
		handler: ((signal: NodeJS.Signals) => void) | undefined,
	) => void;
};

const signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
const signalNumbers = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

/**
Enter the alternate screen on `stdout` and leave it on every exit path: `leave()`, process exit, an
uncaught exception (before its stack is printed, so that it shows on the shell's screen), SIGTERM, SIGHUP
and SIGINT. Ink's own exit hook runs after process 'exit' listeners: `beforeLeave` unmounts it first.
*/
export function enterAlternateScreen(
	stdout: NodeJS.WriteStream,
): AlternateScreen {
	let isActive = true;
	let before: (() => void) | undefined;
	let signalHandler: ((signal: NodeJS.Signals) => void) | undefined;
	const leave = () => {
		if (!isActive) {
			return;
		}

		isActive = false;
		try {
			before?.();
		} catch {
			// Leaving matters more than a clean unmount.
		}

		process.off('exit', leave);
		process.off('uncaughtExceptionMonitor', leave);
		for (const signal of signals) {
			process.off(signal, onSignal);
		}

		try {
			stdout.write(leaveSequence);
		} catch {
			// Best effort: stdout may be gone while the process shuts down.
		}
	};

	function onSignal(signal: NodeJS.Signals) {
		if (signalHandler) {
			signalHandler(signal);
			return;
		}

		process.exit(128 + signalNumbers[signal as keyof typeof signalNumbers]);
	}

	stdout.write(enterSequence);
	process.on('exit', leave);
	process.on('uncaughtExceptionMonitor', leave);
	for (const signal of signals) {
		process.on(signal, onSignal);
	}

	return {
		reenter() {
			if (isActive) {
				stdout.write(enterSequence);
			}
		},
		leave,
		beforeLeave(callback) {
			before = callback;
		},
		onSignal(handler) {
			signalHandler = handler;
		},
	};
}
