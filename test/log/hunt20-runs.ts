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

/** pytest 7.2's `--tb=line` cut of a crashed worker's report: `str(longrepr)[:50]`, and a summary with no message. */
const crashCut = (id: string, worker: string) => ({
	id: `hyperlink/test/${id}`,
	headline: `worker '${worker}' crashed while running 'hyperlink/test`,
});

/**
Failures whose report the log cuts: pytest 7.2's `--tb=line` prints a doctest's report and a crashed worker's cut at 50
characters (the doctests' headlines say only DocTestFailure).
*/
export const hunt20Unreported: Record<
	string,
	{id?: string; headline: string} | Array<{id?: string; headline: string}>
> = {
	'dt-p7-tbline': {headline: 'DocTestFailure'},
	'dt-p7-q-tbline': {headline: 'DocTestFailure'},
	'dt-p7-v-tbline-rA': {headline: 'DocTestFailure'},
	'dt-p7-tbline-continue': {headline: 'DocTestFailure'},
	'hl-p7-n2-tbline-abort': [
		crashCut('test_url.py::TestURL::test_clickCollapse', 'gw0'),
		crashCut('test_url.py::TestURL::test_click', 'gw1'),
		crashCut('test_url.py::TestURL::test_clickRFC3986', 'gw2'),
		crashCut('test_decoded_url.py::TestURL::test_click_decoded_url', 'gw3'),
		crashCut('test_url.py::TestURL::test_clickSchemeRelPath', 'gw4'),
	],
	'hl-p7-q-n2-tbline-abort': [
		crashCut('test_url.py::TestURL::test_clickCollapse', 'gw1'),
		crashCut('test_url.py::TestURL::test_click', 'gw0'),
		crashCut('test_url.py::TestURL::test_clickRFC3986', 'gw2'),
		crashCut('test_decoded_url.py::TestURL::test_click_decoded_url', 'gw3'),
		crashCut('test_url.py::TestURL::test_clickSchemeRelPath', 'gw4'),
	],
};
