/**
`--pdb`: at each failure pytest prints the report among the progress lines, between `>>>> traceback >>>>` and
`>>>> entering PDB >>>>`, then pdb's own lines (`>>>> PDB post_mortem >>>>`, `> /abs/path.py(298)func()`, `-> code`,
`(Pdb) `). Without a terminal pdb reads the end of its input and quits (`!!! _pytest.outcomes.Exit: Quitting
debugger !!!`), and the FAILURES section is never printed: that block is the failure's only report.
*/
import type {FailuresReader} from './failures.js';

const pdbRule = /^>{3,} (.+?) >{3,}$/;
/** pdb's frame line: `> /abs/path.py(298)func()`. */
const pdbFrame = /^> (\/\S+\.py)\((\d+)\)/;
/** The report's last location: `pkg/core/x.py:298: TypeError`. */
const location = /^(\S+\.py):(\d+): \S/;

export class PdbBlocks {
	/** Where pytest ran, when pdb's absolute frame path ends with the report's relative one. */
	invocationDir: string | undefined;
	#isInReport = false;
	#lastLocation: {path: string; line: string} | undefined;
	readonly #failures: FailuresReader;

	constructor(failures: FailuresReader) {
		this.#failures = failures;
	}

	/** A line among the progress lines: true when it is the block's (read). */
	line(text: string, lineNumber: number): boolean {
		if (text.startsWith('>>>')) {
			const title = pdbRule.exec(text)?.[1];
			if (title !== undefined) {
				this.#onRule(title, lineNumber);
				return true;
			}
		}

		if (this.#isInReport) {
			const found = location.exec(text);
			if (found) {
				this.#lastLocation = {path: found[1]!, line: found[2]!};
			}

			this.#failures.appendToEntry(text);
			return true;
		}

		if (this.#lastLocation && text.startsWith('> /')) {
			const frame = pdbFrame.exec(text);
			const {path, line} = this.#lastLocation;
			this.#lastLocation = undefined;
			if (
				frame?.[2] === line &&
				!path.startsWith('/') &&
				frame[1]!.endsWith(`/${path}`)
			) {
				this.invocationDir ??= frame[1]!.slice(0, -path.length - 1);
			}

			return true;
		}

		return false;
	}

	#onRule(title: string, lineNumber: number): void {
		if (title === 'traceback' || title.startsWith('captured ')) {
			// The test's captured output (`>>>> captured stdout >>>>`) comes first, when there is any: the report's too.
			if (!this.#isInReport) {
				this.#isInReport = true;
				this.#lastLocation = undefined;
				this.#failures.openEntry('pdb', lineNumber);
			}
		} else if (this.#isInReport) {
			// `entering PDB`: the report ended.
			this.#isInReport = false;
			this.#failures.finishEntry();
		}
	}
}
