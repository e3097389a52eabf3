/**
The test an `ERROR collecting path` entry is of. pytest names a module that failed to collect by its path from the rootdir
(`ERROR collecting tests/test_a.py`); a line that named it (a `-v` line, the short summary's `ERROR tests/test_a.py`)
may have said it from another directory: the entry is that module's when one of the two paths ends in the other.

A big run's log can hold thousands of such entries and a hundred thousand tests (`-rN`: no summary line names them):
the tests' ids are read once, those of files kept by their last part, so that an entry reads only the files of its
name, not every id of the run again.
*/
import type {IdNormalizer} from './ids.js';
import type {TestTable} from './tests.js';

export class CollectPaths {
	readonly #tests: TestTable;
	readonly #ids: IdNormalizer;
	/** The rows of ids naming a file (no `::`), by the file's last part, in order. */
	readonly #filesByName = new Map<string, number[]>();
	/** The rows read so far: tests added later (each entry's own) are read on the next lookup. */
	#read = 0;

	constructor(tests: TestTable, ids: IdNormalizer) {
		this.#tests = tests;
		this.#ids = ids;
	}

	/** The id of the file `name` says: the table's, the first in its order whose path ends in the other; else `name`'s. */
	resolve(name: string): string {
		const normalized = this.#ids.normalize(name);
		const tests = this.#tests;
		if (tests.has(normalized)) {
			return normalized;
		}

		this.#readNewRows();
		// One path ending in `/` and the other: both end in the same last part.
		for (const row of this.#filesByName.get(lastPart(normalized)) ?? []) {
			if (tests.isMergedAt(row)) {
				continue;
			}

			const id = tests.ids.idAt(row);
			if (id.endsWith(`/${normalized}`) || normalized.endsWith(`/${id}`)) {
				return id;
			}
		}

		return normalized;
	}

	#readNewRows(): void {
		const tests = this.#tests;
		for (; this.#read < tests.size; this.#read++) {
			const id = tests.ids.idAt(this.#read);
			if (id.includes('::')) {
				continue;
			}

			const name = lastPart(id);
			const rows = this.#filesByName.get(name);
			if (rows) {
				rows.push(this.#read);
			} else {
				this.#filesByName.set(name, [this.#read]);
			}
		}
	}
}

function lastPart(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}
