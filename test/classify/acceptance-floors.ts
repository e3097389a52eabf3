// The holdout table of acceptance.test.ts: each set's log (or XML), its decisions, its number of failing reports,
// and the floors of category and of category with priority the rules reach on it.
// The table is kept in two parts, holdouts to 40 and from 41, each with the notes on how its sets were measured.
import {earlyFloors, earlyRuns} from './acceptance-floors-4-40.js';
import {lateFloors, lateRuns} from './acceptance-floors-41.js';
import {holdout83Floors, holdout83Runs} from './acceptance-floors-83.js';

export const acceptanceFloors = [
	...earlyFloors,
	...lateFloors,
	...holdout83Floors,
] as const;

// The recorded runs of real suites, each with its number of failing reports, read from their log and their XML.
export const recordedRuns = [
	...earlyRuns,
	...lateRuns,
	...holdout83Runs,
] as const;
