/**
Running the user's test command for `triage run -- pytest …`: its stdout and stderr merged into one
stream in the order they arrive (the console log a terminal would have shown), its exit status, and a
clean way to stop it. Nothing is added to the command line.
*/

import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import {PassThrough} from 'node:stream';
import {isPermissionDenied} from '../files.js';

export type ChildExit = {
	/** The exit code to pass on: the command's own, or 128 + the signal number when a signal ended it. */
	readonly code: number;
	/** The signal that ended it, when one did. */
	readonly signal?: NodeJS.Signals;
	/** One line when the command could not be started at all (not found, not executable). */
	readonly failure?: string;
};

export type RunningCommand = {
	/** stdout and stderr, merged; ends when both have closed. */
	readonly output: NodeJS.ReadableStream;
	/** Settles once the command has exited and its output has ended; never rejects. */
	readonly exited: Promise<ChildExit>;
	readonly pid: number | undefined;
	/** When it was started, in ms since the epoch: a live run's clock counts from then. */
	readonly startedAt: number;
	/**
	Asks the command and what it started to stop as Ctrl-C would (SIGINT), then SIGKILL after `graceMs`, or at
	once when triage itself gets a SIGINT, SIGTERM or SIGHUP meanwhile (a second Ctrl-C, as pytest takes one).
	`onSlow` is called once when the command is still running after a second.
	*/
	stop(graceMs?: number, onSlow?: () => void): Promise<ChildExit>;
	/** The last line with text the command printed (at most 200 characters), undefined when it printed none. */
	lastLine(): string | undefined;
};

/** Signals to triage that stop a command being stopped at once (`stop`). */
const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What is kept of the output for `lastLine`: enough for a line of an error message. */
const tailBytes = 4096;

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = {
	SIGHUP: 1,
	SIGINT: 2,
	SIGQUIT: 3,
	SIGKILL: 9,
	SIGSEGV: 11,
	SIGPIPE: 13,
	SIGTERM: 15,
};

function startFailure(command: string, error: NodeJS.ErrnoException): string {
	if (isPermissionDenied(error)) {
		return `${command}: permission denied (not executable)`;
	}

	switch (error.code) {
		case 'ENOENT': {
			return `${command}: command not found`;
		}

		default: {
			return `${command}: cannot start (${error.message.split('\n')[0]!})`;
		}
	}
}

/** Starts `argv` in `cwd` with the user's environment; stdin is not given (keys belong to the review). */
export function startCommand(
	argv: readonly string[],
	options: {
		readonly cwd?: string;
		readonly env?: NodeJS.ProcessEnv;
		/** How long the output may stay quiet after the command exited before it counts as ended (300 ms). */
		readonly quietAfterExitMs?: number;
	} = {},
): RunningCommand {
	const [command, ...args] = argv;
	if (command === undefined) {
		throw new Error('startCommand needs a command');
	}

	const output = new PassThrough();
	// A process group of its own, so that stopping it reaches what it started too (xdist's workers, a server
	// a fixture spawned), as Ctrl-C reaches the terminal's whole foreground group: SIGKILL to pytest alone
	// left a worker hung under a test running after triage had quit.
	const startedAt = Date.now();
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env ?? process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const signalGroup = (signal: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, signal);
		} catch {
			// The group is gone already; its leader, if still there, is told alone.
			child.kill(signal);
		}
	};

	// Out of the terminal's session, the command no longer gets its hangup: triage ended by a signal (the
	// terminal closed, a kill) passes one on, as the terminal would have.
	const onExit = () => {
		if (
			child.pid !== undefined &&
			child.exitCode === null &&
			child.signalCode === null
		) {
			signalGroup('SIGHUP');
		}
	};

	process.once('exit', onExit);
	const open = new Set([child.stdout, child.stderr]);
	const closeOne = (stream: NodeJS.ReadableStream) => {
		if (open.delete(stream as typeof child.stdout) && open.size === 0) {
			clearTimeout(quietTimer);
			output.end();
		}
	};

	// A process the command started and left running (a server a test spawned, with pytest -s) holds its
	// stdout open after it exited: the output ends once the pipes are quiet after the exit, or the run would
	// show RUNNING, and quitting hang, until that process ends, as a terminal shows its prompt at once.
	let hasExited = false;
	let quietTimer: NodeJS.Timeout | undefined;
	const endWhenQuiet = () => {
		clearTimeout(quietTimer);
		quietTimer = setTimeout(() => {
			for (const stream of open) {
				stream.destroy();
			}
		}, options.quietAfterExitMs ?? 300);
	};

	child.on('exit', () => {
		hasExited = true;
		if (open.size > 0) {
			endWhenQuiet();
		}
	});

	let tail = Buffer.alloc(0);
	const onData = (chunk: Uint8Array) => {
		output.write(chunk);
		if (hasExited) {
			endWhenQuiet();
		}

		// Only the chunk's last bytes are copied: a run's whole output passes here.
		const end = chunk.subarray(Math.max(0, chunk.length - tailBytes));
		tail =
			end.length === tailBytes
				? Buffer.from(end)
				: Buffer.concat([
						tail.subarray(Math.max(0, tail.length + end.length - tailBytes)),
						end,
					]);
	};

	for (const stream of [child.stdout, child.stderr]) {
		stream.on('data', onData);
		for (const event of ['end', 'error', 'close']) {
			stream.on(event, () => {
				closeOne(stream);
			});
		}
	}

	const exited = new Promise<ChildExit>(resolve => {
		let failure: string | undefined;
		child.on('error', error => {
			process.off('exit', onExit);
			failure = startFailure(command, error);
			output.end();
			resolve({code: 127, failure});
		});
		child.on('close', (code, signal) => {
			process.off('exit', onExit);
			if (failure !== undefined) {
				return;
			}

			resolve(
				signal
					? {code: 128 + (signalNumbers[signal] ?? 0), signal}
					: {code: code ?? 1},
			);
		});
	});

	const stop = async (
		graceMs = 5000,
		onSlow?: () => void,
	): Promise<ChildExit> => {
		if (
			child.pid !== undefined &&
			child.exitCode === null &&
			child.signalCode === null
		) {
			signalGroup('SIGINT');
			const kill = () => {
				signalGroup('SIGKILL');
			};

			const timer = setTimeout(kill, graceMs);
			const slowTimer = onSlow && setTimeout(onSlow, Math.min(1000, graceMs));
			// Out of the review, the terminal is in its usual mode again: a Ctrl-C typed while the command stops
			// (its teardown is slow, or it ignores SIGINT) is a signal to triage, not a key. Left to its default it
			// ended triage and left the command running with no one to stop it, its run never recorded; like a
			// second Ctrl-C to pytest, it now stops the command at once.
			for (const signal of stopSignals) {
				process.on(signal, kill);
			}

			try {
				return await exited;
			} finally {
				clearTimeout(timer);
				clearTimeout(slowTimer);
				for (const signal of stopSignals) {
					process.off(signal, kill);
				}
			}
		}

		return exited;
	};

	const lastLine = (): string | undefined => {
		const line = tail
			.toString('utf8')
			.split(/\r?\n|\r/)
			.map(text => text.trim())
			.findLast(text => text !== '');
		return line === undefined ? undefined : line.slice(0, 200);
	};

	return {output, exited, stop, lastLine, pid: child.pid, startedAt};
}
