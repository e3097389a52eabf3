/**
Pattern shapes several rules share, written so that a long line cannot make them crawl. A pattern
`KEY[^\n]*REST` tried from every KEY of a line takes time quadratic in the line when KEY repeats (a test's
output of 250 KB holding `FileNotFoundError` thousands of times took 6 s); these try each line once.
*/

/**
`KEYS[^\n]*REST` on one line, tried from the line's first KEYS only: the same matches, since the `[^\n]*` after
the first KEYS reaches any later one. The look-ahead is never re-entered (it cannot backtrack), so each line is
read a bounded number of times. The part from KEYS on is the `evidence` a rule quotes, as the plain pattern's
match was. Neither KEYS nor REST may hold a named group.
*/
export function firstOnLine(keys: string, rest: string, flags = ''): RegExp {
	return new RegExp(firstOnLineSource(keys, rest, 'lead', true), flags);
}

/**
The source of `firstOnLine`, to join with other alternatives: each joined one needs its own `lead` name, and
at most one may be the `evidence`.
*/
export function firstOnLineSource(
	keys: string,
	rest: string,
	lead: string,
	isEvidence = false,
): string {
	const found = `(?:${keys})${rest}`;
	return String.raw`(?:^|(?<=\n))(?=(?<${lead}>[^\n]*?)(?:${keys}))\k<${lead}>${isEvidence ? `(?<evidence>${found})` : found}`;
}

/**
An HTTP client's status error (requests, urllib, httpx, aiohttp) at the start of a line, followed by one of
these statuses. The type is the whole dotted name (nothing but `:`, a space or the line's end after it), so
that `HTTPError.HTTPError.…` is one candidate, not one per part.
*/
export function httpStatus(statuses: string): RegExp {
	return new RegExp(
		String.raw`(?:^|\n)(?:[\w.]+\.)?(?:HTTPError|HTTPStatusError|ClientResponseError)(?![\w.])[^\n]*\b(?:${statuses})\b`,
	);
}
