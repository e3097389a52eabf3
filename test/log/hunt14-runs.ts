/**
The fourteenth hunt's runs (fixtures/real-suites/README.md, record-hunt14.sh: pyflakes, cytoolz, influxdb), for
`real-suites.test.ts`: whether each is complete (false where pytest was interrupted).
*/
export const hunt14Complete: Record<string, boolean> = {
	'cytoolz-p7-rA-l-narrow': true,
	// SIGTERM mid-run: the process dies, no final line, no XML.
	'cytoolz-p7-tbline-sigterm': false,
	'cytoolz-p7-v-ids-raw': true,
	'cytoolz-p7-vv-wide-ids': true,
	'cytoolz-p9-q-ids-raw-rA': true,
	'cytoolz-p9-s-tbno-rA': true,
	'cytoolz-p9-v-ids': true,
	'cytoolz-p9-v-n2-abort': true,
	'influx-p7-rfEsxXpP-native': true,
	'influx-p7-s-rA': true,
	'influx-p7-v-n2-abort': true,
	'influx-p9-ra-fixture-exit-n2': true,
	'influx-p9-tbnative-abort': true,
	'influx-p9-v-capsys-short': true,
	'influx-p9-vv-wide': true,
	'pyflakes-p7-q-capsys-rA': true,
	'pyflakes-p7-q-n2-fixture-exit': true,
	// SIGABRT mid-run: faulthandler's dump, then the process dies.
	'pyflakes-p7-v-abort': false,
	'pyflakes-p7-v-output': true,
	'pyflakes-p7-vs-output': true,
	'pyflakes-p9-q-sigterm': false,
	'pyflakes-p9-rA-tblong-l': true,
	'pyflakes-p9-v-output': true,
	'pyflakes-p9-vs-narrow': true,
	// Same-named test files under the default import mode: `import file mismatch`, the collection errors interrupt.
	'cytoolz-p7-v-samename-prepend': false,
	'cytoolz-p7-rA-samename-importlib': true,
	'pyflakes-p7-v-logreport-n2': true,
	'influx-p7-teesys-rA': true,
	// SIGABRT without faulthandler: the process dies silently.
	'pyflakes-p7-q-abort-nofaulthandler': false,
	'cytoolz-p9-v-samename-importlib': true,
	'cytoolz-p9-q-samename-prepend-rA': false,
	'pyflakes-p9-q-verbosity-cases': true,
	'cytoolz-p9-vv-force-short': true,
	'influx-p9-v-logreport-tbline': true,
	'cytoolz-p9-v-narrow-ids-raw-n2': true,
	'cytoolz-p7-q-oddfail-tbshort': true,
	'cytoolz-p7-tbline-oddfail-raw': true,
	'cytoolz-p7-v-n2-oddfail-raw': true,
	// os._exit in a fixture without xdist: the process ends mid-run.
	'pyflakes-p7-v-fixture-exit': false,
	'cytoolz-p9-rA-oddfail-raw-native': true,
	'cytoolz-p9-vv-oddfail-long': true,
	'cytoolz-p9-q-oddfail-raw-n2': true,
	'pyflakes-p9-v-n2-sigterm': true,
	'influx-p9-vs-late-thread': true,
};
