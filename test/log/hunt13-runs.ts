/**
The thirteenth hunt's runs (fixtures/real-suites/README.md, record-hunt13.sh: avro, aiosmtpd, testtools), for
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
};
