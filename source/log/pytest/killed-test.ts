/**
The test that was running when the process was ended under it: its `-v` id printed, then pytest-timeout's thread
method (`+++ Timeout +++`, the stacks, `os._exit`) or faulthandler's `Fatal Python error: Segmentation fault`, and
no final line. pytest wrote no report of it; it is the test a reader of the log is looking for.
*/
import type {IdNormalizer} from './ids.js';
import type {TestTable} from './tests.js';

/** pytest-timeout's banner around the stacks it dumps (`+++…+++ Timeout +++…+++`), as a pattern's source. */
const timeoutBannerSource = String.raw`\+{3,} Timeout \+{3,}`;

/** The banner as a line of its own. */
export const timeoutBanner = new RegExp(`^${timeoutBannerSource}$`);

/** The banner at a line's end, glued to what came before it (pytest-timeout 2.4: `ssFF..s+++++ Timeout +++++`). */
export const timeoutBannerAtEnd = new RegExp(`${timeoutBannerSource}$`);

/** Lines of a stack dump kept as the killed test's traceback: a dump of hundreds of threads is cut. */
const dumpLimit = 2000;

/** Watches for what ends the process while a `-v` id waits for its outcome. */
export class KillWatch {
	private killed: {id: string; headline: string} | undefined;
	/** The lines of the stacks pytest-timeout dumps between its two banners, while it dumps them. */
	private dump: string[] | undefined;
	private isDumping = false;

	/** A line read while `pendingId` waited for its outcome: pytest-timeout's banner is what ends the process. */
	onLine(pendingId: string, text: string): void {
		if (!timeoutBanner.test(text)) {
			this.onOutput(text);
			return;
		}

		// The second banner ends the stacks.
		if (this.isDumping && this.killed?.id === pendingId) {
			this.isDumping = false;
			return;
		}

		this.onKilled(
			pendingId,
			"Timeout (pytest-timeout's thread method dumped the stacks and ended the process)",
		);
		this.dump = [];
		this.isDumping = true;
	}

	/** Any other line while a `-v` id waited for its outcome: a line of the stacks, while they are dumped. */
	onOutput(text: string): void {
		if (this.isDumping && this.dump!.length < dumpLimit) {
			this.dump!.push(text);
		}
	}

	/**
	What ended the process while `pendingId` was running: pytest-timeout's banner (`onLine`), or faulthandler's
	`Fatal Python error: …` (`isFatal`), whose stacks (`Current thread 0x… (most recent call first):`, a `File` line
	per frame) follow to the end of the log: the process died printing them.
	*/
	onKilled(
		pendingId: string | undefined,
		headline: string,
		isFatal = false,
	): void {
		if (pendingId !== undefined) {
			// The last one: a banner pytest-timeout printed without ending the process (`-s`, its signal method) may come before.
			this.killed = {id: pendingId, headline};
			this.dump = isFatal ? [] : undefined;
			this.isDumping = isFatal;
		}
	}

	/**
	The log ended (`hasFinalLine`: pytest lived to print its final line): the test that was running when the process was
	ended, if it got no outcome after, becomes failed (as xdist calls the test of a crashed worker), with what ended the
	process as its headline.
	*/
	addKilledTest(
		pendingId: string | undefined,
		hasFinalLine: boolean,
		tests: TestTable,
		ids: IdNormalizer,
	): void {
		const {killed} = this;
		if (!killed || killed.id !== pendingId || hasFinalLine) {
			return;
		}

		const state = tests.getOrAdd(ids.normalize(killed.id));
		if (state.outcome === undefined) {
			state.outcome = 'failed';
			state.phase = 'call';
			state.summaryMessage = killed.headline;
			// The stacks, blank lines around them dropped: where each thread was when the test was ended (or crashed).
			const dump = this.dump?.join('\n').trim();
			if (dump) {
				state.killedTraceback = dump;
			}
		}
	}
}
