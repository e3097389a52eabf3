/**
The twenty-first hunt's real runs (fixtures/real-suites/README.md, record-hunt21.sh: Pony ORM's tests, whose helper
`test_exception_msg` is collected as a test in every module that imports it), for `real-suites.test.ts`.
*/
export const hunt21Complete: Record<string, boolean> = {
	'pony-p7-rxs-short': true,
	'pony-p90-rs': true,
	'pony-p90-rxs-native': true,
	'pony-p7-rs-long': true,
};

/**
`-q -rs`: no line names a module (`-q` letters carry no file, `-rs` lists no ERROR line) and every ERRORS entry is
headed `ERROR at setup of test_exception_msg` with a traceback in testutils.py: the ids are rebuilt there, one test,
where the XML names the helper in each module that imported it.
*/
export const hunt21NoFile = ['pony-p90-q-rs'];
