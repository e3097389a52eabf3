import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {signatureOf} from '../../source/classify/signature.js';
import {earlierReadsOf} from '../../source/live/earlier-reads.js';
import {HistoryStore} from '../../source/runs/history/store.js';
import {makeRun} from '../classify/make-run.js';

let directory: string;
const now = () => new Date('2026-12-01T06:00:00Z');

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-earlier-'));
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

const log = fs.readFileSync(path.resolve('fixtures/demo/run-2.log'));

/** A read of the first `bytes` of the log, recorded in the history beside `directory`. */
function recordRead(bytes: number): string {
	const hash = createHash('sha256')
		.update(log.subarray(0, bytes))
		.digest('hex');
	const store = HistoryStore.open(
		path.join(directory, '.triage', 'history.sqlite'),
		{now},
	);
	store.record({
		run: makeRun('run.log', {'a.py::x': 'passed'}),
		key: `${hash}#1`,
		logs: [{path: 'run.log', hash, bytes}],
		signatureOf: failure => signatureOf(failure).hash,
	});
	store.close();
	return hash;
}

test('a followed file that begins with a log read lately: that read is this session cut short', () => {
	const early = recordRead(2000);
	const file = path.join(directory, 'run.log');
	// The file as pytest has written it so far, past the read recorded.
	fs.writeFileSync(file, log.subarray(0, 5000));
	expect(earlierReadsOf(file, path.join(directory, '.triage'), now)).toEqual([
		early,
	]);
	// Rewritten by the next session: no earlier read of this one.
	const next = Buffer.from(log.subarray(0, 5000));
	next.write('X', 100);
	fs.writeFileSync(file, next);
	expect(earlierReadsOf(file, path.join(directory, '.triage'), now)).toEqual(
		[],
	);
});

test('a read longer than the file so far, and no history at all: nothing to leave out', () => {
	const file = path.join(directory, 'run.log');
	fs.writeFileSync(file, log.subarray(0, 1000));
	expect(earlierReadsOf(file, path.join(directory, '.triage'), now)).toEqual(
		[],
	);
	recordRead(3000);
	expect(earlierReadsOf(file, path.join(directory, '.triage'), now)).toEqual(
		[],
	);
});
