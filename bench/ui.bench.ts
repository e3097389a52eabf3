/**
The review screen's two budgets (issue 5):

- time from process start to the first frame that shows failures, on a 6,000-test log: the built CLI in a
  pseudo-terminal (`script`), its output read as it comes (target ≤ 500 ms);
- median time from a key press (`j`) to the new frame with 10,000 failures loaded, in process: Ink's own
  `render` into a fake 120×40 terminal, 200 presses (target ≤ 16 ms).

node --import=tsx bench/ui.bench.ts   (after npm run build; npm run bench runs it too)
*/
import {spawn, spawnSync} from 'node:child_process';
import {EventEmitter} from 'node:events';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {analyze} from '../source/classify/analyze.js';
import {readLog} from '../source/log/read.js';
import {openJournal} from '../source/triage/journal.js';
import {buildReview} from '../source/triage/review.js';
import {generatorFingerprint, type BenchSection} from './lib.js';
import {writeLog} from './generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/out');

export type UiBenchResult = {
	/** Milliseconds from spawning the CLI to the first frame listing failures (median of the runs). */
	readonly firstFrameMedian: number;
	readonly firstFrameRuns: readonly number[];
	/** The same without V8's code cache (TRIAGE_CODE_CACHE=off), median of 3: the first run after a build. */
	readonly firstFrameUncached: number;
	/** `node -e ''` in the same pseudo-terminal: the floor under the figure above. */
	readonly nodeBaseline: number;
	readonly startupTests: number;
	readonly startupFailures: number;
	/** Milliseconds from a key press to the next frame, 10,000 failures loaded. */
	readonly keyMedian: number;
	readonly keyP95: number;
	readonly keyMax: number;
	/** Milliseconds of CPU per key press, the 35 ms waits between them included (robust to a loaded machine). */
	readonly keyCpuMean: number;
	readonly keyFailures: number;
	/** Milliseconds from G or g (to the last failure and back) to the next frame: every row changes. */
	readonly jumpMedian: number;
	/** Of the key-to-frame time: Ink's layout and output of the frame. */
	readonly inkRenderMedian: number;
	/** Milliseconds from a category key to the frame that says "saved" (fsync included), 10,000 failures loaded. */
	readonly decisionMedian: number;
};

function median(values: readonly number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = values.toSorted((a, b) => a - b);
	return (
		sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ??
		Number.NaN
	);
}

export async function ensureLog(
	name: string,
	options: Parameters<typeof writeLog>[0],
): Promise<string> {
	mkdirSync(outDir, {recursive: true});
	const file = path.join(outDir, `${name}.log`);
	const generator = generatorFingerprint(root);
	const stamp = `${file}.stamp`;
	const wanted = JSON.stringify({generator, options});
	if (
		!existsSync(file) ||
		!existsSync(stamp) ||
		readFileSync(stamp, 'utf8') !== wanted
	) {
		await writeLog(options, file);
		const {writeFileSync} = await import('node:fs');
		writeFileSync(stamp, wanted);
	}

	return file;
}

function builtCli(): string {
	const cli = path.join(root, 'dist/cli.js');
	if (!existsSync(cli)) {
		throw new Error('dist/cli.js is missing: run npm run build first');
	}

	return cli;
}

/** A person's terminal: no CI variables (Ink shows only the last frame under CI), no colours to parse. */
function terminalEnvironment(): NodeJS.ProcessEnv {
	const environment: NodeJS.ProcessEnv = {
		...process.env,
		TERM: 'xterm-256color',
		FORCE_COLOR: '0',
	};
	delete environment['CI'];
	delete environment['CONTINUOUS_INTEGRATION'];
	return environment;
}

/**
Run a command in a pseudo-terminal (util-linux `script`) and resolve with the milliseconds until its output
matches, then send `q`.
*/
export async function timeToOutput(
	command: string,
	isDone: (output: string) => boolean,
	cwd: string,
	timeoutMs = 20_000,
): Promise<number> {
	const started = process.hrtime.bigint();
	const child = spawn(
		'script',
		['-qfec', `stty rows 40 cols 120; exec ${command}`, '/dev/null'],
		{
			cwd,
			env: terminalEnvironment(),
			stdio: ['pipe', 'pipe', 'inherit'],
		},
	);
	let output = '';
	// The `q` sent after the frame may find the process gone (it failed, or quit on its own): EPIPE on
	// its stdin is then no error of the bench's (it used to end the whole run).
	child.stdin.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') {
			throw error;
		}
	});
	return new Promise((resolve, reject) => {
		let elapsed: number | undefined;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(
				new Error(
					`no frame within ${timeoutMs / 1000} s; output so far:\n${output.slice(-2000)}`,
				),
			);
		}, timeoutMs);
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (elapsed === undefined && isDone(output)) {
				elapsed = Number(process.hrtime.bigint() - started) / 1e6;
				clearTimeout(timer);
				child.stdin.write('q');
				// Whatever does not quit on q is not measured any further.
				setTimeout(() => {
					child.kill('SIGKILL');
				}, 3000).unref();
			}
		});
		child.on('exit', () => {
			clearTimeout(timer);
			if (elapsed === undefined) {
				reject(
					new Error(`exited before the frame; output:\n${output.slice(-2000)}`),
				);
			} else {
				resolve(elapsed);
			}
		});
	});
}

function hasScript(): boolean {
	return spawnSync('script', ['--version']).status === 0;
}

async function benchStartup(runs: number) {
	const log = await ensureLog('ui-6000-tests', {
		tests: 6000,
		failRatio: 0.1,
		seed: 1,
	});
	const run = await readLog(log);
	const program = builtCli();
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-ui-'));
	const nodeTimes: number[] = [];
	const uncachedTimes: number[] = [];
	const times: number[] = [];
	try {
		const command = (triage: string) =>
			`env XDG_CONFIG_HOME=${scratch}/config ${process.execPath} ${program} --triage ${triage} ${log}`;
		// One at a time, as the review's runs are: three at once on a small machine would slow each. Node's own
		// start is timed just before each review's, so that both see the machine as it is in that moment.
		const timeNode = async () => {
			nodeTimes.push(
				await timeToOutput(
					`${process.execPath} -e "process.stdout.write('ready')"`,
					output => output.includes('ready'),
					scratch,
				),
			);
		};

		// The first frame with failure rows: the selection mark and a row's outcome.
		const isFirstFrame = (output: string) =>
			output.includes('decided') && /› +(?:FAIL|ERR)/.test(output);
		// Without V8's code cache (source/cached-main.ts): a run just after a build or a Node upgrade.
		for (let index = 0; index < 3; index++) {
			uncachedTimes.push(
				await timeToOutput(
					`env TRIAGE_CODE_CACHE=off ${command(path.join(scratch, `uncached-${index}.jsonl`))}`,
					isFirstFrame,
					scratch,
				),
			);
		}

		// One review first, not timed: it writes the code cache when there is none, or another command's.
		await timeToOutput(
			command(path.join(scratch, 'warm.jsonl')),
			isFirstFrame,
			scratch,
		);
		for (let index = 0; index < runs; index++) {
			await timeNode();
			times.push(
				await timeToOutput(
					command(path.join(scratch, `triage-${index}.jsonl`)),
					isFirstFrame,
					scratch,
				),
			);
		}
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}

	const nodeBaseline = median(nodeTimes);
	return {
		firstFrameRuns: times,
		firstFrameMedian: median(times),
		firstFrameUncached: median(uncachedTimes),
		nodeBaseline,
		startupTests: run.tests.length,
		startupFailures: run.failures.length,
	};
}

/** What Ink needs of a terminal's output: Node streams are EventEmitters. */
// eslint-disable-next-line unicorn/prefer-event-target
class FakeStdout extends EventEmitter {
	get isTTY() {
		return true;
	}

	columns = 120;
	rows = 40;
	writes = 0;
	onWrite: ((data: string) => void) | undefined;
	write = (_data: string) => {
		this.writes++;
		this.onWrite?.(_data);
		return true;
	};
}

// eslint-disable-next-line unicorn/prefer-event-target
class FakeStdin extends EventEmitter {
	get isTTY() {
		return true;
	}

	private data: string | undefined;
	write(data: string) {
		this.data = data;
		this.emit('readable');
	}

	read() {
		const {data} = this;
		this.data = undefined;
		return data ?? null;
	}

	setEncoding() {
		return this;
	}

	setRawMode() {
		return this;
	}

	ref() {
		return this;
	}

	unref() {
		return this;
	}

	resume() {
		return this;
	}

	pause() {
		return this;
	}
}

export type KeyBenchHooks = {
	/** The keys pressed in turn (default `j`): a move, a page of traceback, … */
	readonly keys?: readonly string[];
	/** Called around the timed presses (a profiler's start and stop). */
	readonly onStart?: () => Promise<void> | void;
	readonly onEnd?: () => Promise<void> | void;
};

export async function benchKeys(presses: number, hooks: KeyBenchHooks = {}) {
	const keys = hooks.keys ?? ['j'];
	// As in the bundle (esbuild defines it): React's development build is several times slower.
	process.env['NODE_ENV'] ??= 'production';
	const {createElement} = await import('react');
	const {render} = await import('ink');
	const {default: App} = await import('../source/app.js');
	const {maxFps} = await import('../source/commands/review.js');
	const log = await ensureLog('ui-10000-failures', {
		tests: 20_700,
		failRatio: 0.5,
		seed: 2,
	});
	const run = await readLog(log);
	const analysis = analyze([run]);
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'triage-bench-ui-'));
	const journal = openJournal(path.join(scratch, 'triage.jsonl'), {
		now: () => new Date(),
	});
	const stdout = new FakeStdout();
	const stdin = new FakeStdin();
	/** Ink's own share: layout and output of each frame. */
	const renderTimes: number[] = [];
	const stderr = new FakeStdout();
	const instance = render(
		createElement(App, {
			review: buildReview(analysis, journal.state()),
			journal,
			refreshInterval: 0,
		}),
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			stderr: stderr as unknown as NodeJS.WriteStream,
			exitOnCtrlC: false,
			patchConsole: false,
			maxFps,
			onRender({renderTime}) {
				renderTimes.push(renderTime);
			},
		},
	);
	const wait = async (ms: number) =>
		new Promise(resolve => {
			setTimeout(resolve, ms);
		});
	await wait(200);
	await hooks.onStart?.();
	const cpuBefore = process.cpuUsage();
	const pressForFrame = async (key: string) =>
		new Promise<number>(resolve => {
			const started = process.hrtime.bigint();
			stdout.onWrite = () => {
				stdout.onWrite = undefined;
				resolve(Number(process.hrtime.bigint() - started) / 1e6);
			};

			stdin.write(key);
		});
	const rendersBefore = renderTimes.length;
	const times: number[] = [];
	for (let index = 0; index < presses; index++) {
		// Spaced like a person holding a key (30 a second): Ink's frame throttle lets each frame through.
		await wait(35);
		times.push(await pressForFrame(keys[index % keys.length]!));
	}

	const cpu = process.cpuUsage(cpuBefore);
	const keyRenders = renderTimes.slice(rendersBefore);
	// Jumps to the last failure and back (G, g): the list's window and the detail pane all change.
	const jumps: number[] = [];
	for (let index = 0; index < 40; index++) {
		await wait(35);
		jumps.push(await pressForFrame(index % 2 === 0 ? 'G' : 'g'));
	}

	// A decision: the journal's fsync'd append, the rows folded again, the frame that says "saved".
	const decisions: number[] = [];
	for (let index = 0; index < 20; index++) {
		await wait(35);
		const saved = new Promise<number>(resolve => {
			const started = process.hrtime.bigint();
			stdout.onWrite = data => {
				if (data.includes('saved:')) {
					stdout.onWrite = undefined;
					resolve(Number(process.hrtime.bigint() - started) / 1e6);
				}
			};

			stdin.write('b');
		});
		decisions.push(await saved);
	}

	await hooks.onEnd?.();
	instance.unmount();
	rmSync(scratch, {recursive: true, force: true});
	return {
		inkRenderMedian: median(keyRenders),
		jumpMedian: median(jumps),
		decisionMedian: median(decisions),
		keyMedian: median(times),
		keyCpuMean: (cpu.user + cpu.system) / 1000 / presses,
		keyP95: percentile(times, 0.95),
		keyMax: Math.max(...times),
		keyFailures: run.failures.length,
	};
}

export async function benchUi(
	options: {
		runs?: number;
		presses?: number;
		print?: (line?: string) => void;
	} = {},
): Promise<UiBenchResult | undefined> {
	const print =
		options.print ??
		((line = '') => {
			console.log(line);
		});
	if (!hasScript()) {
		print('ui: skipped, `script` (util-linux) is needed for a pseudo-terminal');
		return undefined;
	}

	const startup = await benchStartup(options.runs ?? 5);
	print(
		`ui: first frame with failures, ${startup.startupTests.toLocaleString('en')} tests (${startup.startupFailures} failures): median ${startup.firstFrameMedian.toFixed(0)} ms (runs ${startup.firstFrameRuns.map(time => time.toFixed(0)).join(', ')}); node alone ${startup.nodeBaseline.toFixed(0)} ms: ${(startup.firstFrameMedian / startup.nodeBaseline).toFixed(2)}× node, target ≤ 5× (and ≤ 500 ms)`,
	);
	print(
		`ui: the same without the code cache (the first run after a build): median ${startup.firstFrameUncached.toFixed(0)} ms, ${(startup.firstFrameUncached / startup.nodeBaseline).toFixed(2)}× node`,
	);
	const keys = await benchKeys(options.presses ?? 200);
	print(
		`ui: key to frame, ${keys.keyFailures.toLocaleString('en')} failures: median ${keys.keyMedian.toFixed(1)} ms, p95 ${keys.keyP95.toFixed(1)} ms, max ${keys.keyMax.toFixed(1)} ms (${options.presses ?? 200} × j; Ink's layout and output ${keys.inkRenderMedian.toFixed(1)} ms of it) target ≤ 16 ms`,
	);
	print(
		`ui: CPU per key press (robust to load): ${keys.keyCpuMean.toFixed(1)} ms; G/g (the whole list and detail change): median ${keys.jumpMedian.toFixed(1)} ms (40 presses)`,
	);
	print(
		`ui: category key to the "saved" frame (fsync included), same run: median ${keys.decisionMedian.toFixed(1)} ms (20 × b)`,
	);
	return {...startup, ...keys};
}

if (
	process.argv[1] &&
	path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
	await benchUi();
}

export const sections: BenchSection[] = [
	{
		name: 'ui',
		description:
			'review screen: first frame with failures on 6,000 tests (≤ 500 ms), key to frame with 10,000 failures (≤ 16 ms)',
		async run(context) {
			await benchUi({runs: Math.max(5, context.runs), print: context.print});
		},
	},
];
