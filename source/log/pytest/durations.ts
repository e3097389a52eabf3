/**
The `slowest N durations` section (`--durations=N`) and the warnings summary: each names tests by their node ids,
relative to the rootdir, where `-v` lines and the short summary print ids relative to where pytest ran. Kept only to
tell the two apart (`invocation-above.ts`). The warnings summary also prints where each warning was raised as an absolute
path (`  /src/app/tests/test_x.py:44: UserWarning: …`): kept to show where relative paths start (`relative-paths.ts`).
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
	/** Absolute files the warnings summary names where a warning was raised (up to a few). */
	readonly warningFiles: string[] = [];

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

		if (this.warningFiles.length < kept && text.startsWith('  /')) {
			const file = warningFile(text);
			if (file !== undefined && !this.warningFiles.includes(file)) {
				this.warningFiles.push(file);
			}
		}
	}
}

/** The file of a warning's location, `  /src/app/test_x.py:44: UserWarning: …`; undefined for any other line. */
function warningFile(text: string): string | undefined {
	const end = text.indexOf('.py:', 3);
	if (end === -1) {
		return undefined;
	}

	let index = end + 4;
	while (
		index < text.length &&
		text.charCodeAt(index) >= 48 &&
		text.charCodeAt(index) <= 57
	) {
		index++;
	}

	return index > end + 4 && text.startsWith(': ', index)
		? text.slice(2, end + 3)
		: undefined;
}
