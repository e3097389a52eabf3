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
