/**
The fifty-seventh sweep's real runs (fixtures/real-suites/README.md, record-sweep57.sh: the tests in the wheels of pooch,
preshed, PuLP and pyarrow under pytest 7.2 and 9), for `real-suites.test.ts`.
*/
export const suites57Complete: Record<string, boolean> = {
	'pooch-p90-v-short-nonet': true,
	'pooch-p90-native-maxfail-nonet': true,
	'pooch-p7-rA-n2-tbline-nonet': true,
	// A collection error (no module named 'requests' under Debian's Python) interrupted the run.
	'pooch-p7-v-timeout-thread-nonet': false,
	'pooch-p90-v-doctest-nonet': true,
	'pooch-p7-tbline-doctest-nonet': true,
	// -W error: pooch's own warnings at import are collection errors, which interrupt the run.
	'pooch-p90-tbline-W-error-nonet': false,
	'pooch-p7-q-n2-W-error-ascii': true,
	'pyarrow-p90-v-hypothesis-missingdep': true,
	'pyarrow-p7-tbline-hypothesis-missingdep': true,
	'pyarrow-p90-native-n2-hypothesis-missingdep': true,
	// A MemoryError compiling a test module under an address-space limit: INTERNALERROR during collection.
	'pyarrow-p90-q-ulimit-v-internalerror': false,
	'pyarrow-p90-doctest-modules': true,
	'pyarrow-p7-v-timeout-hypothesis': true,
	'pyarrow-p90-rA-timeout-hypothesis': true,
	'pulp-p90-vv-cbc': true,
};
/**
Failures whose report in the log does not hold their error: pytest 7.2's `--tb=line` prints a doctest's report cut at 50
characters, here only numbered docstring lines (`125     >>> import os`), and its short summary no message; the XML's
message holds the whole report, down to `UNEXPECTED EXCEPTION: ModuleNotFoundError("No module named 'requests'")`.
*/
export const suites57Unreported: Record<string, {headline: string}> = {
	'pooch-p7-tbline-doctest-nonet': {headline: 'DocTestFailure'},
};
