/**
Differential fuzzer: random pytest suites (generate-suite.py) run by real pytest with random options,
the console log read by the built CLI (`triage export LOG --json -`) and compared with the JUnit XML
the same pytest run wrote, with the comparison test/log/real.test.ts makes (truth.ts). See README.md.

Usage (after `npm run build`): node --import=tsx test/log/fuzz/fuzz.ts [--from SEED] [--count N] [--out DIR]
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import type {Outcome, Run} from '../../../source/log/model.js';
import {comparablePairs} from '../truth.js';
import {usesWorkers} from './xdist-workers.js';

type Exported = {
	complete: boolean;
	counts: Record<string, number>;
	tests: Array<{id: string; outcome: Outcome; phase?: string}>;
	failures: Array<{
		id: string;
		phase: string;
		headline: string;
		outcome: Outcome;
	}>;
};

type Meta = {
	format: string;
	command: string;
	counts: Record<string, number> | null;
	exit_status: number;
};

function option(name: string, fallback: string): string {
	const index = process.argv.indexOf(name);
	return index === -1 ? fallback : process.argv[index + 1]!;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const cli = path.resolve(option('--cli', path.join(root, 'dist/cli.js')));

const from = Number(option('--from', '1'));
const count = Number(option('--count', '50'));
const out = path.resolve(option('--out', '/tmp/triage-fuzz'));

const isFailing = (outcome: Outcome) =>
	outcome === 'failed' || outcome === 'error';

/** The export's run as the shape truth.ts compares (tests and failures as plain arrays). */
function asRun(exported: Exported): Run {
	return {
		tests: exported.tests.map(test => ({
			...test,
			phase: test.phase ?? 'call',
		})),
		failures: exported.failures,
	} as unknown as Run;
}

function exportOf(file: string): Exported | string {
	const result = spawnSync(
		process.execPath,
		[cli, 'export', file, '--json', '-'],
		{
			encoding: 'utf8',
			env: {...process.env, TRIAGE_HISTORY: 'off'},
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	if (result.status !== 0) {
		return `export failed (${result.status}): ${result.stderr.trim()}`;
	}

	const runs = (JSON.parse(result.stdout) as {runs: Exported[]}).runs;
	return runs.at(-1)!;
}

/** Every way the console log and the XML disagree, one line each. */
function compare(directory: string): string[] {
	const meta = JSON.parse(
		fs.readFileSync(path.join(directory, 'meta.json'), 'utf8'),
	) as Meta;
	const problems: string[] = [];
	const log = exportOf(path.join(directory, 'run.log'));
	if (typeof log === 'string') {
		return [`log: ${log}`];
	}

	const run = asRun(log);
	if (fs.existsSync(path.join(directory, 'run.xml'))) {
		const xmlExport = exportOf(path.join(directory, 'run.xml'));
		if (typeof xmlExport === 'string') {
			problems.push(`xml: ${xmlExport}`);
		} else {
			const xml = asRun(xmlExport);
			const difference = (a: string[], b: string[]) => {
				const other = new Set(b);
				return a.filter(pair => !other.has(pair));
			};

			const verbose = /(^|\s)-v/.test(meta.format);
			const logPairs = comparablePairs(run, verbose ? undefined : isFailing);
			const xmlPairs = comparablePairs(xml, verbose ? undefined : isFailing);
			for (const pair of difference(logPairs, xmlPairs)) {
				problems.push(`only in log: ${pair}`);
			}

			for (const pair of difference(xmlPairs, logPairs)) {
				problems.push(`only in xml: ${pair}`);
			}

			if (!verbose) {
				const named = new Set(comparablePairs(xml));
				for (const pair of comparablePairs(run)) {
					if (!named.has(pair)) {
						problems.push(`not in xml: ${pair}`);
					}
				}
			}
		}
	}

	if (
		meta.counts &&
		JSON.stringify(log.counts) !== JSON.stringify(meta.counts)
	) {
		problems.push(
			`counts: log ${JSON.stringify(log.counts)} pytest ${JSON.stringify(meta.counts)}`,
		);
	}

	// Exit 0/1/5: pytest ran to its end (5: nothing collected); 2: interrupted (collection errors), except
	// that xdist stopping after -x or --maxfail exits 2 as well, with any number of workers (`-n 0` runs none).
	const xdistStopped =
		usesWorkers(meta.command) && / (-x|--maxfail=\d+)/.test(meta.command);
	// No XML: the session never reached its end, whatever the status (a test's os._exit(0)).
	const ended =
		fs.existsSync(path.join(directory, 'run.xml')) &&
		([0, 1, 5].includes(meta.exit_status) ||
			(xdistStopped && meta.exit_status === 2));
	if (log.complete !== ended) {
		problems.push(`complete: ${log.complete}, pytest exit ${meta.exit_status}`);
	}

	const failing = run.tests.filter(test => isFailing(test.outcome)).length;
	if (log.failures.length !== failing) {
		problems.push(
			`failures: ${log.failures.length} for ${failing} failing tests`,
		);
	}

	for (const failure of log.failures) {
		if (failure.headline.length === 0) {
			problems.push(`empty headline: ${failure.id}`);
		}
	}

	return problems;
}

const checkIndex = process.argv.indexOf('--check');
if (checkIndex !== -1) {
	// Compare recorded runs only (each a folder with run.log, run.xml and meta.json), e.g. a new trap.
	let failed = 0;
	for (const directory of process.argv.slice(checkIndex + 1)) {
		const problems = compare(directory);
		failed += problems.length > 0 ? 1 : 0;
		console.log(`${directory}: ${problems.length === 0 ? 'ok' : ''}`);
		for (const problem of problems) {
			console.log(`    ${problem}`);
		}
	}

	process.exit(failed > 0 ? 1 : 0);
}

fs.mkdirSync(out, {recursive: true});
let bad = 0;
for (let seed = from; seed < from + count; seed++) {
	const directory = path.join(out, String(seed));
	const generated = spawnSync(
		'python3',
		[path.join(here, 'generate-suite.py'), String(seed), directory, '--run'],
		{encoding: 'utf8'},
	);
	if (generated.status !== 0) {
		console.log(`${seed}: generator failed: ${generated.stderr.trim()}`);
		continue;
	}

	const problems = compare(directory);
	const meta = JSON.parse(
		fs.readFileSync(path.join(directory, 'meta.json'), 'utf8'),
	) as Meta;
	if (problems.length > 0) {
		bad++;
		console.log(`${seed}: ${meta.command}`);
		for (const problem of problems) {
			console.log(`    ${problem}`);
		}
	} else {
		console.log(`${seed}: ok ${meta.command}`);
		fs.rmSync(directory, {recursive: true});
	}
}

console.log(`${count} suites, ${bad} with disagreements (kept in ${out})`);
