/**
Team tour 64: once pytest's output ended, the run is read whole and recorded in the history (a team's store took
about 10 s over a slow network) before the complete review replaces the live one; the header said `RUNNING [100%]` all
that time. It now says the run ended and is being recorded (or, where it is not recorded here, read whole), with the
clock stopped at the log's end; the review takes keys meanwhile as before.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {builtInRuleSet} from '../../source/classify/rules/built-in.js';
import {LiveReview} from '../../source/live/live-review.js';
import {openJournal} from '../../source/triage/journal.js';
import {liveLabel} from '../../source/ui/header.js';

const log = fs.readFileSync('fixtures/pytest9/v/run.log');

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-team64-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

function liveOf(isRecordedAtEnd: boolean, now: () => number) {
	return new LiveReview({
		source: '-',
		name: 'pytest -v',
		...(isRecordedAtEnd && {isRecordedAtEnd}),
		ruleSet: builtInRuleSet(),
		journal: openJournal(path.join(folder, 'triage.jsonl'), {
			now: () => new Date('2026-12-01T10:00:00Z'),
		}),
		minimumInterval: 0,
		now,
	});
}

/** Read all of `stream`, as the session reads the log. */
async function drain(stream: NodeJS.ReadableStream): Promise<void> {
	for await (const _chunk of stream) {
		// The session's read; nothing to keep here.
	}
}

describe('the header of a live run whose log ended', () => {
	test.each([
		[true, 'ENDED, recording the run… · 0:42'],
		[false, 'ENDED, reading the run whole… · 0:42'],
	])(
		'says so (recorded: %s), its clock stopped at the end',
		async (isRecordedAtEnd, label) => {
			let now = 1_000_000;
			const live = liveOf(isRecordedAtEnd, () => now);
			const half = log.subarray(0, Math.floor(log.length / 2));
			let release: () => void = () => undefined;
			const rest = new Promise<void>(resolve => {
				release = resolve;
			});
			async function* chunks() {
				yield half;
				await rest;
				yield log.subarray(half.length);
			}

			const reading = drain(live.tap(chunks()));
			now += 20_000;
			await new Promise(resolve => {
				setTimeout(resolve, 50);
			});
			await live.flush();
			expect(liveLabel(live.get().progress, now)).toMatch(/^RUNNING/);
			now += 22_000;
			release();
			await reading;
			await live.flush();
			// Recording takes its time: the label says what happens, not that pytest runs.
			now += 10_000;
			expect(liveLabel(live.get().progress, now)).toBe(label);
			expect(live.get().progress.phase).not.toBe('ended');
			live.stop();
		},
	);
});
