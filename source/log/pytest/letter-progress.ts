/**
The progress letters of `-q` and of the default verbosity (`..F.sx`, `tests/test_a.py ..F  [ 40%]`): only
counted, as pytest's final line counts them; the tests they stand for are named elsewhere, if at all. Letters alone
on a line with no `[ NN%]` wait for the next line that may be structure (`settlePending`): `-x` cut the line short,
or a test's output merely looks like letters. Letters glued to a test's output (`-q -s`) count at the end only as
far as pytest's final line asks for them (`withGluedChars`).
*/
import {type Counts, emptyCounts} from '../model.js';
import {finalLinePattern} from '../summary.js';
import {timeoutBanner} from './killed-test.js';
import {stripPercent} from './progress-marker.js';
import {fastVerboseId, parseVerboseLine} from './verbose-line.js';
import {
	charsBeforeDump,
	charsBeforeWarning,
	charsBeforeWorker,
	charsOnly,
	countsOfChars,
	fileAndChars,
	fileAndOutput,
	gluedChars,
	innerProgress,
	progressChars,
	workerCrashLine,
} from './progress-letters.js';

/** The `--junitxml` rule pytest prints before its summary (`------ generated xml file: /x/run.xml ------`). */
const generatedFile = /^-+ generated xml file: /;
/** A file's name that is only dots (`--pyargs` outside the rootdir) and the space pytest prints after it, no letter. */
const dotFileAlone = /^\.\.? $/;

/** The char codes of the progress letters, for a look at a line's first character. */
const letterCodes: Record<number, true> = Object.fromEntries(
	[...'.FEsxXRuy,-'].map(letter => [letter.codePointAt(0)!, true]),
);

/** `F` and `E` letters whose file is kept (`filesWith`). */
const lettersKept = 100_000;

/**
Lines whose glued letters are kept (`gluedChars`): a plugin that writes a line after each failing test's letter
(`F[notify] tests/…`) glues one per failure, and `withGluedChars` tries the likeliest choice (all of them) first.
*/
const gluedKept = 1000;

export class LetterProgress {
	/** Progress letters seen: their counts are the run's, not the named tests'. */
	hasChars = false;
	readonly charCounts = emptyCounts();
	/**
	The letters of each line that starts with letters glued to other text (`.PASSED`): under `-s` the outer session's
	letter before a test's own output, or output that merely starts like letters (`FAILED x` a test printed). Those
	of some of these lines count only when pytest's final line says exactly they are missing (the first 1,000 lines).
	*/
	readonly gluedChars: string[] = [];
	/**
	The file of each `F` (`failed`) and each `E` (`errored`) letter, as printed, in order (up to `lettersKept`): they say
	in which file a FAILURES entry whose traceback never reaches its test's own frame is (`guess-id.ts`).
	*/
	readonly filesWith = {
		failed: [] as string[],
		errored: [] as string[],
		/** Every file a line of letters named (up to `lettersKept`): printed ids' files at the default verbosity. */
		named: new Set<string>(),
	};

	private pendingChars: string | undefined;
	/**
	The first letters held back that other text then followed, before any letter counted: the progress of a run
	killed there, when nothing else is (a CI's own lines after the log, `ERROR: Job failed: exit code 137`).
	*/
	private unsettledChars: string | undefined;
	/** The file the last `path.py ..F` line named: its letters go on on the lines after it. */
	private file: string | undefined;
	/** A file's line started and no `[ NN%]` marker ended it yet. */
	private isFileLineOpen = false;
	/** A file's line began while the one before had no marker: `-s` (or `classic`), which prints none. */
	private isUnmarked = false;
	/** A `[ NN%]` marker ended a line of letters. */
	private hasMarker = false;
	/** A file's line began with its first test's output (`fileThenOutput`), and no letter followed yet. */
	private isAwaitingLetter = false;
	/** The session printed its `test session starts` banner: not `-q`. */
	private readonly hasBanner: () => boolean;

	constructor(hasBanner: () => boolean = () => false) {
		this.hasBanner = hasBanner;
	}

	/**
	A `-v` line after the default verbosity's `path.py ..F` lines, or after `-q`'s letters (no banner), which name no test
	(asked before any `-v` line counted): a test's output (`--capture=tee-sys`, `-s`), another run's report it printed.
	pytest mixes no `-v` line with its letters. Under `-q -s` the letters may be glued to the output (`...inner run:`):
	only two or more with a `.` among them are surely letters there (a CI's own line before pytest's, `section_start:…`,
	`Executing …`, starts with one); glued so to a `-v`-shaped line, they say so on the log's first line too.
	*/
	isPrintedVerboseLine(text: string): boolean {
		if (!this.hasBanner() && isGluedToVerboseLine(text)) {
			this.keepGlued(text);
			return true;
		}

		return (
			(this.file !== undefined ||
				(!this.hasBanner() &&
					(this.hasChars || this.gluedChars.some(isSurelyLetters)))) &&
			isVerboseShaped(text)
		);
	}

	/** Whether letters are held back for the next line that may be structure (`settlePending`). */
	get hasPending(): boolean {
		return this.pendingChars !== undefined;
	}

	/**
	Called with every line that may be structure, before it is read: letters held back count only when a section or
	pytest's last line follows them.
	*/
	settlePending(text: string): void {
		if (this.pendingChars === undefined) {
			return;
		}

		const first = text.charCodeAt(0);
		if (first === 69 /* E */ && text.startsWith('ERROR: ')) {
			// A plugin's message after the last test, before pytest's `[100%]` (pytest-cov's `ERROR: Coverage
			// failure: …`): the letters wait for what follows it.
			return;
		}

		const pending = this.pendingChars;
		this.pendingChars = undefined;
		const withoutMarker = stripPercent(text);
		if (withoutMarker.length !== text.length) {
			this.noteMarker();
		}

		if (!this.hasChars) {
			this.unsettledChars ??= pending;
		}

		if (
			// pytest's own marker, alone on its line when a plugin wrote a line after the letters.
			(withoutMarker.length !== text.length && withoutMarker.trim() === '') ||
			first === 61 /* = */ ||
			first === 33 /* ! */ ||
			// pytest's INTERNALERROR ended the session after those letters.
			(first === 73 /* I */ && text.startsWith('INTERNALERROR>')) ||
			charsOnly.test(withoutMarker) ||
			finalLinePattern.test(text) ||
			// pytest-timeout's thread method dumps the stacks and ends the process.
			(first === 43 /* + */ && timeoutBanner.test(text)) ||
			(first === 45 /* - */ && generatedFile.test(text)) ||
			// xdist's controller, after a crashed worker's `F`, before any other progress counted.
			workerCrashLine.test(text)
		) {
			this.count(pending);
		}
	}

	/** Whether letters were held back, and text no progress followed them (`unsettledChars`). */
	get hasUnsettled(): boolean {
		return this.unsettledChars !== undefined && !this.hasChars;
	}

	/**
	At the end of the log, letters held back count; with no final line, so do letters held back that text followed when
	no other letter counted: the progress pytest printed before it was killed.
	*/
	flushPending(hasFinalLine: boolean): void {
		if (!hasFinalLine && this.pendingChars === undefined && this.hasUnsettled) {
			this.count(this.unsettledChars!);
		}

		if (this.pendingChars !== undefined) {
			this.count(this.pendingChars);
			this.pendingChars = undefined;
		}
	}

	/** A number that grows with every letter counted, and with letters held back. */
	mark(): number {
		let mark = 0;
		for (const count of Object.values(this.charCounts)) {
			mark += count;
		}

		return mark + (this.pendingChars === undefined ? 0 : 1);
	}

	count(chars: string): void {
		this.hasChars = true;
		this.isAwaitingLetter &&= chars === '';
		if (this.file !== undefined) {
			for (const char of chars) {
				const files =
					char === 'F'
						? this.filesWith.failed
						: char === 'E'
							? this.filesWith.errored
							: undefined;
				if (files && files.length < lettersKept) {
					files.push(this.file);
				}
			}
		}

		for (const char of chars) {
			const outcome = progressChars[char];
			if (outcome) {
				this.charCounts[outcome]++;
			}
		}
	}

	/**
	A line of letters, with what may come on its line after them (faulthandler's dump, an xdist worker's message, a
	warning, pytest's `[ NN%]`, a file's name before them): counted, or held back; false when the line is none.
	`hasVerbose`: the progress names its tests (`-v`), and letters only come glued to a dump.
	*/
	line(text: string, hasVerbose: boolean): boolean {
		const beforeDump = hasVerbose ? null : charsBeforeDump.exec(text);
		if (beforeDump) {
			// Alone on its line it says nothing of the progress (xdist's workers dump theirs between `-v` lines).
			if (beforeDump[1]) {
				this.count(beforeDump[1]);
			}

			return true;
		}

		const beforeWorker =
			charsBeforeWorker.exec(text) ?? charsBeforeWarning.exec(text);
		if (beforeWorker) {
			// xdist -q: a worker's message (`[gw1] node down: …`, a plugin's warning as a new worker starts)
			// printed right after the progress letters.
			this.count(beforeWorker[1]!);
			return true;
		}

		// A progress line is as wide as the terminal, two markers at most twice that.
		// `times` under xdist: letters padded for a duration that is not there.
		if (dotFileAlone.test(text)) {
			// `--pyargs` on a module outside the rootdir: its file prints as `.` (or `..`), then a space, then its letters;
			// under `--setup-plan` or `--setup-only` its plan lines come instead (`. `), and the dots are no letters.
			this.file = text.trimEnd();
			this.hasChars = true;
			return true;
		}

		const withoutPercent = stripPercent(
			text.length < 1000 ? text.replace(innerProgress, '') : text,
		).trimEnd();
		const hasPercent = withoutPercent.length !== text.length;
		if (charsOnly.test(withoutPercent)) {
			if (hasPercent) {
				this.noteMarker();
			}

			if (hasPercent || this.hasChars) {
				this.count(withoutPercent);
			} else if (!hasVerbose) {
				// `.sxFF` with no `[ NN%]`: -q output cut short by --maxfail or -x. Progress only if a
				// section or pytest's last line follows (see settlePending).
				this.pendingChars = withoutPercent;
			}

			return true;
		}

		const fileChars = fileAndChars.exec(withoutPercent);
		if (
			fileChars &&
			(hasPercent || /\.(?:py|txt|rst|md)$/.test(fileChars[1]!))
		) {
			if (
				hasPercent &&
				(this.isAwaitingLetter ||
					(this.isUnmarked && !this.hasMarker) ||
					(this.hasMarker && this.isFileLineOpen))
			) {
				// A module's whole progress line a test printed (`test_fake.py .F.   [ 60%]`): output, its letters no
				// file's (`guess-id.ts` takes an entry's file from them). pytest writes a module's name as its first
				// test starts and the letter when it ends, so no other module's line comes between; in a run that
				// prints no marker, none is pytest's; in one that does (`--capture=tee-sys`), pytest ends the open
				// module's line with its marker before the next one begins.
				return true;
			}

			this.startFileLine(fileChars[1]!);
			this.count(fileChars[2]!);
			if (hasPercent) {
				this.noteMarker();
			}

			return true;
		}

		return false;
	}

	/**
	`-s`: a file's name, then its first test's own output (pytest-timeout's `+++ Timeout +++`) before any letter: the
	progress has started; letters glued to the output may be its first. False when the line is not that.
	*/
	fileThenOutput(text: string): boolean {
		const fileThenOutput = fileAndOutput.exec(text);
		if (!fileThenOutput) {
			return false;
		}

		this.hasChars = true;
		this.startFileLine(fileThenOutput[1]!);
		this.isAwaitingLetter = true;
		this.keepGlued(fileThenOutput[2]!);
		return true;
	}

	/**
	At the default verbosity, letters glued to a line that names a test of the file whose letters they are: what the
	test printed after its letter (a runner's self-test echoing a `-v` line, `.tests/test_a.py::test_b ERROR` under
	`--capture=tee-sys`), never a `-v` line, which pytest prints at no verbosity with letters. Kept as glued letters.
	*/
	gluedBeforeOwnId(text: string): boolean {
		const file = this.file;
		if (file === undefined || !(text.charCodeAt(0) in letterCodes)) {
			return false;
		}

		const glued = gluedChars.exec(text);
		if (!glued || !text.startsWith(`${file}::`, glued[1]!.length)) {
			return false;
		}

		this.keepGlued(text);
		return true;
	}

	/** A line of other text after letters were seen (`-q -s`): letters glued to its start may be progress. */
	keepGlued(text: string): void {
		const glued = gluedChars.exec(text);
		if (glued) {
			// They may be the letters (`-s`), which `withGluedChars` counts at the end.
			this.isAwaitingLetter = false;
		}

		if (glued && this.gluedChars.length < gluedKept) {
			this.gluedChars.push(glued[1]!);
		}
	}

	/**
	pytest ends a module's line with its marker before the next module's line begins (`write_fspath_result`), but prints
	no marker under `-s` (`capture=no`) or `console_output_style=classic`: a line beginning while the one before is open
	says the run prints none.
	*/
	private startFileLine(file: string): void {
		if (this.isFileLineOpen) {
			this.isUnmarked = true;
		}

		this.file = file;
		this.isFileLineOpen = true;
		if (this.filesWith.named.size < lettersKept) {
			this.filesWith.named.add(file);
		}
	}

	private noteMarker(): void {
		this.hasMarker = true;
		this.isAwaitingLetter = false;
		this.isFileLineOpen = false;
	}
}

/**
What the letters glued to the start of a line may count, longest first: every run of them down to its first letter,
since the text glued after them may itself start with letters (capture suspended mid-test printed `shown …` right
after `....`: the `s` is the output's, not a skipped test's).
*/
export function gluedCandidates(chars: string): Counts[] {
	const candidates: Counts[] = [];
	for (let length = chars.length; length > 0; length--) {
		candidates.push(countsOfChars(chars.slice(0, length)));
	}

	return candidates;
}

/** Steps the search of `withGluedChars` may take before it gives up. */
const searchSteps = 100_000;

/**
The letter counts with those of the glued lines whose letters pytest's final line says are missing: for each glued
line none of its letters or one of its `gluedCandidates`, the first choice (in line order, longest letters first) that
makes the counts agree exactly, else the counts as they are.
*/
export function withGluedChars(
	counts: Counts,
	glued: ReadonlyArray<readonly Counts[]> | undefined,
	reported: Counts | undefined,
): Counts {
	if (!glued?.length || !reported || sameCounts(counts, reported)) {
		return counts;
	}

	let steps = 0;
	const search = (sum: Counts, index: number): Counts | undefined => {
		if (sameCounts(sum, reported)) {
			return sum;
		}

		if (index === glued.length || ++steps > searchSteps) {
			return undefined;
		}

		for (const candidate of glued[index]!) {
			const next = addCounts(sum, candidate);
			// Counts only grow: a choice past pytest's own is no way to it.
			if (withinCounts(next, reported)) {
				const found = search(next, index + 1);
				if (found) {
					return found;
				}
			}
		}

		return search(sum, index + 1);
	};

	return search(counts, 0) ?? counts;
}

function withinCounts(a: Counts, b: Counts): boolean {
	return (Object.keys(a) as Array<keyof Counts>).every(key => a[key] <= b[key]);
}

function sameCounts(a: Counts, b: Counts): boolean {
	return (Object.keys(a) as Array<keyof Counts>).every(
		key => a[key] === b[key],
	);
}

function addCounts(a: Counts, b: Counts): Counts {
	const sum = {...a};
	for (const key of Object.keys(b) as Array<keyof Counts>) {
		sum[key] += b[key];
	}

	return sum;
}

/**
Letters that are surely letters glued to a `-v`-shaped line (`F..sF...F.pkg/test_x.py::test_y PASSED`): under `-q -s`
a test printing a `-v` line right after the letters so far, even on the log's first line, before any letter
counted. No node id starts so: `..` before a `/` is a path above the rootdir (`../x/test_a.py::test_b`), not letters.
*/
function isGluedToVerboseLine(text: string): boolean {
	const glued = gluedChars.exec(text);
	if (!glued || !isSurelyLetters(glued[1]!)) {
		return false;
	}

	const rest = text.slice(glued[1]!.length);
	return !/^[/\\]/.test(rest) && isVerboseShaped(rest);
}

function isVerboseShaped(text: string): boolean {
	return (
		fastVerboseId(text) !== undefined || parseVerboseLine(text) !== undefined
	);
}

/** Glued letters no other text starts with: two or more, a `.` among them (`...`, `F.`; not the `s` of `section_start`). */
function isSurelyLetters(chars: string): boolean {
	return chars.length >= 2 && chars.includes('.');
}
