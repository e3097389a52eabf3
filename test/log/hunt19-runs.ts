/**
The nineteenth hunt's runs (fixtures/real-suites/README.md, record-hunt19.sh: websocket-client, smmap, gitdb, Automat,
einops, stevedore), for `real-suites.test.ts`: whether each is complete (false where the process died or pytest was
interrupted).
*/
export const hunt19Complete: Record<string, boolean> = {
	'ws-p90-v-faults': true,
	'ws-p90-rA-faults': true,
	'ws-p90-q-tbline-faults': true,
	'ws-p90-native-faults': true,
	'ws-p90-vs-faults': true,
	'ws-p90-s-faults': true,
	// A lone surrogate in a worker's report: execnet cannot send it, INTERNALERROR before FAILURES.
	'ws-p90-v-n2-faults': false,
	'ws-p90-teesys-rA-faults': true,
	'ws-p90-rA-showcapture-no': true,
	'ws-p90-long-l-faults': true,
	'ws-p90-color-vv-faults': true,
	'ws-p7-v-faults': true,
	'ws-p7-rA-faults': true,
	'ws-p7-tbline-faults': true,
	'ws-p7-vs-faults': true,
	'ws-p7-short-maxfail-faults': true,
	'ws-p90-rA-tail': true,
	'ws-p90-rP-tail': true,
	'ws-p7-rP-tail': true,
	'ws-p7-q-rA-tail': true,
	'ws-p90-vs-tail': true,
	'ws-p90-tbline-tail': true,
	'ws-p90-q-tbline-tail': true,
	'ws-p90-x-s-glued': true,
	'ws-p7-s-rA-glued': true,
	'ws-p90-setupshow-s-glued': true,
	'ws-p7-vv-s-glued': true,
	// The process segfaults at exit, after pytest's final line and its XML (faulthandler already off: no word of it).
	'ws-p90-native-messages': true,
	'ws-p7-rA-messages': true,
	'ws-p90-tbline-messages': true,
	'ws-p7-vv-l-messages': true,
	'ws-p90-vs-erase': true,
	'ws-p7-s-rA-erase': true,
	'ws-p90-rA-setup-tail': true,
	'ws-p90-tbline-setup-tail': true,
	'ws-p7-v-setup-tail': true,
	// A segfault, SIGUSR1: the process ends in a test, no final line, no XML.
	'smmap-p90-v-segv': false,
	'smmap-p7-q-segv': false,
	'smmap-p90-rA-n2-segv': true,
	'smmap-p7-v-n2-abort': true,
	'smmap-p90-vs-signal': false,
	'smmap-p7-rA-signal': false,
	'smmap-p90-q-n2-signal': true,
	'automat-p90-s-cr': true,
	'automat-p90-vs-cr': true,
	'automat-p7-s-rA-cr': true,
	'automat-p7-vv-s-cr': true,
	'gitdb-p90-v-first': true,
	'gitdb-p90-rA-lf-second': true,
	'gitdb-p90-v-ff-nf': true,
	'gitdb-p7-sw': true,
	'gitdb-p7-native-rA': true,
	'einops-p90-rA-numpy': true,
	'stevedore-p90-q-continue': true,
	'stevedore-p7-v-continue': true,
};

/** Runs whose log names no failing test: `--tb=no -rN`, and an xdist INTERNALERROR under default verbosity (letters only). */
export const hunt19Unnamed = ['ws-p7-tbno-rN-faults', 'ws-p7-n2-rA-faults'];

/** Failures whose report the log never printed: the INTERNALERROR ended the session before FAILURES (`-v` lines only). */
export const hunt19Unreported: Record<string, {headline: string}> = {
	'ws-p90-v-n2-faults': {headline: '(no traceback in the log)'},
};

/**
`-q -s`: a failing test printed a pytest session of its own (banner, `-v` lines, FAILURES, short summary, final line)
among the outer letters. `-q` prints no banner, so the printed one reads as the log's own session, its `FAILED` and
`ERROR` lines as failures of the run (README, "not fixed").
*/
export const hunt19PrintedSession = ['ws-p7-qs-faults'];
