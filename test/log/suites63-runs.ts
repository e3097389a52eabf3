/**
The sixty-third sweep's real runs (fixtures/real-suites/README.md, record-sweep63.sh: the tests in the wheels of posthog, qutip,
slycot and networkit under pytest 7.2 and 9), for `real-suites.test.ts`.
*/
export const suites63Complete: Record<string, boolean> = {
	// Optional dependencies missing (parameterized, the AI SDKs, pytest-asyncio): collection errors kept going past, async
	// tests failed, `7 subtests passed` on the final line under xdist.
	'posthog-p90-q-continue-n2': true,
	// An event loop's debug line logged while pytest wrote a test's report: `live log logreport` between the id and its word.
	'posthog-p90-v-logcli-debug': true,
	// qutip's tests folder holds its own pytest.ini: the rootdir is below where pytest ran, which xdist's workers say.
	'qutip-p90-v-n2-timeout': true,
	// pytest 7.2's --tb=line at the default verbosity: its header names the rootdir.
	'qutip-p7-tbline-timeout': true,
	// pytest-timeout's thread method under xdist: crashed workers' reports name node ids (`-q`: nothing else shows the rootdir).
	'qutip-p90-q-n2-timeout-thread': true,
	'qutip-p7-rA-n2-timeout-thread': true,
	// The same under -v --no-header: no rootdir line, the crashed workers' node ids show it.
	'qutip-p90-v-n2-noheader-thread': true,
	// A CalledProcessError, then a RuntimeError whose message quotes the child's traceback, under --tb=native.
	'slycot-p90-native-rA': true,
	// A C++ extension's unittest-style tests under -vv --setup-show, counted progress.
	'networkit-p7-vv-setupshow': true,
};
/**
Runs whose ids the console alone cannot read as the XML does: qutip's tests folder holds its own `pytest.ini`, so its rootdir
is that folder, below where pytest ran. Under `-q` no header names the rootdir and no line prints a node id as it is: the ids
are kept as printed (`qutip/tests/test_wigner.py::…`) where the XML says `test_wigner.py::…`.
*/
export const suites63Ambiguous = ['qutip-p90-q-timeout'];
