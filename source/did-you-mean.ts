/**
The nearest of a few known words to one mistyped (`--csvv` → `--csv`, `reportt` → `report`), so that a
one-line complaint about a flag or a command can say what was probably meant. Plain data in and out.
*/

/**
Edits from one word to another: insertions, deletions, substitutions and swaps of two neighbouring letters,
each 1 (optimal string alignment). A swap is the commonest slip (`--cvs`), and as two substitutions it was
past the one edit a short word is allowed.
*/
function distance(from: string, to: string): number {
	const rows: number[][] = [
		Array.from({length: to.length + 1}, (_, index) => index),
	];
	for (let row = 1; row <= from.length; row++) {
		const current = [row];
		const previous = rows[row - 1]!;
		for (let column = 1; column <= to.length; column++) {
			const cost = from[row - 1] === to[column - 1] ? 0 : 1;
			let edits = Math.min(
				previous[column]! + 1,
				current[column - 1]! + 1,
				previous[column - 1]! + cost,
			);
			if (
				row > 1 &&
				column > 1 &&
				from[row - 1] === to[column - 2] &&
				from[row - 2] === to[column - 1]
			) {
				edits = Math.min(edits, rows[row - 2]![column - 2]! + 1);
			}

			current[column] = edits;
		}

		rows.push(current);
	}

	return rows[from.length]![to.length]!;
}

/**
The known word closest to `typed` (case ignored), when it is close enough to be a slip of the keyboard:
at most 1 edit for words of up to 4 letters, else at most 2; undefined when none is.
*/
export function didYouMean(
	typed: string,
	known: Iterable<string>,
): string | undefined {
	const lower = typed.toLowerCase();
	const limit = lower.length <= 4 ? 1 : 2;
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const word of known) {
		const edits = distance(lower, word.toLowerCase());
		if (edits < bestDistance) {
			best = word;
			bestDistance = edits;
		}
	}

	return best;
}

/** ` (did you mean X?)` for a word a slip away from a known one (`didYouMean`), else nothing. */
export function meant(typed: unknown, known: Iterable<string>): string {
	const word = typeof typed === 'string' ? didYouMean(typed, known) : undefined;
	return word === undefined ? '' : ` (did you mean ${word}?)`;
}

/**
The known word `typed` names: the word itself (case, and `-` for `_`, ignored), else the one word it begins
(`env` for ENVIRONMENT, `h` for HIGH, as the review's keys and its 80-column list shorten them); undefined when it
names none, or when it begins several (`ambiguous` then lists them).
*/
export function namedBy(
	typed: string,
	known: readonly string[],
): {readonly word?: string; readonly ambiguous?: readonly string[]} {
	const wanted = typed.toLowerCase().replaceAll('-', '_');
	const exact = known.find(word => word.toLowerCase() === wanted);
	if (exact !== undefined) {
		return {word: exact};
	}

	const begun =
		wanted === ''
			? []
			: known.filter(word => word.toLowerCase().startsWith(wanted));
	if (begun.length === 1) {
		return {word: begun[0]};
	}

	return begun.length > 1 ? {ambiguous: begun} : {};
}
