/**
A generated log as a string, streamed to a file or stdout, and how many tests make a given size.
*/
import {once} from 'node:events';
import {createWriteStream} from 'node:fs';
import process from 'node:process';
import {generateLog} from './log.js';
import type {GenerateOptions, RunSummary} from './options.js';

/** The whole log as one string: for tests and small fixtures. */
export function generateLogText(options: Partial<GenerateOptions> = {}): {
	text: string;
	summary: RunSummary;
} {
	const generator = generateLog(options);
	const parts: string[] = [];
	for (;;) {
		const next = generator.next();
		if (next.done) {
			return {text: parts.join(''), summary: next.value};
		}

		parts.push(next.value);
	}
}

/** Stream a log to a file (or to stdout with `-`), honouring back-pressure. */
export async function writeLog(
	options: Partial<GenerateOptions>,
	file: string,
): Promise<{bytes: number; summary: RunSummary}> {
	const stream =
		file === '-' ? process.stdout : createWriteStream(file, {encoding: 'utf8'});
	const generator = generateLog(options);
	let bytes = 0;
	let summary: RunSummary | undefined;
	for (;;) {
		const next = generator.next();
		if (next.done) {
			summary = next.value;
			break;
		}

		bytes += Buffer.byteLength(next.value);
		if (!stream.write(next.value)) {
			await once(stream, 'drain');
		}
	}

	if (stream !== process.stdout) {
		stream.end();
		await once(stream, 'finish');
	}

	return {bytes, summary};
}

/** How many tests make a log of about `bytes` bytes with these options. */
export function testsForSize(
	options: Partial<GenerateOptions>,
	bytes: number,
): number {
	const measure = (tests: number) => {
		const generator = generateLog({...options, tests});
		let size = 0;
		for (;;) {
			const next = generator.next();
			if (next.done) {
				return size;
			}

			size += Buffer.byteLength(next.value);
		}
	};

	const small = 3000;
	const smallBytes = measure(small);
	if (bytes <= smallBytes * 2) {
		return Math.max(1, Math.round((bytes / smallBytes) * small));
	}

	// Past the hand-written base suite every test is a generated one: extrapolate from the
	// bytes each further test adds.
	const large = 20_000;
	const largeBytes = measure(large);
	const perTest = (largeBytes - smallBytes) / (large - small);
	return Math.max(1, Math.round(large + (bytes - largeBytes) / perTest));
}

/** `100MB`, `1.5GB`, `512KiB`, `2000000` → bytes. */
export function parseSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
	if (!match) {
		throw new RangeError(`not a size: ${text}`);
	}

	const value = Number(match[1]);
	const unit = (match[2] ?? 'b').toLowerCase();
	const power = {k: 1, m: 2, g: 3}[unit.charAt(0)] ?? 0;
	const base = unit.includes('i') ? 1024 : 1000;
	return Math.round(value * base ** power);
}
