/**
The width of a line whose characters are each one column wide on their own and never join their
neighbours into one grapheme: printable ASCII, Latin-1 and the Latin extensions, general punctuation
(`–`, `…`, `›`, `·`), arrows, box drawing, blocks and geometric shapes, as the review draws them. For
those, string-width (v8) counts one column per character; test/narrow-width.test.ts checks every one of
them against it. Anything else (an emoji, a combining mark, East Asian text, an escape sequence other than
a colour) is undefined: string-width measures it.
*/
const narrow =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC\u25FF]*$/;

/** One UTF-16 unit of `narrow`'s class (all of it is below the surrogates): the same ranges, compared. */
export function isNarrowCharacter(code: number): boolean {
	if (code <= 0x7e) {
		return code >= 0x20;
	}

	if (code <= 0x2_ff) {
		return code >= 0xa0 && code !== 0xad;
	}

	if (code < 0x20_10) {
		return false;
	}

	return (
		code <= 0x20_27 ||
		(code >= 0x20_30 && code <= 0x20_5e) ||
		(code >= 0x21_90 && code <= 0x21_ff) ||
		(code >= 0x25_00 && code <= 0x25_fc) ||
		code === 0x25_ff
	);
}

/** SGR sequences (colours, bold, …): no width, as string-width strips them. */
const colours = /\u001B\[[\d;]*m/g;

export function narrowWidth(text: string): number | undefined {
	const visible =
		text.includes('\u001B') || text.includes('\u009B')
			? text.replaceAll(colours, '')
			: text;
	return narrow.test(visible) ? visible.length : undefined;
}
