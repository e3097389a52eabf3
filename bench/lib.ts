/**
Helpers for the benchmarks that `bench/run.ts` (`npm run bench`) runs.

A benchmark is a named section: `{name, description, run(context)}`. To add one, write
`bench/<name>.bench.ts` exporting `sections: BenchSection[]`; `bench/run.ts` finds and runs it
after its own sections (`npm run bench -- --only <name>` runs just that one). A section prints
figures and ratios with `context.print`, and never asserts: a failing command is a row that says
so, not a failed benchmark run.

`context.log(spec)` hands a section a synthetic pytest log from `bench/generate.ts`, generated once
and cached in `bench/out/` (gitignored), regenerated when the generator or the spec changes.
*/
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {mkdir, mkdtemp, open, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {type GenerateOptions, testsForSize, writeLog} from './generate.js';

// ---------------------------------------------------------------------------------------------
// Sections

/** A synthetic log a section wants: generated once, cached under `bench/out/<name>.log`. */
export type LogSpec = {
	readonly name: string;
	/** Approximate size in bytes; the number of tests follows from it. */
	readonly bytes: number;
	readonly options?: Partial<GenerateOptions>;
	/** How the log was made, for the report (`-v --tb=short, 10% failing`). */
	readonly label?: string;
};

export type GeneratedLog = {
	readonly spec: LogSpec;
	readonly file: string;
	/** Path relative to the repository root, for printing. */
	readonly relative: string;
	readonly bytes: number;
	readonly tests: number;
};

export type BenchContext = {
	/** The repository root. */
	readonly root: string;
	/** `bench/out`, for logs and other scratch files. */
	readonly outDir: string;
	/** How many times to repeat a measurement (`--runs`, default 1). */
	readonly runs: number;
	readonly log: (spec: LogSpec) => Promise<GeneratedLog>;
	readonly print: (line?: string) => void;
};

export type BenchSection = {
	readonly name: string;
	/** One line: what it measures. */
	readonly description: string;
	readonly run: (context: BenchContext) => Promise<void> | void;
};

/**
The generator's source, hashed: `bench/generate.ts` and every module in `bench/generate/`. A cached
log made by another version of any of them is regenerated.
*/
export function generatorFingerprint(root: string): string {
	const hash = createHash('sha256');
	const modules = readdirSync(path.join(root, 'bench/generate'))
		.filter(name => name.endsWith('.ts'))
		.toSorted()
		.map(name => `bench/generate/${name}`);
	for (const file of ['bench/generate.ts', ...modules]) {
		hash.update(`${file}\0`).update(readFileSync(path.join(root, file)));
	}

	return hash.digest('hex').slice(0, 16);
}

/** Generate `spec` into `outDir` unless an up-to-date copy is there. */
export async function ensureLog(
	root: string,
	outDir: string,
	spec: LogSpec,
	print: (line?: string) => void = () => undefined,
): Promise<GeneratedLog> {
	await mkdir(outDir, {recursive: true});
	const file = path.join(outDir, `${spec.name}.log`);
	const metaFile = path.join(outDir, `${spec.name}.json`);
	const generator = generatorFingerprint(root);
	const wanted = {generator, bytes: spec.bytes, options: spec.options ?? {}};
	const relative = path.relative(root, file);
	if (existsSync(file) && existsSync(metaFile)) {
		try {
			const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
				wanted?: unknown;
				tests?: number;
			};
			if (
				JSON.stringify(meta.wanted) === JSON.stringify(wanted) &&
				typeof meta.tests === 'number'
			) {
				return {
					spec,
					file,
					relative,
					bytes: statSync(file).size,
					tests: meta.tests,
				};
			}
		} catch {
			// A damaged cache entry is regenerated.
		}
	}

	const start = process.hrtime.bigint();
	print(`  generating ${relative} (${formatBytes(spec.bytes)})…`);
	const tests = testsForSize(spec.options ?? {}, spec.bytes);
	const {bytes} = await writeLog({...spec.options, tests}, file);
	writeFileSync(metaFile, `${JSON.stringify({wanted, tests, bytes})}\n`);
	print(
		`  generated ${relative}: ${formatBytes(bytes)}, ${formatCount(tests)} tests in ${formatSeconds(elapsed(start))}`,
	);
	return {spec, file, relative, bytes, tests};
}

// ---------------------------------------------------------------------------------------------
// Measuring

export type CommandResult = {
	/** Exit code 0, no signal, no timeout. */
	readonly ok: boolean;
	readonly code: number | undefined;
	readonly signal: string | undefined;
	readonly timedOut: boolean;
	/** Wall time, spawn to exit. */
	readonly seconds: number;
	/** Peak resident set size in bytes, when `/usr/bin/time` could measure it. */
	readonly peakRss?: number;
	/**
	CPU seconds (user + system), when `/usr/bin/time` could measure them: on a machine others share, a steadier
	figure than the wall time.
	*/
	readonly cpuSeconds?: number;
	/** The last 64 KiB of each stream. */
	readonly stdout: string;
	readonly stderr: string;
	/** Why the command could not be started. */
	readonly error?: string;
};

export type TimeCommandOptions = {
	readonly cwd?: string;
	readonly env?: NodeJS.ProcessEnv;
	/** Kill the command after this long (default 10 minutes). */
	readonly timeoutMs?: number;
	/** Run it under `/usr/bin/time -f %M` for its peak RSS (skipped when that is missing). */
	readonly measureRss?: boolean;
};

const keepBytes = 64 * 1024;
const gnuTime = '/usr/bin/time';

/** Run a command once and measure its wall time (and peak RSS). Never throws. */
export async function timeCommand(
	command: string,
	args: readonly string[],
	options: TimeCommandOptions = {},
): Promise<CommandResult> {
	const measureRss = options.measureRss === true && existsSync(gnuTime);
	const scratch = measureRss
		? await mkdtemp(path.join(tmpdir(), 'triage-bench-'))
		: undefined;
	const rssFile = scratch === undefined ? undefined : path.join(scratch, 'rss');
	const [file, argv] =
		rssFile === undefined
			? [command, [...args]]
			: [gnuTime, ['-f', '%M %U %S', '-o', rssFile, command, ...args]];
	const start = process.hrtime.bigint();
	const result = await new Promise<Omit<CommandResult, 'peakRss'>>(resolve => {
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		const child = spawn(file, argv, {
			cwd: options.cwd,
			env: options.env,
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group, so a timeout ends the command and not only /usr/bin/time.
			detached: true,
		});
		const killGroup = () => {
			if (child.pid !== undefined) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					child.kill('SIGKILL');
				}
			}
		};

		// Being detached, the command does not get the terminal's Ctrl-C: pass it on.
		const onInterrupt = () => {
			killGroup();
			process.exit(130);
		};

		process.on('SIGINT', onInterrupt);
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup();
		}, options.timeoutMs ?? 600_000);
		const done = () => {
			clearTimeout(timer);
			process.off('SIGINT', onInterrupt);
		};

		child.stdout.setEncoding('utf8');
		child.stderr.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			stdout = (stdout + chunk).slice(-keepBytes);
		});
		child.stderr.on('data', (chunk: string) => {
			stderr = (stderr + chunk).slice(-keepBytes);
		});
		child.on('error', error => {
			done();
			resolve({
				ok: false,
				code: undefined,
				signal: undefined,
				timedOut,
				seconds: elapsed(start),
				stdout,
				stderr,
				error: error.message,
			});
		});
		child.on('close', (code, signal) => {
			done();
			resolve({
				ok: code === 0 && !timedOut,
				code: code ?? undefined,
				signal: signal ?? undefined,
				timedOut,
				seconds: elapsed(start),
				stdout,
				stderr,
			});
		});
	});
	let peakRss: number | undefined;
	let cpuSeconds: number | undefined;
	if (rssFile !== undefined && scratch !== undefined) {
		try {
			// GNU time puts "Command exited with non-zero status N" before the figures.
			const text = await readFile(rssFile, 'utf8');
			const lines = text.trim().split('\n');
			const [kibibytes, user, system] = (lines.at(-1) ?? '')
				.split(' ')
				.map(Number);
			peakRss =
				kibibytes !== undefined && Number.isFinite(kibibytes)
					? kibibytes * 1024
					: undefined;
			const cpu = (user ?? Number.NaN) + (system ?? Number.NaN);
			cpuSeconds = Number.isFinite(cpu) ? cpu : undefined;
		} catch {
			peakRss = undefined;
		}

		rmSync(scratch, {recursive: true, force: true});
	}

	return {
		...result,
		...(peakRss !== undefined && {peakRss}),
		...(cpuSeconds !== undefined && {cpuSeconds}),
	};
}

/** Run a command `runs` times: the median wall and CPU times, the largest peak RSS, the last result. */
export async function timeCommandRuns(
	command: string,
	args: readonly string[],
	runs: number,
	options: TimeCommandOptions = {},
): Promise<CommandResult & {readonly runs: readonly number[]}> {
	const results: CommandResult[] = [];
	for (let run = 0; run < Math.max(1, runs); run++) {
		const result = await timeCommand(command, args, options);
		results.push(result);
		if (!result.ok) {
			break;
		}
	}

	const last = results.at(-1)!;
	const rss = results
		.map(result => result.peakRss)
		.filter(value => value !== undefined);
	const cpu = results
		.map(result => result.cpuSeconds)
		.filter(value => value !== undefined);
	return {
		...last,
		seconds: median(results.map(result => result.seconds)),
		...(rss.length > 0 ? {peakRss: Math.max(...rss)} : {}),
		...(cpu.length > 0 ? {cpuSeconds: median(cpu)} : {}),
		runs: results.map(result => result.seconds),
	};
}

/** One command of `timeInterleaved`. */
export type TimedCommand = {
	readonly command: string;
	readonly args: readonly string[];
	readonly options?: TimeCommandOptions;
};

/**
Run several commands `runs` times in turn (a, b, c, a, b, c, …), so that a machine whose load changes
weighs on each alike; per command, the medians and the largest peak RSS as `timeCommandRuns` gives them.
A command that fails is not run again.
*/
export async function timeInterleaved(
	commands: readonly TimedCommand[],
	runs: number,
): Promise<CommandResult[]> {
	const results: CommandResult[][] = commands.map(() => []);
	for (let run = 0; run < Math.max(1, runs); run++) {
		for (const [index, {command, args, options}] of commands.entries()) {
			const done = results[index]!;
			if (done.length > 0 && !done.at(-1)!.ok) {
				continue;
			}

			done.push(await timeCommand(command, args, options));
		}
	}

	return results.map(done => {
		const last = done.at(-1)!;
		const rss = done
			.map(result => result.peakRss)
			.filter(value => value !== undefined);
		const cpu = done
			.map(result => result.cpuSeconds)
			.filter(value => value !== undefined);
		return {
			...last,
			seconds: median(done.map(result => result.seconds)),
			...(rss.length > 0 ? {peakRss: Math.max(...rss)} : {}),
			...(cpu.length > 0 ? {cpuSeconds: median(cpu)} : {}),
		};
	});
}

/** Seconds since `start` (from `process.hrtime.bigint()`). */
export function elapsed(start: bigint): number {
	return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Time a function `runs` times; the median in seconds. */
export async function timeFunction(
	runs: number,
	function_: () => unknown,
): Promise<{seconds: number; runs: number[]}> {
	const times: number[] = [];
	for (let run = 0; run < Math.max(1, runs); run++) {
		const start = process.hrtime.bigint();
		await function_();
		times.push(elapsed(start));
	}

	return {seconds: median(times), runs: times};
}

export function median(values: readonly number[]): number {
	if (values.length === 0) {
		return Number.NaN;
	}

	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? sorted[middle]!
		: (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Count the lines of a file the cheapest way there is: 1 MiB reads and `indexOf`. */
export async function scanNewlines(file: string): Promise<number> {
	const handle = await open(file, 'r');
	const buffer = Buffer.allocUnsafe(1 << 20);
	let lines = 0;
	try {
		for (;;) {
			const {bytesRead} = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0) {
				break;
			}

			let index = buffer.indexOf(10);
			while (index !== -1 && index < bytesRead) {
				lines++;
				index = buffer.indexOf(10, index + 1);
			}
		}
	} finally {
		await handle.close();
	}

	return lines;
}

// ---------------------------------------------------------------------------------------------
// Rows that compare triage with the old analyzer

const benchDirectory = path.dirname(fileURLToPath(import.meta.url));

/** What `bench/kept.ts` prints: a read in a fresh process, and what the run keeps. */
export type KeptFigures = {
	readonly seconds: number;
	readonly keptBytes: number;
	readonly tests: number;
	readonly failures: number;
	readonly rss: number;
};

/** Reads `file` in a fresh process (bench/kept.ts); undefined with the reason printed when that fails. */
export async function keptOf(
	file: string,
	print: (line?: string) => void,
): Promise<KeptFigures | undefined> {
	const result = await timeCommand(
		process.execPath,
		['--expose-gc', '--import=tsx', path.join(benchDirectory, 'kept.ts'), file],
		{cwd: path.dirname(benchDirectory)},
	);
	if (!result.ok) {
		print(`    bench/kept.ts: ${failureSummary(result)}`);
		return undefined;
	}

	try {
		return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as KeptFigures;
	} catch {
		print(
			`    bench/kept.ts printed no figures: ${result.stdout.slice(0, 200)}`,
		);
		return undefined;
	}
}

/** The environment for triage's rows: the run history neither read nor written (it has its own rows). */
export const noHistory: NodeJS.ProcessEnv = {
	...process.env,
	TRIAGE_HISTORY: 'off',
};

/** A row for a command: wall time, MB/s, CPU time, peak RSS and its ratio to the log. */
export function commandRow(
	name: string,
	bytes: number,
	result: CommandResult,
	versus: string,
): string[] {
	if (!result.ok) {
		return [name, failureSummary(result), '', '', '', ''];
	}

	return [
		name,
		formatSeconds(result.seconds),
		formatRate(bytes, result.seconds),
		result.cpuSeconds === undefined
			? ''
			: `cpu ${formatSeconds(result.cpuSeconds)}`,
		result.peakRss === undefined
			? ''
			: `peak RSS ${formatBytes(result.peakRss)} (${formatRatio(result.peakRss, bytes)} the log)`,
		versus,
	];
}

/** How many times faster (or slower) triage is than the old analyzer, by wall time and by CPU time. */
export function speedup(triage: CommandResult, old: CommandResult): string {
	if (!triage.ok || !old.ok) {
		return '';
	}

	const compared = (triageSeconds: number, oldSeconds: number) =>
		oldSeconds >= triageSeconds
			? `${formatRatio(oldSeconds, triageSeconds)} faster`
			: `${formatRatio(triageSeconds, oldSeconds)} slower`;
	const cpu =
		triage.cpuSeconds !== undefined && old.cpuSeconds !== undefined
			? `; cpu ${compared(triage.cpuSeconds, old.cpuSeconds)}`
			: '';
	return `${compared(triage.seconds, old.seconds)} than the old analyzer${cpu}`;
}

// ---------------------------------------------------------------------------------------------
// Printing

export type Align = 'left' | 'right';

/** Cells padded to `widths` (right-aligned where `align` says), joined by two spaces. */
export function formatRow(
	cells: readonly string[],
	widths: readonly number[],
	align: readonly Align[] = [],
): string {
	return cells
		.map((cell, index) => {
			const width = widths[index] ?? cell.length;
			return align[index] === 'right'
				? cell.padStart(width)
				: cell.padEnd(width);
		})
		.join('  ')
		.trimEnd();
}

/** Rows as a table whose columns fit their widest cell. */
export function formatTable(
	rows: ReadonlyArray<readonly string[]>,
	align: readonly Align[] = [],
): string[] {
	const widths: number[] = [];
	for (const row of rows) {
		for (const [index, cell] of row.entries()) {
			widths[index] = Math.max(widths[index] ?? 0, cell.length);
		}
	}

	return rows.map(row => formatRow(row, widths, align));
}

export function formatBytes(bytes: number): string {
	if (bytes >= 1e9) {
		return `${(bytes / 1e9).toFixed(2)} GB`;
	}

	if (bytes >= 1e6) {
		return `${(bytes / 1e6).toFixed(1)} MB`;
	}

	return bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} kB` : `${bytes} B`;
}

export function formatSeconds(seconds: number): string {
	if (!Number.isFinite(seconds)) {
		return '–';
	}

	if (seconds < 0.001) {
		return `${(seconds * 1e6).toFixed(0)} µs`;
	}

	if (seconds < 1) {
		return `${(seconds * 1000).toFixed(1)} ms`;
	}

	return `${seconds.toFixed(2)} s`;
}

/** Throughput in MB/s (decimal megabytes, like the sizes). */
export function formatRate(bytes: number, seconds: number): string {
	return seconds > 0 ? `${(bytes / 1e6 / seconds).toFixed(1)} MB/s` : '–';
}

/** `a / b` as `3.21×`. */
export function formatRatio(a: number, b: number): string {
	if (!(a > 0 && b > 0)) {
		return '–';
	}

	const ratio = a / b;
	return `${ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

export function formatCount(count: number): string {
	return count.toLocaleString('en-US');
}

/** The first useful line of a failed command's output, for a one-line report. */
export function failureSummary(result: CommandResult): string {
	if (result.error !== undefined) {
		return `could not start: ${result.error}`;
	}

	if (result.timedOut) {
		return `timed out after ${formatSeconds(result.seconds)}`;
	}

	const line =
		`${result.stderr}\n${result.stdout}`
			.split('\n')
			.map(text => text.trim())
			.find(text => text !== '' && !text.startsWith('Command exited with')) ??
		'';
	const how =
		result.signal === undefined
			? `exit ${result.code ?? '?'}`
			: `killed by ${result.signal}`;
	return `failed (${how})${line === '' ? '' : `: ${line.slice(0, 160)}`}`;
}
