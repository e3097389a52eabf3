/**
The sixty-sixth sweep's real runs (fixtures/real-suites/README.md, record-sweep66.sh: the tests in the wheels of tld,
array-api-compat, geopandas, thinc, ipywidgets, plotly, importlib_resources and einx under pytest 9 and 7.2), for
`real-suites.test.ts`. Every one but `gpd-p90-tbline-doctest-cof` agreed with its XML when first read.
*/
export const suites66Complete: Record<string, boolean> = {
	'aac-p7-q-n2-tbline': true,
	'aac-p7-v-native': true,
	'aac-p7-x-n2': true,
	'aac-p9-q-n2-loadfile-times': true,
	'aac-p90-color-rfE-wide': true,
	'aac-p90-q-n2-rA': true,
	'aac-p90-v-k': true,
	'aac-p90-vv-durations0-wide': true,
	'aac-p90-vv-l-long': true,
	// einx's conftest imports sympy, not on pytest 7.2's path: a usage error, nothing ran.
	'einx-p7-v-strict': false,
	'einx-p90-q-n2-timeout-thread': true,
	'einx-p90-q-timeout-native': true,
	// SIGINT 25 s in (`timeout -s INT`): KeyboardInterrupt, a final line pytest still prints.
	'einx-p90-rA-sigint': false,
	'einx-p90-short-l-timeout': true,
	'einx-p90-v-long-wide': true,
	// SIGINT 20 s in under xdist: the workers are stopped; `no tests ran`.
	'einx-p90-v-n2-sigint': false,
	// SIGTERM 25 s in under xdist: no final line, no XML.
	'einx-p90-v-n2-sigterm': false,
	'einx-p90-v-n2-timeout-thread': true,
	// SIGKILL 25 s in: no final line, no XML; what pytest had flushed is all.
	'einx-p90-v-sigkill': false,
	'einx-p90-v-timeout': true,
	'gpd-p7-color-long-xstrict-nonet': true,
	'gpd-p7-rA-nonet': true,
	'gpd-p7-rA-short-noproj': true,
	// pytest 7.2's --tb=line cuts each doctest's report at 50 characters (suites66Unreported).
	'gpd-p7-tbline-doctest': true,
	'gpd-p7-tbline-rA-n2-nonet': true,
	'gpd-p7-v-doctest-cof': true,
	// --basetemp in /proc under xdist: pytest 7.2 cannot make the folder, an INTERNALERROR before any test.
	'gpd-p7-v-n2-basetemp': false,
	'gpd-p90-logcli-nonet': true,
	'gpd-p90-q-doctest-continue': true,
	'gpd-p90-q-n2-doctest-udiff': true,
	'gpd-p90-q-n2-maxfail-noproj': true,
	'gpd-p90-q-tbline-doctest-80': true,
	'gpd-p90-q-tbline-nonet': true,
	'gpd-p90-short-doctest-cof-x': true,
	'gpd-p90-sw-nonet': true,
	// pytest 9 --tb=line echoes each doctest report's first 50 characters; an echo cut right after a line's number (`524`) was
	// read as a report of its own, and the next test's report joined the test before it (doctest-echo.ts).
	'gpd-p90-tbline-doctest-cof': true,
	// The same echo under -v -n 2 and (pytest 9.1.1) -rA: both read as the XML only with the fix.
	'gpd-p90-v-n2-tbline-doctest-cof': true,
	'gpd-p9-rA-tbline-doctest': true,
	'gpd-p90-v-doctest-tbshort': true,
	// -W error under xdist: pytest-benchmark's warning that xdist is active is raised at configure, an INTERNALERROR.
	'gpd-p90-v-n2-W-error': false,
	'gpd-p90-v-n2-maxfail-nonet': true,
	'gpd-p90-v-narrow-ascii-nonet': true,
	'gpd-p90-v-nonet-basetemp': true,
	'gpd-p90-v-noproj': true,
	'gpd-p90-v-runxfail-nonet': true,
	'gpd-p90-vs-nonet': true,
	'imres-p7-v-continue-80': true,
	'imres-p90-q-continue': true,
	// traitlets and the rest not on pytest 7.2's path: collection errors interrupt the run.
	'ipyw-p7-q-missing': false,
	'ipyw-p9-rA-n2-continue': true,
	'ipyw-p9-v-importlib-teesys': true,
	'ipyw-p90-lf-first': true,
	'ipyw-p90-q-W-error-unraisable': true,
	// pytz and ipykernel not installed: collection errors interrupt the run.
	'ipyw-p90-q-long': false,
	'ipyw-p90-rA-native-doctest': true,
	'ipyw-p90-setupshow-count': true,
	'ipyw-p90-tbno-rA-color': true,
	'ipyw-p90-v-continue': true,
	'ipyw-p90-v-lf-second': true,
	// The same INTERNALERROR.
	'ipyw-p90-v-n2-W-error': false,
	'ipyw-p90-vv-s': true,
	// -x --pdb with stdin at its end: pdb quits at the first failure (`Exit: Quitting debugger`).
	'ipyw-p90-x-pdb': false,
	'ipyw-p90-x-rA': true,
	// matplotlib not installed: collection errors interrupt the run.
	'plotly-p7-q': false,
	// The same under pytest 9.
	'plotly-p90-v-rA': false,
	'thinc-p7-q-rA-n2': true,
	// -W error: thinc's unregistered marks are collection errors, which interrupt the run.
	'thinc-p90-q-W-error': false,
	'thinc-p90-rA-strict-continue': true,
	'thinc-p90-v-W-error-continue': true,
	'thinc-p90-v-n2-loadscope-setupshow': true,
	// SIGKILL 12 s in: no final line, no XML.
	'thinc-p90-v-sigkill': false,
	'thinc-p90-vs': true,
	'tld-p7-lf-first': true,
	// tld's tests import `fake`, not installed: a collection error interrupts the run.
	'tld-p7-q-rA': false,
	'tld-p7-v-deselect-continue': true,
	'tld-p7-v-lf-second': true,
	// Run as the user nobody: the cache folder cannot be made (PytestCacheWarning), a test's subprocess gets PermissionError.
	'tld-p7-v-readonly': true,
	'tld-p9-vv-setupshow': true,
	'tld-p90-rA-tbno-durations': true,
	'tld-p90-v-continue': true,
	'tld-p90-x-tbline': true,
};

/** `--no-header --no-summary -rA`: only progress letters and the final line; the XML names the failing tests. */
export const suites66Unnamed = ['ipyw-p90-nosummary-noheader'];

/**
`--tb=no` at 80 columns: pytest leaves the message out of a summary line it would not fit on, and a collection error's
line has none (`ERROR tld/tests/test_core.py`): the headline is `(no traceback in the log)`.
*/
export const suites66CutSummary = [
	'ipyw-p90-tbno-rA-color',
	'tld-p90-rA-tbno-durations',
];

/**
pytest 7.2's `--tb=line` prints each doctest's report cut at 50 characters, here numbered docstring lines only, and its
short summary gives a doctest's failure no message: every headline is `DocTestFailure`.
*/
export const suites66Unreported: Record<string, {headline: string}> = {
	'gpd-p7-tbline-doctest': {headline: 'DocTestFailure'},
};
