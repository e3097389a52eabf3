import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {expect, test} from 'vitest';
import {
	opensQuietly,
	quietStart,
} from '../../source/commands/review-terminal.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-quiet-'));

function file(name: string, bytes: Uint8Array | string): string {
	const where = path.join(folder, name);
	fs.writeFileSync(where, bytes);
	return where;
}

test('small plain logs open without the loading screen first', () => {
	const log = file('run.log', '= test session starts =\n');
	expect(opensQuietly([log])).toBe(true);
	expect(opensQuietly([log, log])).toBe(true);
	expect(
		opensQuietly([file('at-limit.log', Buffer.alloc(quietStart.bytes, 'a'))]),
	).toBe(true);
});

test('the loading screen comes first for large, gzipped, piped, missing or irregular logs, and for none', () => {
	const half = file('half.log', Buffer.alloc(quietStart.bytes / 2 + 1, 'a'));
	expect(opensQuietly([half])).toBe(true);
	expect(opensQuietly([half, half])).toBe(false);
	expect(
		opensQuietly([file('big.log', Buffer.alloc(quietStart.bytes + 1, 'a'))]),
	).toBe(false);
	expect(
		opensQuietly([
			file('run.log.gz', zlib.gzipSync('= test session starts =\n')),
		]),
	).toBe(false);
	// Gzip is told by its bytes, as the reader tells it, not by the name.
	expect(
		opensQuietly([
			file('named.log', zlib.gzipSync('= test session starts =\n')),
		]),
	).toBe(false);
	expect(opensQuietly(['-'])).toBe(false);
	expect(opensQuietly([path.join(folder, 'missing.log')])).toBe(false);
	expect(opensQuietly([folder])).toBe(false);
	expect(opensQuietly([])).toBe(false);
});
