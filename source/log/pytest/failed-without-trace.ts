/**
Whether a report is `pytest.fail(msg, pytrace=False)`'s (pytest's own ScopeMismatch is one): pytest prints the message
alone, with no traceback, while its XML (and pytest 9's short summary) say `Failed: msg`. The summary's message says so
when it is there; when the summary leaves it out (an id that fills the line), the report's shape and the pytest version do.
*/

/** What the report's traceback says (`describeTraceback`). */
type Described = {readonly headline: string; readonly exceptionType?: string};

export function isFailedWithoutTrace(
	described: Described,
	/** The report's lines, blank ones around them dropped. */
	body: readonly string[],
	summaryMessage: string | undefined,
	/** The header's pytest is 8 or later (its XML says `Failed: msg`; 7.2's says `msg`); undefined with no header (`-q`). */
	isPytest8: boolean | undefined,
): boolean {
	const {headline} = described;
	if (headline.startsWith('Failed: ')) {
		return false;
	}

	if (summaryMessage === undefined || summaryMessage === '...') {
		return (
			(isPytest8 ??
				// With no header, pytest 8's ScopeMismatch text says which pytest it is (7.2's ends `involved factories:`).
				/^ScopeMismatch: .* Requesting fixture stack:$/.test(headline)) &&
			isMessageOnly(body, headline)
		);
	}

	if (summaryMessage.startsWith('Failed: ')) {
		// A message that reads like an exception (pytest 9's `ScopeMismatch: …`) is the summary's after its `Failed: `.
		return (
			!described.exceptionType ||
			startsAlike(headline, summaryMessage.slice('Failed: '.length))
		);
	}

	// Cut before its `Failed: ` ended (`Failed...`).
	return startsAlike(`Failed: ${headline}`, summaryMessage);
}

/**
A report that is its exception's message alone, as pytest prints `pytest.fail(msg, pytrace=False)`: no `E` line, no
source line, no native traceback; xdist's `[gw0] linux -- Python …` may lead. Two reports of that shape are plain text
with no exception behind them, and the XML says them as they are: a strict xfail that passed (`[XPASS(strict)] reason`)
and xdist's crashed worker (`worker 'gw0' crashed while running …`).
*/
function isMessageOnly(body: readonly string[], headline: string): boolean {
	if (
		body.length === 0 ||
		headline.startsWith('[XPASS(strict)]') ||
		headline.startsWith('worker ')
	) {
		return false;
	}

	return body.every(
		line =>
			!/^(?:E {2,}|>|Traceback \(most recent call last\):|\s+File ")/.test(
				line,
			),
	);
}

/** Whether the headline starts as the summary's message does (cut with `...` or whole). */
function startsAlike(headline: string, message: string): boolean {
	const start = message.endsWith('...') ? message.slice(0, -3) : message;
	return start.length > 0 && headline.startsWith(start);
}
