/** What is wrong with the history, where it says more than its message (`problems.ts`). */
export type HistoryProblem =
	'folder' | 'damaged' | 'full' | 'read-only-disk' | 'permission';

/** The history cannot be used; the message is one line. Apart from the store, so that loading it costs no SQLite. */
export class HistoryError extends Error {
	override name = 'HistoryError';
	readonly problem: HistoryProblem | undefined;

	constructor(message: string, problem?: HistoryProblem) {
		super(message);
		this.problem = problem;
	}

	/** Whether the disk is to blame (full, read-only), not the history's file: a runtime failure, exit 1. */
	get isDiskProblem(): boolean {
		return this.problem === 'full' || this.problem === 'read-only-disk';
	}
}
