/**
A failure decided while a live run has printed only its progress line gets its signature saved once the
run prints its traceback: a later day's different error then makes the decision stale.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, beforeEach, expect, test} from 'vitest';
import App from '../../source/app.js';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {LiveReview} from '../../source/live/live-review.js';
import {decisionFor, openJournal} from '../../source/triage/journal.js';
import {frame, press, resize, settle} from './helpers.js';

const log = fs.readFileSync('fixtures/pytest9/v/run.log');
const failing = 'tests/sub/test_other.py::test_fail_assert';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-late-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

async function* parts(list: readonly Buffer[], between: () => Promise<void>) {
	for (const part of list) {
		yield part;
		await between();
	}
}

/**
A live review of `source` shown before the run prints its FAILURES, the failing test decided BUG there, then the
traceback printed: what the tests read and do next.
*/
async function decideBeforeTraceback(source: string) {
	const file = path.join(folder, 'triage.jsonl');
	const journal = openJournal(file, {
		now: () => new Date('2026-12-01T10:00:00Z'),
		create: true,
	});
	const live = new LiveReview({
		source,
		ruleSet: builtInRuleSet(),
		journal,
		minimumInterval: 0,
	});
	const text = log.toString('utf8');
	const failuresAt = Buffer.byteLength(
		text.slice(0, text.search(/^=+ (?:ERRORS|FAILURES) =+$/m)),
	);
	// The progress lines first: the screen is up, the failure shows, its error is not known yet.
	let step: () => void = () => undefined;
	const gate = async () =>
		new Promise<void>(resolve => {
			step = resolve;
		});
	const stream = live.tap(
		parts([log.subarray(0, failuresAt), log.subarray(failuresAt)], async () => {
			await live.flush();
			await gate();
		}),
	);
	const reading = (async () => {
		for await (const _ of stream) {
			// Consumed as the real read would.
		}
	})();
	await settle();
	await settle();
	expect(live.get().review?.rows[0]?.analyzed.failure.id).toBe(failing);
	const app = render(
		<App
			review={live.get().review!}
			journal={journal}
			triagePath={file}
			refreshInterval={0}
			theme={{isColor: false}}
			live={live}
		/>,
	);
	await settle();
	await resize(app, {rows: 30, columns: 100});
	// The run goes on: its error may still come.
	expect(frame(app)).toContain('no cluster until its error is read');
	await press(app, 'g', 'b');
	const fresh = () =>
		decisionFor(
			openJournal(file, {now: () => new Date()}).state(),
			failing,
			'call',
		);
	expect(fresh()).toMatchObject({category: 'BUG'});
	expect(fresh()?.signature).toBeUndefined();

	// The run prints its FAILURES: the decision now says which error it was made on.
	step();
	await settle();
	for (let tries = 0; tries < 50 && fresh()?.signature === undefined; tries++) {
		await live.flush();
		await settle();
	}

	const row = live
		.get()
		.review!.rows.find(each => each.analyzed.failure.id === failing)!;
	expect(row.analyzed.failure.traceback).not.toBe('');
	expect(fresh()).toMatchObject({
		category: 'BUG',
		signature: row.analyzed.cluster,
	});
	// The gate the stream waits at next, whenever it is set.
	return {
		app,
		live,
		fresh,
		step() {
			step();
		},
		reading,
		file,
	};
}

test('a decision made before the traceback was printed gets its signature when it is; z still undoes the decision', async () => {
	const {app, live, fresh, step, reading, file} =
		await decideBeforeTraceback('run.log');
	// One line added it, in no undo step: `z` undoes the decision itself.
	const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
	expect(JSON.parse(lines.at(-1)!)).toMatchObject({
		t: 'decide',
		id: failing,
		adds: 'signature',
	});
	expect(JSON.parse(lines.at(-1)!).group).toBeUndefined();
	await press(app, 'z');
	expect(frame(app)).not.toContain('NOT saved');
	expect(fresh()).toBeUndefined();
	step();
	await reading;
	live.stop();
	app.unmount();
});

test('on a log that is never named (stdin, history off), the decision still gets its signature while the run goes on', async () => {
	const {app, live, fresh, step, reading} = await decideBeforeTraceback('-');
	expect(fresh()?.run).toBe('-');
	step();
	await reading;
	live.stop();
	app.unmount();
});
