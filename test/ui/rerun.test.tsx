import {describe, expect, test} from 'vitest';
import {analyze} from '../../source/classify/analyze.js';
import {confirmationOf} from '../../source/classify/confirmation.js';
import type {LiveProgress} from '../../source/live/live-review.js';
import {
	createReviewState,
	reviewReducer,
} from '../../source/review/review-reducer.js';
import {buildReview} from '../../source/triage/review.js';
import type {RerunHandler, RerunOutcome} from '../../source/review/rerun.js';
import {
	decisionsOnDisk,
	fixture,
	frame,
	keys,
	loadRun,
	press,
	redisLog,
	resize,
	renderReview,
	selectedLine,
	settle,
	type,
} from './helpers.js';

type Call = {
	readonly request: Parameters<RerunHandler>[0];
	readonly options: Parameters<RerunHandler>[1];
	finish(outcome: RerunOutcome): void;
};

/** A runner the test drives: each call waits for `finish`, or for its signal (then it says `stopped`). */
function fakeRunner() {
	const calls: Call[] = [];
	const onRerun: RerunHandler = async (request, options) =>
		new Promise<RerunOutcome>(resolve => {
			let done = 0;
			const call: Call = {
				request,
				options: {
					...options,
					onProgress(count, total) {
						done = count;
						options.onProgress(count, total);
					},
				},
				finish: resolve,
			};
			options.signal.addEventListener('abort', () => {
				resolve({kind: 'stopped', done});
			});
			calls.push(call);
		});
	return {calls, onRerun};
}

describe('R runs failures again', () => {
	test('a number typed at the prompt is the number of times, not one appended to the default', async () => {
		const data = await fixture();
		const runner = fakeRunner();
		const app = await renderReview(data, {onRerun: runner.onRerun});
		await press(app, 'R');
		await type(app, '2');
		await press(app, keys.enter);
		expect(runner.calls).toHaveLength(1);
		expect(runner.calls[0]!.request.repetitions).toBe(2);
		app.unmount();
	});

	test('asks how many times, shows k/N while it runs, then the verdict in the detail pane; a decision records it', async () => {
		const data = await fixture();
		const runner = fakeRunner();
		const app = await renderReview(data, {onRerun: runner.onRerun});
		const row = data.review().rows[0]!;
		await press(app, 'R');
		expect(frame(app)).toContain('run again, times:');
		expect(frame(app)).toContain('(empty: 5)');
		await press(app, keys.backspace);
		await type(app, '0');
		await press(app, keys.enter);
		expect(frame(app)).toContain('a number of times from 1 to 100');
		await press(app, keys.backspace);
		await type(app, '3');
		await press(app, keys.enter);
		expect(runner.calls).toHaveLength(1);
		expect(runner.calls[0]!.request).toEqual({
			tests: [
				{
					id: row.analyzed.failure.id,
					phase: row.analyzed.failure.phase,
					signature: row.analyzed.cluster,
				},
			],
			repetitions: 3,
		});
		expect(frame(app)).toContain('[run again: 0/3 done]');
		runner.calls[0]!.options.onProgress(1, 3);
		await settle();
		expect(frame(app)).toContain('[run again: 1/3 done]');
		// The person goes on meanwhile; the progress stays in view.
		await press(app, 'j');
		expect(frame(app)).toContain('[run again: 1/3 done]');
		await press(app, 'k');
		// R again while it runs says so.
		await press(app, 'R');
		expect(frame(app)).toContain('already running failures again (1/3 done)');
		const confirmation = confirmationOf(
			{...runner.calls[0]!.request.tests[0]!},
			[
				{outcome: 'failed', signature: row.analyzed.cluster},
				{outcome: 'passed'},
				{outcome: 'failed', signature: row.analyzed.cluster},
			],
			{at: '2026-12-01T15:00:00.000Z', command: 'python3 -m pytest'},
		)!;
		runner.calls[0]!.finish({
			kind: 'done',
			confirmations: [confirmation],
			note: 'kept in the run history',
		});
		await settle();
		expect(frame(app)).toContain('reproduced 2/3 (flaky)');
		expect(frame(app)).toMatch(
			/✓ confirmed: .*test_acl_getuser_setuser reproduced 2\/3/,
		);
		expect(frame(app)).not.toContain('[run again');
		expect(frame(app)).toMatch(/reproduced 2\/3: flaky/);
		await press(app, 'a');
		expect(decisionsOnDisk(data).get(row.key)).toMatchObject({
			confirmed: '2/3',
		});
		app.unmount();
	});

	test('a failure found flaky when run again reads as flaky: ~ in the list, and the flaky quick filter shows it', async () => {
		const data = await fixture();
		const runner = fakeRunner();
		const app = await renderReview(data, {onRerun: runner.onRerun});
		const row = data.review().rows[0]!;
		// One run given: nothing flaky across runs, so the filter shows nothing yet.
		expect(data.analysis.failures.some(failure => failure.flaky.isFlaky)).toBe(
			false,
		);
		expect(selectedLine(app)).not.toContain('~');
		await press(app, 'R');
		await type(app, '3');
		await press(app, keys.enter);
		const confirmation = confirmationOf(
			{...runner.calls[0]!.request.tests[0]!},
			[
				{outcome: 'failed', signature: row.analyzed.cluster},
				{outcome: 'passed'},
				{outcome: 'failed', signature: row.analyzed.cluster},
			],
			{at: '2026-12-01T15:00:00.000Z', command: 'python3 -m pytest'},
		)!;
		runner.calls[0]!.finish({
			kind: 'done',
			confirmations: [confirmation],
			note: 'kept in the run history',
		});
		await settle();
		expect(frame(app)).toContain('reproduced 2/3 (flaky)');
		expect(selectedLine(app)).toMatch(/ ~ {3}\S/);
		// The quick filters in order: undecided, stale, then flaky (one run: no `new`).
		await press(app, 'f', 'f', 'f');
		expect(frame(app)).toContain('filter flaky: 1 shown');
		expect(selectedLine(app)).toContain('test_acl_getuser_setuser');
		app.unmount();
	});

	test('esc and Ctrl+C stop it, keep nothing, and the screen goes on; Ctrl+C quits only once nothing runs', async () => {
		const data = await fixture();
		const runner = fakeRunner();
		let quits = 0;
		const app = await renderReview(data, {
			onRerun: runner.onRerun,
			onQuit() {
				quits++;
			},
		});
		// Two marked failures run together.
		await press(app, keys.space, keys.space, 'R', keys.enter);
		expect(runner.calls[0]!.request.tests).toHaveLength(2);
		expect(runner.calls[0]!.request.repetitions).toBe(5);
		runner.calls[0]!.options.onProgress(2, 5);
		await settle();
		await press(app, keys.escape);
		await settle();
		expect(runner.calls[0]!.options.signal.aborted).toBe(true);
		expect(frame(app)).toContain('stopped after 2/5 runs: nothing kept');
		expect(frame(app)).not.toContain('reproduced');
		await press(app, 'R', keys.enter);
		await press(app, '\u0003');
		await settle();
		expect(runner.calls[1]!.options.signal.aborted).toBe(true);
		expect(quits).toBe(0);
		expect(frame(app)).toContain('stopped after 0/5 runs: nothing kept');
		// Still usable: keys move and decide.
		const selected = selectedLine(app);
		await press(app, 'j');
		expect(selectedLine(app)).not.toBe(selected);
		expect(selectedLine(app)).toMatch(/^›/);
		await press(app, '\u0003');
		expect(quits).toBe(1);
		app.unmount();
	});

	test('R, a number and Enter typed while the runs before stop (they take a moment): queued, started once they stopped; the keys set no priority and accept nothing', async () => {
		const data = await fixture();
		const calls: Call[] = [];
		let stop: (() => void) | undefined;
		// A runner whose stop takes a while, as killing pytest and removing its files does.
		const onRerun: RerunHandler = async (request, options) =>
			new Promise<RerunOutcome>(resolve => {
				calls.push({request, options, finish: resolve});
				options.signal.addEventListener('abort', () => {
					stop = () => {
						resolve({kind: 'stopped', done: 0});
					};
				});
			});
		const app = await renderReview(data, {onRerun});
		const selected = selectedLine(app);
		await press(app, 'R', keys.enter);
		expect(calls).toHaveLength(1);
		await press(app, keys.escape);
		await settle();
		expect(calls[0]!.options.signal.aborted).toBe(true);
		expect(frame(app)).toContain('stopping the runs…');
		// Quick, before the runs stopped: R, 3, Enter.
		await press(app, 'R');
		expect(frame(app)).toContain('once the runs before stop, run …');
		await press(app, '3', keys.enter);
		expect(frame(app)).toContain(
			'queued until the runs before stop (esc cancels): run',
		);
		expect(calls).toHaveLength(1);
		expect(selectedLine(app)).toBe(selected);
		expect(selectedLine(app)).not.toMatch(/low/i);
		expect(decisionsOnDisk(data).size).toBe(0);

		stop!();
		await settle();
		await settle();
		expect(calls).toHaveLength(2);
		expect(calls[1]!.request.repetitions).toBe(3);
		expect(frame(app)).toContain('[run again: 0/3 done]');
		expect(frame(app)).toContain(
			'stopped after 0/5 runs: nothing kept; running',
		);
		expect(decisionsOnDisk(data).size).toBe(0);
		app.unmount();
	});

	test('while the runs stop, esc cancels what was queued and Ctrl+C says it waits for them: no key goes unanswered', async () => {
		const data = await fixture();
		const calls: Call[] = [];
		let stop: (() => void) | undefined;
		let quits = 0;
		const onRerun: RerunHandler = async (request, options) =>
			new Promise<RerunOutcome>(resolve => {
				calls.push({request, options, finish: resolve});
				options.signal.addEventListener('abort', () => {
					stop = () => {
						resolve({kind: 'stopped', done: 0});
					};
				});
			});
		const app = await renderReview(data, {
			onRerun,
			onQuit() {
				quits++;
			},
		});
		await press(app, 'R', keys.enter, keys.escape);
		await settle();
		await press(app, 'R', '2', keys.enter);
		await press(app, keys.escape);
		expect(frame(app)).toContain('cancelled: not running');
		await press(app, '\u0003');
		expect(frame(app)).toContain('still stopping the runs (Ctrl+C quits once');
		expect(quits).toBe(0);
		stop!();
		await settle();
		await settle();
		expect(calls).toHaveLength(1);
		expect(frame(app)).toContain('stopped after 0/5 runs: nothing kept');
		app.unmount();
	});

	test('cannot run here: one line in the status bar, nothing else changes', async () => {
		const data = await fixture();
		const app = await renderReview(data, {
			async onRerun() {
				return {
					kind: 'unavailable',
					message:
						'cannot run the tests again here: their rootdir /ci/repo is not on this machine',
				};
			},
		});
		const before = frame(app);
		await press(app, 'R', keys.enter);
		await settle();
		expect(frame(app)).toContain(
			'✗ cannot run the tests again here: their rootdir /ci/repo is not on this machine',
		);
		const strip = (text: string) => text.split('\n').slice(0, -2).join('\n');
		expect(strip(frame(app))).toBe(strip(before));
		app.unmount();
	});
});

describe('a confirmation made during a live run', () => {
	test('stays on its failure when a newer review of the run replaces the rows', async () => {
		const data = await fixture();
		const review = data.review();
		const row = review.rows[0]!;
		let state = createReviewState({review});
		state = reviewReducer(state, {type: 'key', name: 'R'});
		state = reviewReducer(state, {type: 'key', name: 'return'});
		const confirmation = confirmationOf(
			{
				id: row.analyzed.failure.id,
				phase: row.analyzed.failure.phase,
				signature: row.analyzed.cluster,
			},
			[{outcome: 'passed'}, {outcome: 'passed'}],
			{at: '2026-12-01T15:00:00.000Z', command: 'python3 -m pytest'},
		)!;
		state = reviewReducer(state, {
			type: 'rerunDone',
			outcome: {kind: 'done', confirmations: [confirmation]},
		});
		expect(state.rerun).toBeUndefined();
		expect(state.rows[0]!.analyzed.confirmation).toBe(confirmation);
		// The live run read further: a new review of the same failures, without the confirmation.
		const running: LiveProgress = {
			phase: 'running',
			bytes: 1000,
			tests: 10,
			failures: 1,
			startedAt: 0,
		};
		const newer = buildReview(
			analyze([await loadRun(redisLog)]),
			data.journal.state(),
		);
		expect(newer.rows[0]!.analyzed.confirmation).toBeUndefined();
		state = reviewReducer(state, {
			type: 'review',
			review: newer,
			live: running,
		});
		expect(state.rows[0]!.analyzed.confirmation).toBe(confirmation);
		expect(state.rows[0]!.analyzed.suggestion.reason).toMatch(
			/^reproduced 0\/2, passed on every retry: flaky/,
		);
		expect(state.analysis.failures[0]!.confirmation).toBe(confirmation);
	});
});

describe('R says what it runs where before it runs', () => {
	test('the prompt names the command and its folder; Enter runs it there', async () => {
		const data = await fixture();
		const runner = fakeRunner();
		const asked: Array<readonly string[]> = [];
		const app = await renderReview(data, {
			onRerun: runner.onRerun,
			onRerunWhere(ids) {
				asked.push(ids);
				return {command: `python3 -m pytest -v ${ids[0]!}`, cwd: '/srv/suite'};
			},
		});
		const row = data.review().rows[0]!;
		await press(app, 'R');
		expect(asked).toEqual([[row.analyzed.failure.id]]);
		// At 80×24 it takes the detail pane's lines it needs (three here): the whole of it shows.
		expect(frame(app).split('\n').slice(-3).join(' ')).toContain(
			'run in /srv/suite: `python3 -m pytest -v ',
		);
		expect(
			frame(app).split('\n').slice(-3).join(' ').replaceAll(/\s+/g, ' '),
		).toContain('how many times? (Enter starts, esc cancels)');
		// Wider, the line says it all: the id, and the question.
		await resize(app, {rows: 40, columns: 240});
		expect(frame(app)).toContain(
			`run in /srv/suite: \`python3 -m pytest -v ${row.analyzed.failure.id}\`, how many times?`,
		);
		// Too long for its line (100 columns), it takes a line of the detail pane: the id and the question show,
		// and the header stays.
		await resize(app, {rows: 40, columns: 100});
		const wrapped = frame(app).split('\n');
		expect(wrapped.slice(-2).join(' ')).toContain(
			`${row.analyzed.failure.id}\`, how many times?`,
		);
		expect(wrapped[0]).toMatch(/^run\.log\.gz · complete/);
		expect(wrapped.length).toBeLessThanOrEqual(39);
		expect(runner.calls).toHaveLength(0);
		await type(app, '2');
		await press(app, keys.enter);
		expect(runner.calls).toHaveLength(1);
		expect(runner.calls[0]!.request.repetitions).toBe(2);
		app.unmount();
	});

	test('R, a number and Enter in one read (typed ahead): the Enter is answered, not dropped, and nothing runs before the line says where', async () => {
		const data = await fixture();
		const runner = fakeRunner();
		const app = await renderReview(
			data,
			{
				onRerun: runner.onRerun,
				onRerunWhere: ids => ({
					command: `python3 -m pytest -v ${ids[0]!}`,
					cwd: '/srv/suite',
				}),
			},
			{rows: 30, columns: 200},
		);
		// One write: the three keys reach the reducer before `App` has said where the runs would run.
		await press(app, 'R3\r');
		expect(runner.calls).toHaveLength(0);
		const said = frame(app).split('\n').slice(-2).join(' ');
		expect(said).toContain('not started (Enter came early)');
		expect(said).toContain('run in /srv/suite: `python3 -m pytest -v ');
		// The number typed stays; Enter now, with the folder on screen, runs it that many times.
		expect(frame(app)).toContain('run again, times: 3');
		await press(app, keys.enter);
		expect(runner.calls).toHaveLength(1);
		expect(runner.calls[0]!.request.repetitions).toBe(3);
		app.unmount();
	});

	test('a rootdir not on this machine: one line at once, nothing runs, and a number and Enter typed for the prompt decide nothing', async () => {
		const data = await fixture();
		const runner = fakeRunner();
		const problem =
			'cannot run the tests again here: their rootdir /srv/ci/elsewhere is not on this machine';
		const app = await renderReview(
			data,
			{onRerun: runner.onRerun, onRerunWhere: () => ({problem})},
			{rows: 30, columns: 200},
		);
		await press(app, 'R');
		expect(frame(app)).toContain(problem);
		await type(app, '3');
		await press(app, keys.enter);
		expect(runner.calls).toHaveLength(0);
		expect(frame(app)).toContain(problem);
		expect(decisionsOnDisk(data).size).toBe(0);
		app.unmount();
	});
});
