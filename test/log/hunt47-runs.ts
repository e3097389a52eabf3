/**
The forty-seventh hunt's real runs (fixtures/real-suites/README.md, record-hunt47.sh: CPython 3.11.7's test_dis, test_zoneinfo,
test_asyncio, test_doctest and stdlib doctests under pytest 7.2 and 9), for `real-suites.test.ts`.
*/
export const hunt47Complete: Record<string, boolean> = {
	// Under CPython 3.11.2 test.test_asyncio does not exist: collection errors interrupt the run.
	'asyncio-p7-ra-tbline': false,
	'dis-p90-q-rA': true,
	'doc-p90-tbline-udiff': true,
	'misc-p90-rA-long': true,
	'zoneinfo-p90-q-maxfail': true,
};

/**
pytest 7.2's `--tb=line` prints a doctest failure's first 50 characters (its first docstring lines): the headline is the
doctest's, the XML's the exception's (`hunt47.test.ts`).
*/
export const hunt47DoctestCut = ['doc-p7-tbline-doctest-n2'];
