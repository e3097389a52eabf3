/**
The `-q` progress letters (`..F.sx`): what each counts as, and the shapes of the lines they come on (alone, after a
file's name, glued to other text, before a worker's message or a warning).
*/
import {emptyCounts, type Counts, type Outcome} from '../model.js';

/**
Progress letters and what pytest counts them as. Subtests add `-` (skipped) and `y` (xfailed), `,` (pytest-subtests:
passed, counted apart) and `u`, a failed subtest or (pytest 9 at `-q`) a passed one: a failed subtest is counted
from the short summary that names it instead.
*/
export const progressChars: Record<string, Outcome | 'rerun'> = {
	'.': 'passed',
	F: 'failed',
	E: 'error',
	s: 'skipped',
	x: 'xfailed',
	X: 'xpassed',
	R: 'rerun',
	'-': 'skipped',
	y: 'xfailed',
};

/** What a run of progress letters counts. */
export function countsOfChars(chars: string): Counts {
	const counts = emptyCounts();
	for (const char of chars) {
		const outcome = progressChars[char];
		if (outcome) {
			counts[outcome]++;
		}
	}

	return counts;
}

export const charsBeforeWorker = /^([.FEsxXRuy,-]+)\[gw\d+] /;
/**
What xdist's controller prints between the progress letters when a worker crashes: the crashed test's `F` comes alone
on its line between `[gw1] node down: Not properly terminated` and `replacing crashed worker gw1`.
*/
export const workerCrashLine =
	/^(?:replacing crashed worker gw\d+$|\[gw\d+] node down: )/;
/** Letters with a Python warning another process wrote to stderr right after them (`F/usr/…/x.py:44: UserWarning: …`). */
export const charsBeforeWarning =
	/^([.FEsxXRuy,-]+)(?:\/|[A-Za-z]:\\)\S*\.py:\d+: [\w.]*Warning: /;
/**
Letters (after their file's name, at default verbosity) with faulthandler's dump of a test past `faulthandler_timeout`
right after them (`.......Timeout (0:00:01)!`, then the threads' stacks): the test goes on, its letter comes later.
*/
export const charsBeforeDump =
	/^(?:[\w./-]+\.(?:py|txt|rst|md) )?([.FEsxXRuy,-]*)Timeout \(\d+:\d\d:\d\d(?:\.\d+)?\)!$/;
/** Progress letters with other text right after them on the line. */
export const gluedChars = /^([.FEsxXRuy,-]+)\S/;
/** A line of progress letters (not a line of dashes alone: that is output). */
export const charsOnly = /^(?!-+$)[.FEsxXRuy,-]+$/;
/**
A progress marker with more letters after it on the line (`R.RF..R      [100%].E [100%]`): pytest-rerunfailures
reran the last test, which printed the marker once per attempt.
*/
export const innerProgress =
	/(?<=\S)\s+\[\s*\d+(?:%|\/\d+)](?=[.FEsxXRuy,-]+ +\[\s*\d+(?:%|\/\d+)]\s*$)/;
export const fileAndChars = /^(\S+) ((?!-+$)[.FEsxXRuy,-]+)$/;
/** A test file's name and output after it, on the line its progress letters would start (`-s`). */
export const fileAndOutput = /^([\w./-]+\.(?:py|txt|rst|md)) (\S.*)$/;
