import type {Shard} from './model.js';

/**
Header lines that say what kind of session a pytest run is: a `--lf` re-run of the last failures, or one shard of a run split with pytest-split. Both are printed after collection, before the first progress line.
*/

export type SessionKind = {
	lastFailed?: boolean;
	shard?: Shard;
};

/**
pytest's cache plugin (pytest 7 to 9) prints `run-last-failure: rerun previous 4 failures` under `--lf`, with ` first` under `--ff` (which still runs every test) and a ` (skipped 2 files)` suffix when it skipped files. Its other reports (`no previously failed tests, …`, `N known failures not in selected tests`) run the selection unchanged.
*/
const lastFailureLine =
	/^run-last-failure: rerun previous \d+ failures?( first)?(?: \(|$)/;

/**
pytest-split 0.8 and later print `[pytest-split] Running group 1/3 (estimated duration: 12.34s)`; some earlier versions printed `[pytest-split] Running group 1/3` alone.
*/
const splitGroupLine = /^\[pytest-split] Running group (\d+)\/(\d+)\b/;

/** What a header line says of the session's kind, or undefined for every other line. */
export function readSessionKind(text: string): SessionKind | undefined {
	if (text.startsWith('run-last-failure: ')) {
		const lastFailure = lastFailureLine.exec(text);
		// `--ff` reorders and runs everything: that is a whole run, not a re-run of failures.
		return {lastFailed: lastFailure !== null && lastFailure[1] === undefined};
	}

	if (text.startsWith('[pytest-split] ')) {
		const split = splitGroupLine.exec(text);
		if (split) {
			return {shard: {group: Number(split[1]), of: Number(split[2])}};
		}
	}

	return undefined;
}
