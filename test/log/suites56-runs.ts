/**
The fifty-sixth sweep's real runs (fixtures/real-suites/README.md, record-hunt56.sh: the tests in the wheels of websocket-client,
apsw, opt_einsum, PyAMG and nibabel under pytest 7.2 and 9), for `real-suites.test.ts`.
*/
export const suites56Complete: Record<string, boolean> = {
	// pytest-timeout's thread method ended the process: no final line, no XML.
	'wsclient-p90-timeout-thread': false,
	'wsclient-p90-q-timeout-thread': false,
	'wsclient-p7-timeout-thread': false,
	'wsclient-p90-v-timeout-signal': true,
	'apsw-p7-tbline': true,
	// INTERNALERROR during collection (SystemExit at a module's import), in a line of letters, and before the session.
	'apsw-p90-q-systemexit': false,
	'einsum-p90-color-tbline-benchmark': false,
	'nib-p90-v-n2-W-error-benchmark': false,
	'pyamg-p90-v-n2-doctest': true,
	'nib-p7-v-doctest': true,
};
