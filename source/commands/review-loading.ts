/**
The review's loading screen while its logs are read (review.tsx): hidden for small logs until reading them takes
longer than a flicker of the bar (`quietStart`), then its bar moved by each chunk read, with the failures met
so far; then the steps after the read (session.ts `onStep`), each drawn before its work holds the event loop.
*/
import type {SessionStep} from '../session.js';
import {isInTurns, stepText} from '../ui/loading.js';
import {
	createStore,
	type LoadingPhase,
	recentShown,
	type Store,
} from './review-screen.js';
import {quietStart} from './review-terminal.js';

export class LoadingScreen {
	readonly store: Store;
	/** Nothing drawn yet (a small log): the phase is kept as it would be now, and drawn once the timer fires. */
	#isQuiet: boolean;
	#quietPhase: LoadingPhase;
	readonly #timer: NodeJS.Timeout | undefined;
	readonly #logs: readonly string[];
	readonly #commandLine: string | undefined;
	#failuresFound = 0;
	readonly #recentFailures: string[] = [];

	/** `commandLine`: `triage run`'s command, whose output reaches the reader as stdin: the screen names it. */
	constructor(
		logs: readonly string[],
		commandLine: string | undefined,
		isQuiet: boolean,
	) {
		this.#logs = logs;
		this.#commandLine = commandLine;
		this.#isQuiet = isQuiet;
		this.#quietPhase = {
			phase: 'loading',
			isHidden: isQuiet,
			log: logs[0] ?? '-',
			...(commandLine !== undefined && {command: commandLine}),
			index: 1,
			count: logs.length,
			bytesRead: 0,
			totalBytes: undefined,
		};
		this.store = createStore(this.#quietPhase);
		this.#timer = isQuiet
			? setTimeout(() => {
					this.#show();
				}, quietStart.ms)
			: undefined;
	}

	/** Whether nothing has been drawn. */
	get isQuiet(): boolean {
		return this.#isQuiet;
	}

	/** The logs are read (or the review quits): the screen stays as it is. */
	stopTimer(): void {
		clearTimeout(this.#timer);
	}

	/** A chunk of `log` read: the failures met since the last one show with it. */
	progress(
		log: string,
		bytesRead: number,
		totalBytes: number | undefined,
	): void {
		if (this.store.get().phase !== 'loading') {
			return;
		}

		const phase = {
			phase: 'loading',
			log,
			...(this.#commandLine !== undefined && {command: this.#commandLine}),
			index: this.#logs.indexOf(log) + 1,
			count: Math.max(1, this.#logs.length),
			bytesRead,
			totalBytes,
			failuresFound: this.#failuresFound,
			recentFailures: [...this.#recentFailures],
		} as const;
		this.#set(phase);
	}

	/** A failing report met: counted, and its id among the latest shown. */
	failure(id: string): void {
		this.#failuresFound++;
		this.#recentFailures.push(id);
		if (this.#recentFailures.length > recentShown) {
			this.#recentFailures.shift();
		}
	}

	/**
	A step after the read: said under the full bar, and drawn before the step starts (Ink's throttle draws within one
	`frameMs`); the analysis of a 100 MB log's failures holds the event loop for seconds.
	*/
	async step(
		step: SessionStep,
		failures: number,
		frameMs: number,
		/** Whether q quits at once (default: as `isInTurns` says of the step). */
		isQuitAtOnce = isInTurns(step),
	): Promise<void> {
		const current = this.#isQuiet ? this.#quietPhase : this.store.get();
		if (current.phase !== 'loading') {
			return;
		}

		this.#set({
			...current,
			step: stepText(step, failures),
			isStepInTurns: isQuitAtOnce,
		});
		if (!this.#isQuiet) {
			await new Promise(resolve => {
				setTimeout(resolve, frameMs);
			});
		}
	}

	#set(phase: LoadingPhase): void {
		if (this.#isQuiet) {
			this.#quietPhase = phase;
		} else {
			this.store.set(phase);
		}
	}

	#show(): void {
		this.#isQuiet = false;
		if (this.store.get().phase === 'loading') {
			this.store.set({...this.#quietPhase, isHidden: false});
		}
	}
}
