/** The length of the longest text, at least `atLeast`: without spreading (a 150,000-file list would overflow the stack). */
export function longestLength(texts: Iterable<string>, atLeast = 0): number {
	let longest = atLeast;
	for (const text of texts) {
		if (text.length > longest) {
			longest = text.length;
		}
	}

	return longest;
}

/**
A count with commas between thousands (`12,345`), as `toLocaleString('en')` writes a whole number, without
Intl: its first call loads the locale data, a twentieth of a second on the way to the review's first frame.
*/
export function groupThousands(count: number): string {
	return Number.isSafeInteger(count) && !Object.is(count, -0)
		? String(count).replaceAll(/\B(?=(?:\d{3})+$)/g, ',')
		: count.toLocaleString('en');
}

/** `1 failure`, `2 failures`. */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}
