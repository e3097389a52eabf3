/**
The actions a store journal has appended but that have not committed yet, so that when a command is done
the CLI can let them commit before it ends the connections (which would roll them back), and say how many
did not. Apart from `decisions.ts`: bookkeeping of promises, no SQL.
*/

/** Milliseconds a save may take, once the command is done, before the terminal is told what it waits for. */
const finishNoticeAfter = 250;

export class SavesInFlight {
	/** Saves not settled yet; each leaves the set as it settles. */
	readonly #saving = new Set<Promise<void>>();
	#isFinishing = false;
	#failedWhileFinishing = 0;

	/** Count `saving` in until it settles; returns it as it is. */
	async track<T>(saving: Promise<T>): Promise<T> {
		// Settled only once it is out of the set: `finish` counts what is left after waiting on them.
		const tracked = saving.then(
			() => {
				this.#saving.delete(tracked);
			},
			() => {
				this.#saving.delete(tracked);
				if (this.#isFinishing) {
					this.#failedWhileFinishing++;
				}
			},
		);
		this.#saving.add(tracked);
		return saving;
	}

	/** How many saves are in flight now. */
	get pending(): number {
		return this.#saving.size;
	}

	/**
	Wait for the saves in flight, `timeout` milliseconds at most; returns how many were not saved: those
	still in flight, and those that failed since `finish` was called.
	*/
	async finish(timeout: number): Promise<number> {
		this.#isFinishing = true;
		if (this.#saving.size > 0) {
			let timer: NodeJS.Timeout | undefined;
			await Promise.race([
				Promise.all(this.#saving),
				new Promise(resolve => {
					timer = setTimeout(resolve, timeout);
				}),
			]);
			clearTimeout(timer);
		}

		return this.#saving.size + this.#failedWhileFinishing;
	}

	/**
	`finish`, saying on the terminal what it waits for when a save has not committed after a moment (the store
	`store`, by its name); returns the line that says how many actions were not saved, or undefined.
	*/
	async finishSaying(
		timeout: number,
		store: string,
		say: (line: string) => void,
	): Promise<string | undefined> {
		// A commit comes in milliseconds; one that has not after a moment waits on a server gone silent, and the
		// terminal, left by the review, said nothing for seconds (QA 52): it says what it waits for.
		const notice = setTimeout(() => {
			const count = this.pending;
			if (count > 0) {
				say(
					`store ${store}: waiting up to ${Math.ceil(timeout / 1000)} s for it to commit the last ${count === 1 ? 'action' : `${count} actions`}…`,
				);
			}
		}, finishNoticeAfter);
		const lost = await this.finish(timeout);
		clearTimeout(notice);
		return lost === 0
			? undefined
			: `store ${store}: the last ${lost === 1 ? 'action was' : `${lost} actions were`} NOT saved (the store did not commit ${lost === 1 ? 'it' : 'them'} before quitting)`;
	}
}
