/**
The `slowest N durations` section (`--durations=N`) and the warnings summary: each names tests by their node ids,
relative to the rootdir, where `-v` lines and the short summary print ids relative to where pytest ran. Kept only to
tell the two apart (`invocation-above.ts`).
*/

/** `0.06s call     tests/apply/test_x.py::test_y[a]`; pytest 7 to 9. */
const durationLine = /^\d+\.\d+s (?:setup|call|teardown) +(\S.*)$/;
/** A few are enough to show where pytest ran; the section can list every test (`--durations=0`). */
const kept = 50;
/**
A test's warnings in the warnings summary are headed by its node id alone on a line (`tests/test_x.py::test_y[a]`); a
warning raised outside a test is headed by `path:line`, relative to where pytest ran, which this leaves out.
*/
const warningNodeId = /^[^\s:][^:]*\.py::\S/;

export class DurationIds {
	readonly ids: string[] = [];

	/** True when the line is a durations line (its id kept, up to a few). */
	line(text: string): boolean {
		const match = durationLine.exec(text);
		if (!match) {
			return false;
		}

		if (this.ids.length < kept) {
			this.ids.push(match[1]!);
		}

		return true;
	}

	/** A line of the warnings summary: a test's node id heading its warnings is kept (up to a few). */
	warningLine(text: string): void {
		if (this.ids.length < kept && warningNodeId.test(text)) {
			this.ids.push(text.trimEnd());
		}
	}
}
