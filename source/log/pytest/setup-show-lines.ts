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

/** `        id (fixtures used: a, b)`, with what follows the parenthesis (a progress letter under `--setup-show`). */
const planWithFixtures =
	/^ {8}(?! |SETUP |TEARDOWN )(.+?) \(fixtures used: [\w, ]+\)(.*)$/;
/** `        id`, a test that uses no fixture, with a progress letter glued to it under `--setup-show`. */
const planBare = /^ {8}(?! |SETUP |TEARDOWN )(\S.*)$/;
const letterAfterPlan = /^[.FEsxXR]$/;

/**
`--setup-plan` and `--setup-only` under `-q` and at the default verbosity: no `-v` line, but each test whose setup
passed is named on its plan line, `        id (fixtures used: a, b)`, or `        id` when it uses none; no call runs,
no word follows, and the XML calls each passed. Under `--setup-show` the tests run and each plan line ends with the
call's progress letter (`…(fixtures used: db)F`, `        tests/test_a.py::test_b.`), read as they always were.
A bare id ending like a letter (`::test_process`) waits until another line says which (`take`); if none does, it is
not named.
*/
export class QuietPlan {
	private mode: 'plan' | 'show' | undefined;
	private readonly waiting: string[] = [];

	/**
	The planned tests a line names, now (the bare ids that waited for the mode, then this line's); undefined when the
	line is no plan line of `--setup-plan`/`--setup-only`. `isId`: whether a text may be a node id.
	*/
	line(text: string, isId: (id: string) => boolean): string[] | undefined {
		if (text.charCodeAt(8) === 32 || !text.startsWith('        ')) {
			return undefined;
		}

		const withFixtures = planWithFixtures.exec(text);
		if (withFixtures) {
			const [, id, after] = withFixtures;
			if (!isId(id!) || !(after === '' || letterAfterPlan.test(after!))) {
				return undefined;
			}

			this.mode ??= after === '' ? 'plan' : 'show';
			const waiting = this.take();
			return this.mode === 'plan' && after === '' ? [...waiting, id!] : waiting;
		}

		const bare = planBare.exec(text)?.[1];
		if (bare === undefined || !bare.includes('::') || !isId(bare)) {
			return undefined;
		}

		if (bare.endsWith('.')) {
			// No name ends with a dot: `--setup-show`'s letter of a passed test.
			this.mode ??= 'show';
		} else if (!letterAfterPlan.test(bare.at(-1)!)) {
			// Under `--setup-show` every plan line ends with a letter.
			this.mode ??= 'plan';
		}

		if (this.mode === undefined) {
			this.waiting.push(bare);
			return [];
		}

		return this.mode === 'plan' ? [bare] : [];
	}

	/** The bare ids that waited, once a line said the mode: named if it is a plan (none is left to say at the end). */
	take(): string[] {
		if (this.mode === undefined) {
			return [];
		}

		const waiting = this.mode === 'plan' ? [...this.waiting] : [];
		this.waiting.length = 0;
		return waiting;
	}
}
