/**
The `slowest N durations` section (`--durations=N`): each line names a test by its node id, relative to the
rootdir, where `-v` lines and the short summary print ids relative to where pytest ran. Kept only to tell the two
apart (`invocation-above.ts`).
*/

/** `0.06s call     tests/apply/test_x.py::test_y[a]`; pytest 7 to 9. */
const durationLine = /^\d+\.\d+s (?:setup|call|teardown) +(\S.*)$/;
/** A few are enough to show where pytest ran; the section can list every test (`--durations=0`). */
const kept = 50;

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
}
