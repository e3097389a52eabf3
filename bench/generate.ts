/**
A deterministic generator of realistic pytest console logs for a "chaos" suite.

It writes what pytest 7.2 or 8.3 prints for `-v`, default verbosity or `-q`, with `--tb=short`,
optionally under pytest-xdist and `--color=yes`: the session header, progress lines, the ERRORS and
FAILURES sections with short tracebacks and captured output, the warnings summary, the short test
summary (trimmed to 80 columns as pytest does) and the final counts line. The shapes were copied
from real logs (see `../shared/fixtures/real/`) and from pytest itself, including its quirks.

The suite is fixed by the seed; the `run` index changes outcomes the way consecutive CI runs do:
most failures persist, a few tests flip, some get fixed, some start failing, some change error.
Volatile parts of messages (ports, addresses, durations, uuids, temp paths) change every run.

The generator lives in `bench/generate/`, a module per job: `options.ts`; `random.ts` (hashing and
the seeded random numbers); `environment.ts` (the pytest 7 and 8 environments); the suite
(`suite-spec.ts`, `base-suite.ts`, `chaos-modules.ts`, `suite.ts`); what happens to each test in a
run (`plan.ts`); the failure texts (`failure.ts`, `assertions.ts`, `failure-parts.ts`, `kinds.ts`,
`fixture-kinds.ts`); the terminal output (`paint.ts`, `output.ts`, `header.ts`, `render.ts`); the log
itself (`log.ts`); writing it (`write.ts`) and the command line (`cli.ts`). This file is the entry
point and the API the benchmarks and tests import.

Usage: node --import=tsx bench/generate.ts --tests 6000 --fail 0.1 --seed 1 [--xdist] [--quiet]
       [--normal] [--color] [--run N] [--outage] [--pytest 7|8] [--workers N] [--size 100MB] OUT.log
*/
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {main} from './generate/cli.js';

export {main} from './generate/cli.js';
export {generateLog} from './generate/log.js';
export {
	type Counts,
	type GenerateOptions,
	type PytestFlavor,
	type RunSummary,
	type Verbosity,
	defaultOptions,
	resolveOptions,
} from './generate/options.js';
export {highlightPython, separator} from './generate/paint.js';
export {hashString, Random} from './generate/random.js';
export {type TestItem} from './generate/suite.js';
export {type Area, areas} from './generate/suite-spec.js';
export {
	generateLogText,
	parseSize,
	testsForSize,
	writeLog,
} from './generate/write.js';

const isMain =
	process.argv[1] !== undefined &&
	path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(
			`generate: ${error instanceof Error ? error.message : String(error)}\n`,
		);
		process.exitCode = 2;
	}
}
