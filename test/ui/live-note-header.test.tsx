import {render} from 'ink-testing-library';
import {expect, test} from 'vitest';
import type {LiveProgress} from '../../source/live/live-review.js';
import {Header} from '../../source/ui/header.js';
import {errorLine} from '../../source/commands/review-screen.js';
import {FollowError} from '../../source/live/follow.js';
import {LogError} from '../../source/log/errors.js';
import {fixtureOf, loadRun, redisLog} from './helpers.js';

// QA 46: `triage --follow run.log` over a run remembered once, at 120 columns, then `rm run.log`. The line went from
// `run.log (2 runs, 1 from history) · RUNNING [100%] · 0:02 · 49 failed · …` to
// `run.log (2 runs) · RUNNING [100%] · 0:06 · 49 failed · … · 4 xfailed · run.log was rem…`.
async function header(note: string | undefined, width: number) {
	const run = await loadRun(redisLog);
	const data = fixtureOf([{...run, historyId: 1}, run]);
	const live: LiveProgress = {
		phase: 'running',
		bytes: 40_000,
		percent: 100,
		tests: 300,
		failures: 59,
		startedAt: Date.parse('2026-12-06T21:00:00Z'),
		...(note !== undefined && {note}),
	};
	const app = render(
		<Header
			analysis={data.analysis}
			progress={{total: 59, decided: 0, stale: 0, undecided: 59, fresh: 8}}
			filterLabel={undefined}
			shown={59}
			marked={0}
			pendingPriority={undefined}
			width={width}
			theme={{isColor: false}}
			live={live}
			now={Date.parse('2026-12-06T21:00:06Z')}
		/>,
	);
	const [top] = app.lastFrame()!.split('\n');
	app.unmount();
	return top!;
}

test("--follow's note that its log was removed comes whole before the counts, and the name keeps its history part", async () => {
	// 130 columns: this fixture's counts are longer than that run's.
	const before = await header(undefined, 130);
	expect(before).toContain('(2 runs, 1 from history)');
	const after = await header('log removed or replaced (q leaves)', 130);
	expect(after).toContain('(2 runs, 1 from history)');
	expect(after).toContain(
		'RUNNING [100%] · 0:06 · log removed or replaced (q leaves) · ',
	);
	expect(after.length).toBeLessThanOrEqual(130);
});

test('at 80 columns the note still shows whole, the name losing its history part first', async () => {
	const top = await header('log removed or replaced (q leaves)', 80);
	expect(top).toContain('log removed or replaced (q leaves)');
	expect(top.length).toBeLessThanOrEqual(80);
});

test('a note too long for the line comes after the counts, cut, as before', async () => {
	const note = `not recorded here: the triage keeping ${'x'.repeat(120)}`;
	const top = await header(note, 130);
	expect(top).toMatch(/^run\.log\.gz \(2 runs\) · RUNNING/);
	expect(top).toContain('0:06 · 33 failed · 132 error · ');
	expect(top).toContain('· not recorded here');
});

test('a followed log truncated under the review says so whole before the counts (QA 51)', async () => {
	// What the session's read throws: a LogError caused by the follower's FollowError.
	const error = new LogError(
		'run.log: truncated while followed: what was read is kept',
		{
			cause: new FollowError('truncated while followed: what was read is kept'),
		},
	);
	const note = errorLine(error);
	// It said `the log could not be read: run.log: cannot read (it shrank while it w…`, cut at 120 columns.
	expect(note).toBe('truncated while followed: what was read is kept');
	// (At 80 columns the ended run's line, `run.log · INCOMPLETE run · ` and the note, fits too: seen in tmux.)
	for (const width of [100, 120]) {
		const top = await header(note, width);
		expect(top).toContain(`RUNNING [100%] · 0:06 · ${note} · `);
		expect(top.length).toBeLessThanOrEqual(width);
	}

	// Any other error keeps its words.
	expect(errorLine(new LogError('-: cannot read (EIO)'))).toBe(
		'the log could not be read: -: cannot read (EIO)',
	);
});
