/**
faulthandler's dump after `Fatal Python error: …` (a test that crashed the interpreter): the crashed thread's frames,
newest first (`Current thread 0x… (most recent call first):`, then `  File "path", line N in function`). The frame
pytest called, right above pytest's own, is the test function (or the fixture) that crashed: under `-q` and at the
default verbosity nothing else in the log names the test. When the crashed thread is one the test started (a thread pool's
worker), its stack holds none of pytest's frames: the thread that does (`Thread 0x… (most recent call first):`, dumped
before or after it) is the one running the test, and says which test started the crashed thread.
*/
import {isOutsideProject} from '../outside-project.js';
import {type Frame, nativeFrameOf} from '../traceback.js';

const currentThread = /^Current thread 0x[\da-f]+ \(most recent call first\):$/;
/** Another thread's stack in the same dump. */
const otherThread = /^Thread 0x[\da-f]+ \(most recent call first\):$/;
/** A frame of pytest's own: in a stack, the frames after it (or before it, newest first) are the test's. */
export const pytestFrame = /(?:^|\/)_pytest\//;
/** Frames kept of the crashed thread: a deep recursion's dump is long, and pytest's frames come last. */
const framesKept = 1000;

export class FatalStack {
	/** The crashed thread's frames, newest first, once its title was read. */
	private frames: Frame[] | undefined;
	/** The frames of the other thread being read, newest first. */
	private other: Frame[] | undefined;
	/** The first other thread whose stack holds pytest's frames: the one running the test. */
	private testThread: Frame[] | undefined;
	private isReading = false;

	/** A line outside any FAILURES entry. */
	line(text: string): void {
		if (!this.isReading) {
			if (
				this.testThread === undefined &&
				text.startsWith('Thread 0x') &&
				otherThread.test(text)
			) {
				// faulthandler dumps the threads in the interpreter's order: the test's may come before the crashed one.
				this.other = [];
			} else if (this.other) {
				this.otherLine(text);
			}
		}

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

	/** A line after another thread's title: a frame, or the end of its stack. */
	private otherLine(text: string): void {
		const frame = nativeFrameOf(text);
		if (frame && this.other!.length < framesKept) {
			this.other!.push(frame);
			return;
		}

		if (this.other!.some(frame => pytestFrame.test(frame.path))) {
			this.testThread = this.other;
		}

		this.other = undefined;
	}

	/**
	Where the test crashed: the frame pytest's own called, or, when that one is a library's (unittest's runner), the
	newest frame of the project's; undefined when the dump shows neither.
	*/
	get site(): Frame | undefined {
		return siteIn(this.frames ?? []);
	}

	/**
	The test that started the crashed thread, from the stack of the thread running it, when the crashed thread's own
	stack holds none of pytest's frames; undefined otherwise.
	*/
	get startedBy(): Frame | undefined {
		const frames = this.frames ?? [];
		if (
			frames.length === 0 ||
			frames.some(frame => pytestFrame.test(frame.path))
		) {
			return undefined;
		}

		const thread = this.testThread ?? this.endedOther();
		return thread ? siteIn(thread) : undefined;
	}

	/** The other thread whose stack the log ended in, if it holds pytest's frames. */
	private endedOther(): Frame[] | undefined {
		return this.other?.some(frame => pytestFrame.test(frame.path))
			? this.other
			: undefined;
	}
}

/** In a thread's frames: the frame pytest's own called, or else the newest of the project's above pytest's. */
function siteIn(frames: Frame[]): Frame | undefined {
	const pytest = frames.findIndex(frame => pytestFrame.test(frame.path));
	const called = pytest > 0 ? frames[pytest - 1] : undefined;
	if (called && !isOutsideProject(called.path)) {
		return called;
	}

	return frames
		.slice(0, pytest === -1 ? frames.length : pytest)
		.find(frame => !isOutsideProject(frame.path));
}

const place = (frame: Frame) =>
	`${frame.function ?? 'a function'} at ${frame.path}:${frame.line}`;

/**
How the warning names the crash site: `(crashed in test_segfault at /src/crash/test_crash.py:13)`, and the test that
started the crashed thread when it was another (`…, in a thread started by test_query at /src/t/test_tree.py:64)`).
*/
export function describeSite(site: Frame, startedBy?: Frame): string {
	const started = startedBy
		? `, in a thread started by ${place(startedBy)}`
		: '';
	return `(crashed in ${place(site)}${started})`;
}
