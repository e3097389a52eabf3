/**
The review of a run that is still being written (`triage run`, `--follow`, a live pipe): the log's bytes
pass through here on their way to the real read, and every so often what has arrived is read as the
truncated log it is, classified and joined with the decisions, so that the screen can show each failure as
soon as pytest has printed it. Reading everything so far again is simple and exact (the parser already
reads a truncated run); the interval grows with the time a read takes, so a large log never keeps the
machine busy.
*/

import {Readable} from 'node:stream';
import {
	type Analysis,
	type AnalyzeOptions,
	analyzeInTurns,
} from '../classify/analyze.js';
import {AnalysisMemo} from '../classify/analysis-memo.js';
import type {RuleSet} from '../classify/rules/types.js';
import type {Run} from '../log/model.js';
import {readLogSessions, stripAnsi} from '../log/read.js';
import {finalLinePattern} from '../log/summary.js';
import type {DecisionJournal} from '../triage/journal.js';
import {buildReview, type Review} from '../triage/review.js';
import {
	lastPercent,
	type LiveSnapshot,
	withoutPending,
	withoutTestLineInProgress,
	withPendingHeadlines,
} from './live-progress.js';

export type {LiveProgress, LiveSnapshot} from './live-progress.js';
export {pendingHeadline} from '../classify/cluster-summaries.js';

export type LiveReviewOptions = {
	readonly source: string;
	/** What the header calls the run, when its source (`-`) says nothing: the command run. */
	readonly name?: string;
	/** The `-` log is kept and named once the run ends: decisions are signed then, with the name (`isNamedAtEnd`). */
	readonly isNamedAtEnd?: boolean;
	/** The run is recorded in the history once read whole (`LiveProgress.isRecordedAtEnd`). */
	readonly isRecordedAtEnd?: boolean;
	readonly ruleSet: RuleSet;
	readonly journal: DecisionJournal;
	readonly outageThreshold?: number;
	/** Earlier runs to judge new / flaky against, for the failing ids read so far (a store answers later). */
	readonly contextFor?: (run: Run) => readonly Run[] | Promise<readonly Run[]>;
	/** Lets go of what `contextFor` holds (a store's connection): called once, when the run ends or is left. */
	readonly closeContext?: () => Promise<void>;
	/** The repository's CODEOWNERS for the run (`codeowners.ts`), when it has one. */
	readonly ownersFor?: (run: Run) => AnalyzeOptions['owners'];
	readonly now?: () => number;
	/** Shortest time between two reads, in ms. */
	readonly minimumInterval?: number;
};

/** Past this, the log is not read again while it grows: the review opens complete when it ends. */
const liveLimit = 64 * 1024 * 1024;

/** An external store (for React's useSyncExternalStore) of the live review. */
export class LiveReview {
	readonly #options: LiveReviewOptions;
	readonly #chunks: Uint8Array[] = [];
	readonly #listeners = new Set<() => void>();
	readonly #now: () => number;
	#bytes = 0;
	#readBytes = 0;
	#isReading = false;
	#timer: NodeJS.Timeout | undefined;
	#lastReadAt = 0;
	#interval: number;
	#isStopped = false;
	#snapshot: LiveSnapshot;
	#context: {readonly key: string; readonly runs: readonly Run[]} | undefined;
	/** The key of the earlier runs being asked for, when a lookup is on its way. */
	#asking: string | undefined;
	/** Earlier runs came after the last read: the next read judges the run against them, though no byte came. */
	#isContextNew = false;
	/** The last read left out a test's line still being printed: read again at the log's end, though no byte came. */
	#isLineHeld = false;
	/** The run as last read, and whether that read had every byte received. */
	#lastRun: Run | undefined;
	/** The last bytes received, for the final line once the log is too large to read again. */
	#tail: Buffer = Buffer.alloc(0);
	/** Each failure's verdict from the reads before: a read classifies only what is new. */
	readonly #memo = new AnalysisMemo();

	constructor(options: LiveReviewOptions) {
		this.#options = options;
		this.#now = options.now ?? Date.now;
		this.#interval = options.minimumInterval ?? 50;
		this.#snapshot = {
			progress: {
				phase: 'waiting',
				bytes: 0,
				tests: 0,
				failures: 0,
				startedAt: this.#now(),
				...(options.name !== undefined && {name: options.name}),
				...(options.isNamedAtEnd === true && {isNamedAtEnd: true}),
				...(options.isRecordedAtEnd === true && {isRecordedAtEnd: true}),
			},
		};
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	};

	readonly get = (): LiveSnapshot => this.#snapshot;

	/** The log's bytes, passed through unchanged; each chunk is kept for the next read. */
	tap(source: AsyncIterable<Uint8Array | string>): NodeJS.ReadableStream {
		return Readable.from(this.#through(source), {objectMode: false});
	}

	/** The log is complete and read: the final review (from the real read, with the history) replaces the live one. */
	end(review: Review | undefined, run?: Run, note?: string): void {
		this.#stopTimer();
		this.#halt();
		const endedAt = this.#now();
		this.#set({
			...(review
				? {review}
				: this.#snapshot.review
					? {review: this.#snapshot.review}
					: {}),
			progress: {
				...withoutPending(this.#snapshot.progress),
				...(run && {tests: run.tests.length, failures: run.failures.length}),
				phase: 'ended',
				endedAt,
				...(note !== undefined && {note}),
			},
		});
	}

	/**
	True when every byte received so far has been read and pytest's final line was among them: a followed
	file has all it needs. Until the next read catches up, false.
	*/
	hasFinalLine(): boolean {
		if (this.#bytes > liveLimit) {
			return this.hasFinalLineArrived();
		}

		if (this.#readBytes !== this.#bytes) {
			this.#schedule();
			return false;
		}

		return this.#lastRun?.reportedCounts !== undefined;
	}

	/** Whether pytest's final line is among the last bytes received, read or not yet. */
	hasFinalLineArrived(): boolean {
		return this.#tail
			.toString('utf8')
			.split(/\r?\n/)
			.some(line => finalLinePattern.test(stripAnsi(line).trim()));
	}

	/**
	The run began at `at`, before this review did (a followed log's writer, found after the first frame): the
	elapsed time counts from it. A later time changes nothing.
	*/
	startedBefore(at: number): void {
		if (at >= this.#snapshot.progress.startedAt) {
			return;
		}

		this.#set({
			...this.#snapshot,
			progress: {...this.#snapshot.progress, startedAt: at},
		});
	}

	/** A word for the header about the log itself (it was removed), unless it says another already. */
	noteOnce(note: string): void {
		if (this.#snapshot.progress.note !== undefined) {
			return;
		}

		this.#set({
			...this.#snapshot,
			progress: {...this.#snapshot.progress, note},
		});
	}

	/** No more reads (the person quit). */
	stop(): void {
		this.#stopTimer();
		this.#halt();
	}

	/** Read what has arrived now, whatever the interval (tests; the end of a burst). */
	async flush(): Promise<void> {
		this.#stopTimer();
		await this.#read();
	}

	async *#through(
		source: AsyncIterable<Uint8Array | string>,
	): AsyncGenerator<Uint8Array> {
		for await (const chunk of source) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			this.#add(bytes);
			yield bytes;
		}

		// The log ended: the header says the run is being read whole (and recorded), no longer that it runs.
		if (!this.#isStopped) {
			this.#set({
				...this.#snapshot,
				progress: {...this.#snapshot.progress, logEndedAt: this.#now()},
			});
			this.#schedule();
		}
	}

	#add(bytes: Uint8Array): void {
		this.#bytes += bytes.length;
		const tail = Buffer.concat([this.#tail, bytes]);
		this.#tail = tail.subarray(Math.max(0, tail.length - 4096));
		if (this.#bytes > liveLimit) {
			// Past the limit nothing is read again: keep no copy.
			this.#chunks.length = 0;
		} else {
			this.#chunks.push(bytes);
		}

		if (this.#snapshot.progress.phase === 'waiting') {
			this.#set({
				...this.#snapshot,
				progress: {...this.#snapshot.progress, phase: 'running'},
			});
		}

		this.#schedule();
	}

	#schedule(): void {
		if (this.#timer !== undefined || this.#isReading || this.#isStopped) {
			return;
		}

		if (this.#bytes > liveLimit) {
			if (this.#snapshot.progress.note === undefined) {
				this.#set({
					...this.#snapshot,
					progress: {
						...this.#snapshot.progress,
						bytes: this.#bytes,
						note: `live view paused past ${liveLimit / 1024 / 1024} MB: the review completes when the log ends`,
					},
				});
			}

			return;
		}

		const wait = Math.max(0, this.#lastReadAt + this.#interval - this.#now());
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			void this.#read();
		}, wait);
	}

	#stopTimer(): void {
		if (this.#timer !== undefined) {
			clearTimeout(this.#timer);
			this.#timer = undefined;
		}
	}

	async #read(): Promise<void> {
		if (
			this.#isReading ||
			(this.#bytes === this.#readBytes &&
				!this.#isContextNew &&
				!this.#isLineHeld) ||
			this.#isStopped
		) {
			return;
		}

		this.#isReading = true;
		this.#isContextNew = false;
		const started = this.#now();
		const bytes = this.#bytes;
		const all = Buffer.concat(this.#chunks);
		if (this.#chunks.length > 1) {
			this.#chunks.length = 0;
			this.#chunks.push(all);
		}

		try {
			const read =
				this.#snapshot.progress.logEndedAt === undefined
					? withoutTestLineInProgress(all)
					: all;
			this.#isLineHeld = read.length < all.length;
			const run = await this.#runOf(read);
			this.#lastRun = run ?? this.#lastRun;
			if (run && !this.#isStopped) {
				// The bytes new since the last read (and the line cut there): the last progress line can be far
				// from the end when the FAILURES section came with it, and an 8 KB tail missed it.
				const fresh = all
					.subarray(Math.max(0, this.#readBytes - 64))
					.toString('latin1');
				const review = await this.#reviewOf(run);
				// A store's earlier runs came later than the log's end: the final review stays.
				if (this.#isStopped) {
					return;
				}

				const percent = lastPercent(fresh) ?? this.#snapshot.progress.percent;
				this.#set({
					review,
					progress: {
						...withoutPending(this.#snapshot.progress),
						bytes,
						tests: run.tests.length,
						failures: run.failures.length,
						...(percent !== undefined && {percent}),
						...(this.#asking !== undefined && {isHistoryPending: true}),
					},
				});
			}
		} finally {
			this.#readBytes = bytes;
			this.#lastReadAt = this.#now();
			// A read that takes 40 ms waits at least 80 ms before the next: at most a third of the time.
			this.#interval = Math.max(
				this.#options.minimumInterval ?? 50,
				2 * (this.#lastReadAt - started),
			);
			this.#isReading = false;
			if (this.#bytes > this.#readBytes || this.#isContextNew) {
				this.#schedule();
			}
		}
	}

	async #runOf(bytes: Buffer): Promise<Run | undefined> {
		try {
			const sessions = await readLogSessions(this.#options.source, {
				stream: Readable.from([bytes]),
			});
			const run = sessions.at(-1);
			return run && withPendingHeadlines(run);
		} catch {
			// Not a test log yet (the first bytes of a banner), or a truncated XML: wait for more.
			return undefined;
		}
	}

	async #reviewOf(run: Run): Promise<Review> {
		const context = this.#contextOf(run);
		const owners = this.#options.ownersFor?.(run);
		// In turns: keys are read while a large run is classified again as it grows.
		const analysis: Analysis = await analyzeInTurns([...context, run], {
			rules: this.#options.ruleSet,
			memo: this.#memo,
			...(owners && {owners}),
			...(this.#options.outageThreshold !== undefined && {
				outageThreshold: this.#options.outageThreshold,
			}),
		});
		// A store's state is current: its refresh would take the news of others' decisions from the screen, whose line of
		// an own save then did not say whose it replaced (team tour 64, a live run on a store).
		if (this.#options.journal.isReadInBackground !== true) {
			this.#options.journal.refresh();
		}

		return buildReview(analysis, this.#options.journal.state());
	}

	/**
	The history's earlier runs, asked for again only when the failing ids change, and never waited for: a store over a
	slow network took seconds a lookup, and the screen, which waited for each, opened at 8% of a run and then moved
	in jumps of 20 s (team tour 63). A read judges the run on the earlier runs that came so far (none at first), and
	the answer, once it comes, makes the next read.
	*/
	#contextOf(run: Run): readonly Run[] {
		const {contextFor} = this.#options;
		if (!contextFor) {
			return [];
		}

		const key = `${run.header.rootdir ?? ''}\n${run.failures.map(failure => failure.id).join('\n')}`;
		if (this.#context?.key !== key && this.#asking === undefined) {
			const found = this.#tryLookup(contextFor, run);
			if (found instanceof Promise) {
				this.#asking = key;
				void found.then(runs => {
					this.#answered(key, runs);
				});
			} else {
				// A local history answers at once: the read uses it.
				this.#context = {key, runs: found ?? this.#context?.runs ?? []};
			}
		}

		return this.#context?.runs ?? [];
	}

	/** The lookup's answer, undefined when it failed (away or refused: judged on what came before). */
	#tryLookup(
		contextFor: NonNullable<LiveReviewOptions['contextFor']>,
		run: Run,
	): readonly Run[] | undefined | Promise<readonly Run[] | undefined> {
		try {
			const found = contextFor(run);
			return found instanceof Promise ? found.catch(() => undefined) : found;
		} catch {
			return undefined;
		}
	}

	/**
	The earlier runs for `key` came: the next read uses them. One that failed keeps what came before, under this key,
	so that it is not asked again until the failing ids change (as when it was awaited).
	*/
	#answered(key: string, runs: readonly Run[] | undefined): void {
		this.#asking = undefined;
		if (this.#isStopped) {
			return;
		}

		this.#context = {key, runs: runs ?? this.#context?.runs ?? []};
		this.#isContextNew = true;
		this.#schedule();
	}

	/** No more reads, and no more lookups of earlier runs: what they held is let go. */
	#halt(): void {
		if (this.#isStopped) {
			return;
		}

		this.#isStopped = true;
		void this.#options.closeContext?.();
	}

	#set(snapshot: LiveSnapshot): void {
		this.#snapshot = snapshot;
		for (const listener of this.#listeners) {
			listener();
		}
	}
}
