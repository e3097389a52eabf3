/**
An output written through a temp file catches the signals that end triage only while it writes (end-signals.ts):
once the file is in place or given up, triage holds no listener of its own, and a signal ends it as Node's
default does. Before, the first output left four listeners (SIGHUP, SIGINT, SIGTERM, exit) for the rest of the
process.
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {afterAll, expect, test} from 'vitest';
import {Output} from '../source/output.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-output-'));

afterAll(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

const watched = ['SIGHUP', 'SIGINT', 'SIGTERM', 'exit'] as const;

function listeners(): number[] {
	return watched.map(event => process.listenerCount(event));
}

test.each(['close', 'discard'] as const)(
	'the signals are caught while the temp file is written, and no longer after %s',
	async end => {
		const before = listeners();
		const output = new Output(path.join(directory, `out-${end}.csv`));
		expect(listeners()).toEqual(before.map(count => count + 1));
		output.write('id,category\n');
		output[end]();
		// A signal that came during the last write is still read: the signals stay caught until the next poll.
		await nextTurn();
		await nextTurn();
		expect(listeners()).toEqual(before);
		expect(
			fs.readdirSync(directory).filter(name => name.endsWith('.tmp')),
		).toEqual([]);
	},
);

test('an output that cannot be opened leaves nothing caught', async () => {
	const before = listeners();
	expect(() => new Output(path.join(directory, 'missing', 'out.csv'))).toThrow(
		/cannot write/,
	);
	await nextTurn();
	await nextTurn();
	expect(listeners()).toEqual(before);
});
