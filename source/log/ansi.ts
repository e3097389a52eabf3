/**
CSI sequences (colours, cursor moves); strings ended by BEL or ST: OSC (`ESC ]`, titles, links), and APC, DCS, PM and SOS
(`ESC _`, `ESC P`, `ESC ^`, `ESC X`: Buildkite's `ESC _bk;t=1700000000000 BEL` time before a line); other escapes.
*/
const ansiPattern =
	/\u001B\[[\d;?]*[ -/]*[@-~]|\u001B[\]_P^X][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]/g;

/** Removes ANSI escape sequences (colours, cursor moves, OSC strings) from text a log printed. */
export function stripAnsi(text: string): string {
	return text.includes('\u001B') ? text.replaceAll(ansiPattern, '') : text;
}
