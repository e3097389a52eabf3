import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLogSessions} from '../../source/log/read.js';
import {plain} from './helpers.js';

/**
A file is read into two buffers that the chunks reuse in turn (log-bytes.ts): a reader that keeps a chunk's bytes
past the next chunk, not a copy of them, reads later bytes in their place. Read in chunks of 1,000 bytes, every log
of the fixtures (console logs, JUnit XML and report logs, plain and gzipped) must read as in one chunk of 1 MiB.
*/

async function read(file: string, chunkBytes?: number): Promise<unknown> {
	try {
		const runs = await readLogSessions(file, {
			...(chunkBytes !== undefined && {chunkBytes}),
		});
		return runs.map(run => plain(run));
	} catch (error) {
		return {error: (error as Error).message};
	}
}

/** The logs under `directory` longer than a chunk: the ones where a kept chunk would show. */
function logsIn(directory: string): string[] {
	// The shared corpus is there only when this checkout sits next to it.
	if (!fs.existsSync(directory)) {
		return [];
	}

	return fs
		.readdirSync(directory, {recursive: true, encoding: 'utf8'})
		.filter(name => /\.(?:log|xml|jsonl)(?:\.gz)?$/.test(name))
		.map(name => path.join(directory, name))
		.filter(file => fs.statSync(file).size > 3000)
		.toSorted();
}

const logs = [
	...logsIn(path.resolve('fixtures')),
	...logsIn(path.resolve('../shared/fixtures/real')),
];

describe('a log read in small chunks of one reused buffer reads as in one chunk', () => {
	test('there are logs of every format among them', () => {
		expect(logs.length).toBeGreaterThan(1000);
		expect(logs.some(log => log.endsWith('.xml'))).toBe(true);
		expect(logs.some(log => log.endsWith('.jsonl.gz'))).toBe(true);
		expect(logs.some(log => log.endsWith('.log.gz'))).toBe(true);
	});

	// In groups: one test per log would be two thousand tests' overhead.
	const groups = Math.ceil(logs.length / 100);
	for (let group = 0; group < groups; group++) {
		const some = logs.slice(group * 100, group * 100 + 100);
		test(`logs ${group * 100 + 1}–${group * 100 + some.length}`, async () => {
			for (const log of some) {
				const [whole, cut] = [await read(log), await read(log, 1000)];
				expect(cut, path.relative(process.cwd(), log)).toEqual(whole);
			}
		});
	}
});

describe('a read left going by a reader that stopped early', () => {
	// The next chunk is read while the reader works on one: a reader that refuses the file after its first chunk
	// closes it with a read going, and the next file opened may get its descriptor. That read must not move the
	// next file on (it read the next file's first bytes in its place: "notes.txt: empty file", seen once in
	// read.test.ts), nor be an unhandled rejection.
	test('leaves the next file read whole', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-chunks-'));
		const binary = path.join(folder, 'blob.log');
		fs.writeFileSync(binary, Buffer.alloc(64 * 1024, 0));
		const log = path.join(folder, 'run.log');
		fs.writeFileSync(
			log,
			fs.readFileSync(path.resolve('fixtures/demo/run.log')),
		);
		const whole = await read(log);
		for (let round = 0; round < 40; round++) {
			expect(await read(binary, 512)).toEqual({
				error: `${binary}: binary data, not a test log`,
			});
			expect(await read(log, 512)).toEqual(whole);
		}
	});
});
