/**
The lines that shape a pytest console log: section rules (`=== FAILURES ===`), `!!!` interruption titles,
and faulthandler's fatal error.
*/
import {timeoutBannerAtEnd} from './killed-test.js';

export type Section =
	'none' | 'errors' | 'failures' | 'warnings' | 'passes' | 'summary' | 'other';

export const sectionTitles: Record<string, Section> = {
	ERRORS: 'errors',
	FAILURES: 'failures',
	'warnings summary': 'warnings',
	// Reports of tests that did not fail, with entry headers of their own (`-rP`, and pytest 8's `-rX` with output,
	// `--xfail-tb`): read as nothing.
	PASSES: 'passes',
	XPASSES: 'passes',
	XFAILURES: 'passes',
	'short test summary info': 'summary',
	// pytest-cov 6 and later, right after the last entry: its `____ coverage: platform … ____` is no entry's header.
	'tests coverage': 'other',
};

/**
A `==== title ====` line, its title in group 1; or a final line too wide for more than one or two `=` a side
(`== 1 failed, 12 passed in 0.31s ==`), in group 2. Its `in 0.31s` is looked for ahead, once: tried from each
` in ` of a 250 KB line, the pattern took 6 s.
*/
export const ruleTitle =
	/^={3,} (.+?) ={3,}$|^={1,2} ((?=.+? in [\d.]+ ?s).+?) ={1,2}$/;
export const fatalError = 'Fatal Python error: ';
/**
A `!!!! title !!!!` line. pytest pads the title to the terminal width with at least one `!` a side, one more on the
right when the padding is odd, so a title that nearly fills the line (`_pytest.outcomes.Exit:` and a long reason, or a
narrow terminal) has one or two on a side (`!! … !!!`): taken then when it names an exception or interruption (`Exit`,
`Interrupted`, `KeyboardInterrupt`, `stopping after`). A `pytest.exit()` reason of several lines is padded as one title:
its first line opens with the `!`s and has none at its end (`! _pytest.outcomes.Exit: the bus is gone`), its last line
ends with them; the first line is the title then.
*/
export const bangTitle =
	/^!{3,} (.+?) !{3,}$|^!+ ((?:[A-Za-z_][\w.]*(?:Exit|Interrupt(?:ed)?|Error|Exception)\b|stopping after ).*?) !+$|^!+ ((?:_pytest\.outcomes\.)?Exit: .*[^!])$/;
/** Longer lines are never headers, progress or summary lines; this keeps every pattern cheap. */
export const maxStructuralLine = 64 * 1024;
/** A progress line that ends the progress: `[100%]`, or `[8/8]` with `console_output_style = count`. */
export const progressDone = /\[(?:100%|\s*(\d+)\/\1)]$/;
/** A `-v` line's progress marker at its end (`… PASSED   [ 25%]`). */
const verboseMarker = /\S +\[\s*\d+(?:%|\/\d+)]$/;
const asciiMarker = /\[\s*\d+(?:%|\/\d+)]$/;

/**
Whether a progress line ends the progress (`progressDone`); undefined for a line that is no progress line
with a marker: letters (`..F  [ 50%]`, or bare, which end nothing), or, once progress was seen, a `-v` line.
*/
export function progressEndOf(
	text: string,
	hasProgress: boolean,
): boolean | undefined {
	return quietOrLetters.test(text) || (hasProgress && verboseMarker.test(text))
		? progressDone.test(text)
		: undefined;
}

/** `progressEndOf` of a `-v` line read as bytes (`ProgressReader.verboseBytes`): only its marker is decoded. */
export function verboseProgressEndOf(
	bytes: Uint8Array,
	start: number,
	end: number,
): boolean {
	if (end - start < 6 || bytes[end - 1] !== 93 /* ] */) {
		return false;
	}

	// `[100%]`, the common end, without a string.
	if (bytes[end - 2] === 37 /* % */) {
		return (
			bytes[end - 3] === 48 &&
			bytes[end - 4] === 48 &&
			bytes[end - 5] === 49 &&
			bytes[end - 6] === 91 /* [ */
		);
	}

	const tail = Buffer.from(
		bytes.buffer,
		bytes.byteOffset,
		bytes.byteLength,
	).toString('latin1', Math.max(start, end - 24), end);
	return asciiMarker.test(tail) && progressDone.test(tail);
}

/** Letters with or without a marker (`nested-session.ts`'s `quietProgressLine` and `lettersOnly`). */
const quietOrLetters = /^[.FEsxXRuy,-]+(?: +\[\s*\d+(?:%|\/\d+)])?$/;
const lettersBefore = /^(?:\S+ )?[.FEsxXRuy,-]+$/;
const gluedAfterMarker = / \[\s*\d+(?:%|\/\d+)](?=[^\s\]])/;
const tracebackStart = 'Traceback (most recent call last):';

/**
Where text glued to a progress line's marker starts (`[100%]Traceback (most recent call last):`: the process died
as pytest ended the line, and Python's traceback came without a newline before it), or to its letters
(`..F.INTERNALERROR> …`, `..ETraceback (most recent call last):`, `..F+++++ Timeout +++++`, `s..!!!! … !!!!`), or -1.
*/
export function textAfterMarker(text: string): number {
	const internal = text.indexOf('INTERNALERROR>');
	if (internal > 0 && lettersBefore.test(text.slice(0, internal))) {
		// `-q`: pytest's INTERNALERROR right after the progress letters, on their line (`F.....INTERNALERROR> …`).
		return internal;
	}

	if (text.endsWith(tracebackStart) && text.length > tracebackStart.length) {
		// pytest 7.2 after `-x`: a module's fixture raising in its teardown at the session's end raises out of pytest,
		// right after the letters that ended with the stop (`..ETraceback (most recent call last):`), no marker.
		const start = text.length - tracebackStart.length;
		if (lettersBefore.test(text.slice(0, start))) {
			return start;
		}
	}

	const bang = text.indexOf('! ');
	if (bang > 0) {
		// pytest's `!!!! … !!!!` banner with no newline before it: `pytest.exit()` whose session then failed to end
		// (a fixture's teardown raising), right after the letters of the tests before (`s.....!!!!! _pytest.outcomes.Exit: …`);
		// a reason that nearly fills the line has one `!` before it (`s...! _pytest.outcomes.Exit: …`).
		let bangs = bang;
		while (bangs > 0 && text.charCodeAt(bangs - 1) === 33 /* ! */) {
			bangs--;
		}

		if (
			bangs > 0 &&
			lettersBefore.test(text.slice(0, bangs)) &&
			bangTitle.test(text.slice(bangs))
		) {
			return bangs;
		}
	}

	// Asked of every line before the FAILURES: the pattern only where the line ends as the banner does.
	const banner =
		text.charCodeAt(text.length - 1) === 43 /* + */
			? timeoutBannerAtEnd.exec(text)
			: null;
	if (banner && lettersBefore.test(text.slice(0, banner.index))) {
		// pytest-timeout 2.4's thread method writes its banner with no newline before it: right after the letters of the
		// tests that ended before the one it ends with the process (`ssFF..s+++++ Timeout +++++`).
		return banner.index;
	}

	if (!text.includes(']')) {
		return -1;
	}

	const match = gluedAfterMarker.exec(text);
	return match ? match.index + match[0].length : -1;
}
