/**
The subtests' letters `--setup-show` glues to a test's line at the default verbosity and `-q`, before its call's
(`        test_a.py::test_rows (fixtures used: request, subtests)u,,F`): pytest writes a subtest's report during the
call, so its letter comes before the call's. pytest-subtests (0.9, under pytest 7.2) prints `u` for a failed subtest,
`,` for a passed one, `-` for a skipped one; pytest 9's own `subtests` prints `u` for a failed one, and `-` and `y` for
a skipped and an xfailed one and a passed one's `u` only where the subtests' verbosity is not 0 (`-q`): there a `u`
may be a pass. pytest 9 fails a test one of whose subtests failed, so there a failed subtest's test's letter is `F`.
*/

/** The letters a subtest's report prints, which no test's call prints. */
const subtestLetters = /^[u,y-]*/;

/** A subtest's report its letter tells (a passed one is counted apart, with no report of its own). */
export type SubtestOutcome = 'failed' | 'skipped' | 'xfailed';

/** What the letters after a test's `(fixtures used: …)` say: its subtests' reports, and the letters from its call's on. */
export type SplitLetters = {
	readonly outcomes: readonly SubtestOutcome[];
	readonly call: string;
};

/** Reads the subtests' letters of a session's `--setup-show` lines, remembering what tells pytest-subtests' from pytest 9's. */
export class SubtestLetters {
	/** A `,` was seen: pytest-subtests' passed subtest, so its `u` is a failed one. */
	private isPlugin = false;

	/**
	`letters`, glued after a test's `(fixtures used: …)`, split into its subtests' and the rest. `hasBanner`: the
	session printed pytest's banner, so it is not `-q`, and pytest 9 printed no passed subtest's letter.
	A `-` is a skipped subtest, a `y` an xfailed one. A `u` is a failed one where it cannot be a passed one:
	pytest-subtests' (a `,` seen), at the default verbosity, or before an `F`: there pytest 9 prints a failed test, and
	counts at least one failed subtest; pytest-subtests counts each. Under `-q` with no `,` seen, the first `u` before
	an `F` is a failed one (pytest 9's passed subtests are `u` too), and none before another letter: pytest 9 would have
	failed the test, but a test whose every pytest-subtests subtest failed while its call passed prints the same (`uu.`).
	*/
	split(letters: string, hasBanner: boolean): SplitLetters {
		const subtests = subtestLetters.exec(letters)![0];
		this.isPlugin ||= subtests.includes(',');
		const call = letters.slice(subtests.length);
		const isFailure = this.isPlugin || hasBanner;
		let isFirstFailure = call.startsWith('F');
		const outcomes: SubtestOutcome[] = [];
		for (const letter of subtests) {
			if (letter === '-') {
				outcomes.push('skipped');
			} else if (letter === 'y') {
				outcomes.push('xfailed');
			} else if (letter === 'u' && (isFailure || isFirstFailure)) {
				outcomes.push('failed');
				isFirstFailure = false;
			}
		}

		return {outcomes, call};
	}
}
