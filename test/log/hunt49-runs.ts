/**
The forty-ninth hunt's real runs (fixtures/real-suites/README.md, record-hunt49.sh: Debian's h11 tests under pytest 7.2 and
9, run from a subdirectory of their rootdir, from above it and beside it, with live logs in a format of the suite's own and with `--debug`), for
`real-suites.test.ts`.
*/
export const hunt49Complete: Record<string, boolean> = {
	'dup-p7-q-durations': true,
	'h11-p7-q-subdir-durations': true,
	'h11-p7-rA-subdir-warn': true,
	'h11-p7-v-c-sibling': true,
	'h11-p7-v-logcli-format': true,
	'h11-p90-debug': true,
	'h11-p90-rootdir-child-warn': true,
	'h11-p90-subdir-warn-other': true,
	'h11-p90-v-subdir-warn': true,
};
