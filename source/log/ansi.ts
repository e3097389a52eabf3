const ansiPattern =
	/\u001B\[[\d;?]*[ -/]*[@-~]|\u001B][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]/g;

/** Removes ANSI escape sequences (colours, cursor moves, OSC strings) from text a log printed. */
export function stripAnsi(text: string): string {
	return text.includes('\u001B') ? text.replaceAll(ansiPattern, '') : text;
}
