import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import App, {type AppProps} from '../../source/app.js';
import {
	analyze,
	type Analysis,
	type AnalyzeOptions,
} from '../../source/classify/analyze.js';
import type {Run} from '../../source/log/model.js';
import {readLog} from '../../source/log/read.js';
import type {ResumeState} from '../../source/prefs.js';
import {
	type Decision,
	openJournal,
	type Journal,
} from '../../source/triage/journal.js';
import {buildReview, type Review} from '../../source/triage/review.js';

export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	space: ' ',
	down: '\u001B[B',
	up: '\u001B[A',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	backspace: '\u007F',
} as const;

/** Two macrotasks: Ink's input parsing, React's passive effects (our I/O) and the re-render all land. */
export async function settle(): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, 0);
	});
	await new Promise(resolve => {
		setTimeout(resolve, 0);
	});
}

export type Rendered = ReturnType<typeof render>;

/** Write keys one per write, settling after each (Escape must arrive alone). */
export async function press(app: Rendered, ...sequence: string[]) {
	for (const key of sequence) {
		app.stdin.write(key);
		await settle();
	}
}

/** Type text one character at a time (a note, a filter). */
export async function type(app: Rendered, text: string) {
	await press(app, ...text);
}

/**
The frame once it holds `text`, settling until it does (at most `ms`): for a change that lands after a promise of the
app's own (an effect's answer), which two macrotasks do not always see on a loaded machine. The last frame otherwise.
*/
export async function frameWith(
	app: Rendered,
	text: string,
	ms = 2000,
): Promise<string> {
	const end = Date.now() + ms;
	while (!frame(app).includes(text) && Date.now() < end) {
		await settle();
	}

	return frame(app);
}

/** The last frame, never undefined. */
export function frame(app: Rendered): string {
	return app.lastFrame() ?? '';
}

/** The line of the frame with the selection mark. */
export function selectedLine(app: Rendered): string {
	return (
		frame(app)
			.split('\n')
			.find(line => line.startsWith('›')) ?? ''
	);
}

export const redisLog = path.resolve(
	'fixtures/real/redis-py-killed-tb-short/run.log.gz',
);
export const demoLog = fs.existsSync('fixtures/demo/run.log')
	? path.resolve('fixtures/demo/run.log')
	: redisLog;

const runs = new Map<string, Promise<Run>>();

/** Parse a fixture once per test file. */
export async function loadRun(log: string): Promise<Run> {
	let run = runs.get(log);
	if (!run) {
		run = readLog(log);
		runs.set(log, run);
	}

	return run;
}

/** Ids in the order of the list. */
export async function redisIds() {
	const run = await loadRun(redisLog);
	return run.failures.map(failure => failure.id);
}

export type Fixture = {
	readonly analysis: Analysis;
	readonly journal: Journal;
	readonly journalPath: string;
	readonly directory: string;
	review(): Review;
};

let clock = Date.parse('2026-11-23T10:00:00.000Z');

/** An analysis of the runs given and a real journal in a fresh temp dir. */
export function fixtureOf(
	runList: readonly Run[],
	options: AnalyzeOptions = {},
): Fixture {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-ui-'));
	const journalPath = path.join(directory, 'triage.jsonl');
	const journal = openJournal(journalPath, {
		now() {
			clock += 1000;
			return new Date(clock);
		},
		// The review's journal, as `openDecisions` opens it for one.
		keepShown: true,
	});
	const analysis = analyze(runList, options);
	return {
		analysis,
		journal,
		journalPath,
		directory,
		review: () => buildReview(analysis, journal.state()),
	};
}

export async function fixture(log = redisLog): Promise<Fixture> {
	return fixtureOf([await loadRun(log)]);
}

export type FakePrefs = {
	readonly saved: Map<string, ResumeState>;
	setResume(file: string, state: ResumeState): void;
	getResume(file: string): ResumeState | undefined;
};

export function fakePrefs(): FakePrefs {
	const saved = new Map<string, ResumeState>();
	return {
		saved,
		setResume(file, state) {
			saved.set(file, state);
		},
		getResume: file => saved.get(file),
	};
}

export type Size = {readonly rows: number; readonly columns: number};

/** Resize the fake terminal and let the screen follow. */
export async function resize(app: Rendered, size: Size) {
	Object.defineProperty(app.stdout, 'columns', {
		value: size.columns,
		configurable: true,
	});
	Object.defineProperty(app.stdout, 'rows', {
		value: size.rows,
		configurable: true,
	});
	app.stdout.emit('resize');
	await settle();
}

/** Render the review of a fixture in a fake terminal of the given size (80×24 by default). */
export async function renderReview(
	data: Fixture,
	props: Partial<AppProps> = {},
	size?: Size,
): Promise<Rendered> {
	const app = render(
		<App
			review={data.review()}
			journal={data.journal}
			triagePath={data.journalPath}
			refreshInterval={0}
			theme={{isColor: false}}
			{...props}
		/>,
	);
	await settle();
	await resize(app, size ?? {rows: 24, columns: 80});
	return app;
}

/** Every line of the frame fits the terminal, and the frame leaves the last row free. */
export function expectFits(app: Rendered, size: Size) {
	const lines = frame(app).split('\n');
	const tooWide = lines.filter(line => [...line].length > size.columns);
	return {
		height: lines.length,
		isShortEnough: lines.length <= size.rows - 1,
		tooWide,
	};
}

/**
The decisions in the journal file, read back from disk by a fresh journal, on the fixture's
reports: by review row key (the test id, for a test's first report).
*/
export function decisionsOnDisk(data: Fixture): ReadonlyMap<string, Decision> {
	const state = openJournal(data.journalPath, {now: () => new Date()}).state();
	return new Map(
		buildReview(data.analysis, state).rows.flatMap(row =>
			row.decision ? [[row.key, row.decision] as const] : [],
		),
	);
}
