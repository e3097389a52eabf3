/**
The sixteenth hunt's runs (fixtures/real-suites/README.md, record-hunt16.sh: shapely, PyWavelets, Twisted, h5py,
numcodecs, skyfield, icalendar), for `real-suites.test.ts`: whether each is complete (false where pytest was interrupted).
*/
export const hunt16Complete: Record<string, boolean> = {
	'shp-p9-v-doctest': true,
	'shp-p9-q-doctest-native': true,
	'shp-p9-tbline-doctest': true,
	'shp-p7-rA-doctest-n2': true,
	'shp-p7-v-doctest-tests': true,
	'shp-p90-vv-doctest-l': true,
	// -W error: pytest 9.1's PytestRemovedIn10Warning (an iterator given to parametrize) is a collection error; it interrupts.
	'pywt-p9-q-W-error-collect': false,
	'pywt-p9-v-W-error-continue': true,
	'pywt-p7-v-doctest': true,
	'pywt-p9-rA-doctest-short': true,
	'tw-p9-v-todo': true,
	'tw-p7-v-todo': true,
	'tw-p9-rA-tbshort-todo': true,
	'tw-p7-tbline-todo': true,
	'tw-p9-q-n2-native-async': true,
	'tw-p7-rA-native-async': true,
	'tw-p9-v-tz-log': true,
	'tw-p7-q-missing-dep': true,
	// -W error -x: a collection error, and -x stops there (pytest's `stopping after 1 failures`, as other -x runs).
	'tw-p9-W-error-x': true,
	'h5-p9-v-file': true,
	'h5-p7-rA-n2-file': true,
	'h5-p7-x-native': true,
	// No pyzstd: a collection error interrupts.
	'ncodecs-p9-q-collect': false,
	'ncodecs-p9-v-continue-collect': true,
	'ncodecs-p7-rA-continue-collect': true,
	'sky-p9-rA-continue-collect': true,
	'ical-p7-v-rxX': true,
	'ical-p9-q-rA': true,
	'pywt-p7-rA-doctest-continue': true,
	'pywt-p9-tbline-doctest-continue': true,
	'pywt-p9-v-n2-doctest-continue': true,
	'shp-p9-q-narrow-doctest-short': true,
	'ncodecs-p9-rA-W-error-continue': true,
	'tw-p9-tbline-todo': true,
	'tw-p9-x-todo': true,
	'tw-p7-vv-narrow-todo': true,
	'tw-p9-q-missing-dep-python': true,
	'h5-p9-v-n2-nofaulthandler': true,
};

/**
pytest 7.2's `--tb=line` prints `None` for a unittest `Unexpected success` (a report with no crash location; read as no traceback): Twisted
trial's todo that passed. The XML says `Unexpected success: <the todo's reason>`.
*/
export const hunt16Unreported: Record<
	string,
	Array<{id: string; headline: string}>
> = {
	'tw-p7-tbline-todo': [
		'SynchronousTodo::test_todo3',
		'SynchronousTearDownTodo::test_todo1',
		'SynchronousTodoClass::test_todo1',
		'SynchronousTodoClass::test_todo2',
		'SynchronousStrictTodo::test_todo7',
	].map(test => ({
		id: `twisted/trial/test/skipping.py::${test}`,
		outcome: 'failed',
		headline: '(no traceback in the log)',
	})),
};

/**
`--tb=line -rs` without `-v`: `-r` without `f` prints no FAILED line, and a `--tb=line` report names no test, so nothing
in the log says which test of `h5py/tests/test_file.py` failed (the progress's `F` says only where in the file). The
failure is left out, with a warning quoting its line; pytest's count of it stays.
*/
export const hunt16NoId = ['h5-p9-tbline-rs'];
