/**
The twelfth hunt's runs (fixtures/real-suites/README.md, record-hunt12.sh: ecdsa, passlib, fixtures), for
\`real-suites.test.ts\`: whether each is complete (false where pytest was interrupted).
*/
export const hunt12Complete: Record<string, boolean> = {
	'ecdsa-p7-q-Werror-user-durations': true,
	'ecdsa-p7-q-rA': true,
	'ecdsa-p7-rA-n2-loadfile': true,
	// pytest.exit() in a fixture's setup, mid-run.
	'ecdsa-p7-v-exit-setup': false,
	'ecdsa-p7-v-faults': true,
	'ecdsa-p7-v-maxfail-count': true,
	'ecdsa-p7-vv-runxfail': true,
	'ecdsa-p9-color-v-times': true,
	'ecdsa-p9-q-n2-loadfile': true,
	'ecdsa-p9-q-rA': true,
	'ecdsa-p9-tbline-ra': true,
	'ecdsa-p9-v-Werror-user': true,
	'ecdsa-p9-v-exit-setup': false,
	'ecdsa-p9-v-faults': true,
	'ecdsa-p9-v-runxfail': true,
	'ecdsa-p90-rA-count': true,
	'fxt-p7-rA-faults': true,
	// KeyboardInterrupt in a teardown, then a class fixture's teardown raised: pytest 7.2 crashed before its summaries.
	'fxt-p7-v-kbi-teardown': false,
	'fxt-p7-x-long': true,
	'passlib-p7-v-faults': true,
	// KeyboardInterrupt in the teardown of a passing test.
	'passlib-p9-q-kbi-teardown': false,
	'passlib-p9-rA-n2': true,
	'passlib-p9-v-faults': true,
	'passlib-p90-tbshort-ra': true,
	'passlib-p90-v-exit-setup': false,
	// Exception notes printing pytest's summary title and `FAILED`/`ERROR` lines, under `--tb=native` and in `-vv`'s
	// summary messages (held-summary.ts, short-summary.ts).
	'passlib-p7-native-rA': true,
	'passlib-p9-vv-long-l': true,
	// pytest 7.2's --tb=line cuts a non-Python item's report (no crash location) to 50 characters, over two lines.
	'ecdsa-p7-tbline-ra': true,
};

/**
Read as far as the log tells (\`hunt12.test.ts\`): \`-rxX\` names no failing test, and the non-Python item's FAILURES header
is its \`reportinfo\` (\`usecase: spec: case 96 ok\`), so nothing in the log gives its id (\`…::TestPoint::spec: case 96 ok\`).
*/
export const hunt12Unnamed = ['ecdsa-p9-native-rX'];
