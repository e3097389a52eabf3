/**
The seventeenth hunt's runs (fixtures/real-suites/README.md, record-hunt17.sh: hyperlink, dill, srsly, qrcode, ndindex,
croniter), for `real-suites.test.ts`: whether each is complete (false where pytest was interrupted).
*/
export const hunt17Complete: Record<string, boolean> = {
	'cron-p9-rA-durations': true,
	'dill-p7-native-continue': true,
	// dill's test modules run their checks at import: seven collection errors interrupt.
	'dill-p7-q-collect': false,
	'dill-p7-v-continue': true,
	// The same failure under -q, where no header tells -q from -qq (which prints no final line).
	'dill-p9-q-importlib': false,
	// dill's tests replace `__import__` (dill.__diff); at the session's end Hypothesis's lazy import goes through it and
	// raises: pytest 9 fails before its final line (`ValueError: too many values to unpack`), as in the two runs below.
	'dill-p9-rA-continue': false,
	'dill-p9-tbline-continue': false,
	'dill-p9-x-noheader': false,
	'hl-p7-rA-doctest-native': true,
	'hl-p7-rA-tbshort': true,
	'hl-p7-tbline-doctest': true,
	'hl-p7-tbline-durations': true,
	'hl-p7-vv-l': true,
	'hl-p9-W-error-x': true,
	'hl-p9-deselect-rA': true,
	'hl-p9-native-noheader-rfE': true,
	'hl-p9-q-doctest-continue': true,
	'hl-p9-q-n2-l': true,
	'hl-p9-sw': true,
	'hl-p9-tbline-doctest-importlib': true,
	'hl-p9-v-hypothesis': true,
	'hl-p9-v-nosummary': true,
	'hl-p90-v-doctest': true,
	// No sympy: a collection error interrupts.
	'ndindex-p7-q-collect': false,
	'ndindex-p9-v-n2-continue': true,
	// No PIL: --doctest-modules cannot import four of qrcode's modules, and that interrupts.
	'qrcode-p7-v-doctest': false,
	'qrcode-p9-rA-doctest-continue': true,
	'srsly-p7-rfE-continue': true,
	'srsly-p7-v-runxfail-native': true,
	'srsly-p9-q-continue': true,
	'srsly-p9-runxfail-tbshort': true,
	// --co: the collection errors interrupt.
	'dill-p7-co': false,
	'dill-p7-n2-rA-continue': true,
	'dill-p9-co-q': false,
	// --maxfail=3: three collection errors stop it, then pytest fails as above.
	'dill-p9-maxfail-native': false,
	'dill-p90-v-s-continue': true,
	'hl-p7-q-n2-doctest': true,
	'hl-p9-color-vv-stats': true,
	'hl-p9-vv-doctest-short': true,
	'hl-p90-rA-tblong-l': true,
	'ndindex-p7-v-strict-markers': true,
	// --strict-markers: test_no_dependencies.py's `no_cover` mark is a collection error (pytest 7.2 has pytest-cov, which registers it).
	'ndindex-p9-q-strict-markers': false,
	'srsly-p90-q-rxX': true,
	'hl-p9-q-tbline-stats': true,
	'hl-p7-x-native-seed': true,
	'dill-p9-qs-continue': false,
	'qrcode-p90-tbline-doctest': true,
	'srsly-p7-q-n2-runxfail': true,
};

/**
Failures whose report in the log says nothing of their error (`real-suites.test.ts`'s `unreported`): pytest 7.2's
`--tb=line` prints a doctest's report cut at 50 characters, here the numbered docstring lines before any `Expected:`
(hyperlink's docstrings open with a long line); `--no-summary` prints no FAILURES section at all.
*/
export const hunt17Unreported: Record<string, {headline: string}> = {
	'hl-p7-tbline-doctest': {headline: 'DocTestFailure'},
	'hl-p9-v-nosummary': {headline: '(no traceback in the log)'},
};
