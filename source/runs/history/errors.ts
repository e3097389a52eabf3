/** What is wrong with the history, where it says more than its message (`problems.ts`). */
export type HistoryProblem =
	'folder' | 'damaged' | 'full' | 'read-only-disk' | 'permission' | 'locked';

/** The history cannot be used; the message is one line. Apart from the store, so that loading it costs no SQLite. */
export class HistoryError extends Error {
	override name = 'HistoryError';
	readonly problem: HistoryProblem | undefined;

	constructor(message: string, problem?: HistoryProblem) {
		super(message);
		this.problem = problem;
	}

	/**
	Whether the disk (full, read-only) or another process (holding the file locked) is to blame, not the history's
	file: a runtime failure, exit 1, that passes once it is dealt with; the same command then works.
	*/
	get isRuntimeProblem(): boolean {
		return (
			this.problem === 'full' ||
			this.problem === 'read-only-disk' ||
			this.problem === 'locked'
		);
	}
}
