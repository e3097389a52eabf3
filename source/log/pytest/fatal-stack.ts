/**
faulthandler's dump after `Fatal Python error: …` (a test that crashed the interpreter): the crashed thread's frames,
newest first (`Current thread 0x… (most recent call first):`, then `  File "path", line N in function`). The frame
pytest called, right above pytest's own, is the test function (or the fixture) that crashed: under `-q` and at the
default verbosity nothing else in the log names the test.
*/
import {isOutsideProject} from '../outside-project.js';
import {type Frame, nativeFrameOf} from '../traceback.js';

const currentThread = /^Current thread 0x[\da-f]+ \(most recent call first\):$/;
/** A frame of pytest's own: in a stack, the frames after it (or before it, newest first) are the test's. */
export const pytestFrame = /(?:^|\/)_pytest\//;
/** Frames kept of the crashed thread: a deep recursion's dump is long, and pytest's frames come last. */
const framesKept = 1000;

export class FatalStack {
	/** The crashed thread's frames, newest first, once its title was read. */
	private frames: Frame[] | undefined;
	private isReading = false;

	/** A line outside any FAILURES entry. */
	line(text: string): void {
		if (this.frames === undefined) {
			if (text.startsWith('Current thread ') && currentThread.test(text)) {
				this.frames = [];
				this.isReading = true;
			}

			return;
		}

		if (!this.isReading) {
			return;
		}

		const frame = nativeFrameOf(text);
		if (!frame || this.frames.length >= framesKept) {
			this.isReading = false;
			return;
		}

		this.frames.push(frame);
	}

	/**
	Where the test crashed: the frame pytest's own called, or, when that one is a library's (unittest's runner), the
	newest frame of the project's; undefined when the dump shows neither.
	*/
	get site(): Frame | undefined {
		const frames = this.frames ?? [];
		const pytest = frames.findIndex(frame => pytestFrame.test(frame.path));
		const called = pytest > 0 ? frames[pytest - 1] : undefined;
		if (called && !isOutsideProject(called.path)) {
			return called;
		}

		return frames
			.slice(0, pytest === -1 ? frames.length : pytest)
			.find(frame => !isOutsideProject(frame.path));
	}
}

/** How the warning names the crash site: `(crashed in test_segfault at /src/crash/test_crash.py:13)`. */
export function describeSite(site: Frame): string {
	return `(crashed in ${site.function ?? 'a function'} at ${site.path}:${site.line})`;
}
