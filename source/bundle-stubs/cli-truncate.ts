/**
cli-truncate for Ink's `<Text wrap="truncate…">` in the bundle (see scripts/build.js). cli-truncate 5 cuts
a text with a wide character (`名`, `🚀`) astride the cut one column too wide: at 40 columns
`FAILED call · AssertionError: 名前が違います` came back 41 columns wide, the terminal wrapped it, the frame
grew a line and the header scrolled off (QA 41). Cut again, a column narrower each time, until it fits.
*/
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

type Options = Parameters<typeof cliTruncate>[2];

export default function truncate(
	text: string,
	columns: number,
	options?: Options,
): string {
	let result = cliTruncate(text, columns, options);
	// Each cut a column narrower loses at most the one wide character astride it: two tries at most.
	for (
		let room = columns - 1;
		room > 0 && stringWidth(result) > columns;
		room--
	) {
		result = cliTruncate(text, room, options);
	}

	return result;
}
