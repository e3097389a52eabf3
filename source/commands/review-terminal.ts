/**
The review command's terminal plumbing that needs no Ink: where the keys come from (the terminal on
stdin, else /dev/tty), and how $EDITOR is started on a failing test's file.
*/
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import tty from 'node:tty';
import {sanitizeLine} from '../log/sanitize.js';
import type {EditorTarget} from '../review/detail-text.js';
import {UsageError} from '../session.js';

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

/** The command line that opens `file` at the target's line in $VISUAL or $EDITOR. */
export function editorCommand(
	target: EditorTarget,
	file: string,
): {command: string; args: string[]} {
	const editor = (process.env['VISUAL'] ?? process.env['EDITOR'] ?? '').trim();
	if (editor === '') {
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
