/**
The lines `--setup-show`, `--setup-plan` and `--setup-only` print for the test just named (`verbose-line.ts` reads
the rest of a `-v` line).
*/

/** `--setup-plan`/`--setup-only`'s line for the test just named, with nothing after it: `        id (fixtures used: a, b)`, or `        id` when it uses none. */
export function isPlanLine(text: string, id: string): boolean {
	if (!text.startsWith(' ')) {
		return false;
	}

	const trimmed = text.trimStart();
	return (
		trimmed === id ||
		(trimmed.endsWith(')') && trimmed.startsWith(`${id} (fixtures used: `))
	);
}

const endsWithOutcome =
	/(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)(?: \(.*\))?(?:\s+\[\s*\d+(?:%|\/\d+)])?\s*$/;

/**
`-v --setup-show` (pytest 8+): the test just named (`id `) gets its outcome on a line indented like its fixtures'
`SETUP`/`TEARDOWN` lines, `        id (fixtures used: a, b) FAILED` (pytest 7.2 glues the word: `…b)FAILED`, read as
output after the id, whose last outcome word is the test's). That line without its indent, to be read as a
`-v` line; any other line as it is.
*/
export function withoutSetupShowIndent(
	text: string,
	pendingId: string | undefined,
): string {
	if (pendingId === undefined || text.charCodeAt(0) !== 32 /* space */) {
		return text;
	}

	const trimmed = text.trimStart();
	return trimmed.startsWith(`${pendingId} `) && endsWithOutcome.test(trimmed)
		? trimmed
		: text;
}
