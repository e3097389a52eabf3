/**
The forty-fifth hunt's real runs (fixtures/real-suites/README.md, record-hunt45.sh: h11's tests and two of CPython's, with
a worker or pytest itself killed, a hook raising, a forked child going on with the session, output at shutdown), for
`real-suites.test.ts`.
*/
export const hunt45Complete: Record<string, boolean> = {
	'cpy-p7-v-subtests': true,
	'cpy-p90-v-subtests': true,
	// The status hook raised: INTERNALERROR, then pytest's final line.
	'h11-p7-q-status-internalerror': false,
	// SIGKILL while pytest made a failure's report: the letters name no failing test.
	'h11-p7-rA-repr-kill': false,
	'h11-p7-tbline-chdir': true,
	'h11-p7-v-atexit': true,
	// A forked child ran the rest of the session too and printed its end after the parent's: the child's end is read
	// (hunt 46, `forked-child.ts`).
	'h11-p7-v-fork': true,
	// xdist stopped the session (worker restarting disabled), as -x does: pytest printed its summaries.
	'h11-p7-v-n2-norestart': true,
	'h11-p7-v-n2-sigkill': true,
	// SIGKILL after FAILURES, before the short summary and the final line.
	'h11-p7-v-summary-kill': false,
	'h11-p7-v-trace-config': true,
	'h11-p90-q-repr-kill': false,
	'h11-p90-rA-atexit-del': true,
	'h11-p90-rA-n2-norestart': true,
	'h11-p90-summary-kill': false,
	'h11-p90-v-importtime': true,
	'h11-p90-v-repr-kill': false,
};
