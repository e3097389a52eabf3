import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {FollowError, followFile} from '../../source/live/follow.js';
import {IrregularFileError} from '../../source/files.js';
import {readLogs} from '../../source/runs/read-logs.js';

let folder: string;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-follow-'));
});
afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

async function collect(
	iterator: AsyncGenerator<Uint8Array>,
	onChunk?: (text: string) => void,
): Promise<string> {
	let text = '';
	for await (const chunk of iterator) {
		const piece = Buffer.from(chunk).toString('utf8');
		text += piece;
		onChunk?.(piece);
	}

	return text;
}

describe('followFile', () => {
	test('reads what is there, then each burst another writer appends, until the reader has the end', async () => {
		const file = path.join(folder, 'run.log');
		fs.writeFileSync(file, 'first line\n');
		const bursts = [
			'a PASSED\n',
			'b FAILED\nc PASSED\n',
			'=== 1 failed, 2 passed in 0.1s ===\n',
		];
		let written = 0;
		const timer = setInterval(() => {
			if (written < bursts.length) {
				fs.appendFileSync(file, bursts[written++]!);
			}
		}, 30);
		let seen = '';
		const text = await collect(
			followFile(file, {
				isFinished: () => seen.includes(' in 0.1s ==='),
				pollMs: 20,
			}),
			piece => {
				seen += piece;
			},
		);
		clearInterval(timer);
		expect(text).toBe(`first line\n${bursts.join('')}`);
	});

	test('an abort ends the bytes as an end of file would', async () => {
		const file = path.join(folder, 'run.log');
		fs.writeFileSync(file, 'only this\n');
		const controller = new AbortController();
		// Aborted once the line is read, not on a timer: on a loaded machine an 80 ms timer came before the first
		// read, and nothing was read. Without the abort the follower waits for the run's end, which never comes.
		const text = await collect(
			followFile(file, {signal: controller.signal, pollMs: 1000}),
			() => {
				controller.abort();
			},
		);
		expect(text).toBe('only this\n');
	});

	test('a file truncated while it is followed is one clear error', async () => {
		const file = path.join(folder, 'run.log');
		fs.writeFileSync(file, 'a long first line of the log\n');
		// Cut once the first line was read: a timer (50 ms) could cut it before the follower's first read on a
		// loaded machine, and the follower then waited for a log that never ended (60 s, seen in a full run).
		async function readAndCut() {
			let isFirst = true;
			for await (const piece of followFile(file, {pollMs: 20})) {
				expect(piece.length).toBeGreaterThan(0);
				if (isFirst) {
					isFirst = false;
					fs.writeFileSync(file, 'new');
				}
			}
		}

		await expect(readAndCut()).rejects.toThrow(FollowError);
	});

	test.each([
		[
			'removed',
			(file: string) => {
				fs.rmSync(file);
			},
		],
		[
			'replaced by a rename',
			(file: string) => {
				fs.writeFileSync(`${file}.new`, 'another run\n');
				fs.renameSync(`${file}.new`, file);
			},
		],
	])(
		'a file %s while it is followed is said once, and what is still written to it is read on (QA 45)',
		async (_, remove) => {
			const file = path.join(folder, 'run.log');
			fs.writeFileSync(file, 'first\n');
			const writer = fs.openSync(file, 'a');
			const controller = new AbortController();
			let gone = 0;
			let text = '';
			// Without the word (the writer never told to write on), the follower waits: end it, and fail below.
			const giveUp = setTimeout(() => {
				controller.abort();
			}, 5000);
			try {
				// Removed once the first line was read; the writer, still holding it, writes on; the end is read.
				for await (const piece of followFile(file, {
					signal: controller.signal,
					pollMs: 20,
					onGone() {
						gone++;
						fs.writeSync(writer, 'after\n');
					},
				})) {
					text += Buffer.from(piece).toString('utf8');
					if (text === 'first\n') {
						remove(file);
					}

					if (text.endsWith('after\n')) {
						controller.abort();
					}
				}
			} finally {
				clearTimeout(giveUp);
				fs.closeSync(writer);
			}

			expect(text).toBe('first\nafter\n');
			expect(gone).toBe(1);
		},
	);

	test('a file truncated while it is read live: one line that names it once', async () => {
		const file = path.join(folder, 'run.log');
		fs.writeFileSync(file, 'a long first line of the log\n');
		// Cut once the first line was read (a timer could cut it before the follower's first read, on a loaded
		// machine, and the follower then waited for a log that never ended).
		async function* cutAfterFirstRead() {
			let isFirst = true;
			for await (const piece of followFile(file, {pollMs: 20})) {
				yield piece;
				if (isFirst) {
					isFirst = false;
					fs.writeFileSync(file, 'new');
				}
			}
		}

		const reading = readLogs({
			logs: [file],
			streams: new Map([[file, Readable.from(cutAfterFirstRead())]]),
			hash: false,
			now: () => new Date(),
		});
		const error = await reading.then(
			() => undefined,
			(error: unknown) => error as Error,
		);
		expect(error?.message).toBe(
			`${file}: truncated while followed: what was read is kept`,
		);
		// The review's header tells it from a log that cannot be read by its cause.
		expect((error?.cause as Error | undefined)?.name).toBe('FollowError');
	});

	test('a named pipe is refused before a byte is read, never waited on', async () => {
		const fifo = path.join(folder, 'pipe');
		execFileSync('mkfifo', [fifo]);
		await expect(collect(followFile(fifo))).rejects.toThrow(IrregularFileError);
	});

	test('a file not there yet is waited for, and read from its start once it appears', async () => {
		const file = path.join(folder, 'later.log');
		const waits: boolean[] = [];
		let seen = '';
		setTimeout(() => {
			fs.writeFileSync(file, 'first line\n');
		}, 80);
		setTimeout(() => {
			fs.appendFileSync(file, '=== 1 passed in 0.1s ===\n');
		}, 160);
		const text = await collect(
			followFile(file, {
				isFinished: () => seen.includes(' in 0.1s ==='),
				pollMs: 20,
				onWaiting(isWaiting) {
					waits.push(isWaiting);
				},
			}),
			piece => {
				seen += piece;
			},
		);
		expect(text).toBe('first line\n=== 1 passed in 0.1s ===\n');
		expect(waits).toEqual([true, false]);
	});

	test('an abort while the file is waited for ends the bytes, none read', async () => {
		const controller = new AbortController();
		setTimeout(() => {
			controller.abort();
		}, 80);
		const text = await collect(
			followFile(path.join(folder, 'never.log'), {
				signal: controller.signal,
				pollMs: 1000,
			}),
		);
		expect(text).toBe('');
	});

	test('a file that is there is not waited for', async () => {
		const file = path.join(folder, 'run.log');
		fs.writeFileSync(file, 'x\n');
		const waits: boolean[] = [];
		const controller = new AbortController();
		setTimeout(() => {
			controller.abort();
		}, 50);
		await collect(
			followFile(file, {
				signal: controller.signal,
				onWaiting(isWaiting) {
					waits.push(isWaiting);
				},
			}),
		);
		expect(waits).toEqual([]);
	});
});
