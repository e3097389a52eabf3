/**
The fifty-ninth sweep's real runs (fixtures/real-suites/README.md, record-sweep59.sh: the tests in the wheels of emcee, arch,
scikit-rf, ase and cvxpy under pytest 7.2 and 9), for `real-suites.test.ts`.
*/
export const suites59Complete: Record<string, boolean> = {
	// arch's wheel holds its pyproject.toml: the rootdir is the package, the ids printed from the directory above, where
	// xdist's workers say they started.
	'arch-p90-v-n2-x': true,
	'arch-p90-v-n2-doctest': true,
	// pytest 9's subtests: a failing unittest test's SUBPASSED lines in its captured output; the XML rule one dash a side.
	'cvxpy-p90-v-W-error-subtests': true,
	// An INTERNALERROR (xdist: a worker finished with a test still running) ends the session before FAILURES.
	'ase-p90-v-n2-nobench-timeout': false,
	// -v -s: `PASSEDGlobal seed for …`, ase's conftest printing in each test's teardown.
	'ase-p90-vs-W-error': true,
};
/**
Failures whose report in the log does not hold their error: pytest-timeout's signal method fired while a worker's pytest wrote a
report (Hypothesis's plugin parsing source), the worker's INTERNALERROR made xdist's controller fail an assertion, and pytest
ended the session with no FAILURES section: under `-v -n 2` the failing tests' `[gw1] [ 24%] FAILED id` lines are all the
log holds (the XML says `Failed: Timeout (>5.0s) from pytest-timeout.`).
*/
export const suites59Unreported: Record<string, {headline: string}> = {
	'ase-p90-v-n2-nobench-timeout': {headline: '(no traceback in the log)'},
};
