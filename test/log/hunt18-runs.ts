/**
The eighteenth hunt's runs (fixtures/real-suites/README.md, record-hunt18.sh: jeepney, opt_einsum, aenum, langcodes,
wasabi), for `real-suites.test.ts`: whether each is complete (false where pytest was interrupted).
*/
export const hunt18Complete: Record<string, boolean> = {
	'jeepney-p90-v-nobus': true,
	'jeepney-p90-q-tbline-nobus': true,
	'jeepney-p90-rA-n2-nobus': true,
	'jeepney-p7-v-nobus': true,
	'jeepney-p7-native-rA-nobus': true,
	'jeepney-p90-short-continue': true,
	'jeepney-p7-x-long-nobus': true,
	// pytest-benchmark's `benchmark` fixture meets a parameter of that name: INTERNALERROR in the middle of the run.
	'oe-p90-q-internalerror': false,
	// pytest-benchmark's `benchmark` fixture meets a parameter of that name: INTERNALERROR in the middle of the run.
	'oe-p90-v-internalerror': false,
	// pytest-benchmark's `benchmark` fixture meets a parameter of that name: INTERNALERROR in the middle of the run.
	'oe-p90-rA-n2-internalerror': false,
	'oe-p7-v-ids': true,
	'oe-p90-vv-noplugin-ids': true,
	'aenum-p90-v-stdlib': true,
	'aenum-p90-tbline-stdlib': true,
	'aenum-p90-native-rfE': true,
	'aenum-p7-rA-short': true,
	'aenum-p7-q-n2-tbline': true,
	'aenum-p90-x-vv': true,
	'langcodes-p90-v-missingdep': true,
	'langcodes-p7-tbline-doctest': true,
	'langcodes-p90-rA-doctest-continue': true,
	'wasabi-p90-vs-color': true,
	'wasabi-p90-q-nocolor': true,
	'wasabi-p7-v-nocolor': true,
	'wasabi-p7-rA-logfriendly': true,
	'jeepney-p90-v-noasyncio': true,
	'jeepney-p90-q-short-noasyncio': true,
	'jeepney-p7-v-noasyncio': true,
	'jeepney-p90-v-logcli-nobus': true,
	'jeepney-p7-q-logcli-nobus': true,
	'aenum-p7-vv-tbline': true,
	'langcodes-p90-vv-doctest-durations': true,
	'jeepney-p90-v-W-error-faults': true,
	'jeepney-p7-q-short-W-error-faults': true,
	'jeepney-p90-native-rA-W-error-faults': true,
	'jeepney-p7-n2-v-W-error-faults': true,
	'jeepney-p90-v-close-stdout': true,
	'jeepney-p7-q-close-stdout': true,
	'jeepney-p90-rA-sysexit': true,
	'jeepney-p7-vv-native-sysexit': true,
	// -s: the test closed the real stdout; pytest fails writing the test's outcome, the session ends with Python's traceback.
	'jeepney-p90-vs-close-stdout': false,
	'jeepney-p7-vs-close-stdout': false,
	// -W error turns pytest-benchmark's warning at configure into an INTERNALERROR before the session starts.
	'jeepney-p90-q-n2-W-error-internalerror': false,
	// pytest.exit() with a reason of two lines: its banner's first line has no `!` at its end.
	'jeepney-p90-v-exit-async': false,
	'jeepney-p7-q-exit-async': false,
	// KeyboardInterrupt in a coroutine.
	'jeepney-p90-rA-kbi-async': false,
};

/**
Failures whose report in the log says nothing of their error (`real-suites.test.ts`'s `unreported`): pytest 7.2's
`--tb=line` prints a doctest's report cut at 50 characters, here numbered docstring lines before the example that
raised (the XML's `ModuleNotFoundError: No module named 'language_data'`).
*/
export const hunt18Unreported: Record<
	string,
	Array<{id: string; headline: string}>
> = {
	'langcodes-p7-tbline-doctest': [
		'langcodes/__init__.py::langcodes.Language.autonym',
		'langcodes/__init__.py::langcodes.Language.describe',
		'langcodes/__init__.py::langcodes.Language.display_name',
		'langcodes/__init__.py::langcodes.Language.find',
		'langcodes/__init__.py::langcodes.Language.find_name',
		'langcodes/__init__.py::langcodes.Language.has_name_data',
		'langcodes/__init__.py::langcodes.Language.language_name',
		'langcodes/__init__.py::langcodes.Language.speaking_population',
		'langcodes/__init__.py::langcodes.Language.writing_population',
	].map(id => ({id, headline: 'DocTestFailure'})),
};
