/**
Whether the processes writing a followed log have all ended before pytest's final line: pytest killed (and the `tee`
it wrote through with it), or crashed. No byte will come then, and `--follow` said RUNNING with its clock going for
ever over a log nobody writes (QA 51). Only processes seen writing the log can be seen to end: where none was seen
(another user's, another system's, or none left when the following began), nothing is said, as before.
*/

import {isRunning, logWriters, type LogWriters} from './writer-start.js';

export type WriterWatchOptions = {
	/** Aborting stops the looking (the review was left). */
	readonly signal?: AbortSignal;
	/** How often to look at most, in ms: each look reads a /proc file per writer. */
	readonly intervalMs?: number;
	/** For tests. */
	readonly proc?: string;
	readonly now?: () => number;
};

export class WriterWatch {
	readonly #file: string;
	readonly #options: WriterWatchOptions;
	#writers: LogWriters['writers'] = [];
	#isLooking = false;
	#lastLook = Number.NEGATIVE_INFINITY;
	#hasEnded = false;
	#isConfirmed = false;

	constructor(file: string, options: WriterWatchOptions = {}) {
		this.#file = file;
		this.#options = options;
	}

	/** The processes found writing the log (when the following began). */
	found(writers: LogWriters['writers']): void {
		if (this.#writers.length === 0) {
			this.#writers = writers;
		}
	}

	/**
	At an end of the file, nothing more to read for now: looks, at most once per interval and without blocking, whether
	the writers are still there.
	*/
	idle(): void {
		if (this.#hasEnded) {
			// A read after the writers ended found nothing more: what they wrote before they ended has been read.
			this.#isConfirmed = true;
			return;
		}

		const now = (this.#options.now ?? Date.now)();
		if (
			this.#writers.length === 0 ||
			this.#isLooking ||
			now - this.#lastLook < (this.#options.intervalMs ?? 1000)
		) {
			return;
		}

		this.#isLooking = true;
		this.#lastLook = now;
		void this.#look().finally(() => {
			this.#isLooking = false;
		});
	}

	/** True once the writers have ended and a read since found nothing more: the log is as long as it will get. */
	get hasEnded(): boolean {
		return this.#isConfirmed;
	}

	async #look(): Promise<void> {
		const {proc, signal} = this.#options;
		for (const writer of this.#writers) {
			if (await isRunning(writer, proc)) {
				return;
			}
		}

		// Each has ended; another process may write the log now (`pytest >> run.log` again): every process is asked
		// once. None is when the name names no file any more (removed: no one can open what is followed again).
		const now = await logWriters(this.#file, proc, signal);
		if (signal?.aborted) {
			return;
		}

		if (now !== undefined && now.writers.length > 0) {
			this.#writers = now.writers;
			return;
		}

		this.#hasEnded = true;
	}
}
