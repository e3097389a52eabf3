/**
pytest refusing to run what it was asked to (exit status 4, a usage error): an unknown option (`ERROR: usage: …`,
then `pytest: error: unrecognized arguments: --x`, before any session header), an argument that names no file or
test, or a bad `-k`/`-m` expression (`ERROR: file or directory not found: x.py` after the final line
`no tests ran in …`), or a conftest.py that fails to import (`ImportError while loading conftest '…'.` and its
traceback, with no session at all). Such a log is never a whole run, whatever its final line says.
*/
import {errorTextOf, isErrorLine, isTypedLine} from '../traceback.js';

const errorLine = /^ERROR: (.+)$/;
/**
argparse's own line after `ERROR: usage: …`: `__main__.py: error: unrecognized arguments: --x`; pytest 9.1 names
the program `python -m pytest` when run so (spaces in it).
*/
const argparseError = /^[^:\s][^:]*: error: (.+)$/;
const conftestError = /^ImportError while loading conftest '(.+)'\.$/;

export type UsageError = {message: string; line: number};

export class UsageErrorReader {
	private found: UsageError | undefined;
	/** What the lines after the first one may add: argparse's reason, or the conftest's exception. */
	private detail: 'argparse' | 'conftest' | undefined;

	/** The first usage error of the session, once one was read. */
	get error(): UsageError | undefined {
		return this.found;
	}

	/** A line before the session started (no banner, no progress line): true when it belongs to a usage error. */
	beforeSession(text: string, lineNumber: number): boolean {
		if (this.detail) {
			this.addDetail(text);
			return true;
		}

		const conftest = conftestError.exec(text);
		if (conftest) {
			this.found ??= {
				message: `ImportError while loading conftest '${conftest[1]!}'`,
				line: lineNumber,
			};
			this.detail = 'conftest';
			return true;
		}

		const error = errorLine.exec(text);
		if (!error) {
			return false;
		}

		this.found ??= {message: error[1]!, line: lineNumber};
		if (error[1]!.startsWith('usage: ')) {
			this.detail = 'argparse';
		}

		return true;
	}

	/** A line after pytest's final line: true when it is a usage error pytest printed as the session closed. */
	afterEnd(text: string, lineNumber: number): boolean {
		const error = errorLine.exec(text);
		if (!error) {
			return false;
		}

		this.found ??= {message: error[1]!, line: lineNumber};
		return true;
	}

	private addDetail(text: string): void {
		const found = this.found!;
		if (this.detail === 'argparse') {
			const reason = argparseError.exec(text);
			if (reason) {
				found.message = reason[1]!;
				this.detail = undefined;
			}

			return;
		}

		if (!isErrorLine(text)) {
			return;
		}

		const line = errorTextOf(text);
		if (isTypedLine(line)) {
			found.message += `: ${line}`;
			this.detail = undefined;
		}
	}
}
