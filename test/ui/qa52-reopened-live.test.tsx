/**
A live run left and opened again while it runs (QA 52: `triage --follow run.log`, a failure decided, `q`, then
`triage --follow run.log` again before pytest printed its FAILURES). The decision made in the first review has no
signature, as its error was not known yet; the first review was gone when the traceback came, and the second
signed only the decisions it made itself: the decision stayed unsigned for good, so a later day's different error
never made it stale. A review of a live run signs, once their error is known, the decisions made on it since the run
began that have none, whichever review made them; not a decision from before the run began (a pipe cut short on
an earlier day), which keeps no signature.
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
import {frame, settle} from './helpers.js';

const log = fs.readFileSync('fixtures/pytest9/v/run.log');
const failing = 'tests/sub/test_other.py::test_fail_assert';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-qa52-'));
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

/** The signature the decision on `failing` has once the second review has read the run's FAILURES. */
async function signatureAfterReopening(
	decidedAt: string,
	runStartedAt: string,
) {
	const file = path.join(folder, 'triage.jsonl');
	// The first review's decision, made before the traceback came: no signature.
	const first = openJournal(file, {
		now: () => new Date(decidedAt),
		create: true,
	});
	first.decideMany([
		{
			id: failing,
			phase: 'call',
			category: 'BUG',
			priority: 'HIGH',
			note: '',
			run: 'run.log',
		},
	]);
	const journal = openJournal(file, {now: () => new Date(), create: true});
	const live = new LiveReview({
		source: 'run.log',
		ruleSet: builtInRuleSet(),
		journal,
		minimumInterval: 0,
	});
	live.startedBefore(Date.parse(runStartedAt));
	const text = log.toString('utf8');
	const failuresAt = Buffer.byteLength(
		text.slice(0, text.search(/^=+ (?:ERRORS|FAILURES) =+$/m)),
	);
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
	expect(frame(app)).toContain(failing);
	const fresh = () =>
		decisionFor(
			openJournal(file, {now: () => new Date()}).state(),
			failing,
			'call',
		);
	expect(fresh()?.signature).toBeUndefined();
	// The run prints its FAILURES.
	step();
	for (let tries = 0; tries < 20; tries++) {
		await live.flush();
		await settle();
	}

	step();
	await reading;
	await settle();
	const row = live
		.get()
		.review!.rows.find(each => each.analyzed.failure.id === failing)!;
	expect(row.analyzed.failure.traceback).not.toBe('');
	app.unmount();
	return {
		signature: fresh()?.signature,
		cluster: row.analyzed.cluster,
		decision: fresh(),
	};
}

test('a decision made on the run by a review left before its traceback came is signed by the next review of it', async () => {
	const {signature, cluster, decision} = await signatureAfterReopening(
		new Date(Date.now() - 60_000).toISOString(),
		new Date(Date.now() - 120_000).toISOString(),
	);
	expect(decision).toMatchObject({category: 'BUG', priority: 'HIGH'});
	expect(signature).toBe(cluster);
});

test('a decision made before the run began keeps no signature', async () => {
	const {signature, decision} = await signatureAfterReopening(
		new Date(Date.now() - 120_000).toISOString(),
		new Date(Date.now() - 60_000).toISOString(),
	);
	expect(decision).toMatchObject({category: 'BUG', priority: 'HIGH'});
	expect(signature).toBeUndefined();
});
