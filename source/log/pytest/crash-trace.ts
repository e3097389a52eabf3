/**
pytest itself failing before its final line: a plugin's hook raising in the terminal summary, a fixture's teardown
raising from the session's end after `-x`. Python prints the traceback at the top level (`Traceback (most recent call
last):`, glued to the line pytest was writing, or on its own), its exception's line last, and the process ends: a log
that ends with such a traceback says why pytest's final line is missing.
*/
import {isExceptionLine} from '../exception-line.js';
import {FatalStack} from './fatal-stack.js';
import {isSessionWrapperFrame} from './session-wrapper.js';
import {TimeoutStack} from './timeout-stack.js';

const tracebackStart = 'Traceback (most recent call last):';

export class CrashTrace {
	/** faulthandler's stacks, if the interpreter crashed: where. */
	readonly fatal = new FatalStack();
	/** pytest-timeout's dump, if it ended the process: where the test was. */
	readonly timeout = new TimeoutStack();
	/**
	A top-level traceback started in pytest's session wrapper (`session-wrapper.ts`): pytest itself died, so the log
	is pytest's even where nothing else in it reads as pytest's (`-q -s`: the letters glued to the tests' output).
	*/
	hasSessionDied = false;
	/** In a traceback: `crash` (one that may end the log) or `ignored` (after `Exception ignored in …`). */
	private state: 'crash' | 'ignored' | 'ignoredHead' | undefined;
	/** The exception line of the last top-level traceback, while nothing but Python's exit noise followed it. */
	private exception: string | undefined;
	/** The number of the last line read here: every line after the exception's must have been. */
	private lastLine = 0;
	/** The last line read was a crash's `Traceback (most recent call last):`. */
	private isAtStart = false;

	/** Every line; those of a FAILURES/ERRORS entry (whose `--tb=native` reports hold such tracebacks too) are none. */
	line(text: string, lineNumber: number, isInEntry: boolean): void {
		if (isInEntry) {
			return;
		}

		this.fatal.line(text);
		this.timeout.line(text);

		if (this.lastLine !== lineNumber - 1) {
			// Lines read elsewhere (an entry's, a `-v` line's byte path) came between.
			this.exception = undefined;
		}

		this.lastLine = lineNumber;
		const isAtStart = this.isAtStart;
		this.isAtStart = false;
		if (text.length === 0) {
			return;
		}

		if (isAtStart && isSessionWrapperFrame(text)) {
			this.hasSessionDied = true;
		}

		if (text.startsWith('Exception ignored in')) {
			// Python at exit: an atexit callback or a `__del__` that raised; its traceback is no crash of pytest's.
			this.state = 'ignoredHead';
			return;
		}

		if (text.endsWith(tracebackStart)) {
			this.state = this.state === 'ignoredHead' ? 'ignored' : 'crash';
			if (this.state === 'crash') {
				this.exception = undefined;
				this.isAtStart = true;
			}

			return;
		}

		if (text.startsWith(' ') && this.state !== undefined) {
			return;
		}

		if (this.state === 'crash' && isExceptionLine(text)) {
			this.exception = text;
		} else if (this.state !== 'ignored') {
			this.exception = undefined;
		}

		this.state = undefined;
	}

	/** The exception line of the traceback the log ends with (then only Python's `Exception ignored` blocks), if any. */
	endingException(lastLine: number): string | undefined {
		return this.state === 'crash' || this.lastLine !== lastLine
			? undefined
			: this.exception;
	}
}
