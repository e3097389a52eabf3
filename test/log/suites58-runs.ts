/**
The fifty-eighth sweep's real runs (fixtures/real-suites/README.md, record-sweep58.sh: the tests in the wheels of numcodecs,
shapely and python-control under pytest 7.2 and 9), for `real-suites.test.ts`.
*/
export const suites58Complete: Record<string, boolean> = {
	'numcodecs-p90-n2-tbline-ulimit-as': true,
	'shapely-p90-v-doctest-np2': true,
	'shapely-p90-tbno-rA-doctest-np2': true,
	// GEOS crashed the interpreter in a worker thread of a test's thread pool: no final line, no XML.
	'shapely-p7-rA-segv-threads': false,
	// matplotlib's complaint about its cache directory comes after pytest's final line.
	'control-p7-v-n2-rohome': true,
};
/**
An INTERNALERROR under `-q`: pytest-timeout's signal method fired while pytest itself wrote a failed test's report (parsing
the test module's source for the traceback), so pytest printed no summary, only its final line: no line names the 8 failures.
*/
export const suites58Unnamed = ['control-p90-q-timeout'];
/**
Failures whose report in the log does not hold their error: under pytest 9's `--tb=no`, a doctest's failure has no crash line,
so the short summary's `FAILED` line has no message (`FAILED shapely/predicates.py::shapely.predicates.contains`): the
headline is `(no traceback in the log)` where the XML's message ends with `Expected: True Got: np.True_`.
*/
export const suites58Unreported: Record<string, {headline: string}> = {
	'shapely-p90-tbno-rA-doctest-np2': {headline: '(no traceback in the log)'},
};
