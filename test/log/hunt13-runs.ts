/**
The thirteenth hunt's runs (fixtures/real-suites/README.md, record-hunt13.sh: avro, aiosmtpd, testtools, unittest2,
testscenarios, testresources), for
`real-suites.test.ts`: whether each is complete (false where pytest was interrupted).
*/
export const hunt13Complete: Record<string, boolean> = {
	'avro-p7-rA': true,
	'avro-p7-tbline-q': true,
	'avro-p7-v-native': true,
	'avro-p7-x-tbno-rA': true,
	// Classes pytest 9 cannot collect (a __init__ constructor): the collection errors interrupt the session.
	'avro-p9-native-rA': false,
	'avro-p9-tbline-continue': true,
	'avro-p9-v-continue': true,
	'avro-p9-vv-tbshort-continue': true,
	'smtp-p7-color-vv-l': true,
	'smtp-p7-rA-short': true,
	'smtp-p7-tbline-n2': true,
	'smtp-p7-v': true,
	'tt-p7-q-long': true,
	'tt-p7-rA-native-n2': true,
	'tt-p7-tbline-rA': true,
	'tt-p7-v': true,
	'tt-p9-q-continue': true,
	'ts-p7-rA-native': true,
	'ts-p7-v-n2-loadgroup': true,
	// Collection errors interrupt the session: testscenarios's and testresources's modules under pytest 9, unittest2's
	// under -W error::DeprecationWarning and under pytest 9.
	'ts-p9-vv-l': false,
	'u2-p7-q-durations0-rA': true,
	'u2-p7-v-Werror-deprecation': false,
	'u2-p9-rA-classic': false,
};
