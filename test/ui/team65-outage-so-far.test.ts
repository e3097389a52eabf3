/**
Team tour 65: on a run still going, the header's OUTAGE is judged on the tests reported so far (most of them failing,
at least ten), and said `OUTAGE: most tests failed at once`, as of a whole run. It now says so: `OUTAGE so far: most
tests run yet failed` (short: `OUTAGE so far`); once its log has ended (the run being recorded: every test has
reported), as before.
*/
import {expect, test} from 'vitest';
import {fitRunLine, isOutageSoFar} from '../../source/ui/header.js';

const parts = {
	name: 'python3 -m pytest -v tests',
	shortName: 'python3 -m pytest -v tests',
	isOutage: true,
	rest: ' · RUNNING [ 42%] · 0:31 · 12 failed · 2 passed',
	essential: ' · RUNNING [ 42%] · 0:31 · 12 failed · 2 passed',
};

test('a run still going says its OUTAGE is judged so far, in full where it fits, else short', () => {
	expect(fitRunLine({...parts, isSoFar: true}, 200).outage).toBe(
		' · OUTAGE so far: most tests run yet failed',
	);
	expect(fitRunLine({...parts, isSoFar: true}, 90).outage).toBe(
		' · OUTAGE so far',
	);
});

test('a run that ended says OUTAGE as before', () => {
	expect(fitRunLine(parts, 200).outage).toBe(
		' · OUTAGE: most tests failed at once',
	);
	expect(fitRunLine({...parts, isSoFar: false}, 90).outage).toBe(' · OUTAGE');
});

test('judged so far only while the log is read: not once it ended and the run is being recorded', () => {
	expect(isOutageSoFar({phase: 'running'})).toBe(true);
	expect(isOutageSoFar({phase: 'running', logEndedAt: 1000})).toBe(false);
	expect(isOutageSoFar({phase: 'ended'})).toBe(false);
	expect(isOutageSoFar(undefined)).toBe(false);
});
