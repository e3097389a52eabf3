/**
The terminal's size read again after the review was stopped (Ctrl+Z) and continued (`fg`). A window resized
while the review was stopped sends its SIGWINCH to the shell's process group, which then had the terminal,
not to the review's: Node's stdout kept the old size, and the review drew every line for the old width (a
narrower window wrapped each one, and the top of the screen scrolled away) until the next resize.
*/
import process from 'node:process';

/**
Has Node read the terminal's size again, as the SIGWINCH it missed would have: its stdout listens for the
signal and emits 'resize' when the size changed (what the screen follows). Nothing where there is no such
signal.
*/
export function refreshTerminalSize(): void {
	try {
		process.kill(process.pid, 'SIGWINCH');
	} catch {
		// A system without SIGWINCH has no size to refresh this way.
	}
}
