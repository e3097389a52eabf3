/**
The sixty-fourth sweep's real runs (fixtures/real-suites/README.md, record-sweep64.sh: the tests in the wheels of pycryptodome,
nltk, aiosqlite and cartopy under pytest 9), for `real-suites.test.ts`.
*/
export const suites64Complete: Record<string, boolean> = {
	// Unittest classes failing at collection (their test vectors missing), each reported by both xdist workers: the ERRORS
	// entries, headed by the file, go to the summary's lines in order.
	'pcd-p90-q-n2-continue': true,
	'pcd-p90-v-n2-continue': true,
	// Doctest files whose conftest's autouse fixture asks for a fixture not installed: `file , line 0: source code not
	// available` first in the report and the XML's message.
	'nltk-p90-q-doctest': true,
	'nltk-p7-v-doctest-nomock': true,
	// An open-file limit: subtests failing, a teardown error, a debug line glued to a SUBFAILED progress line, and an
	// unraisable-exception warning printed after pytest's final line.
	'aiosqlite-p90-v-nofile': true,
	// Doctest files whose data was never downloaded: LookupError's message boxed in asterisks on lines of its own.
	'nltk-p90-v-doctest-nodata': true,
	// No network: downloads failing in calls and in a class-scoped fixture, under --tb=line -rA.
	'cartopy-p90-tbline-rA-nonet': true,
};
