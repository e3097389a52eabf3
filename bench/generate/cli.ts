/**
The command line of `node --import=tsx bench/generate.ts`.
*/
import process from 'node:process';
import {parseArgs} from 'node:util';
import {type GenerateOptions, defaultOptions} from './options.js';
import {parseSize, testsForSize, writeLog} from './write.js';

const usage = `usage: node --import=tsx bench/generate.ts [options] OUT.log   (- for stdout)

  --tests N       collected test items (default ${defaultOptions.tests})
  --size SIZE     aim for a log of this size instead (100MB, 1.5GB, 512KiB)
  --fail RATIO    share of tests failing in an ordinary run (default ${defaultOptions.failRatio})
  --seed N        fixes the suite and every random choice (default ${defaultOptions.seed})
  --run N         run index: runs of one suite differ like consecutive CI runs (default 1)
  --outage        the service is down: most tests fail with one connection error
  --xdist         pytest-xdist output; --workers N (default ${defaultOptions.workers})
  --quiet         -q progress dots; --normal for default verbosity; otherwise -v
  --color         --color=yes
  --non-ascii R   about this share of the lines hold text beyond ASCII (default 0)
  --pytest 7|8    imitate pytest 7.2 (Debian 12) or 8.3 (default ${defaultOptions.pytest})`;

function numberOption(
	value: string | undefined,
	name: string,
): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const parsed = Number(value);
	if (!Number.isFinite(parsed)) {
		throw new RangeError(`--${name} needs a number, got ${value}`);
	}

	return parsed;
}

export async function main(argv: readonly string[]): Promise<number> {
	const {values, positionals} = parseArgs({
		args: [...argv],
		allowPositionals: true,
		options: {
			tests: {type: 'string'},
			size: {type: 'string'},
			fail: {type: 'string'},
			seed: {type: 'string'},
			run: {type: 'string'},
			outage: {type: 'boolean'},
			xdist: {type: 'boolean'},
			workers: {type: 'string'},
			quiet: {type: 'boolean'},
			normal: {type: 'boolean'},
			color: {type: 'boolean'},
			'non-ascii': {type: 'string'},
			pytest: {type: 'string'},
			help: {type: 'boolean', short: 'h'},
		},
	});
	if (values.help) {
		process.stdout.write(`${usage}\n`);
		return 0;
	}

	const [file, ...extra] = positionals;
	if (file === undefined || extra.length > 0) {
		process.stderr.write(`${usage}\n`);
		return 2;
	}

	if (
		values.pytest !== undefined &&
		values.pytest !== '7' &&
		values.pytest !== '8'
	) {
		throw new RangeError(`--pytest must be 7 or 8, got ${values.pytest}`);
	}

	const raw = {
		seed: numberOption(values.seed, 'seed'),
		tests: numberOption(values.tests, 'tests'),
		failRatio: numberOption(values.fail, 'fail'),
		run: numberOption(values.run, 'run'),
		workers: numberOption(values.workers, 'workers'),
		nonAscii: numberOption(values['non-ascii'], 'non-ascii'),
		outage: values.outage,
		xdist: values.xdist,
		color: values.color,
		pytest: values.pytest,
		verbosity: values.quiet ? 'quiet' : values.normal ? 'normal' : 'verbose',
	};
	let options = Object.fromEntries(
		Object.entries(raw).filter(([, value]) => value !== undefined),
	) as Partial<GenerateOptions>;
	if (values.size !== undefined) {
		options = {
			...options,
			tests: testsForSize(options, parseSize(values.size)),
		};
	}

	const {bytes, summary} = await writeLog(options, file);
	if (file !== '-') {
		const counts = Object.entries(summary.counts)
			.filter(([, count]) => count > 0)
			.map(([key, count]) => `${count} ${key}`)
			.join(', ');
		process.stderr.write(
			`${file}: ${(bytes / 1e6).toFixed(1)} MB, ${summary.collected} tests (${counts})\n`,
		);
	}

	return 0;
}
