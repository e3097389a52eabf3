/**
The review command's terminal plumbing that needs no Ink: where the keys come from (the terminal on
stdin, else /dev/tty), and how $EDITOR is started on a failing test's file.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import tty from 'node:tty';
import {isPermissionDenied} from '../files.js';
import {sanitizeLine} from '../log/sanitize.js';
import {refreshTerminalSize} from '../ui/terminal-size-refresh.js';
import {leaveSequence, pasteOffSequence} from '../review/alternate-screen.js';
import type {EditorTarget} from '../review/detail-text.js';
import {UsageError} from '../usage-error.js';

const showCursor = '\u001B[?25h';

/** Where the keys come from: the terminal on stdin, else /dev/tty (stdin carries a log, or is not a terminal). */
export function openKeyboard(isStdinLog: boolean): {
	stream: NodeJS.ReadStream;
	close: () => void;
} {
	if (!isStdinLog && process.stdin.isTTY) {
		return {
			stream: process.stdin,
			close() {
				// Process stdin belongs to the process: Ink releases raw mode itself.
			},
		};
	}

	let fd: number;
	try {
		fd = fs.openSync('/dev/tty', 'r');
	} catch (error) {
		throw new UsageError(
			`the review reads keys from a terminal and there is none (/dev/tty: ${(error as NodeJS.ErrnoException).code ?? 'unavailable'}); use \`triage report\` or \`triage export\``,
		);
	}

	const stream = new tty.ReadStream(fd);
	return {
		stream,
		close() {
			stream.setRawMode?.(false);
			stream.destroy();
		},
	};
}

/**
When the review comes up without the loading screen first: logs that are regular files of at most
`bytes` in all (a 6,000-test log is 1 MB) are read and analysed in a fraction of a second, and a loading
bar drawn for that long only flickers before the review replaces it (and costs its first frame the
drawing of both). If they are not ready after `ms` (a loaded machine), the loading screen comes up as
before, and at once for a gzipped log, whose size says little of what it holds.
*/
export const quietStart = {bytes: 2 * 1024 * 1024, ms: 1000} as const;

/** Whether `logs` are small regular files, not gzipped, which the review opens without a loading screen first. */
export function opensQuietly(logs: readonly string[]): boolean {
	let total = 0;
	for (const log of logs) {
		const stat =
			log === '-' ? undefined : fs.statSync(log, {throwIfNoEntry: false});
		if (!stat?.isFile()) {
			return false;
		}

		total += stat.size;
		if (total > quietStart.bytes || isGzipped(log)) {
			return false;
		}
	}

	return logs.length > 0;
}

/** Whether the file starts as gzip does; false when it cannot be read (its reader then says why). */
function isGzipped(file: string): boolean {
	const start = Buffer.alloc(2);
	try {
		const fd = fs.openSync(file, 'r');
		try {
			fs.readSync(fd, start, 0, 2, 0);
		} finally {
			fs.closeSync(fd);
		}
	} catch {
		return false;
	}

	return start[0] === 0x1f && start[1] === 0x8b;
}

/** The command line that opens `file` at the target's line in $VISUAL or $EDITOR. */
export function editorCommand(
	target: EditorTarget,
	file: string,
): {command: string; args: string[]} {
	// An empty $VISUAL (`export VISUAL=`) names no editor: $EDITOR then decides.
	const editor = [process.env['VISUAL'], process.env['EDITOR']]
		.map(value => value?.trim() ?? '')
		.find(value => value !== '');
	if (editor === undefined) {
		throw new Error('set $EDITOR (or $VISUAL) to open files from the review');
	}

	// `EDITOR="code --wait"` is common: split on spaces (no quoting: paths with spaces need a wrapper script).
	const [command, ...flags] = editor.split(/\s+/);
	const name = path.basename(command!);
	if (target.line === undefined) {
		return {command: command!, args: [...flags, file]};
	}

	if (/^(?:code|codium|cursor|subl|zed)/.test(name)) {
		return {
			command: command!,
			args: [...flags, '-g', `${file}:${target.line}`],
		};
	}

	// vi, vim, nvim, nano, emacs, micro, kak, helix all take `+LINE FILE`.
	return {command: command!, args: [...flags, `+${target.line}`, file]};
}

/** The test's file here, or under the run's rootdir; throws when neither has it. */
export function resolveTestFile(target: EditorTarget): string {
	const candidates = [
		path.resolve(target.file),
		...(target.rootdir === undefined
			? []
			: [path.resolve(target.rootdir, target.file)]),
	];
	const found = candidates.find(candidate => fs.existsSync(candidate));
	if (!found) {
		throw new Error(
			`${sanitizeLine(target.file)}: not found here${target.rootdir === undefined ? '' : ` or under ${sanitizeLine(target.rootdir)}`}`,
		);
	}

	return found;
}

/** Why $EDITOR could not start, in one line (spawnSync says `spawnSync code ENOENT`). */
export function editorFailure(
	command: string,
	error: NodeJS.ErrnoException,
): string {
	const name = sanitizeLine(command);
	if (isPermissionDenied(error)) {
		return `${name}: permission denied (not executable)`;
	}

	switch (error.code) {
		case 'ENOENT': {
			return `${name}: not found: set $VISUAL or $EDITOR to an editor on the PATH`;
		}

		default: {
			return `${name}: ${sanitizeLine(error.message.split('\n')[0]!)}`;
		}
	}
}

/**
Opens the target's file in $VISUAL or $EDITOR on the terminal itself, the review's keys and screen handed
over while it runs and taken back after: raw mode, the alternate screen (an editor that uses it leaves it as
it quits), and a clean frame (the editor drew over the screen). Throws, in one line, when it cannot start.
*/
export function openInEditor(
	target: EditorTarget,
	review: {
		readonly keyboard: NodeJS.ReadStream;
		readonly screen: {reenter(): void} | undefined;
		readonly ink: {clear(): void};
	},
): void {
	const file = resolveTestFile(target);
	const {command, args} = editorCommand(target, file);
	const terminal = fs.openSync('/dev/tty', 'r+');
	review.keyboard.setRawMode?.(false);
	// `reenter` after it turns bracketed paste on again.
	if (review.screen !== undefined) {
		process.stdout.write(pasteOffSequence);
	}

	try {
		const result = spawnSync(command, args, {
			stdio: [terminal, terminal, terminal],
		});
		if (result.error) {
			throw new Error(editorFailure(command, result.error));
		}
	} finally {
		fs.closeSync(terminal);
		review.keyboard.setRawMode?.(true);
		review.screen?.reenter();
		process.stdout.write('\u001B[2J\u001B[H');
		review.ink.clear();
	}
}

/**
Ctrl+Z: the review stops its process group as the terminal would (raw mode keeps the terminal from it), with
the keys and the shell's screen given back first, and takes them again when `fg` continues it. Where nothing
can continue it (a process group with no shell's job control: the kernel drops the stop), it carries on at once.
*/
export async function suspendToShell(review: {
	readonly keyboard: NodeJS.ReadStream;
	readonly screen: {reenter(): void} | undefined;
	readonly ink: {clear(): void};
}): Promise<void> {
	review.keyboard.setRawMode?.(false);
	process.stdout.write(
		review.screen === undefined ? showCursor : leaveSequence,
	);
	await new Promise<void>(resolve => {
		const continued = () => {
			clearTimeout(dropped);
			process.off('SIGCONT', continued);
			resolve();
		};

		// Timers do not run while the process is stopped: this one fires only when the stop was dropped.
		const dropped = setTimeout(continued, 200);
		process.on('SIGCONT', continued);
		process.kill(0, 'SIGTSTP');
	});
	// The window may have been resized while the shell had it.
	refreshTerminalSize();
	review.keyboard.setRawMode?.(true);
	review.screen?.reenter();
	process.stdout.write('\u001B[2J\u001B[H');
	review.ink.clear();
}
