/**
The review drawn in ASCII where the terminal cannot show what it draws with: a locale that is not UTF-8
(`LANG=C`, `LC_ALL=POSIX`, `en_US.ISO-8859-1`), `TERM=dumb`, or no locale at all on a terminal type of old (`vt220`). Each character of the review's own
(rules, bars, marks, arrows, separators) is one column wide and becomes one ASCII character, so the layout,
measured before, stays as it is. Text from the logs is made ASCII before it is measured (`log/ascii-text.ts`).
*/

/** The review's own characters and their ASCII stand-ins, one column each. */
const stand: ReadonlyMap<string, string> = new Map([
	['─', '-'],
	['·', '|'],
	['…', '.'],
	['→', '>'],
	['←', '<'],
	['↑', '^'],
	['↓', 'v'],
	['×', 'x'],
	['›', '>'],
	['»', '>'],
	['✓', '+'],
	['✗', '!'],
	['–', '-'],
	['—', '-'],
	['█', '#'],
	['░', '.'],
]);

const drawn = new RegExp(`[${[...stand.keys()].join('')}]`, 'gu');

/** `text` with the review's own characters in ASCII. */
export function toAscii(text: string): string {
	return text.replaceAll(drawn, character => stand.get(character)!);
}

/**
Terminal types whose terminals show UTF-8: today's emulators and multiplexers (`xterm-256color`, `xterm-kitty`,
`screen`, `tmux-256color`, `rxvt-unicode`, `alacritty`, `foot`, `st-256color`, …).
*/
const unicodeTerminals =
	/^(?:xterm|screen|tmux|rxvt-unicode|alacritty|foot|wezterm|kitty|vte|gnome|konsole|contour|ghostty|mintty|iterm|st-)/i;

/**
Whether to draw in ASCII: `TERM=dumb`, or a locale that says it is not UTF-8 (the first of `LC_ALL`, `LC_CTYPE`
and `LANG` that is set decides, as for any program). With no locale set at all (containers and CI runners often
set none) the terminal type decides: a terminal emulator of today shows UTF-8 (`docker run -it` says
`TERM=xterm`), a `vt100`, `vt220`, `linux` console, `ansi` or no TERM at all is drawn for in ASCII.
*/
export function wantsAscii(
	environment: Readonly<Record<string, string | undefined>>,
): boolean {
	const terminal = environment['TERM'] ?? '';
	if (terminal === 'dumb') {
		return true;
	}

	const locale = [
		environment['LC_ALL'],
		environment['LC_CTYPE'],
		environment['LANG'],
	].find(value => value !== undefined && value !== '');
	return locale === undefined
		? !unicodeTerminals.test(terminal)
		: !/utf-?8/i.test(locale);
}

/** Every string written to `stream` from now on has the review's own characters in ASCII. */
export function drawAscii(stream: NodeJS.WriteStream): void {
	const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
	stream.write = (chunk: unknown, ...rest: unknown[]) =>
		write(typeof chunk === 'string' ? toAscii(chunk) : chunk, ...rest);
}
