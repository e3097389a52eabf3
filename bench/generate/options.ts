/**
Options of the generator, and what a generated run sums up to.
*/
/** `-v`, no flag, or `-q`. */
export type Verbosity = 'verbose' | 'normal' | 'quiet';

/** Which pytest (and plugin, Python) generation to imitate. */
export type PytestFlavor = '7' | '8';

export type GenerateOptions = {
	/** Fixes the suite and every random choice. */
	readonly seed: number;
	/** Number of collected test items. */
	readonly tests: number;
	/** Rough share of tests that fail (or error) in an ordinary run, 0 to 1. */
	readonly failRatio: number;
	readonly verbosity: Verbosity;
	/** Run under pytest-xdist with `workers` workers. */
	readonly xdist: boolean;
	readonly workers: number;
	/** What `--color=yes` prints. */
	readonly color: boolean;
	/** 1-based index of this run of the suite. */
	readonly run: number;
	/** The service the suite talks to is down: most tests fail with one connection error. */
	readonly outage: boolean;
	readonly pytest: PytestFlavor;
	/**
	About this share of the lines hold text beyond ASCII (0 to 1): parameter values of some tests (printed as they
	are, as pytest does with its id escaping turned off) and words in exception messages, source lines and
	captured logs. Decoding costs nothing on ASCII text; this is how a log that is not shows it.
	*/
	readonly nonAscii: number;
};

export const defaultOptions: GenerateOptions = {
	seed: 1,
	tests: 160,
	failRatio: 0.1,
	verbosity: 'verbose',
	xdist: false,
	workers: 4,
	color: false,
	run: 1,
	outage: false,
	pytest: '8',
	nonAscii: 0,
};

export function resolveOptions(
	options: Partial<GenerateOptions> = {},
): GenerateOptions {
	const resolved = {...defaultOptions, ...options};
	if (!Number.isInteger(resolved.tests) || resolved.tests < 1) {
		throw new RangeError(
			`tests must be a positive integer, got ${resolved.tests}`,
		);
	}

	if (!(resolved.failRatio >= 0 && resolved.failRatio <= 1)) {
		throw new RangeError(
			`failRatio must be between 0 and 1, got ${resolved.failRatio}`,
		);
	}

	if (!(resolved.nonAscii >= 0 && resolved.nonAscii <= 0.5)) {
		throw new RangeError(
			`nonAscii must be between 0 and 0.5, got ${resolved.nonAscii}`,
		);
	}

	if (!Number.isInteger(resolved.run) || resolved.run < 1) {
		throw new RangeError(`run must be 1 or more, got ${resolved.run}`);
	}

	if (
		!Number.isInteger(resolved.workers) ||
		resolved.workers < 1 ||
		resolved.workers > 64
	) {
		throw new RangeError(
			`workers must be between 1 and 64, got ${resolved.workers}`,
		);
	}

	return resolved;
}

/** The counts pytest prints on its final line (warnings included, reports not tests). */
export type Counts = {
	failed: number;
	passed: number;
	skipped: number;
	xfailed: number;
	xpassed: number;
	warnings: number;
	errors: number;
};

/** What a generated run contains, for tests and benchmarks. */
export type RunSummary = {
	readonly collected: number;
	readonly counts: Counts;
	/** Node ids with a FAILED report, in report order. */
	readonly failedIds: readonly string[];
	/** Node ids with an ERROR report (setup or teardown), in report order. */
	readonly errorIds: readonly string[];
	readonly seconds: number;
};
