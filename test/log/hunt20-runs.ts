/**
The twentieth hunt's runs (fixtures/real-suites/README.md, record-hunt20.sh: boltons's and more-itertools's doctests,
hyperlink, pytest-cov), for `real-suites.test.ts`: whether each is complete (false where pytest hit an INTERNALERROR).
*/
export const hunt20Complete: Record<string, boolean> = {
	'dt-p90-tbline': true,
	'dt-p90-q-tbline': true,
	'dt-p90-v-tbline-rA': true,
	'dt-p90-tbline-continue': true,
	'dt-p90-v': true,
	'dt-p90-native-rA': true,
	'dt-p7-tbline': true,
	'dt-p7-q-tbline': true,
	'dt-p7-v-tbline-rA': true,
	'dt-p7-tbline-continue': true,
	'dt-p7-vv': true,
	'dt-p7-short-rA': true,
	'hl-p90-n2-tbline-abort': true,
	'hl-p90-v-n2-tbline-abort': true,
	'hl-p7-n2-tbline-abort': true,
	'hl-p7-q-n2-tbline-abort': true,
	'hl-p90-rA-n2-abort': true,
	'hl-p90-q-n2-tbline-abort': true,
	'hl-p7-v-n2-tbline-segv': true,
	'hl-p90-q-n2-tbline-segv': true,
	// A failing test printed a pytest session, its banner after an aborted worker's `Fatal Python error: Aborted`.
	'hl-p90-n2-tbline-mixed': true,
	'hl-p7-n2-tbline-mixed': true,
	'hl-p90-q-n2-tbline-mixed': true,
	'ir-p90-rN-faults': true,
	'ir-p7-rN-faults': true,
	'ir-p90-vv-native-rN': true,
	'dt-p90-q-noheader-tbline': true,
	'dt-p7-rA-tbline': true,
	// -x: pytest stopped after the first failure, as its final line counts.
	'dt-p90-x-short': true,
	'dt-p7-q-n2-tbline': true,
	'dt-p90-v-n2-tbline': true,
	'dt-p90-q-n2-tbline': true,
	'dt-p7-v-n2-tbline': true,
	// -W error makes coverage's warnings INTERNALERRORs (the workers', then the controller's): no summaries.
	'cov-xdist-p9-v': false,
	'cov-xdist-p9-q': false,
	'cov-p9-v': false,
};

/** The runs that end in INTERNALERRORs whose reports are chains of exceptions. */
export const hunt20InternalErrors = [
	'cov-xdist-p9-v',
	'cov-xdist-p9-q',
	'cov-p9-v',
];

/**
Failures whose report the log cuts: pytest 7.2's `--tb=line` prints a doctest's report cut at 50 characters (the
doctests' headlines say only DocTestFailure).
*/
export const hunt20Unreported: Record<
	string,
	{id?: string; headline: string} | Array<{id?: string; headline: string}>
> = {
	'dt-p7-tbline': {headline: 'DocTestFailure'},
	'dt-p7-q-tbline': {headline: 'DocTestFailure'},
	'dt-p7-v-tbline-rA': {headline: 'DocTestFailure'},
	'dt-p7-tbline-continue': {headline: 'DocTestFailure'},
	'dt-p7-rA-tbline': {headline: 'DocTestFailure'},
	'dt-p7-q-n2-tbline': {headline: 'DocTestFailure'},
	'dt-p7-v-n2-tbline': {headline: 'DocTestFailure'},
};

/** `--tb=line -rN` without `-v`: no line names a failing test (the `--tb=line` reports carry no id). */
export const hunt20Unnamed = ['ir-p7-tbline-rN', 'ir-p90-q-tbline-rN'];

/**
`-q --tb=short -rN` over unittest tests whose failure is raised in a plugin's hook: the FAILURES headers name the class and
test only (`OpenZipTests.test_open_text_default_encoding`), `-q` prints no file with the letters, and the short traceback's
only frame is the plugin's, so the id is rebuilt in the plugin's file (`../plugins/hunt19_faults.py::OpenZipTests::…`)
where the XML says `importlib_resources/tests/test_open.py::…`: nothing in the log names the test's file.
*/
export const hunt20NoFile = ['ir-p7-q-short-rN'];
