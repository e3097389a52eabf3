/**
pytest-timeout's dump as it ends the process (its thread method, or the signal method when no other way is left): every
thread's stack between two `+++ Timeout +++` banners, each headed `~~~ Stack of MainThread (…) ~~~`, its frames oldest
first (`  File "path", line N, in function`). Under `-v` the `id ` waiting for its outcome names the test that was
ended (`killed-test.ts`); under `-q` and at the default verbosity no line does, and the thread that ran pytest's own
frames shows which test function was running and where.
*/
import {isOutsideProject} from '../outside-project.js';
import {type Frame, nativeFrameOf} from '../traceback.js';
import {pytestFrame} from './fatal-stack.js';
import {timeoutBanner} from './killed-test.js';

/** A thread's title in the dump (`~~~~ Stack of MainThread (140487021443968) ~~~~`). */
const threadTitle = /^~+ Stack of .* ~+$/;
/** Frames kept of one thread: a deep recursion's stack is long, and pytest's frames come first. */
const framesKept = 1000;

export class TimeoutStack {
	private isDumping = false;
	/** The frames of the thread being read, oldest first. */
	private frames: Frame[] = [];
	/** The test's frame in the last dump's thread that ran pytest. */
	private found: Frame | undefined;

	/** Where the test was when pytest-timeout ended it, if a dump showed it. */
	get site(): Frame | undefined {
		// The log may end inside the dump (the process ended before the closing banner was read).
		return (this.isDumping && siteIn(this.frames)) || this.found;
	}

	/** A line outside any FAILURES entry. */
	line(text: string): void {
		if (timeoutBanner.test(text)) {
			this.endThread();
			this.isDumping = !this.isDumping;
			return;
		}

		if (!this.isDumping) {
			return;
		}

		if (text.startsWith('~') && threadTitle.test(text)) {
			this.endThread();
			return;
		}

		const frame = text.startsWith('  File ') ? nativeFrameOf(text) : undefined;
		if (frame && this.frames.length < framesKept) {
			this.frames.push(frame);
		}
	}

	private endThread(): void {
		this.found = siteIn(this.frames) ?? this.found;
		this.frames = [];
	}
}

/**
The test's frame in a thread's frames (oldest first), if the thread ran pytest: the first of the project's after
pytest's own (through unittest's runner, for a `TestCase`), the test function, not where it waited.
*/
function siteIn(frames: readonly Frame[]): Frame | undefined {
	const last = frames.findLastIndex(frame => pytestFrame.test(frame.path));
	return last === -1
		? undefined
		: frames.slice(last + 1).find(frame => !isOutsideProject(frame.path));
}

/** How the warning names the test: `(pytest-timeout ended test_waits, at /src/t/test_t.py:22)`. */
export function describeTimeoutSite(site: Frame): string {
	return `(pytest-timeout ended ${site.function ?? 'a test'}, at ${site.path}:${site.line})`;
}
