/**
The sixty-fifth sweep's real runs (fixtures/real-suites/README.md, record-sweep65.sh: the tests in the wheels of pyogrio under
pytest 9 and 7.2), for `real-suites.test.ts`.
*/
export const suites65Complete: Record<string, boolean> = {
	// Parametrize ids drawn from a set: xdist's workers collected them in different orders, and xdist reported it as a
	// collection error of a worker (`ERROR gw0 - Different tests were collected between gw1 and gw0. …`); pytest's XML
	// names the worker as a test case (classname empty, name `gw0`).
	'pyogrio-p90-q-n2-rA-collected': true,
	'pyogrio-p90-v-n3-collected': true,
	// pytest 7.2's summary line names the worker alone (`ERROR gw1`).
	'pyogrio-p7-q-n2-rA-collected': true,
};
